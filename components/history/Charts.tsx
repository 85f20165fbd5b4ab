import { useEffect, useMemo, useState } from 'react';
import { CATEGORIES, categoryLabel, isBuiltInCategory } from '@/lib/detection/taxonomy';
import type { TruthSerumDB } from '@/lib/storage/db';
import { HistoryAborted, weeklyCharts, type WeeklySeries } from '@/lib/storage/history';
import { WeeklyChart, type ChartSeries } from './WeeklyChart';

const OUTCOMES: ChartSeries[] = [
  { key: 'moments', label: 'Moments', colour: '#6d7a86' },
  { key: 'used', label: 'Suggestion used', colour: '#2f7dd1' },
  { key: 'helpful', label: 'Marked helpful', colour: '#2f9d6a' },
];

/** Moments per week by category, and how often a suggestion was used or marked helpful, over the chosen dates. */
export function Charts({ db, from, to, refresh = 0 }: { db: TruthSerumDB; from?: number; to?: number; refresh?: number }) {
  const [byCategory, setByCategory] = useState<WeeklySeries | null>(null);
  const [outcomes, setOutcomes] = useState<WeeklySeries | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    void weeklyCharts(db, { from, to }, { signal: abort.signal }).then(
      (d) => {
        if (abort.signal.aborted) return;
        setByCategory(d.byCategory);
        setOutcomes(d.outcomes);
        performance.mark?.('history:charts');
      },
      (e: unknown) => {
        if (!(e instanceof HistoryAborted)) throw e;
      },
    );
    return () => abort.abort();
  }, [db, from, to, refresh]);
  const categorySeries = useMemo<ChartSeries[]>(
    () => Object.keys(byCategory?.series ?? {}).sort().map((c) => ({ key: c, label: categoryLabel(c), colour: isBuiltInCategory(c) ? CATEGORIES[c].colour : '#999999' })),
    [byCategory],
  );
  return (
    <section className="charts" aria-label="Charts">
      {byCategory ? <WeeklyChart title="Moments per week, by category" data={byCategory} series={categorySeries} testId="chart-categories" /> : <p className="muted">Counting…</p>}
      {outcomes ? <WeeklyChart title="Suggestions used and marked helpful, per week" data={outcomes} series={OUTCOMES} testId="chart-outcomes" /> : null}
    </section>
  );
}
