/**
 * Sizes of the built content scripts (target ≤ 30 KB minified each, no compromise inside), read from
 * `.output/chrome-mv3` (or `$WXT_OUT_DIR/chrome-mv3`, as the build wrote it) — run `npm run build` first.
 * Printed as its own table: these are bytes, not milliseconds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './report';

const OUTPUT = join(import.meta.dirname, '..', '..', process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const TARGET_BYTES = 30 * 1024;
// A string that only compromise's bundled lexicon contains.
const COMPROMISE_MARKER = 'compromise';

export async function benchBundles(): Promise<BenchRow[]> {
  const dir = join(OUTPUT, 'content-scripts');
  if (!existsSync(dir)) {
    console.log(`no build found at ${OUTPUT}: run \`npm run build\` (or \`WXT_OUT_DIR=… npx wxt build\`) first`);
    return [];
  }
  console.log(`${OUTPUT}\n`);
  console.log('file                         bytes   gzip  target  compromise?');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    const code = readFileSync(join(dir, file));
    const hasCompromise = code.toString('utf8').includes(COMPROMISE_MARKER);
    const ok = code.length <= TARGET_BYTES && !hasCompromise ? 'ok' : 'OVER';
    console.log(`${`content-scripts/${file}`.padEnd(28)} ${String(code.length).padStart(6)} ${String(gzipSync(code).length).padStart(6)}  ${ok.padEnd(6)}  ${hasCompromise ? 'YES' : 'no'}`);
  }
  for (const file of ['background.js']) {
    const path = join(OUTPUT, file);
    if (existsSync(path)) console.log(`${file.padEnd(28)} ${String(readFileSync(path).length).padStart(6)} ${String(gzipSync(readFileSync(path)).length).padStart(6)}  (holds the detector)`);
  }
  return [];
}
