import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { WeeklySeries } from '@/lib/storage/history';

export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** A uPlot line chart of weekly counts; the same figures are in the table below it for screen readers. */
export function WeeklyChart({ title, data, series, testId }: { title: string; data: WeeklySeries; series: ChartSeries[]; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || data.weeks.length === 0 || typeof ResizeObserver === 'undefined') return;
    const fg = cssVar('--fg', '#1d2329');
    const grid = cssVar('--border', '#d8dee4');
    const opts: uPlot.Options = {
      width: Math.max(260, el.clientWidth),
      height: 220,
      scales: { x: { time: true } },
      axes: [
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } },
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid }, size: 56 },
      ],
      legend: { live: false },
      series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.colour, width: 2, points: { show: data.weeks.length < 60 } }))],
    };
    const aligned: uPlot.AlignedData = [data.weeks.map((w) => w / 1000), ...series.map((s) => data.series[s.key] ?? data.weeks.map(() => 0))];
    const plot = new uPlot(opts, aligned, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(260, el.clientWidth), height: 220 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [data, series]);

  const totals = series.map((s) => (data.series[s.key] ?? []).reduce((a, b) => a + b, 0));
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {data.weeks.length === 0 ? <p className="muted">Nothing in this range yet.</p> : <div ref={box} className="chart-canvas" aria-hidden="true" />}
      <table className="chart-totals">
        <caption className="visually-hidden">{title}: totals</caption>
        <tbody>
          {series.map((s, i) => (
            <tr key={s.key}>
              <th scope="row">
                <span className="swatch" style={{ background: s.colour }} /> {s.label}
              </th>
              <td>{totals[i]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
