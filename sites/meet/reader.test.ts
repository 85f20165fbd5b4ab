// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture, parseHtml } from '../captions/test-fixtures';
import { meetReader } from './reader';
import * as selectors from './selectors';

const FIXTURES = ['captions-header-sibling', 'captions-nested', 'captions-localized-ru', 'captions-off'] as const;
type Fixture = (typeof FIXTURES)[number];
const load = (name: Fixture) => loadFixture('meet', name);
const count = (doc: Document, selector: string) => doc.querySelectorAll(selector).length;
const linesOf = (doc: Document) => {
  const region = meetReader.findRegion(doc);
  if (!region) throw new Error('no captions region');
  return meetReader.readLines(region).map(({ speaker, text }) => ({ speaker, text }));
};

describe('Meet selectors match the expected elements in each fixture', () => {
  const expectedCounts: Record<string, [string, Record<Fixture, number>]> = {
    LABELLED_REGION: [selectors.LABELLED_REGION, { 'captions-header-sibling': 2, 'captions-nested': 1, 'captions-localized-ru': 1, 'captions-off': 0 }],
    FOCUSABLE_REGION: [selectors.FOCUSABLE_REGION, { 'captions-header-sibling': 1, 'captions-nested': 1, 'captions-localized-ru': 1, 'captions-off': 0 }],
    AVATAR_IMAGE: [selectors.AVATAR_IMAGE, { 'captions-header-sibling': 8, 'captions-nested': 5, 'captions-localized-ru': 4, 'captions-off': 2 }],
    'OBFUSCATED_REGION_SELECTORS[0]': [selectors.OBFUSCATED_REGION_SELECTORS[0]!, { 'captions-header-sibling': 1, 'captions-nested': 1, 'captions-localized-ru': 0, 'captions-off': 0 }],
    'OBFUSCATED_REGION_SELECTORS[1]': [selectors.OBFUSCATED_REGION_SELECTORS[1]!, { 'captions-header-sibling': 0, 'captions-nested': 1, 'captions-localized-ru': 0, 'captions-off': 0 }],
    OBFUSCATED_BLOCK: [selectors.OBFUSCATED_BLOCK, { 'captions-header-sibling': 3, 'captions-nested': 3, 'captions-localized-ru': 0, 'captions-off': 0 }],
    BUTTON: [selectors.BUTTON, { 'captions-header-sibling': 8, 'captions-nested': 5, 'captions-localized-ru': 4, 'captions-off': 5 }],
    ICON_GLYPH: [selectors.ICON_GLYPH, { 'captions-header-sibling': 8, 'captions-nested': 3, 'captions-localized-ru': 4, 'captions-off': 5 }],
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

describe('meetReader.findRegion', () => {
  it.each([
    ['captions-header-sibling', 'Captions'],
    ['captions-nested', 'Captions'],
    ['captions-localized-ru', 'Субтитры'],
  ] as const)('finds the labelled captions region in %s', (fixture, label) => {
    const region = meetReader.findRegion(load(fixture));
    expect(region?.getAttribute('role')).toBe('region');
    expect(region?.getAttribute('aria-label')).toBe(label);
  });

  it('returns null when captions are off', () => {
    expect(meetReader.findRegion(load('captions-off'))).toBeNull();
  });

  it.each(selectors.CAPTION_REGION_LABELS)('accepts the localized region label %s in any case', (label) => {
    const doc = load('captions-localized-ru');
    const region = doc.querySelector('[role="region"][tabindex="0"]')!;
    region.removeAttribute('tabindex');
    region.setAttribute('aria-label', ` ${label.toUpperCase()} `);
    expect(meetReader.findRegion(doc)).toBe(region);
  });

  it('falls back to the focusable region with avatars when the label is in an unknown language', () => {
    const doc = load('captions-header-sibling');
    const region = doc.querySelector('[aria-label="Captions"]')!;
    region.setAttribute('aria-label', 'Feliratozás');
    expect(meetReader.findRegion(doc)).toBe(region);
  });

  it('ignores focusable regions without avatars', () => {
    const doc = parseHtml('<div role="region" tabindex="0" aria-label="Chat"><div>Hello</div></div>');
    expect(meetReader.findRegion(doc)).toBeNull();
  });

  it('accepts a Google profile photo as avatar', () => {
    const doc = parseHtml(
      '<div role="region" tabindex="0" aria-label="?"><div><div><img src="https://lh3.googleusercontent.com/a/x"><span>Avery</span></div><div>Hi</div></div></div>',
    );
    expect(meetReader.findRegion(doc)?.getAttribute('aria-label')).toBe('?');
  });

  it('falls back to the 2026 obfuscated region class, then the 2025 jscontroller', () => {
    const doc = load('captions-nested');
    const region = doc.querySelector('[role="region"]')!;
    region.removeAttribute('role');
    expect(meetReader.findRegion(doc)).toBe(region);
    region.className = '';
    expect(meetReader.findRegion(doc)).toBe(region);
    region.removeAttribute('jscontroller');
    expect(meetReader.findRegion(doc)).toBeNull();
  });
});

describe('meetReader.readLines', () => {
  it('reads the header-sibling variant with exact speakers and texts, skipping the trailer and jump button', () => {
    expect(linesOf(load('captions-header-sibling'))).toEqual([
      { speaker: 'Avery Chen', text: 'Honestly, the price is higher than we budgeted for this quarter.' },
      { speaker: 'You', text: 'Understood. Which budget line would this come from?' },
      { speaker: 'Riley Park', text: 'We would need to loop in procurement first' },
    ]);
  });

  it('reads the nested variant and skips a block whose text is still empty', () => {
    expect(linesOf(load('captions-nested'))).toEqual([
      { speaker: 'Jordan Lee', text: 'We already use a competitor for this.' },
      { speaker: 'Morgan Diaz (Guest)', text: 'Send me something by email and I will take a look' },
    ]);
  });

  it('reads the Russian variant without obfuscated classes, including a block with no speaker', () => {
    expect(linesOf(load('captions-localized-ru'))).toEqual([
      { speaker: 'Анна Смирнова', text: 'Сейчас у нас нет бюджета на это.' },
      { speaker: 'Вы', text: 'Понимаю. Когда планируется следующий бюджет?' },
      { speaker: null, text: 'Давайте вернёмся к этому в следующем квартале' },
    ]);
  });

  it.each([
    ['captions-header-sibling', '.nMcdL'],
    ['captions-nested', '.nMcdL'],
    ['captions-localized-ru', '[data-caption-block]'],
  ] as const)('keys each line by its block element in %s', (fixture, blockSelector) => {
    const doc = load(fixture);
    const lines = meetReader.readLines(meetReader.findRegion(doc)!);
    const blocks = Array.from(doc.querySelectorAll(blockSelector)).slice(0, lines.length);
    expect(lines.map((line) => line.key)).toEqual(blocks);
  });

  it('keeps the key and reads the new words when the text node is revised in place', () => {
    const doc = load('captions-header-sibling');
    const region = meetReader.findRegion(doc)!;
    const before = meetReader.readLines(region);
    const lastText = doc.querySelectorAll('.ygicle')[2]!;
    lastText.firstChild!.nodeValue = 'We would need to loop in procurement first, so maybe next month.';
    const after = meetReader.readLines(region);
    expect(after[2]).toEqual({ key: before[2]!.key, speaker: 'Riley Park', text: 'We would need to loop in procurement first, so maybe next month.' });
  });

  it('never returns icon names or button labels as text', () => {
    for (const fixture of ['captions-header-sibling', 'captions-nested', 'captions-localized-ru'] as const) {
      const joined = linesOf(load(fixture)).map((line) => `${line.speaker} ${line.text}`).join(' ');
      expect(joined).not.toMatch(/arrow_downward|bottom|Jump|Перейти/);
    }
  });

  it('finds blocks behind an extra wrapper div, including a single block', () => {
    const block = (name: string, text: string) =>
      `<div class="turn"><div><img data-iml="1" alt=""><div><span>${name}</span></div></div><div>${text}</div></div>`;
    const two = parseHtml(`<div role="region" aria-label="Captions"><div class="scroller">${block('A', 'one')}${block('B', 'two')}</div></div>`);
    expect(linesOf(two)).toEqual([{ speaker: 'A', text: 'one' }, { speaker: 'B', text: 'two' }]);
    const firstEmpty = parseHtml(`<div role="region" aria-label="Captions"><div class="scroller">${block('A', '')}${block('B', 'two')}</div></div>`);
    const firstEmptyRegion = meetReader.findRegion(firstEmpty)!;
    expect(meetReader.readLines(firstEmptyRegion)).toEqual([{ key: firstEmpty.querySelectorAll('.turn')[1], speaker: 'B', text: 'two' }]);
    const one = parseHtml(`<div role="region" aria-label="Captions"><div class="scroller">${block('A', 'one')}</div></div>`);
    const region = meetReader.findRegion(one)!;
    expect(meetReader.readLines(region)).toEqual([{ key: one.querySelector('.turn'), speaker: 'A', text: 'one' }]);
  });

  it('uses the obfuscated block class to find wrapped blocks that have no avatar', () => {
    const doc = parseHtml(
      '<div role="region" aria-label="Captions"><div class="scroller">' +
        '<div class="nMcdL"><div><span>Avery</span></div><div>First</div></div>' +
        '<div class="nMcdL"><div><span>Riley</span></div><div>Second</div></div>' +
        '</div></div>',
    );
    expect(linesOf(doc)).toEqual([{ speaker: 'Avery', text: 'First' }, { speaker: 'Riley', text: 'Second' }]);
  });

  it('returns no lines for an empty region (captions on, nobody speaking)', () => {
    const doc = parseHtml('<div role="region" aria-label="Captions" tabindex="0"><div><button>x</button></div></div>');
    expect(linesOf(doc)).toEqual([]);
  });
});

describe('meetReader.captionsState', () => {
  it.each([
    ['captions-header-sibling', 'on'],
    ['captions-nested', 'on'],
    ['captions-localized-ru', 'on'],
    ['captions-off', 'off'],
  ] as const)('%s → %s', (fixture, state) => {
    expect(meetReader.captionsState(load(fixture))).toBe(state);
  });

  it('is unknown when no CC control can be seen', () => {
    expect(meetReader.captionsState(parseHtml('<button aria-label="Turn off microphone" aria-pressed="true"></button>'))).toBe('unknown');
  });

  it.each(selectors.TURN_OFF_CAPTIONS_LABELS)('label "%s (c)" means captions are on', (label) => {
    expect(meetReader.captionsState(parseHtml(`<button aria-label="${label} (c)"></button>`))).toBe('on');
  });

  it.each(selectors.TURN_ON_CAPTIONS_LABELS)('label "%s" means captions are off', (label) => {
    expect(meetReader.captionsState(parseHtml(`<button aria-label="${label}"></button>`))).toBe('off');
  });

  it.each([
    [selectors.CAPTIONS_ON_GLYPH, 'on'],
    [selectors.CAPTIONS_OFF_GLYPH, 'off'],
  ] as const)('an unlabelled button with the %s glyph → %s', (glyph, state) => {
    expect(meetReader.captionsState(parseHtml(`<button><i class="google-symbols">${glyph}</i></button>`))).toBe(state);
  });

  it('trusts aria-pressed over the glyph', () => {
    const doc = parseHtml('<button aria-pressed="false"><i class="google-symbols">closed_caption</i></button>');
    expect(meetReader.captionsState(doc)).toBe('off');
  });
});

describe('meetReader.inCall', () => {
  it.each(FIXTURES)('%s is in a call', (fixture) => {
    expect(meetReader.inCall(load(fixture))).toBe(true);
  });

  it('is false on the pre-join screen', () => {
    const lobby = parseHtml('<div><button>Join now</button><button aria-label="Turn on captions"></button><i class="google-symbols">mic</i></div>');
    expect(meetReader.inCall(lobby)).toBe(false);
  });

  it.each([selectors.CALL_END_GLYPH])('is true with only the %s glyph', (glyph) => {
    expect(meetReader.inCall(parseHtml(`<button><i class="google-symbols">${glyph}</i></button>`))).toBe(true);
  });

  it.each(selectors.LEAVE_CALL_LABELS)('is true with only a "%s" button', (label) => {
    expect(meetReader.inCall(parseHtml(`<button aria-label="${label}"></button>`))).toBe(true);
  });

  it('falls back to the presence of the captions region', () => {
    expect(meetReader.inCall(parseHtml('<div role="region" aria-label="Captions"></div>'))).toBe(true);
  });
});

describe('meetReader metadata', () => {
  it('names its source and a turn-on hint', () => {
    expect(meetReader.source).toBe('meet');
    expect(meetReader.turnOnHint).toMatch(/CC/);
  });
});
