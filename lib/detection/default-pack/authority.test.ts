import { describe, expect, it } from 'vitest';
import { getDefaultDetector } from '../index';

const detector = getDefaultDetector();
const fires = (text: string, channel: 'email' | 'caption') => detector.analyze(text, { channel }).categories.includes('authority');

// Our own paraphrases of "someone else decides", across regions and registers.
const POSITIVES: [string, 'email' | 'caption'][] = [
  ["pass it over and i'll show my manager, she's the one who signs off on stuff like this", 'caption'],
  ['Someone else holds the budget, I just make recommendations.', 'email'],
  ['honestly i am actually not the right person for this', 'caption'],
  ['Our group office in Leeds makes all the software buying decisions.', 'email'],
  ['the area manager takes those calls not me', 'caption'],
  ['Our finance director has the final say on anything over ten grand.', 'email'],
  ['compliance has a veto on any new supplier', 'caption'],
  ['I would need to seek permission from the trustees first.', 'email'],
  ['This falls outside my spending limit, I am afraid.', 'email'],
  ["it's a joint decision with my business partner", 'caption'],
  ['We all have to agree before anything is signed, and I am just one of five partners.', 'email'],
  ["it's not entirely up to me to be fair", 'caption'],
  ['you would need to speak with Priya in purchasing', 'email'],
  ["It's really my father's company, so you would need him.", 'email'],
  ["i'll have to run it by finance and legal first", 'caption'],
  ['good luck getting it past our CFO', 'caption'],
  ['We are still waiting on the steering committee.', 'email'],
  ['My line manager would have to green light it.', 'email'],
  ['the partners will want to review it properly before we go anywhere', 'caption'],
  ['I cannot cancel without the managing director\u2019s signature.', 'email'],
  ["i don't really have the authority to buy things like this", 'caption'],
  ['The call is not mine to make.', 'email'],
  ['I will table it before the directors at our next meeting.', 'email'],
  ["we'd need the principal's blessing before anything happens", 'caption'],
  ['I would have to get my director to sign off on it.', 'email'],
  ["I'll have to clear it with head office", 'caption'],
  ['Any purchase over five grand needs two signatures.', 'email'],
  ["you'd be better off talking to our operations director", 'caption'],
  ['I need to put together a business case for the board.', 'email'],
  ['my partner and I decide these things together', 'caption'],
  ['I can only recommend, not approve.', 'email'],
  ['i need to discuss it with my wife', 'caption'],
  ["honestly the decision's not mine", 'caption'],
  ['Our legal team reviews every contract before signature.', 'email'],
  ["it's out of my hands", 'caption'],
  ['I do not hold the budget for this.', 'email'],
  ['The budget holder is our CFO.', 'email'],
  ['the trustees meet next month to decide', 'caption'],
  ['Let me escalate it internally for approval.', 'email'],
  ['this would need to go up the chain', 'caption'],
  ['head office calls the shots', 'caption'],
  ['I just need to get it approved by my line manager.', 'email'],
  ['The owner decides on anything like this.', 'email'],
];

// Look-alikes: the customer holds the authority, approval already given, bosses in ordinary logistics.
const LOOK_ALIKES: [string, 'email' | 'caption'][] = [
  ["i'm the one who signs off on this so let's do it", 'caption'],
  ['We received final approval from the directors yesterday, please send the order form.', 'email'],
  ["I'll bring our head of operations along to Thursday's demo.", 'email'],
  ["i can't commit to anything today, let me sleep on it", 'caption'],
  ['we just run the numbers in a spreadsheet at the moment', 'caption'],
  ['Our finance team will want to see the invoice split by site.', 'email'],
  ['I have the final say here, so let us get this moving.', 'email'],
  ['waiting on the board to arrive for the photo', 'caption'],
  ['My manager loved the demo and already approved it.', 'email'],
  ['Please send the invoice to our finance director.', 'email'],
  ['it is a team effort, the onboarding went really well', 'caption'],
  ['I can sign this myself, no approval needed.', 'email'],
  ['the manager is on holiday so I am covering the rota', 'caption'],
  ['Procurement already signed off, send the contract over.', 'email'],
  ['my boss booked the room for ten', 'caption'],
  ["It's my call and I am happy to proceed.", 'email'],
  ['my boss would kill for a tool like this', 'caption'],
  ['Let me escalate this ticket for a decision on the refund.', 'email'],
  ["I can only recommend you, you've been brilliant", 'caption'],
  ["it's out of my hands now, the PO is raised", 'caption'],
  ['my wife and I decide where to go on holiday together', 'caption'],
  ['The money is held by the bank until the transfer clears.', 'email'],
  ["I'll present it to the board first thing Monday and then we sign.", 'email'],
  ["you'd be better off talking to our IT guy about the SSO setup", 'caption'],
  ['get my manager to sign the timesheet', 'caption'],
  ["I'd need my manager to approve my leave.", 'email'],
  ["Fire the agreement over and I'll get the directors to sign it Monday.", 'email'],
  ['is there anyone else who needs to sign off on this?', 'caption'],
  ['We need approval for the parking permit.', 'email'],
  ["we'd need a much lower figure before i could even take it upstairs", 'caption'],
  ['We got it approved by finance last week, so send the contract.', 'email'],
  ['we are waiting on the board to sign the contract you sent', 'caption'],
];

describe('authority: paraphrases nobody on the team wrote', () => {
  it.each(POSITIVES)('fires on %j', (text, channel) => expect(fires(text, channel)).toBe(true));
  it.each(LOOK_ALIKES)('stays quiet on %j', (text, channel) => expect(fires(text, channel)).toBe(false));
});
