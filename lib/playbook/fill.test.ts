import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../detection/taxonomy';
import { DEFAULT_PLAYBOOK } from './default-playbook';
import { caveInCoachingFor, fillPlaceholders, firstNameFrom, suggestionsFor } from './fill';

describe('fillPlaceholders', () => {
  it.each([
    ['{firstName}, happy to send something.', { firstName: 'Dana' }, 'Dana, happy to send something.'],
    ['{firstName}, what would {company} need?', { firstName: 'Dana', company: 'Acme Freight' }, 'Dana, what would Acme Freight need?'],
    ['{firstName}, happy to send something. So I pick the right thing.', {}, 'Happy to send something. So I pick the right thing.'],
    ['{firstName}, happy to send something.', { firstName: null }, 'Happy to send something.'],
    ['{firstName}, happy to send something.', { firstName: '   ' }, 'Happy to send something.'],
    ['Thanks. {firstName}, what do you think?', {}, 'Thanks. What do you think?'],
    ['Of course! {firstName}, one more thing?', {}, 'Of course! One more thing?'],
    ['Line one.\n{firstName}, line two', {}, 'Line one.\nLine two'],
    ['Thanks, {firstName}.', {}, 'Thanks.'],
    ['Hi {firstName}, how are you?', {}, 'Hi, how are you?'],
    ['What does {company} need?', {}, 'What does your team need?'],
    ['What does {company} need?', { company: null }, 'What does your team need?'],
    ['{company} comes first.', {}, 'Your team comes first.'],
    ['{firstName}, {company} comes first.', {}, 'Your team comes first.'],
    ['{firstName}, {company} comes first.', { company: 'Acme' }, 'Acme comes first.'],
    ['Ask {manager} about {company}.', { company: 'Acme' }, 'Ask about Acme.'],
    ['Hello {weird} there {x}', {}, 'Hello there'],
    ['Regards, {senderName}', {}, 'Regards'],
    ['{firstName}', {}, ''],
    ['No placeholders here.', {}, 'No placeholders here.'],
    ['{ not a placeholder } and {unclosed', {}, '{ not a placeholder } and {unclosed'],
  ] as const)('%j with %j', (line, ctx, expected) => {
    expect(fillPlaceholders(line, ctx)).toBe(expected);
  });

  it('inserts values literally, never re-reading them as placeholders or replacement patterns', () => {
    expect(fillPlaceholders('{firstName}, hi from {company}', { firstName: '$& {company}', company: "$1 O'Brien & Co" })).toBe(
      "$& {company}, hi from $1 O'Brien & Co",
    );
  });

  it('keeps the customer\'s own casing of known values', () => {
    expect(fillPlaceholders('{company} is next.', { company: 'eBay' })).toBe('eBay is next.');
  });
});

describe('firstNameFrom', () => {
  it.each([
    ['Dana Ortiz', 'Dana'],
    ['Ortiz, Dana', 'Dana'],
    ['Dana Ortiz, PhD', 'Dana'],
    ['dana.ortiz@acme.com', 'Dana'],
    ['dana_ortiz+sales@acme.com', 'Dana'],
    ['"Dana Ortiz" <dana@acme.com>', 'Dana'],
    ['<dana.ortiz@acme.com>', 'Dana'],
    ['Riley Park (Guest)', 'Riley'],
    ['Riley Park (External) [Acme]', 'Riley'],
    ['Dana Ortiz | Acme Freight', 'Dana'],
    ['Dr. Dana Ortiz', 'Dana'],
    ['DANA ORTIZ', 'Dana'],
    ['dana ortiz', 'Dana'],
    ['José García', 'José'],
    ["D'Arcy Smith", "D'Arcy"],
    ['  Dana  ', 'Dana'],
  ])('%j -> %j', (speaker, expected) => {
    expect(firstNameFrom(speaker)).toBe(expected);
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['   '],
    ['You'],
    ['you'],
    ['You (Host)'],
    ['Me'],
    ['Unknown'],
    ['Speaker 1'],
    ['Guest'],
    ['user42'],
    ['J. Smith'],
    ['dana@acme.com'],
    ['jsmith@acme.com'],
    ['sales.team@acme.com'],
    ['info@acme.com'],
    ['no-reply@acme.com'],
    ['1234.5678@acme.com'],
  ])('%j -> null', (speaker) => {
    expect(firstNameFrom(speaker)).toBeNull();
  });
});

