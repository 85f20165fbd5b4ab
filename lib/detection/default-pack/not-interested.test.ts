import { describe, expect, it } from 'vitest';
import { getDefaultDetector } from '../index';
import type { Channel } from '../types';

const detector = getDefaultDetector();
const categoriesOf = (text: string, channel: Channel) => detector.analyze(text, { channel }).categories;

// Our own paraphrases, written for these tests (none taken from a corpus).
const POSITIVES: [Channel, string][] = [
  // Flat lack of interest, appetite or keenness.
  ['caption', 'to be honest mate it just does not interest us'],
  ['email', 'There is no real appetite for a new system at the moment.'],
  ['caption', 'nah were not fussed at all'],
  ['caption', 'yeah i am not really keen on it so'],
  ['caption', 'cheers for calling but nah'],
  // The product solves a problem they do not have.
  ['email', 'We honestly do not face the issue your tool fixes.'],
  ['caption', 'it sort of solves a problem we do not have'],
  ['email', 'I do not think we would be a customer for this, sorry.'],
  ['caption', "look i don't think we'll move forward with it"],
  ['email', "We're quite content as things are, thank you."],
  ['email', "Frankly I don't think it will ever be the right time for us."],
  // Firm answers and leaving it there.
  ['email', 'The verdict from our MD was a polite no.'],
  ['email', 'I think we will have to leave it at that.'],
  ['email', "It's not something we are exploring this side of the merger or after it."],
  // Stop contacting me, in other words.
  ['caption', "i'd prefer it if you didn't call this number again"],
  ['email', 'Please do not add us to your newsletter list.'],
  ['email', 'You do not need to keep chasing me on this.'],
  ['email', 'I would be grateful if you stopped emailing me.'],
  ['caption', 'we will have to say no on this one'],
  ['caption', 'we can get by without it to be fair'],
  ['caption', "don't waste your breath mate"],
  ['email', 'We have opted against it after some thought.'],
  ['caption', 'nope cheers'],
  ['email', 'Please opt us out of future mailings.'],
  ['email', 'I would never consider it for a firm our size.'],
  ['caption', 'to be fair we have absolutely no need for it'],
  ['caption', "we're gonna have to say no"],
  ['email', "I can't see it being of use to our team."],
  ['email', 'Our position is the same: it is still a no.'],
  ['caption', "it wouldn't really fix anything for us"],
  ['caption', "we'd rather not cheers"],
  ['email', 'We will not proceed, so please remove me from your mailing list.'],
  ['caption', 'there is zero interest on our side to be honest'],
  ['email', 'We are not really considering anything along those lines.'],
  ['caption', "we're not gonna take you up on it"],
  ['email', 'Please stop sending us these mailers.'],
  ['caption', 'honestly not that bothered mate'],
  // Round 2: terse, non-native and regional ways of saying it.
  ["caption", "its a no from me sorry"],
  ["email", "we will not be renewing the subscription this year or next"],
  ["caption", "nah im good cheers"],
  ["email", "please delete this email address from every list you have"],
  ["caption", "we have zero need for another CRM"],
  ["email", "that doesn't sit with where we are going as a business"],
  ["caption", "not looking for anything like that thanks"],
  ["email", "we've decided not to renew, please close the account"],
  ["caption", "we won't be stocking your product"],
  ["email", "we wouldn't have much use for it to be honest"],
];

