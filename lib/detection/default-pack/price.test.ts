import { describe, expect, it } from 'vitest';
import { getDefaultDetector } from '../index';
import type { Channel } from '../types';

const detector = getDefaultDetector();
const categoriesOf = (text: string, channel: Channel) => detector.analyze(text, { channel }).categories;

// Our own paraphrases, written for these tests (none taken from a corpus).
const POSITIVES: [Channel, string][] = [
  // Spoken verdicts on the price.
  ['caption', 'honestly mate that is a bit steep for a business our size'],
  ['caption', 'it is a tad rich for us if im honest'],
  ['email', 'Great tool, not very competitive pricing though.'],
  ['caption', 'the licensing gets a bit silly once you add the whole team'],
  ['caption', 'no way am i paying that sort of money for a calendar'],
  ['email', 'Twelve thousand a year is simply not happening for a charity like ours.'],
  // Price rises and renewals.
  ['email', 'Our subscription has gone up again this year and nobody warned us.'],
  ['caption', 'you lot keep putting the price up every single renewal'],
  ['email', 'The licence fee jumped by 22% at renewal, which we cannot absorb.'],
  // Charges nobody mentioned.
  ['email', 'Can you explain these extra charges on the invoice? They were never discussed.'],
  ['caption', 'last time we got hammered with overage fees so im wary'],
  // More than expected, cheaper elsewhere.
  ['caption', 'its a good chunk more than we had budgeted for'],
  ['email', 'We had hoped it would be quite a bit cheaper than this.'],
  ['caption', 'we would be spending more on this than our whole phone system'],
  ['email', 'Another supplier came back at two thirds of your price for the same scope.'],
  ['caption', 'i reckon i could get similar for about half that from someone local'],
  // Money is short, or waiting on it.
  ['caption', 'we are bootstrapped so every penny counts right now'],
  ['email', 'Cash flow is very tight this quarter, so new spend is off the table.'],
  ['email', 'Nothing can happen until the new financial year budget gets signed off.'],
  ['caption', 'the roi just is not there for us at that number'],
  ['email', 'Do you have a lighter plan or a small business discount? The full tier is beyond us.'],
  // Reactions and idioms.
  ['caption', 'honestly the number made me wince'],
  ['email', 'Our finance director nearly fell off his chair when he saw the figure.'],
  ['caption', 'that is a serious amount of money for a two person practice'],
  ['email', 'That would be a big chunk of our annual IT budget.'],
  ['caption', 'we can only stretch to about half of that'],
  ['email', 'Per-seat pricing would cripple us once we hire.'],
  ['caption', 'our purse strings are very tight at the minute'],
  ['email', 'Frankly it is out of our price bracket.'],
  ['caption', 'how do you justify charging that much'],
  ['caption', 'the day rate is on the high side for a team like ours'],
  ['email', 'That is well outside what we had in mind.'],
  ['caption', 'to be honest thats more than i was prepared to spend'],
  ['email', 'Unfortunately it does not fit our budget this year.'],
  ['caption', 'got anything for little outfits like us'],
  ['caption', 'its a bit dear for us mate'],
  ['email', 'I am not sure we can justify the outlay at the moment.'],
  ['caption', 'any scope to budge on the price'],
  // Round 2: over what there is to spend, own margins, rises we are asked to wear, fees nobody flagged.
  ['caption', 'yeah thats a fair bit beyond what weve got to spend this year'],
  ['email', 'Our margins are razor thin as it is, so that per-order fee hurts.'],
  ['caption', 'with that commission its eating half of our margin on every booking'],
  ['email', 'At those rates our yearly spend would double overnight.'],
  ['caption', 'i cant see the partners swallowing that to be honest'],
  ['caption', 'madam the price you are quoting is too high for our shop'],
  ['email', 'A local firm is giving us 15 percent less for the same kit.'],
  ['caption', 'the other crowd quoted us roughly half of that'],
  ['email', 'Our funding has no budget line for licences, it only covers staff.'],
  ['caption', 'each year the fee creeps up and we just have to absorb it do we'],
  ['email', 'We are not swallowing another uplift this year.'],
  ['email', 'The renewal has come in 25% higher than last time.'],
  ['caption', 'nobody told us about that installation charge until the invoice came'],
  ['email', 'The travel costs were not in the original quote you sent.'],
  ['caption', 'that is a massive jump from what we paid last year'],
  ['email', 'A 9% hike for the same service is a bitter pill to swallow.'],
  ['caption', 'honestly it is miles north of what we had pencilled in'],
  ['email', 'At list price it just does not work for a practice our size.'],
  ['caption', 'any chance of a discount, the full price is a stretch'],
  ['email', 'I find it hard to see how the tool ever pays for itself at our volumes.'],
  ['caption', 'our budgets are badly stretched this year with the rent going up'],
  ['email', 'Is there a package that does not cost the earth for a sole trader?'],
  ['caption', 'its decent but is it twenty grand better than a spreadsheet'],
  ['email', 'None of this was in the original estimate you sent us.'],
  ['email', 'We were told it would stay flat and now it is up 12 percent.'],
  ['email', 'There is a charge on the statement I do not recall agreeing to.'],
  // Round 3: beyond our means, indefensible spend, a rival's lower offer, the sum called absurd.
  ['email', 'Honestly the numbers are just beyond our means this year.'],
  ['caption', 'i cant defend that kind of outlay to the partners'],
  ['email', 'It will be difficult to justify this expense to our trustees.'],
  ['caption', 'yeah i just cant make those numbers work for a team of six'],
  ['email', 'A rival vendor offered us three months for free. Could you beat that offer?'],
  ['caption', 'out of the three quotes you are easily the most expensive'],
  ['email', 'Converted into rupees the quote comes out about 20% higher than we planned.'],
  ['caption', 'twenty grand a year is bonkers for a shop our size'],
  ['caption', 'they keep saying its gone up again and were just meant to wear it'],
  ['email', 'The invoice has a setup charge on it that nobody approved.'],
  ['caption', 'at that price it had better run the payroll as well'],
  ['caption', 'that renewal number made our bursar wince'],
  ['email', 'Unfortunately the proposal is above our approved budget ceiling for this category.'],
  ['caption', 'how come the price has gone up so much since last time'],
  ['caption', 'features are fine mate its just the number i cant make that number work'],
];

