/**
 * Recorded caption timelines (what a site reader would pass to `CaptionAssembler.ingest`), one per
 * platform pattern described in shared/research/dom-selectors.md §2.3, §3.3 and §4.3, with the
 * utterances the assembler must return at each step.
 *
 * A row is `[blockKey, speaker, text]`; the same block key means the same DOM element.
 * Expected changes are written as `show(u)`: `<id> r<revision>[ final] <speaker or ?>: <text>`.
 */
import type { AssemblerOptions } from './assembler';
import type { Utterance } from './types';

export type Row = [key: string, speaker: string | null, text: string];

export type Step = { at: number; expect: string[]; note?: string } & (
  | { lines: Row[] }
  | { tick: true }
  | { flush: true }
);

export interface Timeline {
  name: string;
  options: AssemblerOptions;
  steps: Step[];
}

export function show(u: Utterance): string {
  return `${u.id} r${u.revision}${u.final ? ' final' : ''} ${u.speaker ?? '?'}: ${u.text}`;
}

const M = 'meet:abc-defg-hij';
const RILEY = 'Riley Park';
const AVERY = 'Avery Chen';
const A1 = 'So what would it cost for each seat?';
const B1 = 'It depends on the plan.';

/** Meet: word-by-word growth, in-place correction, earlier-block revisions, speaker change, CC toggle. */
const meet: Timeline = {
  name: 'Meet: growth, corrections, speaker change, region replaced after CC toggle',
  options: { idPrefix: M },
  steps: [
    { at: 0, lines: [['A', RILEY, 'so']], expect: [`${M}:1 r0 Riley Park: so`] },
    { at: 400, lines: [['A', RILEY, 'so what']], expect: [`${M}:1 r1 Riley Park: so what`] },
    { at: 800, lines: [['A', RILEY, 'So what does it']], expect: [`${M}:1 r2 Riley Park: So what does it`], note: 're-cased' },
    { at: 1200, lines: [['A', RILEY, 'So what does it cost?']], expect: [`${M}:1 r3 Riley Park: So what does it cost?`] },
    { at: 1600, lines: [['A', RILEY, 'So what does it cost?']], expect: [], note: 'identical' },
    {
      at: 2000,
      lines: [['A', RILEY, 'So what would it cost per seat?']],
      expect: [`${M}:1 r4 Riley Park: So what would it cost per seat?`],
      note: 'ASR corrects an earlier word in place',
    },
    {
      at: 2400,
      lines: [['A', RILEY, 'So what would it cost per seat?'], ['B', AVERY, 'It']],
      expect: [`${M}:1 r4 final Riley Park: So what would it cost per seat?`, `${M}:2 r0 Avery Chen: It`],
      note: 'a new block from another speaker closes the previous one',
    },
    {
      at: 2800,
      lines: [['A', RILEY, 'So, what would it cost per seat?'], ['B', AVERY, 'It depends']],
      expect: [`${M}:2 r1 Avery Chen: It depends`],
      note: 'Meet re-punctuates the earlier block: ignored',
    },
    { at: 3200, lines: [['A', RILEY, 'So, what would it cost per seat?'], ['B', AVERY, B1]], expect: [`${M}:2 r2 Avery Chen: ${B1}`] },
    { at: 3600, lines: [['A', RILEY, A1], ['B', AVERY, B1]], expect: [], note: 'Meet corrects words of the earlier block: ignored' },
    {
      at: 4000,
      lines: [['A', RILEY, A1], ['B', AVERY, B1], ['C', RILEY, "That's too"]],
      expect: [`${M}:2 r2 final Avery Chen: ${B1}`, `${M}:3 r0 Riley Park: That's too`],
    },
    { at: 4400, lines: [['A', RILEY, A1], ['B', AVERY, B1], ['C', RILEY, "That's too expensive"]], expect: [`${M}:3 r1 Riley Park: That's too expensive`] },
    { at: 7000, tick: true, expect: [`${M}:3 r1 final Riley Park: That's too expensive`], note: 'pause' },
    {
      at: 7400,
      lines: [['A', RILEY, A1], ['B', AVERY, B1], ['C', RILEY, "That's too expensive for us"]],
      expect: [`${M}:4 r0 Riley Park: for us`],
      note: 'the same speaker continues in the block after the pause: only the new words',
    },
    {
      at: 7800,
      lines: [['A', RILEY, A1], ['B', AVERY, B1], ['C', RILEY, 'That is too expensive for us.']],
      expect: [`${M}:4 r1 Riley Park: for us.`],
      note: 'a correction of the closed part and re-punctuation of the open part',
    },
    { at: 8200, flush: true, expect: [`${M}:4 r1 final Riley Park: for us.`], note: 'CC toggled off' },
    {
      at: 9000,
      lines: [['A2', RILEY, A1], ['B2', AVERY, B1], ['C2', RILEY, 'That is too expensive for us.']],
      expect: [],
      note: 'CC back on: a new region with new blocks showing the same texts',
    },
    {
      at: 9400,
      lines: [['A2', RILEY, A1], ['B2', AVERY, B1], ['C2', RILEY, 'That is too expensive for us. Can we']],
      expect: [`${M}:5 r0 Riley Park: Can we`],
    },
    {
      at: 9800,
      lines: [['B2', AVERY, B1], ['C2', RILEY, 'That is too expensive for us. Can we'], ['D', AVERY, 'Sure']],
      expect: [`${M}:5 r0 final Riley Park: Can we`, `${M}:6 r0 Avery Chen: Sure`],
      note: 'block A2 scrolled away; it had nothing open',
    },
  ],
};

