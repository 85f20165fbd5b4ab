import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? '.', '..');

/**
 * Writes a generated file, or with `--check` (npm test) fails when the file in the repo is not what a fresh run
 * gives: a generated file cannot ship stale. Returns whether it wrote.
 */
export function writeOrCheck(file: string, fresh: string, command: string): boolean {
  const name = relative(root, file);
  if (!process.argv.includes('--check')) {
    writeFileSync(file, fresh);
    return true;
  }
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (current !== fresh) {
    console.error(`${command}: ${name} is stale; run \`npm run ${command}\` and commit it.`);
    process.exit(1);
  }
  console.log(`${command}: ${name} is up to date`);
  return false;
}
