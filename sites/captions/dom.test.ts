// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  firstMatch,
  frameDocument,
  hasOwnText,
  isInlineHidden,
  isInlineHiddenWithin,
  isNonText,
  isNonTextWithin,
  labelStartsWithAny,
  NON_TEXT_SELECTOR,
  normalizeLabel,
  visibleChildren,
  visibleText,
} from './dom';
import { parseHtml } from './test-fixtures';

const element = (html: string) => parseHtml(`<div id="x">${html}</div>`).getElementById('x')!;

describe('visibleText', () => {
  it('leaves out buttons, role=button, aria-hidden, hidden, icon glyphs, images and scripts', () => {
    const el = element(
      'Hello <button>Jump</button><span role="button">x</span><span aria-hidden="true">bottom</span><span hidden>h</span>' +
        '<i class="google-symbols">arrow_downward</i><i class="material-icons">more_vert</i><img alt="avatar"><script>1</script>' +
        '<span style="display: none">gone</span>world',
    );
    expect(visibleText(el)).toBe('Hello world');
  });

  it('separates block elements and collapses whitespace', () => {
    expect(visibleText(element('<div>one</div><div>two</div><span>thr</span><span>ee</span>\n\t <p>four</p>'))).toBe('one two three four');
  });

  it('drops zero-width spaces', () => {
    expect(visibleText(element('a\u200bb'))).toBe('ab');
  });
});

describe('element predicates', () => {
  it('NON_TEXT_SELECTOR / isNonText cover chrome but not text', () => {
    const doc = parseHtml('<button></button><div role="button"></div><div aria-hidden="true"></div><span class="google-symbols"></span><span>t</span>');
    expect(doc.querySelectorAll(NON_TEXT_SELECTOR)).toHaveLength(4);
    expect(Array.from(doc.body.children).map(isNonText)).toEqual([true, true, true, true, false]);
  });

  it('isInlineHidden reads the hidden attribute and inline display:none only', () => {
    expect([
      element('<span hidden></span>').firstElementChild!,
      element('<span style="color: red; display:none"></span>').firstElementChild!,
      element('<span style="display: flex"></span>').firstElementChild!,
      element('<span aria-hidden="true"></span>').firstElementChild!,
    ].map(isInlineHidden)).toEqual([true, true, false, false]);
  });

  it('isInlineHiddenWithin and isNonTextWithin look at ancestors up to the stop element only', () => {
    const doc = parseHtml('<div id="outer" style="display:none" aria-hidden="true"><div id="stop"><p><b id="leaf">x</b></p></div></div>');
    const leaf = doc.getElementById('leaf')!;
    const stop = doc.getElementById('stop')!;
    expect(isInlineHiddenWithin(leaf, stop)).toBe(false);
    expect(isInlineHiddenWithin(leaf, null)).toBe(true);
    expect(isNonTextWithin(leaf, stop)).toBe(false);
    expect(isNonTextWithin(leaf, doc.body)).toBe(true);
  });

  it('hasOwnText ignores blank text nodes and text in children', () => {
    expect(hasOwnText(element('  <span>child</span>  '))).toBe(false);
    expect(hasOwnText(element('own <span>child</span>'))).toBe(true);
  });

  it('visibleChildren keeps children that show text', () => {
    const el = element('<div>a</div><div aria-hidden="true">b</div><div><button>c</button></div><div></div><span>d</span>');
    expect(visibleChildren(el).map((child) => child.textContent)).toEqual(['a', 'd']);
  });
});

describe('labels', () => {
  it('collapseWhitespace trims and squeezes', () => {
    expect(collapseWhitespace('  a \n\t b  ')).toBe('a b');
  });

  it('normalizeLabel lower-cases, composes, folds apostrophes and Turkish i', () => {
    expect(normalizeLabel('  Quitter l’APPEL ')).toBe("quitter l'appel");
    expect(normalizeLabel('Tú'.normalize('NFD'))).toBe('tú');
    expect(normalizeLabel('ALTYAZILAR')).toBe(normalizeLabel('Altyazılar'));
    expect(normalizeLabel(null)).toBe('');
  });

  it.each([
    ['Turn on captions (c)', ['Turn on captions'], true],
    ['turn on captions', ['Turn on captions'], true],
    ['Turn on captionsX', ['Turn on captions'], false],
    ['Выключить субтитры', ['Включить субтитры'], false],
    ['Включить субтитры', ['Выключить субтитры', 'Включить субтитры'], true],
    ['', [''], false],
    [null, ['Turn on captions'], false],
  ] as const)('labelStartsWithAny(%j, %j) → %s', (label, phrases, expected) => {
    expect(labelStartsWithAny(label, phrases)).toBe(expected);
  });
});

describe('firstMatch', () => {
  it('returns a match of the first selector that matches anything', () => {
    const doc = parseHtml('<p class="b">b</p><p class="a">a</p>');
    expect(firstMatch(doc, ['.missing', '.a', '.b'])?.textContent).toBe('a');
    expect(firstMatch(doc, ['.missing'])).toBeNull();
  });
});

describe('frameDocument', () => {
  it('returns null for a missing frame and for a frame that throws', () => {
    expect(frameDocument(null)).toBeNull();
    const frame = parseHtml('').createElement('iframe');
    Object.defineProperty(frame, 'contentDocument', {
      get: () => {
        throw new Error('SecurityError');
      },
    });
    expect(frameDocument(frame)).toBeNull();
  });

  it('returns the contentDocument of an accessible frame', () => {
    const frame = parseHtml('').createElement('iframe');
    const inner = parseHtml('<p>in</p>');
    Object.defineProperty(frame, 'contentDocument', { get: () => inner });
    expect(frameDocument(frame)).toBe(inner);
  });
});