const LONG =
  'We rolled it out to the support team first, then to sales in the second quarter, and the feedback was mostly positive, ' +
  'although a few people said the setup took longer than expected because the CRM integration needed custom fields and a lot ' +
  'of manual mapping that nobody had budgeted for at the start of the year.';

/** Meet drops a very long turn and starts the block over (a drop of more than 250 characters). */
const meetTruncation: Timeline = {
  name: 'Meet: very long turn truncated',
  options: { idPrefix: 'meet:t', maxUtteranceChars: 1000 },
  steps: [
    { at: 0, lines: [['A', 'Jordan', 'We rolled it out to the support team first,']], expect: ['meet:t:1 r0 Jordan: We rolled it out to the support team first,'] },
    { at: 1000, lines: [['A', 'Jordan', LONG]], expect: [`meet:t:1 r1 Jordan: ${LONG}`] },
    {
      at: 2000,
      lines: [['A', 'Jordan', 'and honestly the price']],
      expect: [`meet:t:1 r1 final Jordan: ${LONG}`, 'meet:t:2 r0 Jordan: and honestly the price'],
    },
    { at: 2400, lines: [['A', 'Jordan', 'and honestly the price is too high']], expect: ['meet:t:2 r1 Jordan: and honestly the price is too high'] },
  ],
};

const Z = 'zoom:8123';

