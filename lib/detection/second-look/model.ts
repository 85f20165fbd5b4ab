import { CATEGORY_IDS, type BuiltInCategoryId } from '../taxonomy';

/**
 * The second look's model: one logistic regression per built-in category over words and word pairs (features.ts),
 * trained by `npm run train` on the labelled dev corpora. Stored as text, one line per feature:
 * "<feature> <w1> … <w8>" with weights in hundredths, categories in CATEGORY_IDS order, after a line with the
 * settings (threshold, margin, addAbove) and one with the bias.
 */
export interface SecondLookModel {
  /** A built-in hit is set aside when its category's probability is below this… */
  threshold: number;
  /**
   * …and the words pull it at least this far (in log-odds) below the bias. A short line with few known words stays
   * near the bias: it is let through for lack of evidence, not set aside for it.
   */
  margin: number;
  /**
   * A category no trigger found is added when its probability over a passage reaches this (see missed.ts): the
   * rules' paraphrase coverage is never complete, and the words often still say what the rules missed.
   */
  addAbove: number;
  bias: Float64Array;
  weights: WeightTable;
}

/** Per feature, one weight per category. A Map when trained; read on demand when parsed (see parseModel). */
export interface WeightTable {
  get(feature: string): Float64Array | undefined;
  keys(): Iterable<string>;
  readonly size: number;
}

const N = CATEGORY_IDS.length;

export function serializeModel(model: SecondLookModel): string {
  const line = (name: string, w: Float64Array) => `${name} ${Array.from(w, (x) => Math.round(x * 100)).join(' ')}`;
  const rows = [`threshold ${model.threshold} margin ${model.margin} add ${model.addAbove}`, line('(bias)', model.bias)];
  for (const name of [...model.weights.keys()].sort()) rows.push(line(name, model.weights.get(name)!));
  return rows.join('\n');
}

/**
 * Reads a model. Only the feature names are indexed up front; a feature's weights are read the first time a text
 * has it (the worker's cold start would otherwise spend ~30 ms turning 14,000 lines into numbers).
 */
export function parseModel(text: string): SecondLookModel {
  const lines = text.split('\n');
  const [, threshold, , margin, , addAbove] = lines[0]!.split(' ').map(Number);
  if (!Number.isFinite(threshold) || !Number.isFinite(margin) || !Number.isFinite(addAbove)) throw new Error('second look: the model has no settings line (threshold, margin, add)');
  const bias = weightsOf(lines[1]!);
  const rows = new Map<string, string>();
  for (const line of lines.slice(2)) {
    const space = line.indexOf(' ');
    if (space > 0) rows.set(line.slice(0, space), line);
  }
  const read = new Map<string, Float64Array>();
  const weights: WeightTable = {
    get(feature) {
      let w = read.get(feature);
      if (!w) {
        const line = rows.get(feature);
        if (line === undefined) return undefined;
        read.set(feature, (w = weightsOf(line)));
      }
      return w;
    },
    keys: () => rows.keys(),
    size: rows.size,
  };
  return { threshold: threshold!, margin: margin!, addAbove: addAbove!, bias, weights };
}

function weightsOf(line: string): Float64Array {
  const ws = line.split(' ').slice(1);
  if (ws.length !== N) throw new Error(`second look: a model line has ${ws.length} weights, not ${N}`);
  return Float64Array.from(ws, (w) => Number(w) / 100);
}

/** Each built-in category's log-odds for text with these features: the bias plus the weights of the features present. */
export function logOdds(model: SecondLookModel, features: readonly string[]): Float64Array {
  const z = Float64Array.from(model.bias);
  for (const f of features) {
    const w = model.weights.get(f);
    if (w) for (let c = 0; c < N; c++) z[c]! += w[c]!;
  }
  return z;
}

/** Log-odds to a probability. */
export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** How likely each built-in category is present in text with these features, 0 to 1. */
export function probabilities(model: SecondLookModel, features: readonly string[]): Record<BuiltInCategoryId, number> {
  const z = logOdds(model, features);
  const out = {} as Record<BuiltInCategoryId, number>;
  CATEGORY_IDS.forEach((id, c) => (out[id] = sigmoid(z[c]!)));
  return out;
}

/** Whether the words around a hit of this category say it is a look-alike (see SecondLookModel). */
export function readsLikeLookAlike(model: SecondLookModel, category: BuiltInCategoryId, features: readonly string[]): boolean {
  const c = CATEGORY_IDS.indexOf(category);
  const z = logOdds(model, features)[c]!;
  return sigmoid(z) < model.threshold && z - model.bias[c]! < -model.margin;
}
