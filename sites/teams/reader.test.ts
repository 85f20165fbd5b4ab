// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml } from '../captions/test-fixtures';
import { teamsReader } from './reader';
import * as selectors from './selectors';

const FIXTURES = ['host-view', 'guest-view', 'legacy-renderer', 'localized-de', 'captions-off'] as const;
type Fixture = (typeof FIXTURES)[number];
const load = (name: Fixture) => loadFixture('teams', name);
const count = (doc: Document, selector: string) => doc.querySelectorAll(selector).length;
const linesOf = (doc: ParentNode) => {
  const region = teamsReader.findRegion(doc);
  if (!region) throw new Error('no captions region');
  return teamsReader.readLines(region).map(({ speaker, text }) => ({ speaker, text }));
};
const counts = (host: number, guest: number, legacy: number, de: number, off: number): Record<Fixture, number> => ({
  'host-view': host,
  'guest-view': guest,
  'legacy-renderer': legacy,
  'localized-de': de,
  'captions-off': off,
});

describe('Teams selectors match the expected elements in each fixture', () => {
  const expectedCounts: Record<string, [string, Record<Fixture, number>]> = {
    'CAPTIONS_WRAPPER_SELECTORS[0]': [selectors.CAPTIONS_WRAPPER_SELECTORS[0]!, counts(1, 0, 0, 1, 0)],
    'CAPTIONS_WRAPPER_SELECTORS[1]': [selectors.CAPTIONS_WRAPPER_SELECTORS[1]!, counts(1, 1, 0, 1, 0)],
    'CAPTIONS_WRAPPER_SELECTORS[2]': [selectors.CAPTIONS_WRAPPER_SELECTORS[2]!, counts(1, 1, 0, 1, 0)],
    'CAPTIONS_WRAPPER_SELECTORS[3]': [selectors.CAPTIONS_WRAPPER_SELECTORS[3]!, counts(0, 0, 1, 0, 0)],
    LOOSE_CAPTIONS_WRAPPER: [selectors.LOOSE_CAPTIONS_WRAPPER, counts(9, 6, 3, 7, 2)],
    CAPTION_TEXT: [selectors.CAPTION_TEXT, counts(3, 2, 2, 2, 0)],
    CAPTION_AUTHOR: [selectors.CAPTION_AUTHOR, counts(3, 2, 2, 2, 0)],
    'CAPTION_ITEM_SELECTORS[0]': [selectors.CAPTION_ITEM_SELECTORS[0]!, counts(3, 2, 0, 2, 0)],
    'CAPTION_ITEM_SELECTORS[1]': [selectors.CAPTION_ITEM_SELECTORS[1]!, counts(3, 0, 2, 2, 0)],
    'CAPTION_ITEM_SELECTORS[2]': [selectors.CAPTION_ITEM_SELECTORS[2]!, counts(0, 0, 0, 0, 0)],
    HOST_ITEMS_RENDERER: [selectors.HOST_ITEMS_RENDERER, counts(3, 2, 0, 2, 0)],
    CAPTIONS_TOGGLE: [selectors.CAPTIONS_TOGGLE, counts(0, 0, 0, 0, 2)],
    HANG_UP_BUTTON: [selectors.HANG_UP_BUTTON, counts(1, 1, 1, 1, 1)],
    CONTROL: [selectors.CONTROL, counts(8, 3, 2, 3, 6)],
  };

  it('covers every selector string exported by selectors.ts', () => {
    const strings = Object.entries(selectors).filter(([, value]) => typeof value === 'string' && /[[.#]/.test(value));
    const covered = new Set(Object.values(expectedCounts).map(([selector]) => selector));
    expect(strings.filter(([, value]) => !covered.has(value as string)).map(([name]) => name)).toEqual([]);
  });

  for (const [name, [selector, perFixture]] of Object.entries(expectedCounts)) {
    it.each(FIXTURES)(`${name} in %s`, (fixture) => {
      expect(count(load(fixture), selector)).toBe(perFixture[fixture]);
    });
  }
});

describe('teamsReader.findRegion', () => {
  it.each([
    ['host-view', 'closed-caption-renderer-wrapper'],
    ['guest-view', 'closed-caption-v2-window-wrapper'],
    ['legacy-renderer', 'closed-captions-renderer'],
    ['localized-de', 'closed-caption-renderer-wrapper'],
  ] as const)('%s → the most trusted wrapper, %s', (fixture, tid) => {
    expect(teamsReader.findRegion(load(fixture))?.getAttribute('data-tid')).toBe(tid);
  });

  it('returns null when captions are off, even though a menu item has a caption-ish test id', () => {
    expect(teamsReader.findRegion(load('captions-off'))).toBeNull();
  });

  it('walks down the candidate list as wrappers disappear', () => {
    const doc = load('host-view');
    const order = ['closed-caption-renderer-wrapper', 'closed-caption-v2-window-wrapper', 'closed-caption-v2-virtual-list-content'];
    for (const tid of order) {
      const wrapper = doc.querySelector(`[data-tid="${tid}"]`)!;
      expect(teamsReader.findRegion(doc)).toBe(wrapper);
      wrapper.setAttribute('data-tid', 'renamed');
    }
    expect(teamsReader.findRegion(doc)?.getAttribute('data-tid')).toBe('closed-captions-v2-items-renderer');
  });

  it('uses the loose test-id match for a future wrapper name, skipping controls and preferring the most captions', () => {
    const doc = parseHtml(
      '<button data-tid="closed-captions-button">CC</button><div data-tid="closed-caption-settings">Settings</div>' +
        '<div data-tid="closed-caption-v3-surface"><div data-tid="closed-caption-v3-item"><span data-tid="author">A</span><span data-tid="closed-caption-text">hi</span></div>' +
        '<div data-tid="closed-caption-v3-item"><span data-tid="author">B</span><span data-tid="closed-caption-text">yo</span></div></div>',
    );
    expect(teamsReader.findRegion(doc)?.getAttribute('data-tid')).toBe('closed-caption-v3-surface');
    expect(linesOf(doc)).toEqual([{ speaker: 'A', text: 'hi' }, { speaker: 'B', text: 'yo' }]);
  });
});

describe('teamsReader.readLines', () => {
  it('reads the host view with exact speakers and texts, ignoring avatar initials', () => {
    expect(linesOf(load('host-view'))).toEqual([
      { speaker: 'Avery Chen', text: "We're evaluating two other vendors right now." },
      { speaker: 'Sam Rivera', text: 'What would make this an easy decision for you?' },
      { speaker: 'Avery Chen', text: 'Mostly price, to be honest' },
    ]);
  });

  it('reads the guest view (no items-renderer around the message)', () => {
    expect(linesOf(load('guest-view'))).toEqual([
      { speaker: 'Riley Park (Guest)', text: 'Can we get a discount if we sign this month?' },
      { speaker: 'Jordan Lee', text: 'Let me check with my manager' },
    ]);
  });

  it('reads the pre-2025-07 wrapper', () => {
    expect(linesOf(load('legacy-renderer'))).toEqual([
      { speaker: 'Morgan Diaz (External)', text: "We don't have budget for this until next year." },
      { speaker: 'Sam Rivera', text: 'When does your fiscal year start?' },
    ]);
  });

  it('reads the German UI with the raw "(Gast)" label', () => {
    expect(linesOf(load('localized-de'))).toEqual([
      { speaker: 'Lena Fischer (Gast)', text: 'Schicken Sie mir einfach ein Angebot per E-Mail.' },
      { speaker: 'Jonas Weber', text: 'Gern, bis wann brauchen Sie es' },
    ]);
  });

  it.each([
    ['host-view', '[role="listitem"]'],
    ['guest-view', '[role="listitem"]'],
    ['localized-de', '[role="listitem"]'],
    ['legacy-renderer', '.fui-ChatMessageCompact'],
  ] as const)('keys %s lines by their %s', (fixture, itemSelector) => {
    const doc = load(fixture);
    const keys = teamsReader.readLines(teamsReader.findRegion(doc)!).map((line) => line.key);
    expect(keys).toEqual(Array.from(doc.querySelectorAll(itemSelector)));
  });

  it('keys by the Fluent message root when there is no list item', () => {
    const doc = parseHtml(
      '<div data-tid="closed-captions-renderer"><div class="fui-ChatMessageContent__root"><span data-tid="author">A</span><span data-tid="closed-caption-text">hi</span></div></div>',
    );
    const [line] = teamsReader.readLines(teamsReader.findRegion(doc)!);
    expect(line?.key).toBe(doc.querySelector('.fui-ChatMessageContent__root'));
  });

  it('keeps the key while Teams refines, shortens and re-punctuates the text in place', () => {
    const doc = load('guest-view');
    const region = teamsReader.findRegion(doc)!;
    const key = teamsReader.readLines(region)[1]!.key;
    const text = doc.querySelectorAll(selectors.CAPTION_TEXT)[1]!;
    text.textContent = 'Let me check with my manager first.';
    expect(teamsReader.readLines(region)[1]).toEqual({ key, speaker: 'Jordan Lee', text: 'Let me check with my manager first.' });
    text.textContent = 'Let me check.';
    expect(teamsReader.readLines(region)[1]?.text).toBe('Let me check.');
  });

  it('reports the placeholder author, then the resolved name', () => {
    const doc = load('host-view');
    const author = doc.querySelectorAll(selectors.CAPTION_AUTHOR)[2]!;
    author.textContent = 'Unknown';
    expect(linesOf(doc)[2]?.speaker).toBe('Unknown');
    author.textContent = 'Avery Chen';
    expect(linesOf(doc)[2]?.speaker).toBe('Avery Chen');
  });

  it('pairs authors and texts by document order in a flat list, keying by the text element', () => {
    const doc = parseHtml(
      '<div data-tid="closed-caption-renderer-wrapper">' +
        '<span data-tid="author">A</span><span data-tid="closed-caption-text">one</span>' +
        '<span data-tid="author">B</span><span data-tid="closed-caption-text">two</span>' +
        '<span data-tid="closed-caption-text">three</span></div>',
    );
    const texts = Array.from(doc.querySelectorAll(selectors.CAPTION_TEXT));
    expect(teamsReader.readLines(teamsReader.findRegion(doc)!)).toEqual([
      { key: texts[0], speaker: 'A', text: 'one' },
      { key: texts[1], speaker: 'B', text: 'two' },
      { key: texts[2], speaker: 'B', text: 'three' },
    ]);
  });

  it('has no speaker when no author precedes the text', () => {
    const doc = parseHtml('<div data-tid="closed-caption-renderer-wrapper"><div role="listitem"><span data-tid="closed-caption-text">hello</span></div></div>');
    expect(linesOf(doc)).toEqual([{ speaker: null, text: 'hello' }]);
  });

  it('skips hidden and empty captions', () => {
    const doc = load('host-view');
    doc.querySelectorAll('[role="listitem"]')[0]!.setAttribute('aria-hidden', 'true');
    doc.querySelectorAll(selectors.CAPTION_TEXT)[2]!.textContent = '  ';
    expect(linesOf(doc)).toEqual([{ speaker: 'Sam Rivera', text: 'What would make this an easy decision for you?' }]);
  });
});

describe('teamsReader.captionsState', () => {
  it.each([
    ['host-view', 'on'],
    ['guest-view', 'on'],
    ['legacy-renderer', 'on'],
    ['localized-de', 'on'],
    ['captions-off', 'off'],
  ] as const)('%s → %s', (fixture, state) => {
    expect(teamsReader.captionsState(load(fixture))).toBe(state);
  });

  it('is unknown in a call with no wrapper and no toggle state', () => {
    expect(teamsReader.captionsState(parseHtml('<button id="hangup-button">Leave</button>'))).toBe('unknown');
  });

  it.each([
    ['<button data-tid="cc-toggle-button" aria-pressed="true"></button>', 'on'],
    ['<button id="captions-button" aria-pressed="false"></button>', 'off'],
    ['<div role="menuitemcheckbox" id="closed-captions-button" aria-checked="true"></div>', 'on'],
  ] as const)('reads the toggle %s → %s', (html, state) => {
    expect(teamsReader.captionsState(parseHtml(html))).toBe(state);
  });
});

describe('teamsReader.inCall', () => {
  it.each(FIXTURES)('%s is in a call', (fixture) => {
    expect(teamsReader.inCall(load(fixture))).toBe(true);
  });

  it.each([
    '<button id="hangup-button"></button>',
    '<button data-tid="hangup-end-meeting-button"></button>',
    '<button data-tid="anon-hangup-button"></button>',
  ])('is true with only %s', (html) => {
    expect(teamsReader.inCall(parseHtml(html))).toBe(true);
  });

  it('is false in the pre-join lobby', () => {
    expect(teamsReader.inCall(parseHtml('<button data-tid="prejoin-join-button">Join now</button>'))).toBe(false);
  });
});

describe('teamsReader metadata', () => {
  it('names its source and a turn-on hint', () => {
    expect(teamsReader.source).toBe('teams');
    expect(teamsReader.turnOnHint).toMatch(/live captions/);
  });
});