/** Zoom overlay: a rolling window per speaker root (no names), two roots at once, replay after re-enabling. */
const zoom: Timeline = {
  name: 'Zoom: rolling windows, stale+new concatenation, retraction, replay after re-enable',
  options: { idPrefix: Z },
  steps: [
    { at: 0, lines: [['Z1', null, 'we looked at']], expect: [`${Z}:1 r0 ?: we looked at`] },
    { at: 300, lines: [['Z1', null, 'we looked at your proposal']], expect: [`${Z}:1 r1 ?: we looked at your proposal`] },
    {
      at: 600,
      lines: [['Z1', null, 'looked at your proposal and honestly']],
      expect: [`${Z}:1 r2 ?: we looked at your proposal and honestly`],
      note: '"we" scrolled off the front',
    },
    { at: 900, lines: [['Z1', null, 'your proposal and honestly it is']], expect: [`${Z}:1 r3 ?: we looked at your proposal and honestly it is`] },
    {
      at: 1200,
      lines: [['Z1', null, 'your proposal and honestly it is too'], ['Z2', null, 'sorry to']],
      expect: [`${Z}:1 r4 ?: we looked at your proposal and honestly it is too`, `${Z}:2 r0 ?: sorry to`],
      note: 'a second speaker: a second root; an unnamed block closes nobody',
    },
    {
      at: 1500,
      lines: [['Z1', null, "proposal and honestly it's too pricey"], ['Z2', null, 'sorry to interrupt']],
      expect: [`${Z}:1 r5 ?: we looked at your proposal and honestly it's too pricey`, `${Z}:2 r1 ?: sorry to interrupt`],
      note: 'rolled and corrected ("it is" → "it\'s") at once',
    },
    {
      at: 1800,
      lines: [
        ['Z1', null, "proposal and honestly it's too pricey honestly it's too pricey for us"],
        ['Z2', null, 'sorry to interrupt but'],
      ],
      expect: [`${Z}:1 r6 ?: we looked at your proposal and honestly it's too pricey for us`, `${Z}:2 r2 ?: sorry to interrupt but`],
      note: 'stale and new window concatenated for a moment',
    },
    {
      at: 2100,
      lines: [['Z1', null, "honestly it's too pricey for us right now"], ['Z2', null, 'sorry to interrupt but']],
      expect: [`${Z}:1 r7 ?: we looked at your proposal and honestly it's too pricey for us right now`],
    },
    {
      at: 2400,
      lines: [['Z1', null, "honestly it's too pricey for us"], ['Z2', null, 'sorry to interrupt but']],
      expect: [`${Z}:1 r8 ?: we looked at your proposal and honestly it's too pricey for us`],
      note: 'retraction',
    },
    {
      at: 5000,
      tick: true,
      expect: [`${Z}:1 r8 final ?: we looked at your proposal and honestly it's too pricey for us`, `${Z}:2 r2 final ?: sorry to interrupt but`],
    },
    {
      at: 5500,
      lines: [['Z1', null, 'too pricey for us let me check'], ['Z2', null, 'sorry to interrupt but']],
      expect: [`${Z}:3 r0 ?: let me check`],
      note: 'the window rolls on after the pause: a new utterance with only the new words',
    },
    { at: 6000, flush: true, expect: [`${Z}:3 r0 final ?: let me check`], note: 'captions off' },
    {
      at: 20000,
      lines: [['Z3', null, "it's too pricey for us let me check"], ['Z4', null, 'sorry to interrupt but']],
      expect: [],
      note: 'captions on: Zoom replays history in new roots, spanning two earlier utterances',
    },
    {
      at: 20300,
      lines: [['Z3', null, 'too pricey for us let me check with finance'], ['Z4', null, 'sorry to interrupt but']],
      expect: [`${Z}:4 r0 ?: with finance`],
    },
  ],
};

const T = 'teams:19-meeting';
const RILEY_GUEST = 'Riley Park (Guest)';

/** Teams: items refined in place, late speaker resolution, recycled virtual-list items. */
const teams: Timeline = {
  name: 'Teams: refinement, shortening, Unknown → name, recycled items',
  options: { idPrefix: T },
  steps: [
    { at: 0, lines: [['T1', 'Unknown', 'Thanks']], expect: [`${T}:1 r0 Unknown: Thanks`] },
    { at: 250, lines: [['T1', 'Unknown', 'Thanks for having']], expect: [`${T}:1 r1 Unknown: Thanks for having`] },
    { at: 500, lines: [['T1', AVERY, 'Thanks for having']], expect: [`${T}:1 r2 Avery Chen: Thanks for having`], note: 'speaker resolved' },
    { at: 750, lines: [['T1', AVERY, 'thanks for having us today']], expect: [`${T}:1 r3 Avery Chen: thanks for having us today`] },
    { at: 1000, lines: [['T1', AVERY, 'Thanks for having us today.']], expect: [`${T}:1 r4 Avery Chen: Thanks for having us today.`], note: 're-punctuated' },
    { at: 1250, lines: [['T1', AVERY, 'Thanks for having us.']], expect: [`${T}:1 r5 Avery Chen: Thanks for having us.`], note: 'shortened' },
    {
      at: 1500,
      lines: [['T1', AVERY, 'Thanks for having us.'], ['T2', RILEY_GUEST, 'Of course']],
      expect: [`${T}:1 r5 final Avery Chen: Thanks for having us.`, `${T}:2 r0 Riley Park (Guest): Of course`],
    },
    {
      at: 1750,
      lines: [['T1', AVERY, 'Thanks for having us.'], ['T2', RILEY_GUEST, 'Of course. So the main question']],
      expect: [`${T}:2 r1 Riley Park (Guest): Of course. So the main question`],
    },
    {
      at: 2000,
      lines: [['T1', AVERY, 'Before we start, one question'], ['T2', RILEY_GUEST, 'Of course. So the main question']],
      expect: [`${T}:3 r0 Avery Chen: Before we start, one question`],
      note: 'closed item T1 recycled for another utterance',
    },
    {
      at: 2250,
      lines: [['T1', AVERY, 'Before we start, one question'], ['T2', RILEY_GUEST, 'Happy to walk you through pricing']],
      expect: [`${T}:2 r1 final Riley Park (Guest): Of course. So the main question`, `${T}:4 r0 Riley Park (Guest): Happy to walk you through pricing`],
      note: 'open item T2 recycled',
    },
    {
      at: 2500,
      lines: [['T2', RILEY_GUEST, 'Happy to walk you through pricing']],
      expect: [`${T}:3 r0 final Avery Chen: Before we start, one question`],
      note: 'T1 unmounted by the virtual list',
    },
  ],
};