describe('suggestionsFor', () => {
  it('uses the first built-in category, the email form, and fills the names', () => {
    const s = suggestionsFor(['my_custom', 'info_brushoff', 'price'], { channel: 'email', firstName: 'Dana', company: 'Acme Freight' });
    expect(s).not.toBeNull();
    expect(s!.category).toBe('info_brushoff');
    expect(s!.coaching).toBe(DEFAULT_PLAYBOOK.info_brushoff.coaching);
    expect(s!.questions.map((q) => q.id)).toEqual(['info_brushoff-q1', 'info_brushoff-q2']);
    expect(s!.responses.map((q) => q.id)).toEqual(['info_brushoff-r1', 'info_brushoff-r2']);
    expect(s!.questions[0]).toEqual({
      id: 'info_brushoff-q1',
      principle: 'find_where_interest_went',
      text: 'Dana, happy to send something. So I pick the right thing, was there a point in our conversation where this stopped sounding useful to you?',
    });
    expect(s!.questions[1]!.text).toBe(
      "Dana, what would the information need to answer for it to be worth your time? I'd rather send one page that fits Acme Freight than a brochure that doesn't.",
    );
  });

  it('drops an unknown name in the email form', () => {
    const s = suggestionsFor(['info_brushoff'], { channel: 'email' });
    expect(s!.questions[0]!.text).toBe(
      'Happy to send something. So I pick the right thing, was there a point in our conversation where this stopped sounding useful to you?',
    );
    expect(s!.questions[1]!.text).toBe(
      "What would the information need to answer for it to be worth your time? I'd rather send one page that fits your team than a brochure that doesn't.",
    );
  });

  it('uses the spoken form for captions', () => {
    const s = suggestionsFor(['info_brushoff'], { channel: 'caption', firstName: 'Dana' });
    expect(s!.questions.map((q) => q.text)).toEqual([
      DEFAULT_PLAYBOOK.info_brushoff.questions[0]!.spoken,
      DEFAULT_PLAYBOOK.info_brushoff.questions[1]!.spoken,
    ]);
    expect(s!.responses[0]!.text).toBe(DEFAULT_PLAYBOOK.info_brushoff.responses[0]!.spoken);
  });

  it('honours count', () => {
    expect(suggestionsFor(['stall'], { channel: 'email', count: 3 })!.questions).toHaveLength(3);
    expect(suggestionsFor(['stall'], { channel: 'email', count: 0 })!.responses).toHaveLength(0);
    expect(suggestionsFor(['stall'], { channel: 'email', count: 99 })!.responses).toHaveLength(DEFAULT_PLAYBOOK.stall.responses.length);
  });

  it("uses the rep's or team's own responses where a category has them, keeping the built-in questions", () => {
    const own = (c: string) =>
      c === 'price' ? [{ id: 'mine-1', email: '{firstName}, fair question: what would make it worth it for {company}?', spoken: 'what would make it worth it' }] : undefined;
    const s = suggestionsFor(['price'], { channel: 'email', firstName: 'Dana', company: 'Acme', ownResponses: own });
    expect(s!.responses).toEqual([{ id: 'mine-1', text: 'Dana, fair question: what would make it worth it for Acme?' }]);
    expect(s!.questions.map((q) => q.id)).toEqual(['price-q1', 'price-q2']);
    expect(suggestionsFor(['price'], { channel: 'caption', ownResponses: own })!.responses[0]!.text).toBe('what would make it worth it');
    // A category without its own lines keeps the playbook's.
    expect(suggestionsFor(['stall'], { channel: 'email', ownResponses: own })!.responses[0]!.id).toBe('stall-r1');
  });

  it('gives a custom category suggestions only when it has its own responses', () => {
    const own = (c: string) => (c === 'custom.legal' ? [{ id: 'l1', email: 'Who on your side owns the legal review?', spoken: 'who owns legal review' }] : undefined);
    const s = suggestionsFor(['custom.legal'], { channel: 'email', ownResponses: own });
    expect(s).toMatchObject({ category: 'custom.legal', questions: [], responses: [{ id: 'l1', text: 'Who on your side owns the legal review?' }] });
    expect(s!.coaching).toMatch(/own words/);
    expect(suggestionsFor(['custom.other'], { channel: 'email', ownResponses: own })).toBeNull();
  });

  it('returns null when no category has a built-in playbook', () => {
    expect(suggestionsFor([], { channel: 'email' })).toBeNull();
    expect(suggestionsFor(['my_custom'], { channel: 'caption' })).toBeNull();
  });
});

describe('caveInCoachingFor', () => {
  it('returns the playbook nudge, or a generic one for other categories', () => {
    expect(caveInCoachingFor('info_brushoff')).toBe(DEFAULT_PLAYBOOK.info_brushoff.caveInCoaching);
    expect(caveInCoachingFor('unknown')).toMatch(/question/);
    expect(caveInCoachingFor('unknown').length).toBeGreaterThan(20);
  });
});

describe('the built-in playbook', () => {
  const contexts = [{}, { firstName: 'Dana' }, { company: 'Acme' }, { firstName: 'Dana', company: 'Acme' }];

  it.each(CATEGORY_IDS)('%s has at least 4 questions and 4 responses with distinct ids', (category) => {
    const entry = DEFAULT_PLAYBOOK[category];
    expect(entry.category).toBe(category);
    expect(entry.questions.length).toBeGreaterThanOrEqual(4);
    expect(entry.responses.length).toBeGreaterThanOrEqual(4);
    expect(entry.coaching.trim()).not.toBe('');
    expect(entry.caveInCoaching.trim()).not.toBe('');
  });

  it('has distinct ids across the whole playbook', () => {
    const ids = CATEGORY_IDS.flatMap((c) => [...DEFAULT_PLAYBOOK[c].questions, ...DEFAULT_PLAYBOOK[c].responses].map((l) => l.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fills every line, in both forms, without leftover braces or broken spacing', () => {
    for (const category of CATEGORY_IDS) {
      const entry = DEFAULT_PLAYBOOK[category];
      for (const line of [...entry.questions, ...entry.responses]) {
        for (const form of [line.email, line.spoken]) {
          for (const ctx of contexts) {
            const filled = fillPlaceholders(form, ctx);
            const where = `${line.id} ${JSON.stringify(ctx)}: ${filled}`;
            expect(filled, where).not.toMatch(/[{}]/);
            expect(filled, where).not.toMatch(/ {2}| [,.!?;:]|^[\s,]/);
            expect(filled, where).toMatch(/^[\p{Lu}"'\u201C]/u);
            if (ctx.firstName === undefined) expect(filled, where).not.toMatch(/Dana/);
          }
        }
      }
    }
  });
});