// Look-alikes: prices mentioned without pushback.
const LOOK_ALIKES: [Channel, string][] = [
  ['caption', 'diesel has got so expensive this year its mad'],
  ['caption', 'i cant find the login anywhere can you resend it'],
  ['email', 'Thanks for the heads-up about the price increase in June; that is fine by us and we will renew.'],
  ['caption', 'our old supplier kept hiking the rates which is why we want to move to you'],
  ['email', 'No hidden fees with you, which makes a nice change.'],
  ['email', 'Please put the rate we discussed in the order form.'],
  ['caption', 'it was way more than we expected in terms of what it can do really impressed'],
  ['email', 'We went with the starter plan and it suits us perfectly.'],
  ['caption', 'so what im hearing is cost is the big worry is that right'],
  ['email', 'You might say it is too expensive, but we have a plan for smaller teams.'],
  ['email', 'Our revenue went up 30% last year, so we are ready to grow the team.'],
  ['caption', 'we are happy to pay the extra fee for weekend support'],
  ['email', 'Prices have come down since last year, which is great.'],
  ['caption', 'the pricing is fair and the team loves it'],
  ['email', 'Budget is approved, send the contract and we will sign this week.'],
  ['caption', 'your price came in lower than we thought it would be'],
  ['caption', 'the renewal went up a little but honestly worth every penny'],
  ['caption', 'the old agency was wildly overpriced which is why we called you'],
  ['caption', 'cost is not what is holding us back it is the timing'],
  ['email', 'At that price it is an absolute steal, send the order form.'],
  ['caption', 'signing contracts is above my pay grade'],
  ['email', 'Switching to you saved us loads of money last year.'],
  ['caption', 'we trimmed costs in other areas so we can afford this one'],
  ['email', 'Dear Priya, thanks for the call yesterday.'],
  ['caption', 'not sure we can justify the time away from the floor for training'],
  ['email', 'Happily it fits our budget with room to spare.'],
  ['email', 'A rival of yours was going around telling people you were overpriced; we found the opposite.'],
  // Round 2 look-alikes: discounts asked about, rises accepted, other people's prices, coaching, resolved budgets.
  ['caption', 'out of interest is there a discount if we pay for the year upfront'],
  ['email', 'Do you do an education discount? Just planning ahead, no concerns on price.'],
  ['email', 'The uplift you mentioned is completely fair given the new modules, approved here.'],
  ['email', 'We had already budgeted for the 5% rise, so please go ahead with the renewal.'],
  ['caption', 'did you see the news that their biggest rival announced another price hike'],
  ['caption', 'tip for the new reps when a buyer says its too pricey ask what they are comparing it to'],
  ['email', 'Last quarter we had no budget at all, but now we have secured the money for this project.'],
  ['caption', 'our previous provider buried hidden fees everywhere which is partly why we moved over to you'],
  ['caption', 'the longer we leave it the more expensive doing nothing gets so lets go'],
  ['email', 'We are not in a position to commit to a date for the workshop until the rota is out.'],
  ['caption', 'our margins have actually improved since we rolled it out'],
  ['email', 'The other supplier quoted us a lead time of six weeks, which is fine.'],
  ['caption', 'at this rate we will never get through the agenda'],
  ['email', 'Your tool does the same job for a fraction of the cost of hiring.'],
  ['caption', 'downtime is really expensive for us so uptime matters most'],
  ['email', 'Our insurance does not cover that kind of damage, sadly.'],
  ['caption', 'nothing left in the queue so we can start on your tickets'],
  ['email', 'Any new software has to go through IT security review first.'],
  ['caption', 'thats a lot for us to take in, can you recap the steps'],
  ['caption', 'is there any flexibility on the start date'],
  ['email', 'You had the best price and the best support, so you won.'],
  ['caption', 'the old system was way more expensive than yours'],
  ['caption', 'we had a freeze on new tools but that got lifted last week'],
  ['email', 'The setup fee was in the original quote, so no surprises there.'],
  ['caption', 'the funding was finally approved so we can crack on'],
  ['caption', 'a two day workshop is a big ask for the floor staff'],
  ['email', 'Our churn rate is far too high, which is why we are talking to you.'],
  ['caption', 'our numbers are way above target this quarter so we want to expand'],
  // Round 3: a fortune already lost, can't afford not to, the rep's cheaper tier, costs elsewhere.
  ['caption', 'we simply cannot afford not to fix this any longer'],
  ['email', 'We poured a fortune into the last platform and got very little back, so we want to do it properly.'],
  ['caption', 'our current workaround is costing us a fortune in overtime'],
  ['email', 'If cost does come up, mention the starter plan which is roughly half the price.'],
  ['caption', 'your tool would be half the cost of hiring another analyst'],
  ['email', 'Good news: the budget was approved and the number works for us.'],
  ['caption', 'the price from you is fine, can you send the order form'],
  ['email', 'The spreadsheet we have now is fine, but can you show how it scales to 200 users?'],
  ['caption', 'petrol has gone up again so the commute is a killer'],
  ['email', 'Could you match that colour scheme to our brand guidelines?'],
  ['caption', 'we got a quote from another supplier that was higher, yours looks great'],
  ['email', 'The dashboard is the bit that is hard to fault, really impressive.'],
  ['email', 'The attachment exceeds the file size limit, could you resend it as a link?'],
  ['caption', 'why is our churn going up, that is what we need your help with'],
];

describe('price: paraphrases by other people', () => {
  it.each(POSITIVES)('%s: %s', (channel, text) => {
    expect(categoriesOf(text, channel)).toContain('price');
  });
});

describe('price: look-alikes', () => {
  it.each(LOOK_ALIKES)('%s: %s', (channel, text) => {
    expect(categoriesOf(text, channel)).not.toContain('price');
  });
});
