import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../extension';

export type CallPlatform = 'meet' | 'zoom' | 'teams';

export type CallStep =
  /**
   * One spoken line, shown word by word. `correct: [wrong, right]` then revises earlier words in place, as the
   * recogniser does ("in formation" → "information"); on Teams a last revision re-cases and re-punctuates the line.
   */
  | { say: string; speaker: string; correct?: [string, string] }
  /** Captions toggled; `replay` previous turns reappear when they come back on (default none). */
  | { captions: 'off' | 'on'; replay?: number }
  | { pause: number };

/** What the page showed for one spoken line. */
export interface SpokenLine {
  speaker: string;
  /** The line's final text as shown. */
  text: string;
  /** Every revision of the line's text with the time (Date.now() in the page) it was set. */
  revisions: Array<{ text: string; at: number }>;
  /** When the last revision was set. */
  shownAt: number;
}

/** The page-side API every driver installs (e2e/support/replay/*-driver.js). */
interface ReplayDriver {
  platform: CallPlatform;
  captionsOn(replay?: number): void;
  captionsOff(): void;
  /** Starts a spoken line and returns its handle; the driver decides whether it continues the speaker's block. */
  startLine(speaker: string): number;
  /** Shows the line's text so far; returns Date.now() right after the DOM change. */
  setText(line: number, text: string): number;
  /** The captions container vanishes while captions stay on (the CC control unchanged). */
  vanish(): void;
  /** A new container comes back, re-showing the last turns. */
  restore(): void;
  /** A layout change: the container replaced in one go. */
  relayout(): void;
}

/** The Meet driver's building block, for players that keep their own script in the page (the flood, the long call). */
export interface MeetReplayDriver extends ReplayDriver {
  /**
   * A new caption block for `speaker` showing `text`, in Meet's DOM shape; the oldest blocks beyond `keep` scroll away.
   * The caller edits `node.data` in place, as Meet does; `removed` says how many blocks went.
   */
  addBlock(speaker: string, text?: string, keep?: number): { node: Text; removed: number };
}

declare global {
  interface Window {
    callReplay: ReplayDriver;
  }
}

const drivers = new Map<CallPlatform, string>();
function driverSource(platform: CallPlatform): string {
  let source = drivers.get(platform);
  if (!source) {
    source = readFileSync(join(ROOT, 'e2e', 'support', 'replay', `${platform}-driver.js`), 'utf8');
    drivers.set(platform, source);
  }
  return source;
}

/** Installs the platform's replay driver into a page showing one of that platform's fixtures. */
export async function installDriver(page: Page, platform: CallPlatform): Promise<void> {
  // Evaluated, not added with addScriptTag: that one (it hands back an element handle) brings Playwright's injected
  // script into the page's main world, ~400 KB of heap the long call would count as the page's.
  await page.evaluate(driverSource(platform));
  const installed = await page.evaluate(() => window.callReplay?.platform);
  if (installed !== platform) throw new Error(`The ${platform} replay driver did not install (found ${String(installed)}).`);
}

/** Teams' recogniser settles a line by capitalising it and closing the sentence. */
function repunctuate(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.?!]$/.test(capitalised) ? capitalised : `${capitalised}${/^(could|can|would|will|do|does|is|are)\b/i.test(trimmed) ? '?' : '.'}`;
}

/**
 * Plays a scripted call into a page with the platform's driver installed: each line appears word by word
 * (`wordDelayMs` apart), optionally followed by an in-place correction; captions can be toggled off and on.
 * Returns what was shown for every spoken line, in order.
 */
export async function playCall(page: Page, platform: CallPlatform, steps: CallStep[], wordDelayMs = 40): Promise<SpokenLine[]> {
  const spoken: SpokenLine[] = [];
  const set = (line: number, text: string) => page.evaluate(([l, t]) => window.callReplay.setText(l, t), [line, text] as const);
  for (const step of steps) {
    if ('pause' in step) {
      await page.waitForTimeout(step.pause);
    } else if ('captions' in step) {
      await page.evaluate(([on, replay]) => (on ? window.callReplay.captionsOn(replay) : window.callReplay.captionsOff()), [step.captions === 'on', step.replay ?? 0] as const);
    } else {
      const line = await page.evaluate((speaker) => window.callReplay.startLine(speaker), step.speaker);
      const revisions: SpokenLine['revisions'] = [];
      const show = async (text: string) => {
        revisions.push({ text, at: await set(line, text) });
        await page.waitForTimeout(wordDelayMs);
      };
      const words = step.say.split(/\s+/).filter(Boolean);
      for (let i = 1; i <= words.length; i++) await show(words.slice(0, i).join(' '));
      let text = words.join(' ');
      if (step.correct) {
        if (!text.includes(step.correct[0])) throw new Error(`"${step.correct[0]}" is not in "${text}"`);
        text = text.replace(step.correct[0], step.correct[1]);
        await show(text);
      }
      if (platform === 'teams' && repunctuate(text) !== text) {
        text = repunctuate(text);
        await show(text);
      }
      const last = revisions[revisions.length - 1];
      spoken.push({ speaker: step.speaker, text, revisions, shownAt: last?.at ?? Date.now() });
    }
  }
  return spoken;
}
