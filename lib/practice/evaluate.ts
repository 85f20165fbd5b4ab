import { PRINCIPLE_IDS, scoreAnswer, type PracticeChannel, type PracticePrincipleId } from './scorer';

/** One labelled answer in corpus/practice-answers.jsonl. `expected` holds only the principles that apply. */
export interface PracticeCorpusLine {
  id: string;
  category: string;
  channel: PracticeChannel;
  customer: string;
  answer: string;
  expected: Partial<Record<PracticePrincipleId, boolean>>;
}

export function parsePracticeCorpus(text: string, file = 'practice corpus'): PracticeCorpusLine[] {
  const out: PracticeCorpusLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const l = JSON.parse(raw) as PracticeCorpusLine;
    if (typeof l.id !== 'string' || typeof l.answer !== 'string' || (l.channel !== 'email' && l.channel !== 'caption') || !l.expected) {
      throw new Error(`${file}:${i + 1}: needs id, category, channel (email|caption), answer and expected`);
    }
    out.push(l);
  });
  return out;
}

export interface PrincipleMetrics {
  id: PracticePrincipleId;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  support: number;
  mistakes: { id: string; expected: boolean; got: boolean }[];
}

/** Precision and recall per principle, "met" being the positive class. */
export function evaluateScorer(lines: PracticeCorpusLine[]): PrincipleMetrics[] {
  const rows = PRINCIPLE_IDS.map((id) => ({ id, tp: 0, fp: 0, fn: 0, tn: 0, mistakes: [] as PrincipleMetrics['mistakes'] }));
  for (const l of lines) {
    const r = scoreAnswer(l.answer, { category: l.category, channel: l.channel });
    for (const row of rows) {
      const expected = l.expected[row.id];
      if (expected === undefined) continue;
      const got = r.principles.find((p) => p.id === row.id)!.met;
      if (got && expected) row.tp++;
      else if (got && !expected) row.fp++;
      else if (!got && expected) row.fn++;
      else row.tn++;
      if (got !== expected) row.mistakes.push({ id: l.id, expected, got });
    }
  }
  return rows.map((r) => {
    const precision = r.tp + r.fp ? r.tp / (r.tp + r.fp) : 1;
    const recall = r.tp + r.fn ? r.tp / (r.tp + r.fn) : 1;
    return { ...r, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support: r.tp + r.fn };
  });
}
