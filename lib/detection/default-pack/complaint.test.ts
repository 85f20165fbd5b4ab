import { describe, expect, it } from 'vitest';
import { getDefaultDetector } from '../index';
import type { Channel } from '../types';

const detector = getDefaultDetector();
const categoriesOf = (text: string, channel: Channel) => detector.analyze(text, { channel }).categories;

// Our own paraphrases, one per line, written for these tests (none taken from a corpus).
const POSITIVES: [Channel, string][] = [
  // A service failure said plainly.
  ['caption', 'to be honest your helpdesk has been completely hopeless this month'],
  ['email', 'Your installer was incredibly rude to our receptionist on Monday.'],
  ['caption', 'the migration was a complete mess from day one'],
  ['caption', 'the rollout has been a farce'],
  ['email', 'Nobody on your side knew what they were doing during the handover.'],
  ['email', 'This is a major failure on your part and it affected every store.'],
  // The same failure, again and again.
  ['caption', 'the portal has been down for three days'],
  ['caption', 'it has been freezing all morning and my staff cannot take payments'],
  ['caption', 'the scanner has died twice this week'],
  ['email', 'The statements are always wrong and our accountant is tearing her hair out.'],
  ['caption', 'the invoices come out wrong every single month'],
  ['email', 'I have reported this fault five times now and it is still there.'],
  ['caption', 'this is the third time you lot have lost our paperwork'],
  // Broken promises and nobody answering.
  ['email', 'Your rep promised us a replacement unit by Friday and nothing.'],
  ['caption', 'you guys keep telling us it will be sorted next week'],
  ['email', 'We were told it would be painless, and instead we lost a week of bookings.'],
  ['email', 'Nobody from your support team will reply to our emails.'],
  ['email', "'We are investigating' is not a proper response."],
  ['caption', 'the engineer rocked up four hours late and then left without fixing it'],
  // Anger and formal displeasure.
  ['email', 'I want to put on record our dissatisfaction with how this account has been handled.'],
  ['caption', "honestly i'm properly annoyed about this"],
  ['email', 'I expect a formal apology and a credit for the downtime.'],
  ['caption', "i don't need another apology i need it working"],
  // Losses caused by the failure.
  ['caption', 'that glitch cost us the whole saturday trade'],
  ['email', 'We lost two accounts because of your outage last month.'],
  ['caption', 'we had to throw away a whole batch because the fridge alarm never went off'],
  // Threats and escalation.
  ['caption', 'sort it out or we are walking'],
  ['email', 'Get this fixed, otherwise we will be taking our business elsewhere.'],
  ['caption', "we're so close to cancelling it isn't funny"],
  ['email', 'We have decided to cancel.'],
  ['email', 'We are now questioning whether to renew at all.'],
  ['email', 'My solicitor will be in touch about the missed deadlines.'],
  ['email', 'I will be bringing this up at the quarterly review.'],
  ['email', 'You have breached our service levels twice this quarter.'],
  ['caption', 'after last weeks fiasco my director wants answers'],
  ['email', 'We have been double billed again.'],
  // Sarcasm, put-downs and feeling cheated.
  ['caption', 'cheers for nothing... no, thanks for nothing actually'],
  ['caption', 'honestly you lot are a shambles'],
  ['email', 'Frankly we feel we were mis-sold the whole package.'],
  ['caption', 'we pay top dollar and this is what we get'],
  ['caption', 'sorry but that is just not good enough'],
  // Chasing, waiting, getting a different story each time.
  ['caption', 'i was on hold for fifty minutes this morning'],
  ['email', 'Ten days on and still no refund.'],
  ['caption', 'we have phoned your office six times'],
  ['caption', 'every time i ring i get a different excuse'],
  ['caption', 'it has been a nightmare since the migration'],
  ['email', 'Your support has really gone downhill this year.'],
  ['caption', 'the same error keeps cropping up'],
  // Taking it further, publicly or formally.
  ['email', 'Please put me through to a supervisor.'],
  ['email', 'If I have to, I will take this further.'],
  ['caption', "i'll be sharing this on linkedin so people know"],
  ['email', 'Please treat this email as our formal notice.'],
  // Office English from elsewhere, and patience running out.
  ['email', 'The refund is still pending from your side since ten days, kindly resolve on priority.'],
  ['email', 'We have had no response till now from your end.'],
  ['caption', 'the till software is completely cactus again'],
  ['caption', 'the support has been pretty ordinary to be honest'],
  ['caption', "it's been one thing after another since we signed"],
  ['email', 'Our patience is wearing thin.'],
  ['email', 'Frankly we expected far better from a supplier of your size.'],
  ['caption', 'you have ignored all my emails'],
  ['caption', 'we feel completely let down'],
  ['caption', 'it has never worked properly'],
  ['email', 'We have decided not to renew.'],
  ['caption', 'your uptime has been shocking this quarter'],
  ['caption', 'we have been waiting three weeks for the engineer'],
  ['caption', 'this is the fourth time this month the portal has gone down'],
  ['email', 'It is the second time we have had to chase the same invoice.'],
  ['email', "We're cancelling with you at the end of the term."],
  ['caption', "that's it we're leaving"],
  ['email', 'We have lost all confidence in your platform.'],
  // Formal letters, withheld payment, blunt verdicts.
  ['email', 'I am writing to formally complain about the installation.'],
  ['email', 'Your handling of the incident so far has been wholly inadequate.'],
  ['email', 'We will be withholding payment on the March invoice.'],
  ['email', 'We have cancelled the direct debit.'],
  ['caption', 'the new interface is a massive step backwards'],
  ['caption', "they've made a right dog's dinner of the rota"],
  ['caption', 'why is it always me having to chase you'],
  ['email', 'It has been six weeks since we first reported the fault.'],
  ['caption', 'for the fourth month running the statement is wrong'],
  ['email', 'This has caused serious disruption to our clinics.'],
];

