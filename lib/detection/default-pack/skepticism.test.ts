import { describe, expect, it } from 'vitest';
import { getDefaultDetector } from '../index';
import type { Channel } from '../types';

const detector = getDefaultDetector();
const categoriesOf = (text: string, channel: Channel) => detector.analyze(text, { channel }).categories;

// Our own paraphrases, written for these tests (none taken from a corpus).
const POSITIVES: [Channel, string][] = [
  // The same promise from others before.
  ['email', 'Frankly, our previous supplier promised the same thing and it never happened.'],
  ['caption', 'the old crm also claimed all that you know'],
  ['caption', 'they all promise to double your leads every one of them'],
  ['email', 'You are the third vendor this month to promise me a 50% saving.'],
  ['email', 'I have heard this pitch from a dozen platforms already.'],
  ['caption', 'we were promised big savings before and got nothing'],
  ['email', 'The last system we bought never lived up to the brochure.'],
  // Proof, not words.
  ['caption', 'have you actually got numbers to back that up'],
  ['email', 'I would need to see it on our own data before I believed any of that.'],
  ['caption', 'id want some hard evidence mate not just slides'],
  ['email', 'Please put me in touch with people I can actually call who run it today.'],
  ['caption', 'so who else is really using this at the moment'],
  ['email', 'How many clients have you really got live on the multi-site setup?'],
  ['caption', 'show me it actually working rather than just telling me about it'],
  // Doubt about the claim itself.
  ['email', 'That reads like something out of a late-night advert, to be honest.'],
  ['caption', 'im not entirely convinced those savings are real'],
  ['caption', 'demos always look slick though dont they'],
  ['email', 'It does not exactly fill me with confidence that every review is anonymous.'],
  ['email', "Pardon my cynicism, but 'AI-driven' is on every product page now."],
  ['caption', 'i dont really believe a bit of software can fix our culture'],
  // Claims that sound invented or like marketing.
  ['caption', 'that all sounds like a load of marketing to me'],
  ['caption', 'those figures feel pulled out of thin air'],
  ['email', 'The reviews read as if they were dreamt up by your marketing team.'],
  ['caption', 'it all seems a bit too neat if im honest'],
  ['email', 'How could you possibly promise that without seeing our data?'],
  ['caption', 'im finding it hard to accept those numbers'],
  ['email', 'I will reserve judgement till I have seen it with our own files.'],
  ['caption', 'is that typical or just a best-case number'],
  ['caption', 'ive been in this game long enough mate'],
  ['email', 'Every sales guy who rings me says the same.'],
  ['caption', 'honestly mate weve heard it all'],
  ['email', 'I am yet to be persuaded that this would work for a firm our size.'],
  ['caption', 'there is always a catch with these offers'],
  ['email', 'Plenty of platforms have promised that and then fallen flat.'],
  ['caption', 'the reviews on capterra paint a very different picture'],
  ['email', 'What assurances can you offer if the numbers are not met?'],
  // Round 2: doubt as a forecast, promises not kept, every vendor's pitch, proof not brochures.
  ['email', 'I would be very surprised if those savings held up in a unionised plant.'],
  ['caption', 'our finance team would rip those projections to shreds'],
  ['email', 'Procurement would eat you alive with claims like that.'],
  ['email', 'We bought a "game-changing" scheduler in 2021 and it changed nothing at all.'],
  ['caption', 'none of them have come anywhere near those figures for us'],
  ['caption', 'every consultant who comes through the door swears they will halve our downtime'],
  ['email', 'All these CRM vendors claim they will double our pipeline.'],
  ['caption', 'sounds like every other blockchain pitch i have sat through'],
  ['caption', 'weve heard this exact spiel a hundred times'],
  ['email', 'These projections look a touch too optimistic to me.'],
  ['email', 'I need to see independent data, not a glossy brochure.'],
  ['caption', 'and then the savings just never materialised'],
  ['caption', 'thats exactly what the previous two agencies told us'],
  ['email', 'Your testimonials are handpicked, surely?'],
  ['caption', 'oh come off it nobody gets that kind of uptime'],
  ['caption', 'how can i be sure your engineers will actually turn up on the day'],
  ['caption', 'are those audited or just your own figures'],
  ['email', 'I doubt it really does what you are claiming.'],
  ['caption', 'on my maths that never happens for a shop our size'],
  ['email', 'So much for your seamless migration, we are on day nine.'],
  // Round 3: trust gone, claims unsupported, everyone promises the same, proof on our ground first.
  ['email', 'After the last rollout I no longer trust what vendors put on their slides.'],
  ['caption', 'my dad used to say if a deal looks too good it usually is'],
  ['email', 'The savings figures in your proposal are unsubstantiated as far as I can see.'],
  ['caption', 'it all sounds lovely on paper mate'],
  ['email', 'I have yet to find a supplier that actually hits those response times.'],
  ['caption', 'every tool we trialled promised seamless setup'],
  ['caption', 'everybody claims theirs is the smartest on the market'],
  ['email', 'We have been burned more than once by promises like these.'],
  ['caption', 'fancy testimonials wont persuade me'],
  ['caption', 'prove it running on our own stock data first'],
  ['email', 'What makes your platform any better than the six others we have seen?'],
  ['caption', 'we have had consultants promise us the same thing'],
  ['caption', 'oh come on there is no way you get those numbers'],
  ['email', 'Anyone can put together a glossy deck. I will believe it when I see it on our floor.'],
  ['caption', 'we bought something similar last year and it flopped'],
];

