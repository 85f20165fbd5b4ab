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
  // More ways of saying it: outsourcing, lock-in, terms still running, free and bundled tools, rivals pitching.
  ["caption", "we've been with the same crowd for about ten years now"],
  ["caption", "nah we're sorted on that front, we use a local firm"],
  ['email', 'We have an arrangement with a local IT company who look after all of this.'],
  ['caption', 'our it is outsourced to a managed service provider and they do all that'],
  ["email", "We're tied into Sage until the end of next year."],
  ["caption", "we signed a three year deal last spring so we're stuck with them"],
  ['email', 'Our current system does everything we need, thanks.'],
  ["caption", "we're pretty much locked into the microsoft ecosystem"],
  ['email', 'We already have a solution in place for this.'],
  ['caption', 'we have got a system for that already mate'],
  ["caption", "we've already got that covered"],
  ["email", "That's already covered by our existing provider."],
  ['caption', 'the franchise makes us use their booking system'],
  ["email", "Corporate IT decides which tools we use and they've gone with ServiceNow."],
  ["caption", "we're trialling a couple of other options right now"],
  ["email", "We've had three other companies in to pitch this month."],
  ["caption", "we're getting a few quotes in from other suppliers"],
  ["email", "We're in conversations with a couple of your competitors."],
  ["caption", "we've put it out to tender"],
  ['email', 'Our developers can knock something up for a fraction of that.'],
  ["caption", "we'd probably just build it ourselves to be honest"],
  ['caption', 'we do all our bookings through a whatsapp group and it works'],
  ['email', 'We use the reporting that comes built into our CRM, which is free.'],
  ['caption', 'our bank gives us something like that for free'],
  ['email', 'We get it thrown in with our Office 365 subscription.'],
  ['caption', 'our reseller handles all our software licences'],
  ['caption', 'i get all my stock through a distributor who does this for me'],
  ['caption', 'honestly we use chatgpt for that now'],
  ['email', 'We went with a cheaper option in the end.'],
  ["caption", "we've gone with someone local"],
  ["email", "I'm afraid we've already appointed another agency."],
  ["caption", "we're in year two of a five year contract"],
  ['email', 'Our existing agreement still has 18 months to run.'],
  ["caption", "we're on a rolling contract with them and it's fine"],
  ["caption", "all our data lives in salesforce so moving isn't really an option"],
  ['email', 'Switching everything over from our current platform would be too disruptive right now.'],
  ['caption', 'we have our own way of doing it that works'],
  ['caption', 'we use a free app for that'],
  ["caption", "we use the free version of hubspot and it's plenty"],
  ["email", "We've had three other companies in to pitch this month."],
  ['caption', 'nah we are sweet, our accountant sorts all that'],
  ['email', 'Our MSP has that covered.'],
  ['caption', 'we have just gone live with netsuite so no appetite for another change'],
  ['email', 'We are currently shopping around and have a few proposals in already.'],
  ['caption', 'we will probably stick with what we know'],
  ['email', 'Our group procurement has a framework agreement that covers this.'],
  ['caption', 'we are using a free open source tool and it is doing the job'],
  ['email', 'We have got that sorted in-house, cheers.'],
  ['caption', 'look we have got xero and it does what we need'],
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
  ['caption', 'head office deals with all our supplier contracts anyway'],
  ['email', 'Would that take care of the reporting for us?'],
  ['email', 'We use Teams internally, so could you send a Teams invite rather than Zoom?'],
  ['caption', 'we have been with them six years and honestly they have gone downhill'],
  ['caption', 'our it team handles the installs so loop them in'],
  ['email', "I've attached our existing contract with you for reference."],
  ['caption', 'we currently use spreadsheets which is a total mess hence the call'],
  ['caption', 'our admins have the single sign-on covered on our end'],
  ['email', 'We went live with your platform last month and the team loves it.'],
  // Integration questions, leaving the incumbent, paperwork, procurement rules, doubt about promises heard before.
  ['caption', 'we used to use a spreadsheet but it got out of hand'],
  ["email", "Our contract with the old supplier ended in March, so we're free to choose."],
  ['caption', 'can it sync with our existing calendar'],
  ["email", "We moved off Sage last year and we're looking for a replacement."],
  ['caption', 'how would it work alongside what we already have'],
  ['email', 'Please find attached our signed contract and the purchase order.'],
  ["caption", "we're a salesforce customer so does it integrate"],
  ['email', 'Our supplier code of conduct is attached for you to sign.'],
  ['caption', 'the other team use excel for their rota which drives me mad'],
  ["email", "I'm fed up with our current provider, which is why I'm talking to you."],
  ['caption', 'we use zoom for calls so send me a zoom link'],
  ["email", "We've just finished migrating to your platform and it's going well."],
  ["caption", "we need something better than the spreadsheet we've got"],
  ['email', 'Can you send over a comparison with the main competitors for the board?'],
  ['caption', 'our it team will need to do a security review first'],
  ['email', 'Our accountant asked me to send the invoice to her directly.'],
  ['caption', 'is there a free trial of yours we could use'],
  ['email', 'The contract will need to go through our legal team.'],
  ["caption", "we have a partner who'll help with the rollout of yours"],
  ["email", "We're leaving our current supplier at the end of the month and want to start with you."],
  ['email', 'We have heard the same promises from several other suppliers, so forgive my doubt.'],
  ['email', 'Our policy requires three quotes for any purchase over ten thousand, just so you know.'],
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