// Look-alikes: trouble with something else, resolved trouble, the rep's apology, the old system, logistics, buying.
const LOOK_ALIKES: [Channel, string][] = [
  // Pain with the old system or a past rival: the reason to buy.
  ['caption', 'our current booking system is a complete mess which is why we called you'],
  ['email', 'We tried a similar tool last year and it was a disaster, so forgive me for being cautious.'],
  ['caption', 'the old platform has been crashing for weeks, that is the whole reason we are here'],
  ['email', 'We are cancelling our subscription to the old rota tool and moving everything to you.'],
  ['caption', 'we are leaving our present provider because it is too slow, your app looks far better'],
  // Resolved.
  ['email', 'The portal was down for a few hours on Monday but it was fixed quickly, thanks.'],
  ['caption', 'it has been running fine since the patch'],
  ['email', 'You refunded us the same day, so no complaints here.'],
  // The rep's own apology and support logistics.
  ['caption', "i'm really sorry about that, i've escalated it to my team lead and we'll ring you back this afternoon"],
  ['email', 'Our escalation process is in the attached document.'],
  ['email', 'Please credit the designer in the caption of the photo.'],
  // Authority and paperwork.
  ['email', 'I will need to escalate this to our finance director for approval.'],
  ['email', 'Our lawyers are reviewing the contract this week.'],
  ['email', "I'll have to take this to the leadership team before we commit."],
  // Praise and ordinary statements that share words.
  ['caption', 'your deliveries are always on time which is great'],
  ['caption', 'you have never let us down'],
  ['email', 'It is hard to walk away from a supplier who has looked after us for ten years.'],
  ['caption', 'nothing has changed on our side, we are still keen'],
  ['email', 'I was running late this morning, sorry, the train was delayed.'],
  ['caption', 'i messed up the order form, can you send it again'],
  ['email', 'What am I paying for with the enterprise plan exactly, compared with pro?'],
  ['caption', 'what you said on the call about the reporting was really helpful'],
  ['caption', 'we have been promised the moon before by other vendors'],
  ['caption', "i'm annoyed with myself for missing the webinar"],
  ['email', 'The weather has been a nightmare all week, hope it is better where you are.'],
  ['email', 'Please send the contract over and we will sign this week.'],
  // Same words, no complaint.
  ['caption', 'the whole project is on hold for the next two months'],
  ['email', 'I would love to take this further, can we set up a trial?'],
  ['caption', 'happy to leave you a five star review on google'],
  ['caption', 'our old crm is riddled with bugs which is exactly why we called'],
  ['caption', 'we lost hours every week on spreadsheets before'],
  ['email', 'Our previous supplier misled us about the timeline, so we are being careful this time.'],
  ['caption', 'the same rep keeps coming back to us with useful ideas'],
  ['email', "We'll give you plenty of notice before the rollout."],
  ['caption', 'can i talk to whoever is in charge of your partner programme'],
  // Their own process or the supplier they use now, and questions about support or contract terms.
  ['caption', 'our accounts team is sick of the manual month end'],
  ['caption', 'the vendor we use now is always late with the stock'],
  ['email', 'Who do we escalate to if the platform goes down at night?'],
  ['email', 'Legal will want a refund clause in the agreement.'],
  ['email', 'We expected far more from our previous agency, which is why we are talking to you.'],
  ['caption', "it's disappointing that the budget got moved to next year"],
  ['caption', 'someone has to take ownership of the training plan on our side'],
  ['email', 'Nobody has told me anything about the pricing yet, could you send it?'],
  ['caption', 'we decided not to renew with our current host so here we are'],
  ['caption', 'the app has never worked better'],
  // Waiting on their own side, meeting counts, approvals.
  ['caption', 'we are still waiting for a steer from the board on budget'],
  ['email', "I've been waiting for a quiet week to look at this properly."],
  ['caption', 'this is the third time we have spoken and i think we are close'],
  ['caption', 'at the same time the team wants something simpler'],
  ['email', 'I would have to escalate the spend to our CFO.'],
  ['caption', 'we lost faith in the old way of doing rotas years ago'],
  ['email', 'Would it be unacceptable to ask for a longer trial?'],
  // Closing, splitting, leaving for the day: not threats to leave.
  ['caption', "let's close the deal before the end of the month"],
  ['email', 'Could we break the contract up into two phases?'],
  ['caption', "sorry we're leaving for the airport at six so let's be quick"],
  ['email', "I'm leaving the business in May, so my deputy will take this over."],
  ['caption', "right we're done for today, thanks all"],
  ['caption', "i'm done with my questions, over to you"],
  ['caption', "we're switching the call to friday if that's ok"],
  ['email', 'I came away from the demo really impressed.'],
  ['caption', "we don't want to lose confidence in the plan"],
  ['email', "I'm writing to ask about your pricing tiers."],
  ['caption', 'your tool has had a real impact on our sales already'],
  ['email', 'We will hold payment until the purchase order is raised.'],
  ['caption', "it's been a month since we first spoke, good to catch up"],
  ['caption', 'how hard is it to get set up'],
  ['email', 'Any update from your side on the proposal?'],
];

describe('complaint triggers on our own paraphrases', () => {
  it.each(POSITIVES)('fires on a %s line: %s', (channel, text) => {
    expect(categoriesOf(text, channel)).toContain('complaint');
  });

  it.each(LOOK_ALIKES)('holds back on a %s look-alike: %s', (channel, text) => {
    expect(categoriesOf(text, channel)).not.toContain('complaint');
  });
});
