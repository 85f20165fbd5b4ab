import { describe, expect, it } from 'vitest';
import { collapseRepeat, coveredPrefix, normalizeText, relate, toWords } from './text-merge';

const norm = (text: string) => toWords(text).norm;

describe('normalizeText / toWords', () => {
  it.each([
    ['So, what does it COST?', 'so what does it cost'],
    ["  it's   too\tpricey… ", 'its too pricey'],
    ['Ça coûte 3.5 k€ — trop', 'ça coûte 35 k trop'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
    expect(norm(text).join(' ')).toBe(expected);
  });

  it('attaches stand-alone punctuation to a neighbouring word', () => {
    expect(toWords('— well … we could — maybe')).toEqual({ raw: ['— well …', 'we', 'could —', 'maybe'], norm: ['well', 'we', 'could', 'maybe'] });
  });
});

describe('relate', () => {
  type Case = [label: string, prev: string, next: string, kind: 'edit' | 'roll' | 'new', detail?: number | [number, number]];
  // detail: the drop for a roll, or [boundary, mapped boundary] for an edit.
  const cases: Case[] = [
    ['growth', 'so what', 'so what does it cost', 'edit', [2, 2]],
    ['re-punctuated and re-cased', 'so what does it cost', 'So, what does it cost?', 'edit', [5, 5]],
    ['corrected word, boundary after it', "we can't do that", 'we can not do that', 'edit', [4, 5]],
    ['corrected and grown', "we can't do that", 'we can not do that now', 'edit', [4, 5]],
    ['last word corrected and grown', 'we will sea', 'we will see you there', 'edit', [3, 3]],
    ['shortened (retraction)', 'thanks for having us today', 'thanks for having us', 'edit', [5, 4]],
    ['early words rewritten wholesale', 'I', 'Hi everyone', 'edit', [1, 1]],
    ['rolling window', 'we looked at your proposal', 'at your proposal and honestly', 'roll', 2],
    ['rolling window with the last words revised', 'your proposal and honestly it is too', 'proposal and honestly its too pricey', 'roll', 1],
    ['rolling window whose first word repeats later', 'the price and the terms', 'the terms are fine', 'roll', 3],
    ['a self-repeating text with its last word revised is an edit, not a roll', 'can we can we push th', 'can we can we push this out', 'edit', [6, 6]],
    ['a stutter grown past a half-heard word', 'we are we are actually evalu', 'we are we are actually evaluating another', 'edit', [6, 6]],
    ['recycled element', 'thanks for having us', 'before we start one question', 'new'],
    ['recycled element sharing a common word', 'of course so the main question', 'let me share the agenda first', 'new'],
    ['truncated long turn', 'word '.repeat(60) + 'and more', 'and honestly the price', 'new'],
  ];

  it.each(cases)('%s', (_label, prev, next, kind, detail) => {
    const relation = relate(norm(prev), norm(next));
    expect(relation.kind).toBe(kind);
    if (relation.kind === 'roll') expect(relation.drop).toBe(detail);
    if (relation.kind === 'edit' && Array.isArray(detail)) expect(relation.map(detail[0])).toBe(detail[1]);
  });
});

describe('collapseRepeat', () => {
  it.each([
    ['stale window + rolled window', 'think about the budget', 'think about the budget about the budget for next quarter', 'think about the budget for next quarter'],
    ['stale window + grown window', 'we need to', 'we need to we need to talk', 'we need to talk'],
    ['stale window + part of it', 'a b c d', 'a b c d b c', 'a b c d'],
    ['plain growth is kept', 'we need to', 'we need to talk about it', 'we need to talk about it'],
    ['a single repeated word is kept', 'no', 'no no', 'no no'],
  ])('%s', (_label, prev, next, expected) => {
    expect(collapseRepeat(norm(prev), toWords(next)).raw.join(' ')).toBe(expected);
  });
});

describe('coveredPrefix', () => {
  const remembered = [' we looked at your proposal and honestly its too pricey for us ', ' let me check ', ' yes '];
  it.each([
    ['inside one remembered text', 'honestly its too pricey', 4],
    ['spanning two remembered texts', 'too pricey for us let me check', 7],
    ['a short whole remembered text in between', 'pricey for us yes let me check', 7],
    ['followed by unseen words', 'for us let me check with finance', 5],
    ['a short piece that is not a whole text stops the scan', 'for us let me check us today', 5],
    ['unseen', 'can we talk pricing', 0],
    ['partial word does not match', 'chec', 0],
  ])('%s', (_label, text, expected) => {
    expect(coveredPrefix(norm(text), remembered)).toBe(expected);
  });
});
