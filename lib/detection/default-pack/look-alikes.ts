/**
 * Look-alikes shared by several triggers, referenced from `unless` as `@name`. A sentence (or, for
 * `unlessInText`, a message) that matches one of these is not the customer's brush-off.
 */
import type { TriggerPack } from '../types';

export const LOOK_ALIKES: NonNullable<TriggerPack['sets']> = {
  // A customer moving ahead is not brushing us off, even when they ask us to send something.
  buying_signal: [
    // The cheaper rival turned down, moving onto us.
    '(decided against|ruled out|rejected|passed on|dropped|went against) (the)? (cheaper|other|cheapest|rival|competing) (option|quote|bid|vendor|one|supplier|offer)', '(migration|move|switch|transition|rollout|roll-out) (over)? (to|onto) (you|your)',
    // Staying with us.
    '(not|never) (switching|moving|leaving|going|walking) (away)? from (you|your)',
    // The rival compared unfavourably with us, a tier already favoured.
    '(weak|worse|weaker|poor|poorer|clunkier|inferior|not as good|nowhere near as good|behind) (compared to|compared with|next to|than|beside) (yours|you|your)', '(leaning|leaning towards|leaning toward|tempted by|favouring|favoring) (the|your)? (middle|top|bottom|first|second|third|cheaper|bigger|smaller|pro|premium|standard|basic|enterprise|starter) (one|option|tier|plan|package)',"(the|a|our) signed (order form|contract|agreement|copy|paperwork|po|purchase order|documents)", "(already|have|has|just) (said yes|approved|signed off|given the go-ahead|given the green light|okayed)", "(is|'s) a (go|goer|yes)", "(switching|moving|migrating|switch|move|migrate|changing|change) (over)? to (you|your|yours)", "(switching|moving|migrating) from .{1,3} to (you|your)", '{countersign}', 
    '(we|i) (will|\'ll|can|are ready to|want to|would like to|\'d like to|are going to) {sign}', '{sign} (it|this|the|today|now|off on it|right away)', 'move (ahead|forward)', '{get} started', '{proceed}', 'purchase order', '{place} (an|the)? order',
    "(let's|let us|we can|we will|we'll|ready to|happy to|please) go ahead", 'lock in (the|this|that|our|a|your) (price|rate|deal|discount|pricing|offer|quote)', 'lock it in', '(annual|yearly|monthly) plan', '(we are|we\'re|i am|i\'m) in$', '(we are|we\'re|i am|i\'m) in (let\'s|send|count us|yes|definitely|so|and)', '(start|begin|kick off|go live|onboard) with you', '(you are|you\'re) (the|our|a|my)? (front-runner|frontrunner|front runner|favourite|favorite|first choice|preferred option|preferred vendor|top pick|top choice|leading candidate)', 'next steps', 'roll it out', 'let\'s do it', 'ready to (buy|start|sign|go|move|roll|proceed)', '(send|resend|re-send|email|forward|share|fire|shoot) (me|us|over|across|back)? (the|your|an|a)? (contract|invoice|order form|agreement|msa|sow|paperwork|po|w9|w-9|terms)', '(the|an|our) (invoice|order form|msa|sow|paperwork|w9|w-9) (so|and)',
    "(want|want to|'d like to|would like to|like to) (buy|purchase|order|sign|start|move|onboard|roll out)", // A count wanted, not one billed: "pricing for 50 seats" buys, "billed for 40 licences" complains.
    '(pricing|price|prices|numbers|figures|costs|cost|quote|quotation|proposal|pilot|trial|order|ordering|purchase|buy|buying|add|adding|need|want|licence|license|licences|licenses|rollout|roll out|rolling out) (for|of|to|another|with)? #Value+ (more|extra|additional|new)? (seats|licenses|licences|users|units)', 'sign (it|the contract|the order form|the paperwork)? (this week|today|tomorrow|by friday|by monday|by the end of the week|this month|before the end of)',
    '(going|go|went|gone|decided to go|chosen to go) with (you|your|yours)',
    '(the)? sooner the better', '(the)? (main thing|priority|first priority|focus|key thing|big thing) (is|is to|right now is|for now is) (getting|get|to get) .{0,3} (live|up and running|rolled out|in place|set up|going|signed|started)', '(need|want) (it|this|you) (live|up and running|in place|running|set up|rolled out) (before|by|ahead of)', '(rather|prefer to|prefer) (just)? (buy|purchase|pay for) (it|one|yours|something)',
    '(we are|we\'re|i am|i\'m) (definitely|absolutely|still)? (going ahead|moving ahead|proceeding)',
    // Free of the incumbent: "we're out of contract with them next month", "nothing ties us to our current vendor".
    '(out of|not locked into|not locked in to|not tied to|not tied into|no longer tied to|free of|not bound by) (contract|any contract|a contract|anything|any agreement|the contract)', '(nothing|no contract|no lock-in|no agreement) (really)? (ties|tying|locks|keeps|holds|binds) (us|me) (to|in|into|with|there)',
    '(perfect|good|great|ideal) (start date|time to start|time to switch|moment to switch)', 'free to (switch|move|start|choose)', '(you|yours|your product|your platform|your solution|your proposal|your offer|your bid) (came|come|comes) out (on top|ahead|best|first|in front)', '(nobody|no one|none of them|nothing) (comes|came) close',
    '(consolidate|consolidating|standardise|standardize|standardising|standardizing|put|putting|move|moving) (everything|it all|all of it|the lot|all our|our whole|our entire) .{0,2} (on|onto) (your|you)',
  ],
  // Said anywhere in a message, the customer is moving ahead: a request for material or time elsewhere in it is part of buying.
  moving_ahead: [
    // Moving onto us.
    '(migration|move|switch|transition|rollout|roll-out) (over)? (to|onto) (you|your)',
    // Keen to keep it moving.
    '(keen|want|wanting|eager|happy|trying) to (keep|get) (this|it|things|the deal|momentum) (moving|going|on track|rolling|over the line)',
    // A colleague running the rollout or ready to order: the material asked for is part of buying.
    '(running|leading|managing|owns|owning|handling|in charge of) (the|our)? .{0,2} (rollout|roll-out|implementation|onboarding|go-live|deployment)', "(want|wants|wanted|would like|'d like|ready|keen|planning|plan) to (order|buy|purchase) .? (units|seats|licences|licenses|more|extra|additional|another)", "(let's|let us) (go|go for it|crack on|do this|get moving|get cracking)$",'{countersign}', '(starting|start|begin|beginning|kick off|kicking off) (the|our) (integration|implementation|rollout|roll-out|onboarding|migration|build)', 
    "!not (want|ready|keen|happy|planning|going) to (move|go) (ahead|forward)", '!not (ready|want|keen|looking|planning|going) to (sign|buy|purchase|proceed|get started|onboard|roll it out|roll this out)', "(let's|let us) (go ahead|get started|proceed|do it|get going|get this signed)",
    '(send|resend|re-send|email|forward) (me|us|over|across)? (the|your)? (contract|order form|paperwork|msa|sow|agreement) (so|and|to)', 'purchase order', '(raise|raising|raised|issue|issuing) (a|the|our)? (po|purchase order)',
    '(get|getting) (it|this|the contract|the paperwork|the agreement) signed', '(get|getting) (the|a|our) (po|purchase order) (raised|issued|approved|sorted|signed|through)', '(going|go|went|decided to go|chosen to go) with (you|your|yours)', '(please|yes)? go ahead and (book|schedule|arrange|set up|order|sign|start|send the invoice)',
    '(we are|we\'re) (definitely|absolutely)? (going ahead|moving ahead|proceeding)', 'ahead of (the|our)? (rollout|roll-out|go-live|go live|launch|kick-off|kickoff)',
  ],
  // Ordinary meeting logistics.
  logistics: [
    '(agenda|invite|invitation|calendar|dial-in|meeting link|zoom link|training|session|webinar|event|workshop|onboarding|conference|venue|dinner|lunch|catering|dietary|parking|directions|hotel|itinerary|timesheet|timesheets|login|password)',
    'from (today|yesterday|the call|the meeting|our call|the session|the demo|the webinar|this morning|this afternoon|last week|earlier)',
    '(the|those|these) (recording|recordings|slides|notes|minutes) (from|of|after|to|in|for|so)', '(recording|slides|notes|minutes) (after this|after the call|after the meeting|from today|from this)',
    '(zoom|teams|meet|webex|meeting|call|calendar) (link|one|invite)', '(link|invite|invitation) again', '(what|everything) (we|we\'ve|we have) (agreed|discussed|decided|covered|went through)', '(kickoff|kick-off|welcome pack|onboarding pack)',
    'missed (it|the call|the meeting|the session|the demo|the webinar)', '(send|forward|email) (those|these|the) (slides|notes|recording) to',
  ],
  // The rep offering to send something is the rep's talk track, not the customer's brush-off.
  rep_offer: [
    // The rep proposing to send: "what I'd suggest is we send a short overview" (the customer asks "...is you send me").
    "(what)? (i'd|i would|we'd|we would|i|we) (suggest|recommend|propose) (is)? (that)? (we|i) (just)? {send}",

    // Sharing something in the call's chat or on screen is the rep's (or a host's) logistics, not a request.
    "(i|we) (will|'ll|can|am going to|are going to|'m gonna) (just)? (drop|pop|put|stick|paste|post|share) (the|a|that|this|my|our)? (link|links|invite|deck|slides|recording|doc|document|file|screen) (in|into|on|now|up)",
    // "I'll pop it in the chat" is sharing; "I'll pop it in the file" is the customer filing it away.
    "(i|we) (will|'ll|can|am going to|are going to|'m gonna) (just)? (drop|pop|put|stick|paste|post|share) (it|them) (in|into|on) the (chat|chat box|thread|channel|meeting chat|zoom chat|teams chat|screen)",
'(what|so) (i|we) (will|\'ll|can|could|am going to|are going to) do is', 
    // The rep sends to the customer; "I'll send it on to my boss" is the customer passing it along.
    "(i|we) (will|can|could|would|shall|am going to|are going to|am happy to|are happy to) (gladly|happily|also)? {send} (you|y'all|you guys|the|a|an|our|my|one|over|across|through|it over|it across|it through|them over|this over|that over|those over|these over|some|a few|a copy|a link|the link|details|more|everything|it to you|them to you|this to you|that to you)",
    '(happy|glad) to {send}', 'let me {send}', '(you|you\'ve|you have) (asked|were asking|enquired) (about|for)', '(i|we) (can|could|will|\'ll|shall) (email|mail) (you)? (the|a|our|my) (pricing|price|one-pager|one pager|brochure|deck|breakdown|overview|case study|datasheet|data sheet|quote) (instead|if|rather|over)?', '(i|we) (will|\'ll) (put|get|write) .{0,3} (in writing|together|down) for you', 'i (will|can) (email|forward|shoot) (you|it to you|them to you|this to you|that to you|over to you|across to you)', '{send} (you|you guys|y all)', '{send} (them|him|her) (the|a|an|some|our|my|over the|across the)',
  ],
  // Second-person or conditional framing is the rep talking about the customer.
  rep_framing: ["^(it)? (sounds|seems) like (the timing|timing|the budget|budget|the price|price|the cost|cost|you|your)", "(when|what) would be a better time", '(i|we) (totally|completely|fully|do)? (understand|get it|appreciate|get that) if (now|it|this|the timing|you|you\'re|you are|you need|budget)', "(i|we) (completely|totally|fully|really|do|absolutely) (know|understand|realize|realise|appreciate) (that)? (you|your|budgets|every|most|many|a lot|it)", 
    'if (you|they) (are|were)? not', '(you|they) (are|were) not (ready|interested|sure|convinced|in a position|the right person|the decision maker|able|comfortable|keen|happy|looking|planning|thinking|considering|yet|quite)', 'whether (you|they)', '(totally|completely|perfectly) fine',
    // The seller describing the customer's situation or other customers' doubts, not the customer raising one.
    '(i|we) (know|understand|realize|realise|imagine) (that)? (you|your|budgets|every|most|many|a lot)', '(i|we) (know|understand|realize|realise|imagine) (that)? (it is|it\'s) (a|an)? (big|significant|large|major|serious|tough|hard|difficult|lot|lot of)',
    '(i|we) appreciate (that)? (budgets|times|money|cash|every|most|many|things|it\'s|it is|this is|you\'re|you are|you have|you\'ve|your team)',
    '(totally|completely|fully) (get|understand) (that|it|why)',
    '(you are|you\'re|you) (currently|already) (using|with|on|use)',
    '(a lot of|lots of|many|most|some|plenty of) (people|customers|clients|teams|restaurants|schools|companies|folks|buyers) .{0,3} (say|tell us|tell me|worry|think|find|were|are|feel|said)',
    '(is it|is that) .{0,4} or (is it|is that|more about|more)',
    '(you\'ll|you will|you\'d|you would|you might|you may|you probably|you\'ll probably) (want|need|wish|like) to (think|consider|review|mull|sleep)',
  ],
  resolved: ['(was|were|has been|have been|got|is now|are now) (now|all|fully|completely|finally|quickly|properly|since)? (fixed|sorted|resolved|solved|taken care of|corrected)', '(all|it\'s all|everything\'s|everything is) (sorted|good|fixed|resolved) now', '(thanks|thank you) for (escalating|fixing|sorting|resolving|looking into)', '(sorted|fixed|resolved|solved) (it|that|this|everything) (out)?',
    '(all|it\'s|it is|everything is|everything\'s|it\'s all|all is)? (working|running|fine|good|stable) (now|again|since)', '(working|fine|stable|better|good|great|solid|smooth|smoothly|no issues|no problems|no complaints) .{0,2} since the (fix|patch|update|upgrade|hotfix)', '(can|could|please|to|ok to|okay to|go ahead and|feel free to) (close|closed) (the|this|that|our)? (ticket|escalation|case|complaint|issue)', '(ticket|escalation|case|complaint) (can be|has been|was|is now|is) (now)? closed',
    '(until|till) (she|he|they|i|we|the team|my boss) (saw|tried|met|heard|read|spoke|used|ran|looked at|got)',
    '(refunded|reimbursed|credited|compensated) (it|us|me|the|in full|straight away|the same day|quickly)', '(put|made|set) (it|things|that) right', 'no complaints',
    '(restarted|resumed|revived|unpaused|back on track)', '(won|win|wins|has won) (me|us|her|him|them|everyone) over',
    '(was|were|had been) (sceptical|skeptical|worried|doubtful|unsure|nervous|hesitant|wary|dubious) .{0,8} (originally|at first|initially|to begin with|to start with|beforehand)',
    '(you|they|your team|it) (hit|met|delivered on|exceeded|beat|smashed) (every|all|each|the) (milestone|milestones|deadline|deadlines|target|targets|promise|promises|expectation|expectations)'],
  // The customer explaining why they came to us: the pain is the reason to buy, not an objection.
  why_we_called: [
    // "hence talking to you".
    "hence (talking to you|the call|this call|reaching out|getting in touch|the email|my email|us talking|why we|why i|we're here|i'm here|the meeting|this meeting)",
    // Why the customer came to us, in the past tense, and who sent them: "one reason we moved to you", "our provider recommended you".
    '(reason|reasons) (why)? (we|i) (moved|switched|came over|changed over|went with|chose|picked|signed with|came to) (to you|you|over|your|to your)?', '(recommended|referred|suggested|introduced) (you|your company|your product|your team|your platform|your service) (to us|to me)?',"(that is|that's|which is|this is) (exactly|precisely|partly|really|basically|kind of|sort of|pretty much|largely|mostly|half)? why (we are|we're|i am|i'm) (switching|moving|changing|looking|here|talking to you|leaving them|leaving)", '(the|our|my) (whole|only|main|real|entire)? (reason|point) (we are|we\'re|i am|i\'m|we|i) (here|calling|talking|called|reached out|got in touch|looking)', 
    '(that is|that\'s|which is|this is|it is|it\'s|is) (exactly|precisely|partly|really|basically|kind of|sort of|pretty much|largely|mostly|half|part of)? (why|the reason) (we|i) (called|reached out|are talking|contacted|need|want|are looking|booked|got in touch|came to you|wrote|are here)',
    '(the|our|my)? (whole|only|main|real|big|biggest)? (reason|why) (we are|we\'re|i am|i\'m|we|i) (switching|moving|changing|leaving|moving over|making the switch|making the move|looking elsewhere|shopping around)',
    'which is (exactly|precisely|partly)? why', '(hence|so) (we|i) (need|want|are looking for) (something|someone|a|an)? (new|better|proper|different|more modern|modern|reliable|replacement|alternative)', '(hence|so) (we|i) (called|reached out|got in touch|are talking to you|contacted you)',
    '(why|reason) (we|i) (need|want|are looking at|are looking for|called|reached out|contacted) (you|your|this|something|a new|a better|a proper)',
  ],
  // Pain with the incumbent is a reason to switch to us, not loyalty to them.
  incumbent_pain: [
    // A home-made tool nobody can keep going any more.
    "(nobody|no one|noone) (left)? (can|could|knows how to|is able to|understands how to) (maintain|support|fix|update|look after|run|change) (it|them|that|the thing)", "(built|written|made|set up) by (one|a single|a) (developer|dev|guy|person|contractor|freelancer|intern) (who|that) (left|has left|has gone|is gone|moved on|retired)",

    // Ready to leave the incumbent.
    "(it's|it is|definitely|high) time (for a change|to move on|to change|to switch|for something new|for something better)","(went bust|went under|gone bust|gone under|closed down|shut down|folded|went out of business|discontinued|was discontinued|was acquired)", "(used to|previously|formerly) (use|used|have|had|work with|be with)", '(leaving|dropping|ditching|moving off|switching from|replacing) (them|those guys|that lot) (at|when|after|for)', 
    '(unhappy|frustrated|fed up|disappointed|dissatisfied|struggling|not happy|done) with (our|the|their) (current|existing|old|previous|present)',
    '(hated|loathed|couldn\'t stand|could not stand) (it|them|those guys)', '(my|our) (old|previous|last|former) (company|job|employer|firm|school|practice) (used|had|was on|ran)',
    // The incumbent is a pain now, said with a plain verb: "it would be a headache to switch" is the cost of moving, not pain with them.
    '(it|it\'s|they|they\'re|them|that|this|the system|the tool|the software|the platform|the app|support|service|their support|their service|the product|the current one|the old one|the existing one) (is|are|was|were|has been|have been|had been|became|has become|is becoming|keeps being)? (such|a total|an absolute|a real|an utter|so|really|just|honestly|frankly|basically|always|constantly|genuinely|getting)? (painful|a pain|a nightmare|a headache|pain|nightmare|headache)', '(clunky|falling apart|not cutting it|outgrown|outgrew|out of date|outdated)', '(leaving|dropping|ditching|getting rid of) (them|it) .{0,3} (a relief)',
  ],
  // The customer has left, or is leaving, the old provider (for us): what the old one did is the reason, not an objection.
  left_them: [
    // Done, or under way ("we're leaving them"); "I'd feel bad dropping them" is loyalty, not a move.
    "(we|i|we've|we have|i've|i have) (already|finally|just)? (left|dropped|ditched|fired|sacked|got rid of|moved off|moved away from|switched from|walked away from|cancelled with|canceled with) (them|those guys|that lot|the incumbent)",
    "(we are|we're|we will be|we'll be|i am|i'm) (actually|now|finally|definitely|already|in the middle of)? (leaving|dropping|ditching|getting rid of|moving off|moving away from|switching from|walking away from) (them|those guys|that lot|the incumbent)",
    "(left|dropped|ditched|got rid of|replaced|retired|moved off|moved away from|switched from|walked away from|not renewing with|won't be renewing with|cancelled|canceled) (our|the|their) (current|existing|old|previous|last|former|present|in-house|internal|incumbent|legacy|homegrown|home-grown) (provider|vendor|supplier|system|tool|crm|platform|agency|partner|software|solution|setup|one|company|firm|script|spreadsheet|spreadsheets|app)",
    "(we are|we're|we will be|we'll be|i am|i'm) (actually|now|finally|definitely|already|in the middle of)? (leaving|dropping|ditching|getting rid of|replacing|retiring|moving off|moving away from|switching from|walking away from|not renewing with) (our|the|their) (current|existing|old|previous|last|former|present|in-house|internal|incumbent|legacy|homegrown|home-grown) (provider|vendor|supplier|system|tool|crm|platform|agency|partner|software|solution|setup|one|company|firm|script|spreadsheet|spreadsheets|app)",
    "moving .{0,3} off (them|the incumbent|our current|our old|our existing|our previous)",
    "(the)? (incumbent|old provider|old vendor|current provider|current vendor|previous supplier) (knows|know|has been told|have been told|was told|were told) (we are|we're|that we|about)",
    // A home-made attempt given up: "we tried building this in-house and it was a disaster".
    "(tried|attempted|had a go at|had a crack at) (building|to build|making|to make|doing|to do|developing|to develop|writing|to write) (it|this|that|one|something|our own)? (in-house|ourselves|internally|on our own)",
    "(excited|glad|happy|relieved|keen|thrilled) (about|to make|to be making|with) (the)? (switch|move|migration|change) (from|away from|off)",
  ],
  // "Their support", "they kept putting the price up": trouble with someone else's product, not with ours.
  their_trouble: [
    "their (support|service|customer service|downtime|outages|outage|pricing changes|price rises|price hikes|price increases|billing|uptime|reliability|account manager|account managers|onboarding|implementation|migration|hidden fees|renewal terms)",
    // A vendor before us that let them down: "last time a vendor promised us zero downtime we were offline for days".
    "(last time|the last time|when|the time) (a|another|the last|our last|our old|our previous|the previous|the old|one) (vendor|provider|supplier|company|agency|partner|contractor) (promised|said|told|sold|swore|guaranteed)",
    // Trouble pinned on the other provider: "we've had enough of the outages with the other lot".
    "(with|from|at|by) (the|our) (other|old|last|previous|former) (lot|crowd|mob|provider|vendor|supplier|company)",
    "(they|they've|they have|they had|they'd) (kept|keep|keeps|started|had been|have been|kept on|just)? (putting|put|raising|raised|hiking|hiked|jacking|jacked|bumping|bumped) (the|their|our)? (price|prices|fees|rates|costs|bill) (up)?",
  ],
  // A machine's message (out-of-office, unsubscribe confirmation, ticket status): nobody in it is brushing us off.
  automated: [
    '(limited|no|intermittent|restricted) access to (email|emails|my email|my emails|e-mail|my inbox)', 'for (urgent|anything urgent|urgent matters|urgent enquiries|urgent queries|urgent requests|immediate assistance|urgent issues) (please)? (call|contact|ring|email|reach|phone)',
    '(you have|you\'ve|you) (been|now been) (unsubscribed|removed) from', '(you will|you\'ll) (continue to|still) receive',
    '(pending|awaiting) your (reply|response|input|confirmation)', '(will|shall) (close|be closed) automatically', '(this is an|this is a) (automated|automatic|auto-generated|system-generated) (message|reply|response|email|notification|notice)', '(please)? (do not|don\'t) reply to this (email|message)',
  ],
  // A rep's internal note or a team reminder, not a customer's message: nothing in it is the customer's own moment.
  internal_note: [
    '(internal note|internal notes|internal only|internal use only|note for the team|notes for the team|reminder to the team|for the account team|note to self)',
    '(not for|do not forward to|don\'t forward to) (the)? (customer|client|prospect|external)', '^(prospect|the prospect|lead|the lead) (currently|initially|originally|still|now|is|was|seems|seemed|seemed to be|sounded)', '(notes|recap|summary) from (the|my|our|today\'s)? (call|meeting|demo) with',
  ],
  // The customer holds the authority, or the approval is a formality.
  own_authority: [
    // The approver already keen.
    "(she's|he's|they're|she is|he is|they are|the boss is|my boss is) (really|very|super|already)? (excited|keen|eager|on board|supportive|a fan|sold)",
    // A review that is only routine.
    "(that's|it's|that is|it is|purely|just|very|all|completely) (routine|standard procedure|standard practice|a box-ticking exercise|box-ticking|a tick-box exercise|tick-box)",
    // "I'm the person who signs", not "I'm the person who uses the tools, not the one who buys them".
    '(i am|i\'m) (actually|really|ultimately|basically|in fact|also)? the (decision maker|decision-maker|budget holder|signatory|final say)', '(i am|i\'m) (actually|really|ultimately|basically|in fact|also)? the (one|person) (who|that)? (signs|sign|approves|decides|makes|holds|controls|owns|has)', '(it is|it\'s|that is|that\'s) (my|our) (call|decision)',
    'formality', '(rubber-stamp|rubber stamp|rubber-stamps|rubber stamps)', 'sign (it|the contract|the order form|the paperwork)? (this week|today|tomorrow|by friday|by monday|by the end of the week)',
  ],
  // Other people's words reported by the customer: "our customers always say they'll think about it".
  third_party: [
    // What strangers online say, reported: "someone on Reddit said it's overpriced".
    '(someone|somebody|people|a guy|a post|a thread|a review|a reviewer|an article|a blog|a video|the reviews) (on|at)? (reddit|twitter|linkedin|g2|capterra|trustpilot|a forum|the forum|online|the internet|youtube|hacker news|quora)? (said|says|say|claims|claimed|wrote|reckons|reckoned)',
    "(is|are|was|were) (the|our|a|the resident|the main|the biggest) (sceptic|skeptic|cynic|doubter|doubting thomas|naysayer) (in|on|of|among)",

    // Other people's objections: "when they say send me some information", "most teams we talk to", the kids, the news.
    '(when|if|whenever|once) (a buyer|the buyer|buyers|the customer|a customer|the prospect|a prospect|prospects|the client|a client|someone|somebody) (say|says|tell you|tells you|go|goes|come back with|comes back with|push back|pushes back|claim|claims|object|objects|ask for|asks for)', '^(so|and|right so|right|ok so|okay so|now)? (when|if|whenever) (they|he|she|people) (say|says|tell you|tells you|come back with|comes back with|push back|pushes back)', '(prospect|the prospect|buyer|the buyer|lead|the lead|client|the client|customer|the customer) (said|says|mentioned|told me|told us)', '(most|many|a lot of|lots of|some|plenty of|all the) (teams|companies|customers|clients|people|businesses|firms|practices|schools|folks|buyers|managers|practice managers|councils) (we|i) (talk to|speak to|speak with|work with|see|meet|deal with)', '(a lot of|lots of|loads of|plenty of|many|most) (our|the)? .{0,2} (tell us|tell me|told us|told me|say they|said they)', '(thing|things|objection|objections|question|questions|pushback|response|excuse|excuses|line) (we|i) (hear|get) (most|a lot|all the time|from|constantly|every day)', '(we|i) (usually|often|always|typically|sometimes|commonly)? hear from', '(one|some|many|a few|several|two|three) of (our|my) (own)? (customers|clients|retail customers|members|users|patients|guests|stores|franchisees) (was|were|is|are|got|had)', '(my|our|his|her) (kids|children|son|daughter|teenager|teenage son|teenage daughter|wife|husband|mum|mom|dad|parents|family|friends|mates|dog|cat) (is|are|was|were|gets|get|got) (not|never|always|so|really|very|too|a bit|quite|just)? (interested|keen|bothered|convinced|sceptical|skeptical|worried|sure|busy|fussy|into|obsessed|mad|crazy|the same|moaning|complaining|saying|telling|asking|unhappy|happy|annoyed|fed up|sick of|tired of|driving|doing my head in|off school|home|ill|sick|poorly)', '(did you|have you|you) (guys)? (see|seen|hear|heard|read) (that|about)',"(what)? (we|i) (usually|often|always|typically|sometimes|commonly)? (hear|heard) from (customers|clients|people|prospects|buyers|other)", "what (we|i) (usually|often|always|typically|commonly) hear", 
    // Not bare "partners": "the partners need to agree" is a firm's partners deciding, not customers reporting.
    '(our|my|their|the|your) (customers|clients|users|prospects|buyers|leads|members|guests|patients|students|shoppers|callers|reps|salespeople|sales team|sales reps|agents|channel partners|reseller partners|resellers) (always|often|usually|sometimes|typically|regularly|all|constantly|tend to|will|just)? (say|tell|complain|moan|grumble|object|ask|need|push back|claim)',
    '(our|my|their) (customers|clients|users|prospects|buyers|shoppers|patients|guests|members) (just)? (aren\'t|are not|are no longer|don\'t seem|do not seem) (interested|keen|bothered)',
    'when (customers|clients|prospects|people|buyers|leads|a customer|a client|a prospect|someone|somebody) (say|says|tell|tells|ask|asks|push back|object|objects|claim|claims)',
    '(customers|clients|prospects|people|buyers) (who|that) (say|tell|claim|ask)', 'when (i|we) (said|mentioned|told you)',
    '(some|many|most|a few|several|all|lots|one|a couple|half) of (our|my|their|the) .{0,2} (say|said|says|tell|told|complain|complained|complains|think|thinks|feel|feels|find|finds|reckon|reckons)',
    '(our|my|their) own? (customers|clients|members|users|prospects|buyers|guys|sales guys|salespeople|reps|agents|staff|patients|students) (keep|keeps|kept|are|were)? (always|often|constantly|forever|regularly)? (saying|telling|complaining|asking|say|tell)',
    // Prospects reported as saying something: "how often buyers say they already have a provider".
    '(prospects|buyers|customers|clients|leads|people|practices|schools|companies|businesses|firms|folks|owners|they all|most|many) (we|i)? (call|speak to|talk to|meet|see|pitch|pitch to|deal with|cold call|ring)? (usually|often|always|typically|still|just|all|keep|kept|will|tend to)? (say|said|saying|tell us|tell me|told us|told me|telling us|telling me|tell you|telling you|claim|claimed|claiming|insist|insisted) (that)? (they|they\'re|they\'ve|they\'ll|they\'d)',
    '(prospects|buyers|customers|clients|leads|callers|people|practices|schools|companies|firms|folks|owners|they all) (always|often|usually|typically|still|just|all|tend to|will|keep|keep on)? (come back with|coming back with|hit us with|hit you with|hit me with|throw out|respond with|reply with|push back with|fob us off with|fob you off with)',
    '(get|gets|got|getting) told', '(a|one|another) (client|customer|member|prospect|user|buyer) of (ours|mine|theirs) (said|says|told|tells)',
    // A rep's note about the prospect, or the customer explaining what a colleague meant.
    '(prospect|customer|client|lead) (said|says|mentioned|told me) (they|she|he|it)', 'when (my|our) (colleague|colleagues|boss|manager|team|partner|cfo|ceo|director) (said|mentioned)',
    // An objection someone expected or might raise, not one raised: "the rep anticipated we might say it was too expensive".
    '(anticipated|expected|predicted|assumed|guessed|figured|worried|feared) (that)? (we|i|they|the customer|customers|people) (might|would|could|may|will|\'d) (say|object|push back|raise|think|want|complain)',
    // Friends and family who work at a competitor, and the rep restating what the customer said earlier.
    '(mate|friend|brother|sister|cousin|brother-in-law|sister-in-law|wife|husband|dad|mum|mom|neighbour|neighbor|ex-colleague|old colleague|uncle|aunt) (who)? (works|worked|sells|sold|is|was) (for|at|with)',
    "(you'd|you had|you've|you have) (mentioned|said|told me|told us)",
    '(my|our) (kids|children|wife|husband|partner|mum|mom|dad|parents|family|friends|mates) (think|thinks|say|says|reckon|reckons|joke|complain)',
    // A peer elsewhere, a previous owner, someone who uses us: "my mate at another clinic said it looked too expensive".
    '(my|a|our|one|this) (mate|friend|colleague|contact|peer|buddy|pal|counterpart|guy|neighbour|neighbor) (at|from|over at|in|who runs|who owns) .{0,3} (said|says|told|tells|reckons|reckoned|mentioned|thought|thinks|found)',
    '(the|my|our) (old|previous|former|last|late) (owner|owners|boss|manager|director|ceo|md|gm|head|partner|partners|management|regime) (used to|would|always|kept|kept on)? (say|said|says|saying|tell|told)',
    '(guy|woman|lady|bloke|man|chap|fella|person|people|folks|team|owner|manager) (from|at|over at) .{0,3} (who|that) (uses|use|used|is using|are using|went with|switched to|bought|buys) (you|your|yours)',
    // Other people burned before, told by someone who is not them: "they've been burned by a previous vendor, so...".
    "(they|they've|they have|people|folks|lots of people|many people|plenty of people|the client|the customer|the prospect|some clients|some customers|other customers|a lot of people) (have|has|had)? been (burned|burnt|stung|let down|bitten)",
    '(when|whenever) (prospects|customers|clients|buyers|leads) (say|says|tell you|tell us|come back with|push back|object|claim)',
    '(a lot of|lots of|many|most|some|plenty of|all) (the|of the|of our) (folks|people|teams|companies|customers|clients|businesses|practices|schools|owners|managers) (we|i) (talk to|speak to|speak with|work with|see|meet|deal with|sell to)',
    // Counterfactual: what would have happened, not what is.
    '(would|could|might) have had to',
    // The customer's own prices to their own customers: "we just put our own prices up".
    // Their customers as the subject ("our own customers keep complaining about delivery"), not as the messenger
    // ("I had to hear about your outage from my own customers" is a complaint about us).
    '(our|my) own (prices|price|pricing|rates|fees|products|menu)', '(our|my) own (customers|clients) (are|were|have|had|keep|kept|complain|complained|say|said|tell|told|want|wanted|expect|expected)',
    // Hiring and HR talk: a candidate thinking an offer over, an applicant turned down, an internal move.
    '(the|a|our|this|that) (candidate|applicant|interviewee|new starter) (asked|asks|wants|wanted|needs|needed|has|had|is|was|got|accepted|declined|turned|said|says|will|would)', '(dear|either|both|each|every|other) (candidate|candidates|applicant|applicants)', '(interview|hiring|selection) panel', '(internal|job) (transfer|vacancy|posting|offer)', '(interest|applying|application) (in|for) the .{0,3} (role|position|vacancy)',
    '(a lot of|lots of|loads of|many|most|plenty of|so many) (people|customers|clients|teams|companies|folks|buyers|businesses) (have been|\'ve been|have|\'ve|get|got) (burned|burnt|stung|let down|bitten|disappointed|told|sold)',
  ],
  // The rep's own talk track, heard in a shared caption or quoted in a thread: restating the customer's objection back,
  // checking it, or making room for a no. Said by the customer these would be odd, so no trigger should fire on them.
  rep_talk: [
    // Talk about brush-offs as such ("I used to get a lot of 'send me some info' brush-offs").
    '(brush-off|brush-offs|brushoff|brushoffs)',
    // Objections as a topic: "the typical objection at this stage is...", "objection handling", "my turn to be the customer".
    '(typical|common|usual|classic|standard|stock|textbook|predictable|most common|commonest|frequent|familiar|usual suspect) (objection|objections|pushback|push-back|excuse|excuses|stall|stalls)', '(objection|objections) (handling|training|workshop|playbook|library|script|scripts|bank|drill|drills)', '(handle|handling|handled|overcome|overcoming|counter|countering|tackle|tackling|rebut|rebutting) (the|an|that|this|these|those|common|price|pricing|typical)? (objection|objections|stalls|excuses|pushback|brush-offs)', '(price|pricing|budget|timing|authority|competitor|trust|common|typical|sales) objections', '(objections|stalls|excuses) (like|such as)', '(cheat sheet|cheatsheet|crib sheet)', "(my|your|our) turn to (be|play) the (customer|buyer|prospect|client|rep)", "(let's|let us|we'll|time to) (practise|practice|rehearse|drill|run through) (this|that|it|the call|the pitch|objections)?", "(you're|you are|you be|you play|you'll be|you'll play|pretend you're|pretend to be) (the|a) (prospect|buyer|customer|client|decision maker)",
    // The rep acknowledging what the customer has: "Understood you have an in-house tool today".
    "^(understood|noted|got it|ok understood|okay understood|i hear you) (that)? (you|you've|you have|you're|you are|your)",

    // A belief in the past that the customer has since dropped.
    '(we|i|she|he|they|my boss|my manager|the team) (used to|originally|initially|first) (think|thought|worry|worried|assume|assumed|believe|believed|feel|felt)',
    // The rep's talk track and coaching: handing over, role play, notes to self, jokes taken back, first instincts, fair to be sceptical.
    "(i'll|i will|i'll just|i shall) leave (it|this|that|things) with you", "just say (the word)? and (i'll|i will)", '(if|when) (next quarter|next month|next week|another time|later|a different time|the new year|then) (suits|works|is better|would be better)', '(escalate|raise|flag|bring) (it|them|that|anything|issues|it all)? (straight|directly|right)? (to|with) me (and|so)', "(i'll|i will|let me|i'm gonna|i'm going to|i can) (be|play) the (buyer|customer|prospect|client|decision maker|cfo)", "(i'm|i am) (the|a) (buyer|customer|prospect|client) (now|for this|for a sec|for a second|for a minute|and (i'm|i am|i'll|i will) (gonna|going to)? say)", "(role play|role-play|roleplay|devil's advocate|for the sake of argument|for argument's sake|let's pretend|we'll pretend)", "pretend (that)? (i|we|i'm|we're|i've|we've|you)", '(note to self|coaching tip|pro tip|sales tip|enablement|talk track|objection handling)', "(i'm|i am|only|just) (kidding|joking|messing|teasing)", '(my|our) (first|initial|gut) (instinct|reaction|thought|inclination|response) was', '(totally|completely|perfectly|entirely|very) (fair|understandable|natural|normal|reasonable|sensible) to (be|feel) (sceptical|skeptical|cautious|wary|worried|concerned|careful|nervous|hesitant|unsure|cynical)', "(you're|you are) (right|wise|smart|sensible) to (be|feel) (sceptical|skeptical|cautious|wary|worried|concerned|careful|nervous|hesitant|cynical)", "(i'll|i will|we'll|we will|i shall) (check back|check in|follow up|touch base|circle back) .{0,4} as (you|you've|you have) (suggested|asked|requested|proposed|said)", '(how|what) (do|would|should|can) (we|i|you) (say|respond|handle|answer|reply) (to|when|if|with)', "the way (i'd|i would|we'd|we would|you'd|you should) (handle|answer|deal with|respond to|tackle) (the|that|this|a)",
    "(what|so what) (i am|i'm|we are|we're) hearing (is)?", '(if|so if) (i|we) (understand|understood|heard|hear|got) (you|that|this|it) (right|correctly)?',
    "correct me if (i am|i'm) wrong", '(just)? to (recap|play that back|play it back|make sure i understand|check i understand|check i\'ve understood)',
    '(is|was|have|did) (that|this|i) (got that|get that)? (right|correct|fair|a fair summary)$',
    '(totally|completely|fully|perfectly) (understand|understandable|get it|appreciate it|fine) if (now|it|this|the timing|you|your|budget|the budget)',
    'let me know if you (need|want|would like|\'d like) (more|a bit more|some|any|extra)? (time|space|info|information|details|anything|help)',
    // The rep describing what we do for clients, offering a rate, setting a reminder, checking the customer's case.
    '(so)? what (we|i) (usually|typically|normally|generally|often|always|tend to)? (do|offer) (for|with) (clients|customers|people|teams|folks|companies|businesses|anyone|those|them)',
    '(so)? what (we|i) (usually|typically|normally|generally|often|always|tend to)? (do|offer) is (a|an|give|offer|set up|run|put|let|throw in|waive)',
    "(we|i) (don't|do not|never|won't|will not) charge (you|for|extra|anything|a setup|a set-up|an exit)", '(compared to|compared with|unlike|versus|vs) (the incumbent|your current|your existing|your old|the big|other) .{0,4} (we|our)',
    "(let me|i'll|i will|allow me to) (just)? (show|prove|demonstrate) (you|it to you|that to you|rather|instead)",
    '(is|was) (that|this) the case (for|with|at) (you|your)', 'i hear you (on|about|re|regarding)',
    '(we|i) (can|could|will|\'ll|are able to|am able to) (hold|honour|honor|keep|match|freeze) (last year\'s|the current|your current|the old|this year\'s|the same|the existing|that) (rate|price|pricing|rates|prices|discount)',
    "(i'll|i will|i've|i have|i'm going to) (set|put|pop|make|add) (a|myself a)? (reminder|note|diary note|calendar note|calendar reminder|follow-up) (to|for|in)",
    'no pressure (at all|either way|from (me|us|our side|my side))?$',
    // The rep offering to come back, or hearing an objection as a pattern: "shall I check back in the new year", "we get that a lot".
    '(shall|should) i (check back|check in|follow up|circle back|touch base|call you|give you a call|ping you|reach out|come back to you|try you|pencil in|pencil you in|book in|put in|pop in|schedule|set up|close your file|close the file)',
    "(i|we) (haven't|have not|hadn't|had not) heard (back|from you|anything back)", '(i\'ll|i will) (assume|take it) (that)? (the timing|timing|now|this|it|you)',
    '(we|i) (do|also|can)? (offer|have|do) (a|an) (starter|cheaper|lower-cost|lower cost|smaller|basic|lite|entry-level|entry|free|discounted|nonprofit|non-profit) (tier|plan|option|package|version|edition)',
    '(we|i) (get|hear) (that|this|it) (a lot|all the time|quite a bit|quite a lot|often|every day|constantly|loads)',
    '(people|folks|customers|clients|prospects|buyers|teams) (often|usually|always|tend to|sometimes|generally|normally)? (think|assume|expect|feel|worry|worried|say) .{0,8} until (they|you)',
 'unless you (tell|let) me (otherwise|know otherwise)', 'take (all)? the time you need',
    '(would it|would that|will it) (help|be helpful|be useful|make it easier|make things easier) if (i|we)',
    '(i|we) (know|realise|realize|appreciate|get that) (everyone|everybody|every vendor|all vendors|every company|every supplier) (says|claims|promises) (this|that|it)',
    'we (really|genuinely|actually|do)? (guarantee|offer a guarantee)',
    // The rep guessing at the customer's mind or summing up their blocker.
    "(i'm guessing|i am guessing|i'd imagine|i would imagine|i imagine|i bet|i suspect|my guess is|presumably) (that)? (you|your|you're|you've|you are|you have)",
    '(you|you\'re|you are) (might|may|could|probably|possibly) (be)? (thinking|wondering|worried that|feeling)',
    '(so)? it (sounds|seems) like (the|your) (main|real|big|key|only)? (thing|issue|blocker|concern|sticking point|hurdle|question|worry)',
    // What the customer started to say and took back: "I was going to say send me some info, but...".
    "(i was|we were|i'd|i had) (going to|about to|gonna) (say|ask|suggest) .{0,10} (but|then|actually|though|however|except)", '(scratch that|forget (that|what i (just)? said)|ignore (that|what i (just)? said|my (last|previous|earlier) (email|message|note)))',
  ],
  // Neutral due-diligence questions about what things cost, and planning a budget: a buyer doing homework, not pushing back.
  due_diligence: [
    // A price accepted as fair: "it was fair given the new features".
    "(it's|it is|it was|that's|that was|which is|which was|is|are|was|were|seems|felt|feels) (totally|completely|perfectly|entirely|more than)? (fair|reasonable|justified|understandable|worth it) (given|for|considering|with|in light of)", '(still|more than|perfectly|totally|very) fair$', '(a|such a|quite a) (nice|pleasant|welcome|happy|lovely|good) surprise',
    // Choosing between our own packages is buying, whatever verb it comes with.
    '(think|thinking|decide|deciding|work out|working out|figure out|figuring out|consider|considering) (about)? (which|what) (of the|one of the)? .{0,2} (package|packages|plan|plans|tier|tiers|option|options|bundle|bundles|edition|editions|licence|license|seats|size)',
    // Asking what something costs or how a process runs, for planning: "not a dealbreaker, just curious", "for our runbook".
    '(is|are) there (a|an|any)? (cost|charge|fee|price|discount|discounts|reduction|saving) (for|to|with|attached|if|when)', 'or (is it|are they|is that|is this) (included|covered|part of|bundled|free)', '(not|never) (a|an) (dealbreaker|deal-breaker|deal breaker|issue|problem|blocker|big deal) (just|only)? (curious|wondering|asking|checking)', "(nothing is|nothing's|nothing) (wrong|broken|urgent)", '(for|in) (our|the) (runbook|records|documentation|handbook|wiki|playbook|process doc|procurement file)',
    '(are|is) there (any)? (extra|hidden|additional|setup|set-up|onboarding|implementation|training|exit|cancellation) (costs|cost|fees|fee|charges|charge)',
    '(do|does|would|will) (you|your team|it) (offer|have|do|give|run) (a|any)? (discount|discounts|special pricing|reduced rate|reduced pricing) for (charities|charity|nonprofits|non-profits|not-for-profits|schools|education|students|startups|start-ups|government|the public sector|public sector|annual billing|multi-year|volume|early payment)',
    '(so|so that) (i|we) can (plan|budget|plan ahead|put it in|add it to|get it into|factor it into) (the|our|next year\'s|this year\'s)? (budget|forecast|plan)?',
    '(is|would) (that|this|it) (be)? (in|within) the (right)? (ballpark|range|region)',
    // Planning ahead, a rise that made sense: "we're not there yet, just trying to plan ahead", "the letter made sense to us".
    '(plan|planning|budget|budgeting|forecast|forecasting|think|thinking) ahead', 'for (planning|budgeting|forecasting) (purposes|reasons)',
    '(made|makes) (total|perfect|complete|good)? sense (to us|to me|given|considering)',
  ],
  // Picking a slot is logistics, whatever verb it comes with ("I need to think about which day works").
  scheduling: [
    // A slot later today or this week.
    '(after|before|over) (lunch|my next call|the break|coffee)', '(tomorrow|monday|tuesday|wednesday|thursday|friday|later today|this afternoon|tomorrow morning|tomorrow afternoon) (works|is fine|suits|is good|is better|would work) (for)?','(which|what) (day|date|time|slot|week|morning|afternoon) (works|suits|is best|would work|would suit|is better|works best)', '(which|what) (days|times|dates|slots) (work|suit)'],
  // The whole message says the deal is done or approved: a stray "we're all set" or "approval from the board" in it is not an objection.
  deal_done: [
    // Asked for the contract to sign, at the end of what they say.
    '(just)? (send|email|forward) (me|us|over|across)? (the|your) (contract|order form|paperwork|agreement) (over|across|through)? (please)?$',
    // Signed, budgeted, approved on their side, an automated notice, more seats wanted.
    '(contract|contracts|paperwork|order form|agreement|agreements) (are|is|have been|has been|all|now)? (signed|countersigned)', "(put|added|included|built|pencilled|penciled) (you|it|this|your .) (in|into) .{0,3} (line item|budget|next year's budget|the plan|the forecast)", '(your|the) (proposal|quote|pitch|business case) .{0,6} (loved|liked|approved) (it|them)', 'next (step|steps) (is|are) (the)? (contracts|contract|paperwork|signing|the order form)', '(approved|signed off|agreed) (on|from) (our|my) (side|end)', "(everything|all|everything else|it all|all of it) (is|are|'s)? (now)? (approved|signed off|agreed)", "already budgeted for (it|this|that|the increase|the rise)", '(automated|automatic|auto-generated) (reminder|message|notice|notification|email)', 'no action (is)? (required|needed)', '(need|want|add|adding|order|ordering|buy|get) .{0,2} (more|extra|additional) (seats|licences|licenses|users|logins|accounts)',
    "(have|has|'ve|had) (had|got|received|been given|now got) (the)? (final|formal|full)? (approval|sign-off|sign off|go-ahead|go ahead|green light|thumbs up)",
    "(has|have|'ve) (now)? (signed|countersigned|approved|okayed) (the|your) (proposal|order form|quote|quotation|sow|dpa|po|purchase order)",
    '(raised|issued|has raised|have raised) (the|a|our) (po|purchase order)', '(approved|signed off) (it|the spend|the purchase|the budget) (on|this|yesterday|last|today)',
    'looking forward to (getting started|kicking off|the kick-off|the kickoff|onboarding|working with you|the rollout|the roll-out|going live)',
    '(glad|happy|excited|thrilled|delighted|pleased) to be (making the switch|moving over|coming on board|coming onboard|working with you|joining you|on board)',
    '(please)? (send|forward) (the|your|us the|me the) (welcome pack|onboarding pack|order form|dpa|kick-off pack|onboarding details)',
    '(ready|cleared) to (move|go|proceed) (ahead|forward)? (recommend approval|from our side)?$',
  ],
  // The customer saying their trouble is not about us: a complaint about something else.
  unrelated: [
    // Anger at the customer's own people.
    '(with|at|about) (our|my) (own|internal) (it|it team|team|staff|people|developers|devs|department|finance|procurement|ops|tech team)','(not|nothing to do with|no reflection on) (your|you) (fault|product|lot|guys|team|company|service|software|tool|platform|end|side)', 'nothing to do with (you|your)'],
  // Chat about the weather, the office or the weekend is not about the deal: only when the chatter is what the moment
  // is about ("the traffic was a nightmare", "not interested in football"), not a word in passing ("grabbing a coffee,
  // um, we're very unhappy with the service"), and never an outage or the facilities, which real complaints name.
  small_talk: [
    '(the|this|that|my|our|his|her|their)? (flight|flights|train|trains|commute|dentist|landlord|landlords|mortgage|couriers|petrol|fuel prices|energy bills|electricity bill|gas bill|council tax|wifi|wi-fi|printers|printer|internet|weather|rain|snow|traffic|coffee|tea|biscuits|football|referee|ref|kettle|coffee machine|lift|elevator|canteen|pint|pints|beer|pub|parking|restaurant|restaurants|cafe|hotel|hotels|taxi|taxis|uber|airline|airlines|bus|buses|holiday|sandwich|sandwiches|lunch|dinner|drinks|concert|festival|match|builders|roadworks) (is|was|are|were|has been|have been|keeps|kept|has|had|just|again|always|never|still|today|this morning|here|went|goes|got|gets|broke|died|playing up|acting up|being|put|puts|putting|raised|raises|hiked|charged|charges|cancelled|canceled|delayed|lost|wants|will not|did not)',
    '(about|with|by|of|interested in|into|stuck in|caught in|sat in) (the|this|that|my|our|his|her|their|a|an)? (flight|flights|train|trains|commute|dentist|landlord|landlords|mortgage|couriers|petrol|fuel prices|energy bills|electricity bill|gas bill|council tax|wifi|wi-fi|printers|printer|internet|weather|rain|snow|traffic|coffee|tea|biscuits|football|referee|ref|kettle|coffee machine|lift|elevator|canteen|pint|pints|beer|pub|parking|restaurant|restaurants|cafe|hotel|hotels|taxi|taxis|uber|airline|airlines|bus|buses|holiday|sandwich|sandwiches|lunch|dinner|drinks|concert|festival|match|builders|roadworks)', '(raining|snowing|sunny|sunshine)',
    '(the|this|that|our|my) (coffee machine|kettle|printer|printers|lift|lifts|elevator|elevators|wifi|wi-fi|internet|canteen|heating|air con|aircon) .{0,4} (is|was|are|were|has been|keeps|kept) (broken|down|out|dead|playing up|acting up|off|slow|rubbish|useless|awful|out of order)',
    '(someone from|call|ring|email|ask|tell|get) (the)? (facilities|building management|the landlord|maintenance|it helpdesk|the it helpdesk)'],
  // A clause after "but" that walks back an earlier one: a buying signal, a fix, a reason to leave the incumbent.
  turn: [
    // The rest approved: "but the core licence is approved".
    '(is|are|has been|have been|was|were) (now|already)? (approved|signed off|a yes|a definite yes|green-lit|greenlit|agreed)',
    // Glowing references, the pilot proved it, the cheaper rival turned down.
    '(your|the) (references|reference calls|case studies|results|trial|pilot|demo|numbers|reviews) (were|was|are|is|have been|has been) (excellent|great|brilliant|glowing|outstanding|fantastic|superb|really good|strong|solid|convincing)', '(the|your) (pilot|trial|demo|poc|proof of concept|results|numbers|data) (proved|proves|has proved|showed|shows|confirmed|confirms) (it|that|this|us wrong|me wrong|otherwise)', '(decided against|ruled out|rejected|passed on|dropped|went against) (the)? (cheaper|other|cheapest|rival|competing) (option|quote|bid|vendor|one|supplier|offer)',
    "(make|makes|made) (it|this|that|the decision)? (a|an absolute|a total)? (no-brainer|no brainer)", "(it's|it is|that's|that is|is) (a|an absolute|a total) (no-brainer|no brainer)",

    // Someone else won over, the numbers seen, the rival worse than us.
    "(she's|she is|he's|he is|they're|they are|everyone's|everyone is|the team's|the team is|the board's|the board is) (now|fully|totally|all|completely)? (on board|sold|convinced|in)", '(then|until|till|once) (we|i|she|he|they) (saw|ran|did|looked at|worked out|went through|ran through) (the)? (savings|numbers|roi|value|figures|results|case study|business case|maths|math)', '(weak|worse|weaker|poor|poorer|clunkier|inferior|not as good|nowhere near as good|behind) (compared to|compared with|next to|than|beside) (yours|you|your)',
    // The pick, the budget found, the approval come through: "yours was the only one that did what we needed".
    '(exactly|just|precisely) what (we|i) (need|needed|want|wanted|were looking for|are looking for|have been looking for)', '(yours|you|your product|your platform|your tool|your solution|your proposal|your offer|your bid|your team) (was|were|is|are) the (only|best|clear|obvious|standout|stand-out) (one|option|choice|fit|winner|vendor|supplier)', '(yours|you|your product|your platform|your solution|your proposal|your offer|your bid) (came|come|comes|coming) out (on top|ahead|best|first|in front)', '(have|has|now|finally) (got|found|secured|ring-fenced|ringfenced|allocated|set aside|earmarked) (it|the budget|budget|the money|the funds|funding|the cash)', '(approval|sign-off|sign off|it|the budget|budget|funding) (has|have)? (come|came) through', '(is|are) still (fine|good|on|ok|okay|happening|going ahead) for',
    '(won|win|wins|has won) (me|us|her|him|them|everyone) over', '(i\'m|i am|we\'re|we are) (in|sold|convinced|on board)', '(yes|yeah) (definitely|absolutely|please)', "let's (just)? (talk|chat|do it|go|get going|set it up|book|start|sign|proceed|go ahead|move forward|crack on|get started|get it done|get moving|kick off|kick it off)",
    '(looks|look|seems|sounds) (right|perfect|great|good|ideal|spot on) for (us|me|our)', 'not cutting it', '(falling apart|creaking|on its last legs|end of life|end-of-life|retiring|being retired|sunsetting|being discontinued|shutting down|going away)',
    '(need|want|looking for) (a|something) (proper|better|new|real|modern|more modern)', '(have to|need to|must|got to|want to|going to|plan to|planning to|ready to) (move|switch|change|replace|migrate|leave)',
    '(working|running|fine|stable) (now|again)', '(don\'t|do not|doesn\'t|does not) want to (wait|delay|hold off|put it off|leave it|push it back|lose momentum)', '(finance|boss|board|cfo|ceo|they|management|procurement|budget) (has|have)? (already|now|just|finally)? (signed off|approved|okayed|agreed)', '(we are|we\'re) (definitely|absolutely)? (going ahead|moving ahead|proceeding)', '(refunded|reimbursed|credited|compensated|apologised|apologized)', 'no complaints', '(fixed|sorted|resolved) (now|it|that|this|everything|quickly|fast)', '(working|fine|stable|better|good|great|solid|smooth|smoothly|no issues|no problems) .{0,2} since the (fix|patch|update)',
    '(we|i) (left|dropped|ditched|moved away from|got rid of|fired|cancelled|canceled) (them|it|that|those guys)',
    '(you are|you\'re) (the|our|a|my)? (front-runner|frontrunner|front runner|favourite|favorite|first choice|top pick|top choice)',
    '(want|wants|would like|\'d like) to (buy|go ahead|move forward|proceed|sign|start|talk)', '(happy|keen|excited|ready) to (go ahead|proceed|move forward|sign|start)', '(the)? (numbers|figures|roi|business case|maths|math) (work|works|add up|adds up|stack up|stacks up)',
    '(want|need|would like|\'d like|love|prefer|like) (your|yours)', '(you|you guys|your team|your people) (have been|\'ve been|are|were) (straight|honest|great|brilliant|transparent|upfront|different|excellent|fantastic)', '(restarted|resumed|revived|unpaused|back on track)', '(like|want|plan|planning) to (expand|extend|grow|add|scale|roll)',
    // "...but call me at four and we can finalise the order": closing the deal takes back a "not now".
    '(finalise|finalize|complete|confirm|place|sign|put through|process) (the|our|an|this|that)? (order|paperwork|contract|purchase|order form|po|purchase order)',
    '(fixes|fixed|solves|solved|sorts|sorted|addresses|addressed|takes care of) (that|it|this|the problem|the issue)', '(you are|you\'re) (actually|really|definitely|now)? (the|a) (better|best|cheaper|cheapest) (deal|option|price|value|choice|fit)', 'turned (it|things|that) around', '(handled|dealt with|managed|resolved) (it|that|this|things) (well|great|brilliantly|perfectly|really well|fast|quickly)',
    'the way (you|your team) (handled|dealt with|responded|fixed)',
    // A worry answered: "...but your itemised quote cleared that up", "...so no issues there".
    '(cleared|clears|clear|cleared up) (that|it|this|those|them|all that) up', 'no (issues|problems|concerns|worries) (there|on that front)', '(put|puts|set|sets) (my|our|their|her|his|everyone\'s) (mind|minds) at (rest|ease)',
    '(your|the|those|these) (references|reference calls|case studies|numbers|results|trial|pilot|demo|proof of concept|poc) (checked out|check out|stacked up|stack up|spoke for themselves|speak for themselves|convinced me|convinced us|changed my mind|won me over|won us over)', '(nobody|no one|none of them) (comes|came) close', '(you|your) (came|come) out (on top|ahead)', '(nobody|no one|none of them|nothing else|no one else) (does|do|did|can do|could do|offers|has) what (you|yours|your)',
  ],
};
