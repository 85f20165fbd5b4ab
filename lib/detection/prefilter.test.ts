import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { mayMatch, requirements, sentenceTagHints, sentenceWords, tagHintsOf, type Reg } from './prefilter';

/** Like the engine: a sentence is a candidate when any of the patterns may match it. */
const filterFor = (...patterns: string[]) => {
  const needs = patterns.map((p) => requirements(nlp.parseMatch(p) as unknown as Reg[]));
  return (sentence: string) => needs.some((n) => mayMatch(n, sentenceWords(sentence)));
};

describe('prefilter', () => {
  it('lets a sentence through only when every required term can start with one of its words', () => {
    const mayMatch = filterFor('(take|remove) (me|us) off (your|the) (list|mailing list)');
    expect(mayMatch('please take me off your mailing list')).toBe(true);
    expect(mayMatch('please take me off the agenda')).toBe(false);
    expect(mayMatch('lovely weather on the coast today')).toBe(false);
  });

  it('treats multi-word choices by their first words, so "(a fortune|an arm and a leg)" is not a free pass', () => {
    const mayMatch = filterFor('(a fortune|an arm and a leg)');
    expect(mayMatch('it costs an arm and a leg')).toBe(true);
    expect(mayMatch('the project is on track')).toBe(false);
  });

  it('ignores optional terms and wildcards', () => {
    const mayMatch = filterFor('{sleep} on (it|this)?', 'call .? back');
    expect(mayMatch('we slept on everything')).toBe(true);
    expect(mayMatch('call me back')).toBe(true);
    expect(mayMatch('nothing to see')).toBe(false);
  });

  it('parses every sentence when a pattern has no word to look for', () => {
    expect(filterFor('#Negative #Adjective')('zzz qqq')).toBe(true);
  });

  it('sees words hidden in contractions', () => {
    expect([...sentenceWords("We can't, we're done; it's fine, won't")]).toEqual(expect.arrayContaining(['can', 'not', 'are', 'is', 'will']));
    expect(filterFor('(we|i) are all set')("we're all set")).toBe(true);
    expect(filterFor('can not afford')('we cannot afford it')).toBe(true);
  });
});

describe('requirements of multi-word choices', () => {
  it('asks for the least common word of each choice, not its first', () => {
    expect(requirements(nlp.parseMatch('(a fortune|an arm and a leg)') as unknown as Reg[])).toEqual([['fortune', 'arm']]);
    expect(mayMatch(requirements(nlp.parseMatch('(a fortune|an arm and a leg)') as unknown as Reg[]), sentenceWords('it costs an arm and a leg'))).toBe(true);
    expect(mayMatch(requirements(nlp.parseMatch('(a fortune|an arm and a leg)') as unknown as Reg[]), sentenceWords('we have a plan and an idea'))).toBe(false);
  });
});

describe('tag hints', () => {
  const hints = (s: string) => [...sentenceTagHints(s, sentenceWords(s), () => (nlp.model() as unknown as { one: { lexicon: Record<string, string> } }).one.lexicon)].sort();
  it('says which tags a sentence could carry without running the tagger', () => {
    expect(hints('we are all set thanks')).toEqual([]);
    expect(hints('We use Salesforce for 40 seats')).toEqual(['date', 'number', 'proper']);
    expect(hints("it's the board's call")).toEqual(['possessive']);
    expect(hints('we went with google in june')).toEqual(['date', 'proper']);
    expect(tagHintsOf('(#ProperNoun|#Value) (#Noun|x)')).toEqual(['proper', 'number', 'always']);
  });
});
