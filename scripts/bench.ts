/**
 * `npm run bench` — performance figures, section by section. Each section returns rows; the report marks each
 * row ok/over against its target but never fails (exit 0): this is a measurement, not a gate.
 * Add a section (e.g. extension measurements) by appending to SECTIONS.
 */
import { benchDetector } from './bench/detector';
import { benchBundles } from './bench/bundles';
import { benchExtension } from './bench/extension';
import { benchGmail } from './bench/gmail';
import { formatRows, type BenchRow } from './bench/report';

interface BenchSection {
  name: string;
  run(): Promise<BenchRow[]>;
}

const SECTIONS: BenchSection[] = [
  { name: 'detector (Node)', run: benchDetector },
  { name: 'extension bundles (chrome-mv3 build)', run: benchBundles },
  { name: 'extension in Chromium (latency, Gmail read, caption flood)', run: benchExtension },
  { name: 'Gmail thread read in Chromium (50 messages, no debounce)', run: benchGmail },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const section of SECTIONS) {
    if (only.length && !only.some((o) => section.name.toLowerCase().includes(o.toLowerCase()))) continue;
    console.log(`\n== ${section.name} ==\n`);
    const t0 = performance.now();
    try {
      console.log(formatRows(await section.run()));
    } catch (e) {
      console.log(`section failed: ${(e as Error).stack ?? String(e)}`);
    }
    console.log(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
}

main().finally(() => {
  process.exitCode = 0;
});
