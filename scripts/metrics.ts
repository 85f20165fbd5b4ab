/**
 * Multi-label detection metrics for the labelled corpora.
 *
 * For each line and each category C: predicted C and C in labels -> TP; predicted C not in labels -> FP;
 * C in labels but not predicted -> FN. Precision, recall and F1 are 0 when undefined (0/0), as in scikit-learn's
 * zero_division=0. Macro-F1 averages F1 over the categories that occur in the labels or the predictions.
 */

export type Kind = 'positive' | 'hard_negative' | 'negative';

export interface CorpusLine {
  id: string;
  text: string;
  channel: 'email' | 'caption';
  labels: string[];
  kind: Kind;
  note?: string;
}

export interface Scored {
  id: string;
  kind: Kind;
  labels: readonly string[];
  predicted: readonly string[];
  channel?: string;
}

export interface CategoryScore {
  category: string;
  tp: number;
  fp: number;
  fn: number;
  /** Lines labelled with this category. */
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FireRate {
  fired: number;
  total: number;
  rate: number;
}

export interface Report {
  perCategory: CategoryScore[];
  macroF1: number;
  micro: { precision: number; recall: number; f1: number };
  /** Lines whose predicted set equals the labels exactly. */
  exactMatch: number;
  /** Share of non-positive lines (kind != positive) that got any category. */
  negativeFireRate: FireRate;
  hardNegativeFireRate: FireRate;
  plainNegativeFireRate: FireRate;
  lines: number;
}

export function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function fireRate(items: readonly Scored[]): FireRate {
  const fired = items.filter((s) => s.predicted.length > 0).length;
  return { fired, total: items.length, rate: ratio(fired, items.length) };
}

/** Scores predictions. `categories` fixes the row order; categories seen only in the data are appended. */
export function score(items: readonly Scored[], categories: readonly string[] = []): Report {
  const counts = new Map<string, { tp: number; fp: number; fn: number; support: number }>();
  const row = (c: string) => {
    let r = counts.get(c);
    if (!r) counts.set(c, (r = { tp: 0, fp: 0, fn: 0, support: 0 }));
    return r;
  };
  for (const c of categories) row(c);
  let exact = 0;
  for (const item of items) {
    const labels = new Set(item.labels);
    const predicted = new Set(item.predicted);
    for (const c of predicted) {
      if (labels.has(c)) row(c).tp++;
      else row(c).fp++;
    }
    for (const c of labels) {
      row(c).support++;
      if (!predicted.has(c)) row(c).fn++;
    }
    if (labels.size === predicted.size && [...labels].every((c) => predicted.has(c))) exact++;
  }
  const perCategory: CategoryScore[] = [...counts].map(([category, r]) => {
    const precision = ratio(r.tp, r.tp + r.fp);
    const recall = ratio(r.tp, r.tp + r.fn);
    return { category, ...r, precision, recall, f1: f1Of(precision, recall) };
  });
  const active = perCategory.filter((c) => c.support > 0 || c.tp + c.fp > 0);
  const macroF1 = ratio(
    active.reduce((sum, c) => sum + c.f1, 0),
    active.length,
  );
  const tp = perCategory.reduce((s, c) => s + c.tp, 0);
  const fp = perCategory.reduce((s, c) => s + c.fp, 0);
  const fn = perCategory.reduce((s, c) => s + c.fn, 0);
  const microP = ratio(tp, tp + fp);
  const microR = ratio(tp, tp + fn);
  return {
    perCategory,
    macroF1,
    micro: { precision: microP, recall: microR, f1: f1Of(microP, microR) },
    exactMatch: ratio(exact, items.length),
    negativeFireRate: fireRate(items.filter((s) => s.kind !== 'positive')),
    hardNegativeFireRate: fireRate(items.filter((s) => s.kind === 'hard_negative')),
    plainNegativeFireRate: fireRate(items.filter((s) => s.kind === 'negative')),
    lines: items.length,
  };
}

export interface Mistake {
  id: string;
  kind: Kind;
  /** Labels the line should have had but did not get. */
  missed: string[];
  /** Categories predicted that are not in the labels. */
  extra: string[];
  labels: readonly string[];
  predicted: readonly string[];
}

/** Lines with at least one false negative or false positive. */
export function mistakes(items: readonly Scored[]): Mistake[] {
  const out: Mistake[] = [];
  for (const s of items) {
    const missed = s.labels.filter((c) => !s.predicted.includes(c));
    const extra = s.predicted.filter((c) => !s.labels.includes(c));
    if (missed.length || extra.length) out.push({ id: s.id, kind: s.kind, missed, extra, labels: s.labels, predicted: s.predicted });
  }
  return out;
}

/** Parses a JSON-lines corpus, with the line number in any error. */
export function parseCorpus(jsonl: string, name = 'corpus'): CorpusLine[] {
  const out: CorpusLine[] = [];
  jsonl.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    let o: Partial<CorpusLine>;
    try {
      o = JSON.parse(raw) as Partial<CorpusLine>;
    } catch (e) {
      throw new Error(`${name}:${i + 1}: invalid JSON: ${(e as Error).message}`);
    }
    if (typeof o.id !== 'string' || typeof o.text !== 'string' || !Array.isArray(o.labels) || (o.channel !== 'email' && o.channel !== 'caption')) {
      throw new Error(`${name}:${i + 1}: expected {id, text, channel, labels[], kind}`);
    }
    const kind: Kind = o.kind === 'hard_negative' || o.kind === 'negative' ? o.kind : 'positive';
    out.push({ id: o.id, text: o.text, channel: o.channel, labels: o.labels, kind, note: o.note });
  });
  return out;
}
