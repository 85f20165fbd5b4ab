import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { CATEGORIES, categoryLabel, isBuiltInCategory } from '@/lib/detection/taxonomy';
import type { PracticeScheduleRecord } from '@/lib/storage/db';
import type { ProgressSeries } from '@/lib/practice/drills';

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}
/** No canvas (a test DOM): the table below still carries every figure. */
function canDraw(): boolean {
  try {
    return !!document.createElement('canvas').getContext('2d');
  } catch {
    return false;
  }
}
const colourOf = (c: string) => (isBuiltInCategory(c) ? CATEGORIES[c].colour : '#999999');

/** Mean score per category per day (uPlot), with a table of attempts, last score and when each comes back. */
export function ProgressChart({ progress, schedule, now = Date.now() }: { progress: ProgressSeries; schedule: PracticeScheduleRecord[]; now?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const categories = useMemo(() => Object.keys(progress.scores).sort(), [progress]);
  useEffect(() => {
    const el = box.current;
    if (!el || progress.days.length === 0 || typeof ResizeObserver === 'undefined' || !canDraw()) return;
    const fg = cssVar('--fg', '#1d2329');
    const grid = cssVar('--border', '#d8dee4');
    const width = () => Math.max(240, el.clientWidth);
    const opts: uPlot.Options = {
      width: width(),
      height: 200,
      // One day alone would stretch the axis over years: give it a week around it.
      scales: { x: { time: true, range: (_u, min, max) => (min === max ? [min - 3 * 86400, max + 3 * 86400] : [min, max]) }, y: { range: [0, 100] } },
      axes: [
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } },
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, size: 40 },
      ],
      legend: { live: false },
      series: [{}, ...categories.map((c) => ({ label: categoryLabel(c), stroke: colourOf(c), width: 2, spanGaps: true, points: { show: true } }))],
    };
    const data: uPlot.AlignedData = [progress.days.map((d) => d / 1000), ...categories.map((c) => progress.scores[c]!)];
    const plot = new uPlot(opts, data, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: width(), height: 200 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [progress, categories]);
  const bySchedule = new Map(schedule.map((s) => [s.category, s]));
  const last = (c: string) => [...(progress.scores[c] ?? [])].reverse().find((x) => x !== null) ?? null;
  return (
    <figure className="chart" data-testid="practice-progress" style={{ margin: 0 }}>
      <figcaption>Score per category, by day</figcaption>
      {progress.days.length === 0 ? <p className="muted">No attempts yet: answer a drill to start your progress.</p> : <div ref={box} className="chart-canvas" aria-hidden="true" />}
      {categories.length > 0 ? (
        <table className="progress-table">
          <caption className="visually-hidden">Practice progress per category</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Attempts</th>
              <th scope="col">Latest day's score</th>
              <th scope="col">Comes back</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => {
              const s = bySchedule.get(c);
              return (
                <tr key={c} data-testid="progress-row" data-category={c}>
                  <th scope="row">
                    <span className="swatch" style={{ background: colourOf(c) }} /> {categoryLabel(c)}
                  </th>
                  <td data-testid="progress-attempts">{progress.attempts[c] ?? 0}</td>
                  <td>{last(c) ?? '–'}</td>
                  <td>{!s ? '–' : s.due <= now ? 'Due now' : new Date(s.due).toLocaleDateString()}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </figure>
  );
}
