import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpus, type CorpusLine } from './metrics';

// Dev sets: labelled, labelled-2 and holdout are ours; labelled-3 onwards were written by others without sight of the
// detector, scored once as they came, then tuned on (and the second look is trained on all dev sets). The blind
// corpora were written the same way and are never used to tune or train (nobody reads their lines or their mistakes),
// so they stay last: they are the honest estimate.
export const DEV_CORPORA = ['labelled', 'labelled-2', 'holdout', 'labelled-3', 'labelled-4', 'labelled-5', 'labelled-6', 'labelled-7', 'labelled-8', 'labelled-9', 'labelled-10', 'labelled-11', 'labelled-12', 'labelled-13', 'labelled-14', 'labelled-15', 'labelled-16', 'labelled-17', 'labelled-18', 'labelled-19', 'labelled-20', 'labelled-21', 'labelled-22', 'labelled-23', 'labelled-24', 'labelled-25', 'labelled-26', 'labelled-27', 'labelled-28', 'labelled-29', 'labelled-30', 'labelled-31', 'labelled-32', 'labelled-33', 'labelled-34', 'labelled-35', 'labelled-36', 'labelled-37', 'labelled-38', 'labelled-39', 'labelled-40', 'labelled-41', 'labelled-42', 'labelled-43', 'labelled-44', 'labelled-45', 'labelled-46', 'labelled-47', 'labelled-48', 'labelled-49', 'labelled-50', 'labelled-51', 'labelled-52', 'labelled-53', 'labelled-54', 'labelled-55', 'labelled-56', 'plain-1', 'plain-2', 'plain-3', 'plain-4'] as const;
export const BLIND_CORPORA = ['blind', 'blind-2', 'blind-3', 'blind-4', 'blind-5', 'blind-6', 'blind-7'] as const;
export const CORPORA = [...DEV_CORPORA, ...BLIND_CORPORA] as const;

export const isBlind = (name: string): boolean => (BLIND_CORPORA as readonly string[]).includes(name);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const corpusFile = (name: string): string => resolve(root, 'corpus', `${name}.jsonl`);

/** The lines of corpus/<name>.jsonl (throws on a missing or malformed file). */
export function readCorpus(name: string): CorpusLine[] {
  return parseCorpus(readFileSync(corpusFile(name), 'utf8'), `corpus/${name}.jsonl`);
}