// Look-alikes: doubt resolved, doubt about something else, the seller talking, proof as paperwork.
const LOOK_ALIKES: [Channel, string][] = [
  ['email', 'Our director was cynical about the rollout at first but the pilot won him over.'],
  ['caption', 'i know everyone says this but our support really is twenty four seven'],
  ['caption', 'im not convinced we need a second tool when the one we have works'],
  ['email', 'Please send proof of insurance before your engineers come on site.'],
  ['caption', 'the price keeps going up and it is hard to swallow'],
  ['email', 'Sorry for my scepticism before, the results proved me wrong. Let us go ahead.'],
  ['caption', 'we got stung by overage charges with the last lot'],
  ['email', 'Our new intern has done a brilliant job with the data to back up our board report.'],
  ['caption', 'how many users can we add on the standard plan'],
  ['email', 'The courier never delivered the parcel on time.'],
  ['caption', 'honestly the demo was great and we are keen to move forward'],
  ['email', 'Looking forward to hearing your thoughts; hear you on Thursday.'],
  ['caption', 'we were sceptical originally but you hit every date'],
  ['email', 'Your references were glowing, so we are happy to sign.'],
  ['caption', 'what other integrations do you support'],
  ['email', 'We have attached the data to back up our claim for the refund.'],
  ['email', 'Our founder has the final say and she is wary of new software in general.'],
  ['caption', 'we are not buying the premium tier this year'],
  ['caption', 'thats a bit of a stretch for us budget-wise'],
  ['email', 'Who are these people parked in our bays?'],
  ['caption', 'the marketing team did a lovely job on the new brochure'],
  ['caption', 'hard to believe it is nearly christmas again'],
  ['caption', 'i burnt my fingers on the kettle this morning'],
  ['email', 'We want to see it in the sandbox next week, and then we can sign.'],
  ['caption', 'oh really thats brilliant news'],
  ['email', 'I still find it hard to believe how smoothly the migration went.'],
  // Round 2 look-alikes: doubt taken back, coaching, mishaps, the rep inviting doubt.
  ['caption', 'i used to be pretty sceptical about chatbots but yours changed my mind'],
  ['email', 'Our ops lead went in a little wary but you guys have genuinely delivered.'],
  ['caption', 'our cfo is the doubter on the team and even she was impressed'],
  ['caption', 'we got burnt by a supplier ages ago but that was not you, you have been brilliant'],
  ['email', 'Coaching note: when a prospect says they have heard it all before, share the pilot results.'],
  ['caption', 'i dont believe it my train is delayed again sorry carry on'],
  ['email', "It's natural to be sceptical of benchmarks, so we run them on your own data."],
  ['caption', 'would it help if i sent over the independent audit of our uptime'],
  ['email', 'The auditors need proof of purchase for every licence by Friday.'],
  ['caption', 'everyone says your onboarding team is fantastic'],
  ['email', 'I would be surprised if you had time this week, so no rush on the notes.'],
  ['email', 'Based on what you told me, we have drafted a rollout plan.'],
  ['caption', 'yeah right so thursday at ten works then'],
  ['email', 'Please send over your sales pitch deck so I can share it with the team.'],
  ['caption', 'there is a lot of hype around ai and we want in early'],
  ['email', 'Could you send some data for the migration test by Friday?'],
  ['caption', 'it is doubtful i can make the thursday call, can we move it'],
  ['email', 'We do not buy that sort of software, our developers build their own.'],
  ['caption', 'so much for the sunny weekend they forecast'],
  ['email', 'Could you help us prove the ROI to our board next month?'],
  ['caption', 'which ones do you recommend for a team of ten'],
  ['caption', 'no one can do thursday so lets try friday'],
  ['email', 'How is it different from the standard plan in terms of seats?'],
  ['caption', 'we would love to see it in action next week'],
  ['email', 'Please send us the data export by Friday.'],
  ['caption', 'we made big promises to our own customers this year so we need this live'],
  ['caption', 'i doubt we can make the ten o clock, can we push to eleven'],
  // Round 3: doubt answered or taken back, proof asked for as a buying step, ordinary uses of the words.
  ['caption', 'the finance team were pretty sceptical in the beginning but now they use it daily'],
  ['email', 'My boss says if something sounds too good it usually is, but yours checked out in the pilot.'],
  ['caption', 'its not too good to be true, we saw the results ourselves'],
  ['caption', 'honestly this one really is different, the team loves it'],
  ['email', 'We trust your team completely and want to expand to two more sites.'],
  ['caption', 'the plan looks great on the whiteboard, lets book the kickoff'],
  ['email', 'Every vendor we met was friendly; you were simply the best fit.'],
  ['caption', 'oh come on in, the door is open'],
  ['email', 'Could you show me how the export works before Thursday so I can train the team?'],
  ['caption', 'we want to see it working across all three sites, we are rolling it out next month'],
  ['email', 'The claims process is handled by our insurer, not by us.'],
  ['caption', 'it actually works really well with our tills, thanks for the help'],
  ['caption', 'come on in, the kettle is on'],
  ['email', 'Anyone can make a booking through the portal, it is really simple.'],
  ['caption', 'we tried something like this last year and it worked brilliantly, so we want more'],
];

describe('skepticism: paraphrases by other people', () => {
  it.each(POSITIVES)('%s: %s', (channel, text) => {
    expect(categoriesOf(text, channel)).toContain('skepticism');
  });
});

describe('skepticism: look-alikes', () => {
  it.each(LOOK_ALIKES)('%s: %s', (channel, text) => {
    expect(categoriesOf(text, channel)).not.toContain('skepticism');
  });
});
