import { CATEGORY_IDS } from '../taxonomy';
import { featuresOf } from './features';
import { sigmoid, type SecondLookModel } from './model';

export interface TrainingLine {
  /** The masked text (see maskForAnalysis). */
  text: string;
  labels: readonly string[];
  /**
   * The categories the labels speak for, when not all: a table example says only whether its own category is there
   * ("send me the contract" is not price; it says nothing of authority). The others are left out of its loss.
   */
  known?: readonly string[];
  /** How much the line counts in the loss (1 when absent): our own table examples count more (scripts/train-second-look.ts). */
  weight?: number;
}

export interface TrainingOptions {
  /** Features seen in fewer lines are left out: rare words would only memorise their line. */
  minLines: number;
  /**
   * A feature whose weights all stay below this (in log-odds) is dropped: it almost never changes a decision, and every
   * feature costs the worker's start-up (on held-out corpora, 0.1 drops a fifth of them at no loss; 0.2 loses a little).
   */
  minWeight: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty: keeps any one word from deciding alone. */
  l2: number;
  threshold: number;
  margin: number;
  addAbove: number;
}

export const TRAINING: TrainingOptions = { minLines: 3, minWeight: 0.1, epochs: 200, learningRate: 0.1, l2: 1e-4, threshold: 0.1, margin: 1.5, addAbove: 0.6 };

/**
 * Full-batch AdaGrad on the logistic loss, one output per built-in category. Deterministic: the same lines
 * give the same model (the file in the repo is checked against a fresh run). Weights are kept to hundredths, and
 * features whose weights all stay below `minWeight` are dropped.
 */
export function trainSecondLook(lines: readonly TrainingLine[], options: TrainingOptions = TRAINING): SecondLookModel {
  const N = CATEGORY_IDS.length;
  const docs = lines.map((l) => featuresOf(l.text));
  const seen = new Map<string, number>();
  for (const d of docs) for (const f of d) seen.set(f, (seen.get(f) ?? 0) + 1);
  const names = [...seen.keys()].filter((f) => seen.get(f)! >= options.minLines).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = docs.map((d) => Int32Array.from(d.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  const targets = lines.map((l) => Float64Array.from(CATEGORY_IDS, (c) => (l.labels.includes(c) ? 1 : 0)));
  const lineWeights = lines.map((l) => l.weight ?? 1);
  const known = lines.map((l) => Uint8Array.from(CATEGORY_IDS, (c) => (!l.known || l.known.includes(c) ? 1 : 0)));

  const w = new Float64Array(names.length * N);
  const bias = new Float64Array(N);
  const grad = new Float64Array(names.length * N);
  const gradBias = new Float64Array(N);
  const z = new Float64Array(N);
  const scale = 1 / lines.length;
  const sq = new Float64Array(names.length * N);
  const sqBias = new Float64Array(N);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    grad.fill(0);
    gradBias.fill(0);
    rows.forEach((row, r) => {
      z.set(bias);
      for (const i of row) for (let c = 0; c < N; c++) z[c]! += w[i * N + c]!;
      for (let c = 0; c < N; c++) {
        if (!known[r]![c]) continue;
        const g = (sigmoid(z[c]!) - targets[r]![c]!) * scale * lineWeights[r]!;
        gradBias[c]! += g;
        for (const i of row) grad[i * N + c]! += g;
      }
    });
    // AdaGrad: a word seen in a handful of lines gets steps as large as a common one, so it can matter.
    for (let k = 0; k < w.length; k++) {
      const g = grad[k]! + options.l2 * w[k]!;
      if (g === 0) continue;
      sq[k]! += g * g;
      w[k]! -= (options.learningRate * g) / Math.sqrt(sq[k]!);
    }
    for (let c = 0; c < N; c++) {
      sqBias[c]! += gradBias[c]! * gradBias[c]!;
      if (sqBias[c]! > 0) bias[c]! -= (options.learningRate * gradBias[c]!) / Math.sqrt(sqBias[c]!);
    }
  }

  const round = (x: number) => Math.round(x * 100) / 100;
  const weights = new Map<string, Float64Array>();
  names.forEach((f, i) => {
    const ws = Float64Array.from({ length: N }, (_, c) => round(w[i * N + c]!));
    if (ws.some((x) => Math.abs(x) >= options.minWeight)) weights.set(f, ws);
  });
  return { threshold: options.threshold, margin: options.margin, addAbove: options.addAbove, bias: bias.map(round), weights };
}
