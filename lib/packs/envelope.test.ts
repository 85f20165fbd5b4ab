import { describe, expect, it } from 'vitest';
import { readPackEnvelope, repeatedIdError } from './envelope';

const KIND = { label: 'widget pack', format: 'truth-serum-widgets', version: 2 };

describe('readPackEnvelope', () => {
  it('accepts JSON text or a parsed object of the right format and version, and hands the object on', () => {
    const pack = { format: 'truth-serum-widgets', version: 2, widgets: [1] };
    expect(readPackEnvelope(JSON.stringify(pack), KIND)).toEqual({ ok: true, data: pack });
    expect(readPackEnvelope(pack, KIND)).toEqual({ ok: true, data: pack });
  });

  it.each([
    ['text that is not JSON', '{nope', /^This file is not valid JSON \(.+\)\.$/],
    ['a JSON array', '[1]', /^This file is not a Truth Serum widget pack: it holds no object\.$/],
    ['null', null, /^This file is not a Truth Serum widget pack: it holds no object\.$/],
    ['a number as text', '42', /it holds no object/],
    ['another format', { format: 'truth-serum-pack', version: 2 }, /^This file is not a Truth Serum widget pack: "format" is "truth-serum-pack", expected "truth-serum-widgets"\.$/],
    ['no format', { version: 2 }, /"format" is missing, expected "truth-serum-widgets"/],
    ['a newer version', { format: 'truth-serum-widgets', version: 3 }, /^This widget pack is version 3, made by a newer Truth Serum; this one reads version 2\. Update Truth Serum and try again\.$/],
    ['an older version', { format: 'truth-serum-widgets', version: 1 }, /^This widget pack's "version" is 1; expected 2\.$/],
    ['a version as text', { format: 'truth-serum-widgets', version: '2' }, /"version" is "2"; expected 2\./],
    ['no version', { format: 'truth-serum-widgets' }, /"version" is missing; expected 2\./],
  ])('refuses %s, naming what is wrong', (_what, input, expected) => {
    const r = readPackEnvelope(input, KIND);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(expected);
  });
});

describe('repeatedIdError', () => {
  it('points at the second use of an id, and is null when all differ', () => {
    expect(repeatedIdError('drills', [{ id: 'a' }, { id: 'b' }, { id: 'a' }])).toBe('drills[2] (a): the id is used twice in this pack.');
    expect(repeatedIdError('drills', [{ id: 'a' }, { id: 'b' }])).toBeNull();
    expect(repeatedIdError('drills', [])).toBeNull();
  });
});
