import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../extension';

export type CallStep =
  | { say: string; speaker: string; correct?: [string, string] }
  | { captions: 'off' | 'on' }
  | { pause: number };

declare global {
  interface Window {
    meetReplay: {
      ensureRegion(): void;
      addBlock(speaker: string): number;
      setText(index: number, text: string): number;
      captionsOff(): void;
      captionsOn(): void;
    };
  }
}

const DRIVER = readFileSync(join(ROOT, 'e2e/support/replay/meet-driver.js'), 'utf8');

export async function installMeetDriver(page: Page): Promise<void> {
  await page.addScriptTag({ content: DRIVER });
}

/**
 * Plays a scripted call: each line appears word by word in a new block, optionally with an in-place correction
 * of earlier words (as Meet's recogniser does), captions can be toggled off and on.
 * Returns, per spoken line, the time its last word appeared in the page.
 */
export async function playMeetCall(page: Page, steps: CallStep[], wordDelayMs = 40): Promise<number[]> {
  const shownAt: number[] = [];
  for (const step of steps) {
    if ('pause' in step) {
      await page.waitForTimeout(step.pause);
    } else if ('captions' in step) {
      await page.evaluate((on) => (on ? window.meetReplay.captionsOn() : window.meetReplay.captionsOff()), step.captions === 'on');
    } else {
      const block = await page.evaluate((speaker) => window.meetReplay.addBlock(speaker), step.speaker);
      const words = step.say.split(' ');
      let at = 0;
      for (let i = 1; i <= words.length; i++) {
        let text = words.slice(0, i).join(' ');
        if (step.correct && i === words.length) text = text.replace(step.correct[0], step.correct[1]);
        at = await page.evaluate(([b, t]) => window.meetReplay.setText(b as number, t as string), [block, text] as const);
        await page.waitForTimeout(wordDelayMs);
      }
      shownAt.push(at);
    }
  }
  return shownAt;
}
