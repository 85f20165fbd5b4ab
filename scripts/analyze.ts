/**
 * `npm run --silent analyze < lines.jsonl` — JSON lines in, one JSON line out per input, in order (streamed).
 * `npm run analyze -- "some text"` — a readable report. See USAGE in analyze-lib.ts.
 */
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { getDefaultDetector } from '../lib/detection/index';
import { ANSI, BRACKETS, USAGE, analyzeStream, defaultChannel, formatReadable, parseArgs } from './analyze-lib';

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(`analyze: ${args.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const detector = getDefaultDetector();

  if (args.text !== null) {
    const channel = args.channel ?? defaultChannel(args.text);
    const result = detector.analyze(args.text, { channel, role: args.role });
    const colour = process.stdout.isTTY && !process.env.NO_COLOR;
    process.stdout.write(`${formatReadable(args.text, result, { channel, role: args.role, speaker: args.speaker, highlighter: colour ? ANSI : BRACKETS })}\n`);
    return 0;
  }

  if (process.stdin.isTTY) process.stderr.write('Reading JSON lines from the terminal; press Ctrl-D to finish. (--help for usage)\n');
  // A reader that stops early (`| head`) closes the pipe: stop quietly instead of crashing.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  await analyzeStream(lines, detector, async (json) => {
    if (!process.stdout.write(`${json}\n`)) await once(process.stdout, 'drain');
  });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`analyze: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
