// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixture, parseHtml } from '../captions/test-fixtures';
import { zoomReader } from './reader';
import * as selectors from './selectors';

const FILES = ['overlay-two-speakers', 'full-transcript', 'localized-de', 'captions-off', 'webclient-iframe', 'overlay-avatars'] as const;
/** The iframe fixture's meeting document, parsed straight from its srcdoc. */
const FRAME = 'webclient-iframe (frame)';
const FIXTURES = [...FILES, FRAME] as const;
type Fixture = (typeof FIXTURES)[number];

function load(name: Fixture): Document {
  if (name !== FRAME) return loadFixture('zoom', name);
  return parseHtml(loadFixture('zoom', 'webclient-iframe').querySelector('iframe#webclient')!.getAttribute('srcdoc')!);
}
const count = (doc: Document, selector: string) => doc.querySelectorAll(selector).length;
const linesOf = (doc: ParentNode) => {
  const region = zoomReader.findRegion(doc);
  if (!region) throw new Error('no captions region');
  return zoomReader.readLines(region).map(({ speaker, text }) => ({ speaker, text }));
};
const counts = (o: number, f: number, d: number, x: number, iframe: number, frame: number, avatars: number): Record<Fixture, number> => ({
  'overlay-two-speakers': o,
  'full-transcript': f,
  'localized-de': d,
  'captions-off': x,
  'webclient-iframe': iframe,
  [FRAME]: frame,
  'overlay-avatars': avatars,
});