// Look-alikes: price objections, doubt, meeting wrap-ups, other people's answers, newsletter footers, passing on messages.
const LOOK_ALIKES: [Channel, string][] = [
  ['caption', 'the monthly fee just does not add up for us'],
  ['caption', 'the per seat price does not work for us at all'],
  ['caption', 'yeah im not buying that claim for a second'],
  ['caption', 'i mean if i agree my finance director is going to say no'],
  ['email', "Let's leave it there for today and pick it up on Thursday."],
  ['email', 'She asked me to pass on that the demo went down really well.'],
  ['email', 'You are receiving this because you signed up at our stand. Unsubscribe at any time.'],
  ['caption', 'sorry can i stop you there and ask you to email me the one-page version'],
  ['email', 'We are not looking to buy anything until next quarter.'],
  ['caption', 'not keen on the price if i am honest'],
  ['email', 'No need to circle back, the budget is approved and we want to start.'],
  ['caption', "i'm not the person who signs this off"],
  ['email', "We're all set on our side, procurement raised the purchase order this morning."],
  ['caption', 'they have no appetite for risk so the rollout needs a pilot first'],
  ['email', 'I will come back to you once I have made up my mind.'],
  ['caption', 'we are super keen to get started'],
  ['caption', "honestly we couldn't live without it now"],
  ['email', 'Count me in for the webinar on Tuesday.'],
  ['caption', 'it will save your team hours every week'],
  ['caption', 'the lads have zero interest in going back to the old paper forms'],
  ['email', 'Is it interest free over twelve months?'],
  ['email', 'Please take me off the cc for invoices and add our accounts team.'],
  ['email', 'No need to follow up, we will sign the order form today.'],
  ['caption', 'we are not after another app we are looking for someone to run it for us'],
  ['caption', "i'd rather you didn't ring before nine the office is shut"],
  ['caption', 'initially i was not interested but my team talked me round'],
  ['email', 'We are not interested in excuses, we need the outage fixed.'],
  ['caption', "i'll pass on your number to our facilities manager"],
  ['email', "We're all set with the forms now, when can we start?"],
  ['caption', 'the premium package is not right for us but the starter one is spot on'],
  ['caption', "don't worry your data isn't going anywhere when we migrate"],
  ['caption', "i'd rather not wait till january, can we start now"],
  ['caption', "i'm not bothered about the colour, the grey is fine"],
  ['email', 'Please stop sending the invoices to my old address.'],
  ['caption', "we're not looking at the price, we're looking at reliability"],
  ['caption', 'we are not interested in shortcuts when it comes to patient data'],
  ['email', 'There is no need for a follow-up meeting, please send the order form.'],
  ['caption', 'my card got declined on the checkout page'],
  ['caption', "we're not gonna pass on this, let's book it in"],
  // Round 2: reading before the call, jokes taken back, reported words, verdicts on one part, internal lists.
  ["caption", "she isn't interested in anything before ten, book it for after lunch"],
  ["email", "I'm not saying we aren't interested, I'm saying the timing is tight"],
  ["caption", "it's not that we don't want it, we need it cheaper"],
  ["email", "the last supplier just wasn't right for us, that's the reason we called you"],
  ["caption", "no thanks needed, glad it helped"],
  ["email", "it's a no brainer for the kitchen team, book us in"],
  ["caption", "hard no on the extended warranty but we'll take the tablets"],
  ["email", "otherwise it's a pass, so can you get closer to our number"],
  ["caption", "I keep telling the other vendor we're not interested, they won't stop"],
  ["email", "no we're good to go, send the order form"],
  ["caption", "nah we're all good for Tuesday, see you at ten"],
  ["email", "remove me from the all-staff list, Priya covers the updates now"],
  ["caption", "we're not looking for a long-term contract, monthly suits us better"],
  ["email", "the answer's no, we haven't had a single outage since the patch"],
  ["caption", "the lid doesn't fit the new tubs, can you send the bigger size"],
  ["email", "the dates don't line up with our half term, can we do the week after"],
  ["caption", "it doesn't fit our budget this year but next April it will"],
  ["email", "we won't be renewing with the old provider, their support is hopeless, when can you start"],
  ["caption", "we have no need for the add-on, the base plan is perfect"],
  ["email", "we wouldn't be needing the training day, the team has used it before"],
  ["caption", "not going ahead with the site visit on Friday, weather's awful, can we do Monday"],
  ["email", "we're not buying the extra licences until the new hires start in June"],
  ["caption", "haha just kidding, we're not passing on it, send the paperwork"],
  ["email", "I'm not interested in the history, just show me how it works"],
  ["caption", "I'm not looking for anything fancy, just something that works for twenty people"],
  ["email", "it's a no brainer for us, let's do it"],
  ["caption", "the answer is no, we haven't had any downtime since the fix"],
  ["email", "that's a hard no on the extra module, but the core platform we want"],
  ["caption", "we're not interested in switching away from you"],
  ["email", "I told him we're not interested but he keeps calling, can your tool block that"],
  ["caption", "remove me from the distribution list for the outage alerts, Jo handles it now"],
  // Round 2: thanks for a fix, small talk, no to the other vendor, material for a keen boss.
  ["caption", "we're all set on our end, the invoice is paid"],
  ["email", "perfect we're good thanks for fixing that so quickly"],
  ["caption", "I'm good thanks, how are you"],
  ["email", "we are sorted thanks to your support team"],
  ["caption", "i'm fine for now thanks, the training was great"],
  ["email", "no thanks, I don't take sugar"],
  ["caption", "is the team not interested in the analytics add-on? I thought they'd love it"],
  ["email", "nobody said we're not interested, we just need more time"],
  ["caption", "we've decided not to proceed with the other vendor, you won"],
  ["email", "we're not in the market for a cheap option, we want quality"],
  ["caption", "we don't have a use for the old printers, can you take them away"],
  ["email", "the old vendor wasn't interested in our feedback, you are"],
  ["caption", "I said no to the other offer because yours is better"],
  ["email", "we've no plans to change supplier, you're doing great"],
];

describe('not_interested: our own paraphrases', () => {
  it.each(POSITIVES)('fires on (%s) %s', (channel, text) => {
    expect(categoriesOf(text, channel)).toContain('not_interested');
  });
});

describe('not_interested: look-alikes', () => {
  it.each(LOOK_ALIKES)('stays quiet on (%s) %s', (channel, text) => {
    expect(categoriesOf(text, channel)).not.toContain('not_interested');
  });
});