const S = 'split';

/** A long single-speaker turn split into utterances of at most 60 characters. */
const longTurn: Timeline = {
  name: 'Long turn split at maxUtteranceChars',
  options: { idPrefix: S, maxUtteranceChars: 60 },
  steps: [
    { at: 0, lines: [['A', 'Sam', 'We need three things from you.']], expect: [`${S}:1 r0 Sam: We need three things from you.`] },
    {
      at: 500,
      lines: [['A', 'Sam', 'We need three things from you. First, the security review.']],
      expect: [`${S}:1 r1 Sam: We need three things from you. First, the security review.`],
      note: '58 characters: still fits',
    },
    {
      at: 1000,
      lines: [['A', 'Sam', 'We need three things from you. First, the security review. Second, a budget owner.']],
      expect: [`${S}:1 r1 final Sam: We need three things from you. First, the security review.`, `${S}:2 r0 Sam: Second, a budget owner.`],
      note: 'split at the sentence end',
    },
    {
      at: 1500,
      lines: [['A', 'Sam', 'We need three things from you. First, the security review. Second, a budget owner. Third, a signed order form by Friday.']],
      expect: [`${S}:2 r1 final Sam: Second, a budget owner. Third, a signed order form by`, `${S}:3 r0 Sam: Friday.`],
      note: '61 characters and the only sentence end is too early: split at the last word that fits',
    },
    {
      at: 2000,
      lines: [['A', 'Sam', 'We need three things from you. First, the security review. Second, a budget owner. Third, a signed order form by Friday, please.']],
      expect: [`${S}:3 r1 Sam: Friday, please.`],
      note: 'the open part is re-punctuated and grows',
    },
  ],
};

const ST = 'meet:stutter';

/** A stuttered line ("can we can we") whose last word is still half-heard: revised in place, never mistaken for a roll. */
const stutter: Timeline = {
  name: 'Meet: a stutter revised word by word keeps its words once',
  options: { idPrefix: ST },
  steps: [
    { at: 0, lines: [['A', RILEY, 'can we can w']], expect: [`${ST}:1 r0 Riley Park: can we can w`] },
    { at: 20, lines: [['A', RILEY, 'can we can we push th']], expect: [`${ST}:1 r1 Riley Park: can we can we push th`] },
    {
      at: 40,
      lines: [['A', RILEY, 'can we can we push this out']],
      expect: [`${ST}:1 r2 Riley Park: can we can we push this out`],
      note: 'all but the last two old words carry on at the front: a revised tail, not "can we" scrolling off',
    },
    { at: 60, lines: [['A', RILEY, 'can we can we push this out a couple months']], expect: [`${ST}:1 r3 Riley Park: can we can we push this out a couple months`] },
  ],
};

export const TIMELINES: Timeline[] = [meet, meetTruncation, zoom, teams, longTurn, stutter];