describe('Zoom selectors match the expected elements in each fixture', () => {
  const expectedCounts: Record<string, [string, Record<Fixture, number>]> = {
    WEBCLIENT_FRAME: [selectors.WEBCLIENT_FRAME, counts(0, 0, 0, 0, 1, 0, 0)],
    'TRANSCRIPT_PANEL_SELECTORS[0]': [selectors.TRANSCRIPT_PANEL_SELECTORS[0]!, counts(0, 1, 0, 0, 0, 0, 0)],
    'TRANSCRIPT_PANEL_SELECTORS[1]': [selectors.TRANSCRIPT_PANEL_SELECTORS[1]!, counts(0, 1, 0, 0, 0, 0, 0)],
    'TRANSCRIPT_PANEL_SELECTORS[2]': [selectors.TRANSCRIPT_PANEL_SELECTORS[2]!, counts(0, 1, 0, 0, 0, 0, 0)],
    TRANSCRIPT_ROW: [selectors.TRANSCRIPT_ROW, counts(0, 4, 0, 0, 0, 0, 0)],
    TRANSCRIPT_NAME: [selectors.TRANSCRIPT_NAME, counts(0, 2, 0, 0, 0, 0, 0)],
    TRANSCRIPT_MESSAGE: [selectors.TRANSCRIPT_MESSAGE, counts(0, 4, 0, 0, 0, 0, 0)],
    SUBTITLE_ROOT: [selectors.SUBTITLE_ROOT, counts(3, 1, 1, 0, 0, 0, 4)],
    SUBTITLE_TEXT: [selectors.SUBTITLE_TEXT, counts(3, 1, 1, 0, 0, 0, 4)],
    OVERLAY_CONTAINER: [selectors.OVERLAY_CONTAINER, counts(1, 1, 1, 0, 0, 0, 1)],
    SUBTITLE_BOX: [selectors.SUBTITLE_BOX, counts(0, 0, 0, 0, 0, 1, 0)],
    SPEAKER_NAME_ATTRIBUTE: [`[${selectors.SPEAKER_NAME_ATTRIBUTE}]`, counts(0, 0, 0, 0, 0, 0, 0)],
    CAPTIONS_BUTTON: [selectors.CAPTIONS_BUTTON, counts(2, 1, 2, 2, 0, 1, 1)],
    LABELLED_BUTTON: [selectors.LABELLED_BUTTON, counts(9, 5, 6, 5, 0, 3, 4)],
    SUBTITLE_AVATAR: [selectors.SUBTITLE_AVATAR, counts(3, 1, 1, 0, 0, 0, 4)],
    PARTICIPANT_TILE: [selectors.PARTICIPANT_TILE, counts(2, 2, 2, 1, 0, 1, 4)],
    PARTICIPANT_TILE_NAME: [selectors.PARTICIPANT_TILE_NAME, counts(2, 2, 2, 1, 0, 1, 4)],
    PARTICIPANT_ROW: [selectors.PARTICIPANT_ROW, counts(0, 0, 0, 0, 0, 0, 2)],
    PARTICIPANT_ROW_NAME: [selectors.PARTICIPANT_ROW_NAME, counts(0, 0, 0, 0, 0, 0, 2)],
    IN_MEETING_MARKERS: [selectors.IN_MEETING_MARKERS, counts(2, 2, 2, 2, 0, 2, 2)],
  };

  it('covers every selector string exported by selectors.ts', () => {
    const strings = Object.entries(selectors).filter(([, value]) => typeof value === 'string' && /[[.#]/.test(value));
    const covered = new Set(Object.values(expectedCounts).map(([selector]) => selector));
    expect(strings.filter(([, value]) => !covered.has(value as string)).map(([name]) => name)).toEqual([]);
  });

  it('uses the repeated id for every overlay root (no getElementById)', () => {
    const doc = load('overlay-two-speakers');
    expect(doc.querySelectorAll(selectors.SUBTITLE_ROOT).length).toBe(3);
    expect(doc.getElementById('live-transcription-subtitle')).toBe(doc.querySelector(selectors.SUBTITLE_ROOT));
  });

  for (const [name, [selector, perFixture]] of Object.entries(expectedCounts)) {
    it.each(FIXTURES)(`${name} in %s`, (fixture) => {
      expect(count(load(fixture), selector)).toBe(perFixture[fixture]);
    });
  }
});

describe('zoomReader.findRegion', () => {
  it.each([
    ['overlay-two-speakers', 'live-transcription-subtitle__overlay-container'],
    ['localized-de', 'live-transcription-subtitle__overlay-container'],
    ['full-transcript', 'lt-full-transcript__list'],
    [FRAME, 'live-transcription-subtitle__box'],
  ] as const)('in %s returns the element with class %s', (fixture, className) => {
    expect(zoomReader.findRegion(load(fixture))?.classList.contains(className)).toBe(true);
  });

  it('returns null when captions are off', () => {
    expect(zoomReader.findRegion(load('captions-off'))).toBeNull();
  });

  it('prefers the transcript panel, and falls back to the overlay when the panel is hidden', () => {
    const doc = load('full-transcript');
    expect(zoomReader.findRegion(doc)?.getAttribute('aria-label')).toBe('Live Transcription List');
    doc.querySelector('#full-transcription')!.setAttribute('style', 'display: none');
    expect(zoomReader.findRegion(doc)?.classList.contains('live-transcription-subtitle__overlay-container')).toBe(true);
  });

  it.each(selectors.TRANSCRIPT_PANEL_SELECTORS)('finds the panel through %s alone', (selector) => {
    const doc = load('full-transcript');
    const others = selectors.TRANSCRIPT_PANEL_SELECTORS.filter((other) => other !== selector);
    const panel = doc.querySelector(selector)!;
    for (const element of Array.from(doc.querySelectorAll(others.join(', ')))) {
      if (element !== panel) element.removeAttribute('id'), element.removeAttribute('aria-label'), element.classList.remove('lt-full-transcript__list');
    }
    expect(zoomReader.findRegion(doc)).toBe(panel);
  });

  it("uses a root's parent when there is no known overlay container", () => {
    const doc = parseHtml('<div class="x"><div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item">hi</span></div></div>');
    expect(zoomReader.findRegion(doc)?.className).toBe('x');
  });
});

describe('zoomReader.readLines', () => {
  it("reads each visible overlay root, skipping the hidden one, named by its avatar's tile", () => {
    expect(linesOf(load('overlay-two-speakers'))).toEqual([
      { speaker: 'Jordan Lee', text: 'We signed a three-year deal with another vendor last spring.' },
      { speaker: 'Avery Chen', text: 'Can you send over the security questionnaire' },
    ]);
  });

  it('keys overlay lines by their root element', () => {
    const doc = load('overlay-two-speakers');
    const roots = Array.from(doc.querySelectorAll(selectors.SUBTITLE_ROOT));
    expect(zoomReader.readLines(zoomReader.findRegion(doc)!).map((line) => line.key)).toEqual([roots[1], roots[2]]);
  });

  it('reads the German overlay', () => {
    expect(linesOf(load('localized-de'))).toEqual([{ speaker: null, text: 'Das ist uns im Moment zu teuer.' }]);
  });

  it('reads the transcript panel, carrying names across continuation rows and skipping empty rows', () => {
    const doc = load('full-transcript');
    const rows = Array.from(doc.querySelectorAll(selectors.TRANSCRIPT_ROW));
    expect(zoomReader.readLines(zoomReader.findRegion(doc)!)).toEqual([
      { key: rows[0], speaker: 'Avery Chen', text: 'Thanks for joining, everyone.' },
      { key: rows[1], speaker: 'Avery Chen', text: "Let's start with pricing." },
      { key: rows[2], speaker: 'Jordan Lee', text: 'Honestly, it is just not a priority right now.' },
    ]);
  });

  it('gives a null speaker to a continuation row whose header row was recycled away', () => {
    const doc = load('full-transcript');
    doc.querySelector(selectors.TRANSCRIPT_ROW)!.remove();
    expect(linesOf(doc)[0]).toEqual({ speaker: null, text: "Let's start with pricing." });
  });

  it('reads the older box layout: name rows by their name, avatar rows by the tile with the same photo', () => {
    const doc = load(FRAME);
    const rows = Array.from(doc.querySelector(selectors.SUBTITLE_BOX)!.children);
    expect(zoomReader.readLines(zoomReader.findRegion(doc)!)).toEqual([
      { key: rows[0], speaker: 'Casey Nguyen', text: 'We are locked into our current contract until June.' },
      { key: rows[1], speaker: 'Casey Nguyen', text: 'Call me back next quarter' },
    ]);
  });

  it(`takes the speaker from a ${selectors.SPEAKER_NAME_ATTRIBUTE} attribute on the root or an ancestor`, () => {
    const doc = load('overlay-two-speakers');
    const roots = doc.querySelectorAll(selectors.SUBTITLE_ROOT);
    roots[2]!.setAttribute(selectors.SPEAKER_NAME_ATTRIBUTE, 'Avery Chen (from a helper)');
    expect(linesOf(doc).map((line) => line.speaker)).toEqual(['Jordan Lee', 'Avery Chen (from a helper)']);
    doc.querySelector('.live-transcription-subtitle__content')!.setAttribute(selectors.SPEAKER_NAME_ATTRIBUTE, 'Someone');
    expect(linesOf(doc).map((line) => line.speaker)).toEqual(['Someone', 'Avery Chen (from a helper)']);
  });

  it('keeps the key while the rolling window changes its words', () => {
    const doc = load('localized-de');
    const region = zoomReader.findRegion(doc)!;
    const [before] = zoomReader.readLines(region);
    doc.querySelector(selectors.SUBTITLE_TEXT)!.textContent = 'im Moment zu teuer. Vielleicht im Herbst.';
    expect(zoomReader.readLines(region)).toEqual([{ key: before!.key, speaker: null, text: 'im Moment zu teuer. Vielleicht im Herbst.' }]);
  });
});

describe('zoomReader: the speaker from the overlay avatar', () => {
  const speakers = (doc: Document) => linesOf(doc).map((line) => line.speaker);

  it('names a photo by the tile or panel row showing it, initials by the one participant they fit, else unknown', () => {
    expect(linesOf(load('overlay-avatars'))).toEqual([
      { speaker: 'Riley Park (Guest)', text: 'Just send me some information.' },
      { speaker: 'Morgan Diaz', text: 'It is too expensive for us.' },
      { speaker: null, text: 'We already use another tool.' }, // "A": Avery Chen or Alex Moreau
      { speaker: null, text: 'Call me next quarter.' }, // a photo no tile shows
    ]);
  });

  it('matches a one-letter disc by prefix only while the participants panel lists everyone', () => {
    const doc = load('overlay-avatars');
    // Tiles show only who is on screen: the "M" speaking may be someone off screen, not the one "M…" tile.
    for (const row of Array.from(doc.querySelectorAll(selectors.PARTICIPANT_ROW))) row.remove();
    expect(speakers(doc)[1]).toBeNull();
  });

  it('is unknown when two different people show the same photo', () => {
    const doc = load('overlay-avatars');
    doc.querySelector(`${selectors.PARTICIPANT_ROW} ${selectors.PARTICIPANT_ROW_NAME}`)!.textContent = 'Someone Else';
    expect(speakers(doc)[0]).toBeNull();
  });

  it('reads the participants panel when the tiles are gone (speaker view, paged gallery)', () => {
    const doc = load('overlay-avatars');
    for (const tile of Array.from(doc.querySelectorAll(selectors.PARTICIPANT_TILE))) tile.remove();
    expect(speakers(doc)).toEqual(['Riley Park (Guest)', null, null, null]);
  });

  it('matches initials case-insensitively, two-letter initials exactly, and not a long text', () => {
    const doc = load('overlay-avatars');
    const discs = doc.querySelectorAll(`div${selectors.SUBTITLE_AVATAR}`);
    discs[1]!.textContent = 'ac';
    expect(speakers(doc)[2]).toBe('Avery Chen');
    discs[1]!.textContent = 'Avery';
    expect(speakers(doc)[2]).toBeNull();
  });

  it('becomes unknown rather than wrong when the tile that named a speaker goes', () => {
    const doc = load('overlay-avatars');
    expect(speakers(doc)[1]).toBe('Morgan Diaz');
    Array.from(doc.querySelectorAll(selectors.PARTICIPANT_TILE)).find((tile) => tile.textContent?.includes('Morgan'))!.remove();
    expect(speakers(doc)[1]).toBeNull();
  });

  it('never reads the initials disc as caption words', () => {
    expect(linesOf(load('overlay-avatars')).some((line) => /^[MA] /.test(line.text))).toBe(false);
  });
});

describe('zoomReader.captionsState', () => {
  it.each([
    ['overlay-two-speakers', 'on'],
    ['full-transcript', 'on'],
    ['localized-de', 'on'],
    ['captions-off', 'off'],
    [FRAME, 'on'],
  ] as const)('%s → %s', (fixture, state) => {
    expect(zoomReader.captionsState(load(fixture))).toBe(state);
  });

  it.each(selectors.HIDE_CAPTIONS_LABELS)('"%s" means captions are on', (label) => {
    expect(zoomReader.captionsState(parseHtml(`<button aria-label="${label}"></button>`))).toBe('on');
  });

  it.each(selectors.SHOW_CAPTIONS_LABELS)('"%s" means captions are off', (label) => {
    expect(zoomReader.captionsState(parseHtml(`<button aria-label="${label}"></button>`))).toBe('off');
  });

  it('falls back to aria-pressed on the toolbar CC button', () => {
    const doc = parseHtml('<div id="captions" data-feature-type="captions"><button aria-pressed="true">CC</button></div>');
    expect(zoomReader.captionsState(doc)).toBe('on');
  });

  it('ignores other caption-related buttons', () => {
    const doc = parseHtml('<button aria-label="More options for captions, menu button"></button><button aria-label="Caption Language"></button>');
    expect(zoomReader.captionsState(doc)).toBe('unknown');
  });
});

describe('zoomReader.inCall', () => {
  it.each([
    ['overlay-two-speakers', true],
    ['full-transcript', true],
    ['localized-de', true],
    ['captions-off', true],
    [FRAME, true],
  ] as const)('%s → %s', (fixture, expected) => {
    expect(zoomReader.inCall(load(fixture))).toBe(expected);
  });

  it('is false on the join page', () => {
    expect(zoomReader.inCall(parseHtml('<button>Join</button><input aria-label="Your Name">'))).toBe(false);
  });

  it.each(['.footer__leave-btn-container', '#audioOptionMenu'])('is true with only %s', (selector) => {
    const doc = parseHtml('<div></div>');
    const marker = doc.createElement('div');
    if (selector.startsWith('#')) marker.id = selector.slice(1);
    else marker.className = selector.slice(1);
    doc.body.append(marker);
    expect(zoomReader.inCall(doc)).toBe(true);
  });

  it.each(selectors.LEAVE_LABELS)('is true with only a button whose label contains "%s"', (label) => {
    expect(zoomReader.inCall(parseHtml(`<button aria-label="${label} meeting"></button>`))).toBe(true);
  });
});

describe('zoomReader inside a same-origin iframe#webclient', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the region, state and call markers inside the loaded frame', async () => {
    document.body.innerHTML = loadFixture('zoom', 'webclient-iframe').body.innerHTML;
    const frame = document.querySelector('iframe#webclient') as HTMLIFrameElement;
    await vi.waitFor(() => expect(frame.contentDocument?.querySelector(selectors.SUBTITLE_BOX)).toBeTruthy());
    const region = zoomReader.findRegion(document);
    expect(region?.ownerDocument).toBe(frame.contentDocument);
    expect(zoomReader.readLines(region!).map((line) => line.text)).toEqual([
      'We are locked into our current contract until June.',
      'Call me back next quarter',
    ]);
    expect(zoomReader.captionsState(document)).toBe('on');
    expect(zoomReader.inCall(document)).toBe(true);
  });

  it('still reads the top document when the frame is cross-origin (contentDocument is null)', () => {
    const doc = loadFixture('zoom', 'overlay-two-speakers');
    const frame = doc.createElement('iframe');
    frame.id = 'webclient';
    frame.srcdoc = '<p></p>'; // happy-dom logs an error when it is asked to load about:blank
    Object.defineProperty(frame, 'contentDocument', { get: () => null });
    doc.body.append(frame);
    expect(linesOf(doc)).toHaveLength(2);
  });

  it('survives a frame that throws on contentDocument', () => {
    const doc = parseHtml('<div></div>');
    const frame = doc.createElement('iframe');
    frame.id = 'webclient';
    frame.srcdoc = '<p></p>'; // happy-dom logs an error when it is asked to load about:blank
    doc.body.append(frame);
    Object.defineProperty(frame, 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(zoomReader.findRegion(doc)).toBeNull();
    expect(zoomReader.inCall(doc)).toBe(false);
  });
});

describe('zoomReader metadata', () => {
  it('names its source and a turn-on hint', () => {
    expect(zoomReader.source).toBe('zoom');
    expect(zoomReader.turnOnHint).toMatch(/Show Captions/);
  });
});
