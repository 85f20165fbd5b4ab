import { describe, expect, it } from 'vitest';
import { getDefaultDetector } from '../index';

const detector = getDefaultDetector();
const fires = (text: string, channel: 'email' | 'caption') => detector.analyze(text, { channel }).categories.includes('stall');

// Our own paraphrases of ways people put off a decision, across regions and registers.
const POSITIVES: [string, 'email' | 'caption'][] = [
  ['honestly it sits pretty low down the pecking order for us this year', 'caption'],
  ['Apologies, this keeps slipping down my list with everything else going on.', 'email'],
  ["We'd rather not rush into anything this side of the summer.", 'email'],
  ['no hurry from our side really, we will get round to it in due course', 'caption'],
  ['Not pressing for us at the moment, if I am honest.', 'email'],
  ["look i'm not saying no, i'm saying not right now", 'caption'],
  ['the timing is a bit off for us mate', 'caption'],
  ["We're mid restructure so this is the wrong moment.", 'email'],
  ['we have got a lot on our plate at the moment', 'caption'],
  ['Any new software is off the table until the new financial year.', 'email'],
  ["We've decided to pause the project indefinitely.", 'email'],
  ['think we will hold off on this for a bit', 'caption'],
  ['nothing is going to happen until the new director joins', 'caption'],
  ['We will not have an answer for you before September.', 'email'],
  ["Our committee doesn't meet again until March, sorry.", 'email'],
  ['kindly give us a little more time to deliberate', 'caption'],
  ['We shall get across to you in due course.', 'email'],
  ['we will discuss it internally and revert', 'caption'],
  ['maybe further down the line mate', 'caption'],
  ["Let's talk again once our contract is up for renewal.", 'email'],
  ['can you try me again around like october', 'caption'],
  ['reach out after diwali and we can pick it up', 'caption'],
  ['chuck me a reminder for early spring and we will see', 'caption'],
  ['The finance lead is on leave for the next two weeks, so it will have to wait.', 'email'],
  ["once we've wrapped up the migration we can look at it", 'caption'],
  ['We need to finish the audit first. Can we pause till then?', 'email'],
  ["i'll read through it and get back to you", 'caption'],
  ["Let's revisit once you've landed a few more clients our size.", 'email'],
  ['We are not planning to buy anything new until the spring.', 'email'],
  ['we are waiting on the budget review before we decide', 'caption'],
  ['We will talk it over internally and be in touch.', 'email'],
  ['Flat out at the moment, we have a lot on our plate right now.', 'email'],
  ["I'll need a few days to digest all this.", 'email'],
  ["we're not in a rush to make any changes", 'caption'],
  ['not something we can look at right now', 'caption'],
  ['check in with me again closer to the time', 'caption'],
  ['We need to let things settle first.', 'email'],
  ['put it on the list for next year', 'caption'],
  ["we'll see how things look after Easter", 'caption'],
  ['could we put this conversation on hold for a while', 'caption'],
  ['ask me again in a few months', 'caption'],
  ['We need to get through year end first.', 'email'],
  ["we're probably six months away from looking at this", 'caption'],
  ['It will have to wait until after the merger.', 'email'],
];

// Look-alikes: logistics, buying signals, the rep giving room, delays that are not about the deal.
const LOOK_ALIKES: [string, 'email' | 'caption'][] = [
  ["let me know if you'd like more time to look it over, no pressure", 'caption'],
  ['totally understand if now is not right, we can always catch up later', 'caption'],
  ['i need to think about which date suits the kickoff best', 'caption'],
  ['The training session is on the agenda for Tuesday.', 'email'],
  ['We rushed the last rollout and learned a lot, so the plan looks good.', 'email'],
  ['no rush on your end, send the invoice whenever', 'caption'],
  ["Sorry for the slow reply, it's been a hectic week with the office move.", 'email'],
  ["It's not a good time and it'll never be a good time, we're not interested.", 'email'],
  ['once we have finished the pilot with you we will roll it out to every site', 'caption'],
  ['the meeting is not until 3pm so grab a coffee', 'caption'],
  ['when the system is up and running we will train the rest of the team', 'caption'],
  ['further down the line we want to add more seats', 'caption'],
  ['I put a reminder in for Tuesday at ten.', 'email'],
  ['The plate on the dishwasher was broken, not your fault.', 'email'],
  ['Please send the order form, we are ready to start next week.', 'email'],
  ["She's away this week but the contract is signed.", 'email'],
  ['The rep expected that we might want to think about it, but we are ready to sign.', 'email'],
  ['we should hold off on sending the invoice till the PO comes through', 'caption'],
  // Busy as the reason to be sent something to read: the request for material is the moment.
  ["I'm snowed under this week, just email me the brochure and I'll read it.", 'email'],
  ['no bandwidth for a call, can you shoot me a quick note with the main points', 'caption'],
  ["we're in our busy season so the sooner this is live the better", 'caption'],
  ['I need a few days to get the PO raised, then we sign.', 'email'],
  ['once things settle with the new system we will add more sites', 'caption'],
  ['the reps are really busy right now selling your product', 'caption'],
  ['it will have to wait until I am back from lunch', 'caption'],
  ["I'm not in a rush, but I'd like to have it live before the end of the month.", 'email'],
  ['the earliest we could start is Monday which works great', 'caption'],
  ['we are six months away from launch and need you on board now', 'caption'],
  ["I'll get back to you with the dates tomorrow.", 'email'],
  ["I'll follow up next week with the proposal as promised.", 'email'],
  ['sorry, is now a bad time?', 'caption'],
  ["I'm busy at 3 but free at 4", 'caption'],
];

describe('stall: paraphrases nobody on the team wrote', () => {
  it.each(POSITIVES)('fires on %j', (text, channel) => expect(fires(text, channel)).toBe(true));
  it.each(LOOK_ALIKES)('stays quiet on %j', (text, channel) => expect(fires(text, channel)).toBe(false));
});
