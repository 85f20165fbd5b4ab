import { allMatching, momentsToCsv, momentsToJson, type HistoryFilter } from '@/lib/storage/history';
import type { TruthSerumDB } from '@/lib/storage/db';

/** Saves text as a file through a Blob URL: nothing leaves the browser. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportMoments(db: TruthSerumDB, filter: HistoryFilter, format: 'csv' | 'json', now = new Date()): Promise<number> {
  const moments = await allMatching(db, filter);
  const stamp = now.toISOString().slice(0, 10);
  if (format === 'csv') downloadText(`truth-serum-moments-${stamp}.csv`, momentsToCsv(moments), 'text/csv;charset=utf-8');
  else downloadText(`truth-serum-moments-${stamp}.json`, momentsToJson(moments), 'application/json');
  return moments.length;
}
