import { describe, expect, it } from 'vitest';
import { getDefaultDetector } from '../index';
import type { Channel } from '../types';

const detector = getDefaultDetector();
const categoriesOf = (text: string, channel: Channel) => detector.analyze(text, { channel }).categories;

// Our own paraphrases, one per line, written for these tests (none taken from a corpus).
const POSITIVES: [Channel, string][] = [
  // Spreadsheets, paper, manual processes.
  ['caption', 'to be fair we just manage it all off a spreadsheet and that works for us'],
  ['caption', 'we keep track of everything in excel and it does the job'],
  ['email', 'Honestly a shared Google sheet handles most of what you showed us.'],
  ['caption', 'we do it all by hand with a paper diary and a whiteboard and its fine'],
  ['caption', 'er smartsheet does the job for us really'],
  // Named or unnamed incumbents, caption style.
  ['caption', 'we run on pipedrive and to be honest it does everything we need'],
  ['caption', 'yeah we are quite happy with hubspot to be honest'],
  ['caption', 'freshdesk takes care of most of that for us'],
  ['caption', 'we are all in on google for everything mate'],
  ['caption', 'the lads are pretty attached to what they have now'],
  ['email', 'Why would we change when what we have already does the job?'],
  ['email', 'Xero costs us a fraction of what you are asking and it is good enough.'],
  // In-house builds.
  ['email', 'Our tech people would rather build than buy, and they already have something on the go.'],
  ['caption', 'our developer priya knocked together a little script that sorts the rota for us'],
  ['caption', 'one of our devs just built his own version of this last year'],
  // Group / parent-company mandates.
  ['email', 'Our holding company makes every site use their platform, so we have no say.'],
  ['caption', 'head office has already chosen a system for us'],
  ['email', 'We need to stay aligned with our sister brands, who are all on another platform.'],
  // Partners, resellers, bundled or free tools.
  ['email', 'Our bookkeeper looks after payroll for us as part of her monthly fee.'],
  ['caption', 'our it provider already does all of that for us'],
  ['email', 'We get the free version of Trello and it does what we need.'],
  // Contracts and renewals.
  ['email', 'We re-signed with our current supplier for another three years in March.'],
  ['caption', 'we renewed with zendesk a couple of weeks ago'],
  // Evaluating other vendors.
  ['email', 'We are in the middle of a tender with four other suppliers.'],
  ['caption', "we've narrowed it to you and a couple of others"],
  ['email', 'We are benchmarking your offer against two other providers this month.'],
  ['caption', 'we are speaking with a few other agencies as well'],
  ['caption', 'were also looking at monday and a handful of others'],
  ['caption', 'we are looking at them as well to be fair'],
  ['email', 'A rival firm showed us pretty much the same product on Tuesday.'],
  ['email', 'I have a cheaper quote from another supplier sitting on my desk.'],
  ['caption', 'we went with one of the other suppliers in the end'],
  ['caption', 'we might just go with somebody else'],
  ['caption', 'once the trial with the other provider wraps up we can chat'],
  ['caption', 'we can get pretty much the same thing elsewhere for half that'],
];

// Look-alikes: neutral mentions of tools, customers leaving the incumbent, contracts as paperwork, the rep's own notes.
const LOOK_ALIKES: [Channel, string][] = [
  ['caption', 'we keep our figures in excel so can we import them straight into yours'],
  ['email', 'Can your tool pull the data from our existing spreadsheets automatically?'],
  ['email', 'Our renewal with you is due in July and we would like to add ten more seats.'],
  ['email', 'Reminder: the office lease renews on 3 June, no action needed, it rolls over.'],
  ['email', 'We will be reviewing our options once the contract is up unless this gets fixed.'],
  ['caption', 'the whole reason we are moving is that our current system keeps crashing'],
  ['email', 'We are making the switch because our current provider keeps raising prices. See you at kick-off.'],
  ['email', 'Notes for the team - Globex said they are also talking to a rival, but they loved the demo.'],
  ['email', 'As you mentioned, your team is reviewing options and Dana signs off.'],
  ['caption', 'funny thing my cousin works for one of your competitors'],
  ['email', 'A salesman from a competitor of yours told me you were overpriced, I disagreed.'],
  ['email', 'Our procurement process involves reviewing supplier submissions in writing.'],
  ['caption', 'we are happy with the proposal so lets go ahead'],
  ['caption', 'we are pretty happy with that honestly'],
  ['email', 'Please send the contract over and we will sign it this week.'],
  ['caption', 'your platform handles all of our sites which is great'],
  ['caption', 'the licence covers all of our users right'],
  ['email', 'We used to use spreadsheets but we outgrew them, which is why I called.'],
  ['caption', 'compare it with the enterprise plan for me would you'],
];

describe('competitor: our own paraphrases', () => {
  it.each(POSITIVES)('fires on (%s) %s', (channel, text) => {
    expect(categoriesOf(text, channel)).toContain('competitor');
  });
});

describe('competitor: look-alikes', () => {
  it.each(LOOK_ALIKES)('does not fire on (%s) %s', (channel, text) => {
    expect(categoriesOf(text, channel)).not.toContain('competitor');
  });
});
