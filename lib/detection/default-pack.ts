import type { TriggerPack } from './types';

/**
 * The built-in trigger pack. Data, not code: the same shape reps edit, export and import.
 * Patterns use compromise match syntax: `{send}` matches any form of the verb, `(a|b)` alternatives,
 * `word?` optional, `.` any one word, `#Tag` a part of speech. Contractions match their expansions.
 * Ids are stable: they are stored in history and in reps' feedback.
 */

const MATERIAL =
  '(info|information|details|detail|material|materials|literature|brochure|brochures|deck|one-pager|overview|collateral|pdf|pdfs|whitepaper|white paper|case study|case studies|documentation|datasheet|data sheet|spec sheet|specs|stuff|something|anything|links|link|website|summary|writeup|write-up|pricing|price list|rate card|catalog|catalogue|leaflet|flyer|pamphlet|packet|info pack|more)';
const TIME =
  '(week|weeks|month|months|quarter|quarters|year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|q1|q2|q3|q4|holidays|new year|budget season|end of the year|year end|year-end)';
const BOSS =
  '(boss|manager|director|vp|ceo|cfo|cto|cio|coo|founder|partner|partners|board|committee|legal|procurement|finance|purchasing|leadership|owner|owners|head|executive|executives|exec|team|supervisor|higher-ups|higher ups|management|superiors|superior|wife|husband|principal|dean|gm|president|chair)';

export const DEFAULT_PACK: TriggerPack = {
  sets: {
    // A customer moving ahead is not brushing us off, even when they ask us to send something.
    buying_signal: [
      '{sign}', 'move (ahead|forward)', '{get} started', '{proceed}', 'purchase order', '{place} (an|the)? order',
      'go ahead', 'ready to (buy|start|sign|go|move|roll|proceed)', '(contract|invoice|order form|agreement|msa|sow|paperwork|po|payment|onboarding|w9|w-9)',
      "(want|want to|'d like to|would like to|like to) (buy|purchase|order|sign|start|move|onboard|roll out)", '#Value (seats|licenses|users|units)',
    ],
    // Ordinary meeting logistics.
    logistics: [
      '(agenda|invite|invitation|recording|calendar|dial-in|meeting link|zoom link|minutes|slides|notes) ',
      'from (today|yesterday|the call|the meeting|our call|the session|the demo|the webinar|this morning)',
    ],
    // The rep offering to send something is the rep's talk track, not the customer's brush-off.
    rep_offer: [
      '(i|we) (will|can|could|would|shall|am going to|are going to|am happy to|are happy to) (gladly|happily|also)? {send}',
      '(happy|glad) to {send}', 'let me {send}', 'i (will|can) (email|forward|shoot)', '{send} (you|you guys|y all|them|him|her)',
    ],
    // Second-person or conditional framing is the rep talking about the customer.
    rep_framing: ['if (you|they) (are|were)? not', '(you|they) (are|were) not', 'whether (you|they)', '(totally|completely|perfectly) fine'],
    resolved: ['(was|were|has been|have been|got|is now|are now) (fixed|sorted|resolved|solved|handled|taken care of)', '(sorted|fixed|resolved|solved) (it|that|this|everything) (out)?'],
  },
  triggers: [
    // ——— info_brushoff ———
    {
      id: 'info.send-material',
      category: 'info_brushoff',
      patterns: [
        `{send} (me|us|over|across|along|through|on)? (me|us|over|across|along)? (just|quickly)? (some|any|more|a|an|the|your|a bit of|a little|a few|a couple) (more|quick|short|brief|general|basic|further|additional|written|high-level|high level|product|company)? ${MATERIAL}`,
        `{send} (me|us) ${MATERIAL}`,
        `(email|mail|forward|shoot|drop|pass|fire|flip|ping) (me|us) (over|across|along)? (some|any|more|a|an|the|your|a bit of|a few)? (more|quick|short|general|basic|product|further)? ${MATERIAL}`,
        `(email|mail|forward|shoot|drop|fire|flip|ping) (some|any|more|a|an|the|your)? (more|quick|short|general|product)? ${MATERIAL} (over|across|along|through)? (to)? (me|us|my way|our way)`,
        '(email|send|forward|shoot|drop|fire) (it|that|this|something|everything|whatever you have|what you have|over what you have|over whatever you have) (over|across|along|through)? (to)? (me|us|my way|our way)',
        '(email|send|forward|shoot|drop) (it|that|this|something|everything|whatever you have|what you have) (over|across|along|through)',
      ],
      unless: ['@buying_signal', '@logistics', '@rep_offer'],
    },
    {
      id: 'info.in-writing',
      category: 'info_brushoff',
      patterns: [
        '(put|get|have|write) (it|that|this|something|everything|anything|all of that|all that|some of that|the details)? (down)? in (writing|an email|a email|email)',
        '(drop|stick|throw|pop) (it|that|this|something|everything|the details) in (an|a)? (email|mail)',
        '(something|anything) (in writing|written down|on paper)',
      ],
      unless: ['@buying_signal', '@rep_offer'],
    },
    {
      id: 'info.have-something-to-read',
      category: 'info_brushoff',
      patterns: [
        `(do|can|could) you (have|got) (a|an|any|some) (brochure|deck|one-pager|overview|literature|material|materials|pdf|whitepaper|case study|case studies|info|information|website|link|site|datasheet) (i|we|that i|that we)? (can|could)? (look at|read|review|share|pass around|circulate|check out|go through|look over)?`,
        '(something|anything) (you can|you could|i can|we can|i could|we could) (send|email|forward|share|look at|read|review|look over|pass around|circulate)',
        '(is there|do you have) (a|an)? (website|site|link|page) (i|we) (can|could) (look at|check out|read|go to|visit)',
        "(i'll|i will|we'll|we will|let me|let us) (take a look|have a look|look it over|look over it|read it|review it|go through it|check it out) (when|once|after|if) (you|it|i get|we get)",
        '(i|we) (will|can|could|would) (take a look|have a look|look it over|look at it|read through it|review it) (and)? (if|when|once)',
        '(look|looking) (it|that|this|them) over (and)? (get back|let you know|reach out|be in touch)',
      ],
      unless: ['@buying_signal', '@logistics', '@rep_offer'],
    },
    {
      id: 'info.read-up',
      category: 'info_brushoff',
      patterns: [
        '(just|simply)? (leave|send) (me|us) (a|your)? (card|contact|contact details|contact info|number|email)',
        '(i|we) (prefer|would rather|would prefer|like) to (read|review|look at) (it|things|something|stuff|material|information|the info|the information) (first|myself|on my own|in my own time)?',
        '(i|we) (will|can) (read up|do (some|my|our) (own)? (research|reading|homework))',
      ],
      unless: ['@buying_signal', '@rep_offer'],
    },

    // ——— not_interested ———
    {
      id: 'notint.not-interested',
      category: 'not_interested',
      patterns: [
        '(not|no longer|never been|not really|not at all) (really|actually|currently|at all|even|remotely|particularly)? interested',
        'interested (is not|isn\'t|not)',
        '(no|zero|little) interest',
      ],
      negatable: false,
      unless: ['@rep_framing', 'not interested in (switching|replacing) (you|your)', 'not (interested|uninterested) in (wasting|waiting)'],
    },
    {
      id: 'notint.all-set',
      category: 'not_interested',
      patterns: [
        '(we|i) (are|am) (all|pretty much all)? set (thanks|thank you|for now|on that|here|with that|over here|on our end|on our side)?',
        '(we|i) (are|am) all set',
        '(we|i) (are|am) (good|fine|okay|ok|covered|sorted) (thanks|thank you|for now|on that front|on that|here|with what we have)',
        '(we|i) (are|am) (good|fine|covered|sorted) for now',
        '(we|i) (have|got) (it|that|this|everything|all that) covered',
      ],
      unless: ['all set (for|to) (the|our|a|monday|tuesday|wednesday|thursday|friday|tomorrow|next|start|go|sign|begin|kick)', 'all set up', '(good|fine|okay|ok) to (go|proceed|start|sign)', '@buying_signal', '@rep_framing'],
    },
    {
      id: 'notint.remove-me',
      category: 'not_interested',
      patterns: [
        '(take|remove|drop|delete|strike) (me|us|my name|my email|my address|our company|our name) (off|from) (your|the|this|any) .? (list|lists|mailing list|database|distribution|emails|sequence|cadence)',
        '{unsubscribe}',
        '(stop|quit|cease) (contacting|calling|emailing|messaging|bothering|pestering|spamming|writing to|reaching out to|following up with) (me|us)',
        '(do not|please do not|don\'t|please don\'t|never) (contact|call|email|message|write to|reach out to) (me|us) (again|anymore|any more|further)',
        '(no|not) (more|further) (emails|calls|messages|follow-ups|follow ups|contact)',
      ],
      negatable: false,
    },
    {
      id: 'notint.pass',
      category: 'not_interested',
      patterns: [
        '(we|i) (will|are going to|am going to|are gonna|am gonna|have to|must|\'ll|would|need to|have decided to|\'ve decided to|decided to) (respectfully)? pass',
        '(hard|gonna|going to) pass',
        'pass (on this|on that|on it|for now|this time)',
        '(no|nope) (thanks|thank you|thankyou)',
        '(not|never) (going to|gonna) (buy|happen|work for us)',
      ],
      negatable: false,
      unless: ['@rep_framing', 'pass (it|this|that) (along|on to|to|around)', 'no thanks (needed|necessary)'],
    },
    {
      id: 'notint.not-for-us',
      category: 'not_interested',
      patterns: [
        '(is|are|was|seems) not (a|the)? (good|right|great)? (fit|match) (for)? (us|me|our)?',
        '(is|are|was) not (for|right for) (us|me|our team|our company|our business)',
        '(not|no longer) (a|an)? (priority|something we need|something we want|something we are looking for|something we are considering|something we would use|on our radar|on the radar|on our roadmap)',
        '(do not|don\'t|does not|doesn\'t|did not|never) (need|want|see a need for|see the need|have a need for|have a use for|have any use for|see any value in|see the value in|see value in) (it|this|that|your|one|anything like|any of|something like|such|more)',
        '(no|not any) (need|use|requirement|appetite|demand) (for|in) (it|this|that|your|something|such|a)',
        '(does not|doesn\'t|do not|don\'t) (make sense|apply|work) (for|to) (us|me|our)',
        '(not|no longer) (looking|shopping|in the market) (for)?',
        '(decided|chosen|choose|choosing|deciding) not to (move forward|proceed|pursue|go ahead|continue|buy|take this further)',
        '(will not|won\'t|are not|aren\'t|not) (be)? (moving|going) (forward|ahead) (with)?',
      ],
      negatable: false,
      unless: ['@rep_framing', '(is|was) not (a|the) (problem|issue)', 'not looking (forward|at|back)', '(unless|if) (you|your)', 'not looking for (a|an)? (discount|deal|contract)'],
    },

    // ——— stall ———
    {
      id: 'stall.call-later',
      category: 'stall',
      patterns: [
        `({call}|{contact}|{email}|{ping}|{try}|{ring}|{reach}|{hit}) (me|us) (back)? (up|out)? (again)? (in|next|after|later in|at the end of|early|end of|around|toward|towards) (a|an|the|a few|a couple of|a couple|few|couple of|couple|two|three|six|#Value)? ${TIME}`,
        `(reach out|touch base|check back|circle back|follow up|get back|come back|check in|revisit|reconnect|connect|talk|speak|chat|pick this up|pick it up|pick this back up|revisit this|revisit it|look at this|look at it|try again|regroup|catch up|reach back out) (again)? (with us|with me)? (in|next|after|later in|at the end of|early|end of|around|toward|towards|sometime in|once|when) (a|an|the|a few|a couple of|few|couple of|two|three|six|#Value|our|my)? .? ${TIME}`,
        `(maybe|perhaps|possibly|probably|hopefully) (next|in|after|later in|early|by) (a|the|a few|a couple of)? ${TIME}`,
        `(not|nothing) (until|before|till|til) (next|after|the end of|the new|the start of|early|late)? (the)? ${TIME}`,
        '(later|next) (this|in the) (year|quarter)',
        '(check|circle|reach|touch) back (later|another time|down the road|down the line|in a bit|some other time|at a later date)',
        '(some|another|a better|a later) (other)? (time|date|day)',
      ],
      unless: ['@buying_signal', '(start|kick off|launch|go live|begin|onboard|renew|roll out) (in|next)', '(see|meet|talk to) you (next|on|at|then)', 'next (week|month) (works|is fine|is good)'],
    },
    {
      id: 'stall.think-it-over',
      category: 'stall',
      patterns: [
        '{sleep} on (it|this|that)',
        '{think} (it|this|that|things|everything) (over|through)',
        '{think} (about|on) (it|this|that|things|everything) (a bit|some more|a little|for a while|for a bit|more|first)?',
        '(mull|chew|turn) (it|this|that|things) over',
        '(mull|mulling|chew|chewing) (on)? (it|this|that)',
        '(need|needs|want|wants|would like|\'d like|let me|let us|give me|give us|get|have|take|taking) (some|a bit of|a little|a few days|a week|more|a couple of days|a couple days|the weekend)? (time|days|weeks|a week|a day|a minute|a while|space) (to)? (think|consider|mull|digest|reflect|process|decide|weigh|chew|discuss|review|evaluate)?',
        '(let me|let us|i need to|we need to|i want to|we want to|i\'d like to|i would like to) (think|consider|reflect|process|digest)',
        '(i|we) (will|\'ll|would|should|have to|need to|must|might|may) (think|reflect|consider)',
        '(take|taking) (a|some)? (step back|beat|pause|breather)',
      ],
      unless: ['@buying_signal', '(think|thinking) (about|of) (lunch|dinner|the weekend|you|it and yes)', 'i think (so|that|we|it|you|this)', 'thanks for (thinking|taking)'],
    },
    {
      id: 'stall.get-back',
      category: 'stall',
      patterns: [
        '(we|i|they|someone) (will|\'ll|shall|can|going to|are going to|am going to) (get|come|circle) back to (you|ya|u)',
        '(we|i|they) (will|\'ll|shall) (be in touch|let you know|reach out|keep you posted|keep you in mind|keep you on file|keep your details|holler)',
        '(we|i) (will|\'ll) (keep|hold onto|hang onto) (your|the) (card|details|number|info|information|email|contact)',
        'keep (in touch|us posted|in contact)',
        "(do not|don't) call us,? we('ll| will) call you",
      ],
      unless: ['@buying_signal', 'get back to you (on|with|about) (the|your|that) (question|contract|paperwork|signed)', 'by (today|tomorrow|end of day|eod|monday|tuesday|wednesday|thursday|friday|this afternoon)'],
    },
    {
      id: 'stall.timing',
      category: 'stall',
      patterns: [
        '(now|today|this|it|the timing|timing) (is|is not|\'s not|isn\'t) (just)? not (a|the)? (good|great|right|best|ideal) (time|moment|timing)',
        'not (a|the)? (good|great|right|best|ideal) (time|moment|timing)',
        '(bad|terrible|awful|tough|busy|hectic|crazy) (time|timing|period|season|quarter|week|month)',
        '(too|really|very|super|crazy|incredibly|so|pretty) (busy|swamped|slammed|stretched|overloaded|buried|snowed under)',
        '(do not|don\'t|does not|doesn\'t) have (the)? (time|bandwidth|capacity|headspace|resources) (for this|right now|at the moment|now|this quarter|this year|to look at)?',
        '(no|zero|little) (time|bandwidth|capacity|headspace) (for|to|right now|at the moment)',
        '(on|put|putting|puts|placed) (it|this|that|everything|things|the project|the initiative|this project)? (on)? (hold|the back burner|the backburner|ice|pause|the shelf)',
        '(push|pushed|pushing|kick|kicked|kicking|punt|punted|punting|defer|deferred|deferring|delay|delayed|delaying|postpone|postponed|postponing|park|parked|parking|shelve|shelved|table|tabled) (this|it|that|things|the project|the decision|the conversation|this conversation|any decision|everything)? (back|out|off|down the road|to next|until|till|for now|a bit|a few|for a|into)',
        '(once|after|when) (the|our)? (reorg|restructure|restructuring|merger|acquisition|audit|migration|busy season|rollout|launch|dust settles|budget cycle|fiscal year|new fiscal year|hiring freeze) (is)? (done|over|finished|complete|settles|wraps up|is over|lifts|starts)?',
        '(too early|too soon|premature) (for|to)',
        '(not|no) (ready|rush) (yet|to|for)',
      ],
      unless: ['@buying_signal', '(timing|time|now) (is|works|is fine|is perfect|is great|is good|is right)', 'not too busy', 'no rush on (your|the) (end|side)'],
    },

    // ——— price ———
    {
      id: 'price.too-expensive',
      category: 'price',
      patterns: [
        'too (expensive|pricey|costly|steep|high|rich|much money|much for us|much for our|dear)',
        '(price|prices|pricing|cost|costs|quote|fee|fees|rate|rates|number|numbers|proposal|investment|licence|license|subscription|premium|premiums) (is|are|was|were|seems|seem|looks|look|feels|feel|sounds|sound|came in|comes in|coming in) (a bit|way|far|really|just|pretty|very|quite|kind of|a little|much|a lot|rather|well|significantly|too)? (too)? (high|steep|expensive|pricey|costly|much|out of reach|out of our range|more than|over|beyond|above|a lot|higher|hefty|eye-watering|outrageous|crazy|insane|ridiculous|hard to swallow|hard to justify)',
        '(expensive|pricey|costly|steep|hefty|eye-watering)',
        '(a lot|lots|too much|a fortune|an arm and a leg|serious money|big money) (of money|for us|for what it is|to spend|to pay)?',
        '(can not|cannot|can\'t|could not|couldn\'t|would not|wouldn\'t) (afford|justify|stomach|swing|stretch to|pay|spend|get that past|sell that to|get approval for) (it|that|this|the|a|an|those|these|paying|spending|spend)?',
        '(over|above|outside|out of|beyond|exceeds|exceed|exceeded|blow|blows|blew) (our|my|the) (budget|price range|range|spending limit|limit)',
        '(more|much) than (we|i) (can|could|want to|wanted to|planned|budgeted|expected|were expecting|are able to|were hoping|hoped|usually) (to)? (spend|pay|afford)?',
        '(a lot|too much|way too much|too much money) (to|for) (spend|pay|ask|charge)',
        '(price|cost|pricing|budget|money|the number) (is|are|was|would be|could be|remains|will be) (the|a|an|our|my|definitely a|a big|a real|the main|the biggest|a major|an)? (issue|problem|concern|sticking point|dealbreaker|deal-breaker|deal breaker|hurdle|obstacle|barrier|blocker|challenge|hang-up|question)',
        '(issue|problem|concern|sticking point|hang-up|hangup|hurdle|blocker|challenge|catch) (is|was|here is|for us is|remains) (the|your)? (price|cost|pricing|budget|money)',
        '(cheaper|less expensive|lower price|lower cost|better price|better deal|better rate|cheaper option|cheaper alternative|cheaper elsewhere|half the price|half the cost|fraction of the (price|cost))',
        '(discount|price match|match (their|that|the) price|knock (something|some) off|come down on (price|the price)|sharpen your pencil|best price|best you can do|wiggle room|flexibility on price|any flexibility)',
        '(sticker shock|out of our league|out of our price range|break the bank|pricing us out)',
      ],
      unless: ['(price|cost|pricing|budget|money) (is|was|are) (fine|ok|okay|good|reasonable|fair|great|not a|not an|no)', 'worth (it|every|the)', '(not|never) (too)? (expensive|about the (price|money|cost))', '(budget|funding) (is|was|has been|got) (approved|signed off|allocated|set aside|there)', '@rep_framing', 'customers (tell|say)'],
    },
    {
      id: 'price.no-budget',
      category: 'price',
      patterns: [
        '(no|zero|little|limited|tight|small|not enough|not much|frozen|shrinking|shrunk|slashed|reduced|smaller|no more|no spare|no extra|no allocated|no remaining|no discretionary) (budget|budgets|money|funds|funding|cash|spend)',
        '(budget|budgets|funds|funding|spend|spending|money) (is|are|has been|have been|was|were|got|just got|just been|is being|are being|\'s) (very|really|pretty|super|extremely)? (tight|frozen|cut|gone|spent|allocated|used up|exhausted|limited|slashed|locked|stretched|capped|on hold|squeezed|reduced|already allocated|earmarked|committed|zero|maxed out|allocated elsewhere)',
        '(do not|don\'t|does not|doesn\'t|did not|didn\'t) have (the|a|any|enough|much|spare|extra)? (budget|money|funds|funding|cash|spend) (for|to|this|left|right now|allocated)?',
        '(budget|spending|hiring|money|funding|cost) (freeze|frozen|cuts|cut|crunch|constraints|pressure|squeeze|lockdown)',
        '(out of|ran out of|run out of|running out of|used up|spent) (our|the|my)? (budget|money|funds|funding)',
        '(belt|belts) (tightening|tightened)',
        '(budget|money|funds) (is|are)? (not|n\'t) (there|available|approved) (yet|this year|this quarter|right now|for this)?',
        '(no|not) (in|within) (the|our|this year\'s|this quarter\'s) (budget|plan|spend)',
        'not in (the|our|this year|this quarter) budget',
      ],
      negatable: false,
      unless: ['(no|not a|not an|not) (problem|issue|concern|worry)', '(budget|money|funding) is (fine|approved|there|set aside|allocated for this|ready)', 'no (budget|money) (issue|issues|problem|problems|concern|concerns)', 'planning (meeting|session)', '@rep_framing'],
    },
    {
      id: 'price.roi',
      category: 'price',
      patterns: [
        '(can not|cannot|can\'t|hard to|difficult to|struggle to|struggling to|could not|couldn\'t) (see|justify|show|make) (the)? (roi|return|value|business case|case for|numbers work|the spend|the cost|the price|the investment)',
        '(roi|return|numbers|math|business case|payback) (is not|isn\'t|does not|doesn\'t|do not|don\'t|is|are) (there|clear|add up|work|stack up|obvious|convincing|make sense)',
        '(not|isn\'t|is not) worth (it|the (money|price|cost|investment|spend))',
        'what we (pay|are paying|\'re paying) (now|today|currently)',
      ],
      negatable: false,
      unless: ['(roi|return|numbers|math) (is|are) (clear|there|great|strong|obvious|solid)', '@rep_framing'],
    },

    // ——— competitor ———
    {
      id: 'comp.already-use',
      category: 'competitor',
      patterns: [
        '(already|currently) (use|using|have|has|work with|working with|got|signed with|signed up with|partner with|partnered with|rely on|relying on|invested in|run|running|run on|running on|with|on|paying for|pay for|subscribe to|subscribed to|licensed|license|contracted|deployed|rolled out|implemented|went with|go with|chose|picked|bought|purchased|standardized on|committed to|in bed with|locked in with|tied to|tied into|locked into|covered by)',
        '(we|i|our team|our company|the company|the business) (use|uses|work with|works with|rely on|relies on|partner with|run on|runs on|are with|are on|\'re with|\'re on|signed with|have been with|\'ve been with|have been using|\'ve been using|been using|been with|stick with|stay with|are sticking with|are staying with|are happy with|\'re happy with|are pretty happy with|are really happy with|are very happy with|are satisfied with|love|like) (#ProperNoun|#Organization|#Acronym|a vendor|another vendor|a provider|another provider|a partner|another partner|a competitor|your competitor|one of your competitors|someone else|somebody else|a different|an existing|our existing|our current|the current|our|a|an)? (vendor|provider|supplier|partner|solution|system|tool|platform|agency|firm|company|product|software|crm|contract|setup|set-up|incumbent|competitor|guys|team|people|folks|one)?',
        '(current|existing|incumbent|present|legacy|old) (vendor|provider|supplier|partner|solution|system|tool|platform|agency|firm|contract|setup|set-up|arrangement|software|crm|stack|partner)',
        '(happy|satisfied|pleased|content|fine|good) with (our|the|what we have|who we have|what we\'ve got|who we\'ve got|#ProperNoun|#Organization|the current|the existing|our existing|our current)',
        '(what|who) we (have|\'ve got|use|work with) (now|today|currently|already|right now|works|is fine|is working|does the job)',
      ],
      unless: ['(not|never|un) (happy|satisfied|pleased|content)', '(unhappy|frustrated|fed up|disappointed|dissatisfied|struggling) with', '(looking|want|wanting|need|needing|trying|plan|planning|hoping|ready) to (switch|replace|move|leave|change|get off|get away)', '(switched|moved|migrated) (away)? from', 'that is why (i|we) (called|reached out|contacted|are talking|wrote)', 'why (i|we) (called|reached out|contacted)', 'replace (our|the|them|it)', '@rep_framing', '(already|currently) (using|use|have) (you|your|truth serum)', 'love (you|your) (guys|team|product)', '(already|currently) (signed|have the contract|approved)', 'already (sent|booked|scheduled|shared|forwarded|talked|spoke|told|done|know|got the|have the (invite|agenda))'],
    },
    {
      id: 'comp.contract',
      category: 'competitor',
      patterns: [
        '(locked|tied|stuck|committed) (in|into|to|up in|in to) (a|an|our|the|their|this|multi-year|multiyear|long-term|long term|#Value|existing)? (year|years|multi-year|long-term|long term)? (contract|agreement|deal|subscription|licence|license|commitment|term)',
        '(contract|agreement|deal|subscription|licence|license|term) (with|runs|until|through|expires|is up|\'s up|renews|renewed|ends|doesn\'t end|does not end|does not expire|doesn\'t expire|isn\'t up|is not up|runs until|runs through|lasts|goes until|goes through|auto-renews|auto renews) (until|through|till|in|next|for|another|at)?',
        '(under|in) (a|an|another|contract|the middle of a|the middle of our) (contract|agreement)',
        '(just|recently) (renewed|signed|re-signed|extended) (with|our|a|the|for)',
        '(mid-contract|mid contract|mid-term)',
      ],
      unless: ['(send|sign|review) (me|us)? (the|your) (contract|agreement)', 'our contract with you', 'renewed with you', '@buying_signal'],
      negatable: false,
    },
    {
      id: 'comp.in-house',
      category: 'competitor',
      patterns: [
        '(built|build|building|developed|develop|developing|made|make|making|created|create|creating|wrote|write|writing|rolled|roll|rolling|coded|hacked) (our own|something|it|our|a tool|a solution|a system|one|something similar|the same thing|something like that|our own version|our own tool|our own solution)? (in-house|internally|ourselves|in house|on our own|by ourselves|of our own)',
        '(in-house|homegrown|home-grown|home grown|internal|proprietary|custom-built|custom built|bespoke) (tool|solution|system|team|platform|build|software|app|application|process|spreadsheet|version|thing|setup)',
        '(our|the) (it|dev|development|engineering|internal|ops|data) (team|department|guys|people|folks) (built|build|builds|made|handles|handle|does|do|wrote|maintains|maintain|has built|have built|is building|are building|can build|could build)',
        '(do|handle|manage|run) (it|that|this|everything|all of that|that stuff) (in-house|internally|ourselves|in house|on our own|with spreadsheets|in excel|in spreadsheets)',
        '(spreadsheet|spreadsheets|excel) (works|work|does the job|is fine|is enough|gets the job done)',
      ],
      unless: ['@rep_framing'],
    },
    {
      id: 'comp.evaluating-others',
      category: 'competitor',
      patterns: [
        '(evaluating|evaluate|looking at|look at|talking to|talking with|talk to|considering|consider|comparing|compare|speaking with|speaking to|meeting with|trialing|trialling|piloting|testing|demoing|shortlisted|shortlisting|reviewing|review|vetting|assessing|going with|go with|decided on|decide on|chose|chosen|choose|choosing|picked|pick|selected|select|went with|leaning towards|leaning toward|favoring|favouring|in talks with|getting quotes from|got quotes from|got a quote from|have a quote from|bids from) (a few|several|some|two|three|four|#Value|multiple|other|another|a different|a competing|your|a|the)? (other|different|competing)? (vendor|vendors|provider|providers|option|options|solution|solutions|company|companies|partner|partners|tool|tools|competitor|competitors|alternatives|alternative|firms|firm|agencies|agency|suppliers|supplier|platforms|platform|bids|quotes|proposals)',
        '(go|went|going|gone|headed|heading|move|moving|moved) (in|with) (another|a different|a new) (direction|vendor|provider|way|partner|solution|route)',
        '(your|a|the) (competitor|competitors|competition|rival|rivals)',
        '(another|other|different|competing) (vendor|vendors|provider|providers|company|companies|supplier|suppliers) (is|are|was|were|offered|offers|quoted|quote|does|do|can|has|have|gave|give|came in)',
        '(#ProperNoun|#Organization|they|them|those guys|the other guys|another vendor|another company) (is|are|was|were|came in|come in|quoted|offered|offers|offer|will do it|can do it|does it|do it) (cheaper|less|lower|for less|for half|at half|more affordable|a better deal|a better price|half the price)',
      ],
      unless: ['@rep_framing', '(what|which|who) (else|other)', 'no (other|competitor)', '(switched|moved) (from|away from)', 'not (talking to|looking at|considering|evaluating) (anyone|anybody|any|other)'],
    },

    // ——— authority ———
    {
      id: 'auth.run-it-by',
      category: 'authority',
      patterns: [
        `(run|bounce|check|clear|take|pass|put|float|raise|share|discuss|review|talk|go over|run through) (it|this|that|everything|things|the proposal|the idea|this idea|the numbers|the quote|this one|all of this|all this)? (by|with|past|to|through|in front of|up to|up the chain to|over with) (my|our|the|his|her|their|a) (own)? (direct)? ${BOSS}`,
        `(check|checking|talk|talking|speak|speaking|consult|consulting|confer|conferring|discuss|discussing|sync|syncing|loop|looping|touch base|touching base|circle up) (in)? (with)? (with|to) (my|our|the) ${BOSS} (first|before|about|on)?`,
        `(loop|looping|bring|bringing|get|getting) (in)? (my|our|the) ${BOSS} (in|involved|on board|onboard|into this)?`,
        `(my|our|the) ${BOSS} (has|have|needs|need|would need|will need|would have|will have|must|makes|make|decides|decide|signs|sign|approves|approve|owns|own|holds|hold|controls|control|handles|handle|gets|get) (to)? (the)? (final|last)? (say|call|decision|decide|sign off|sign-off|approve|approval|weigh in|look at|review|see|be involved|be on board|make the call|make that call|buy in|the budget|the purse strings|the signature|signature|the pen)`,
      ],
      unless: ['@rep_framing', '(my|our) (boss|manager|team|ceo|cfo|board) (loved|loves|liked|likes|approved|signed|signed off|is excited|was impressed|wants to move)', 'i (already|have already) (ran|run|checked|cleared|talked)', 'no need to (check|run|clear)', 'without (checking|running|asking)'],
    },
    {
      id: 'auth.need-approval',
      category: 'authority',
      patterns: [
        '(need|needs|require|requires|needed|required|have to get|has to get|would need|will need|must get|must have|would have to get|will have to get|got to get|gotta get|have to have|has to have) (an|the|some|formal|final|board|exec|executive|senior|management|leadership|committee|legal|procurement|finance|their|his|her|my|our)? (approval|approvals|sign-off|signoff|sign off|buy-in|buy in|green light|go-ahead|go ahead|ok|okay|blessing|authorization|authorisation|consensus|agreement|permission|signature|sign-offs)',
        '(approval|sign-off|signoff|sign off|buy-in|green light|go-ahead) (from|by|of) (my|our|the|a|an|his|her|their) (own)? (boss|manager|director|vp|ceo|cfo|cto|board|committee|legal|procurement|finance|leadership|team|exec|executive|higher-ups|head|owner|partners|management)',
        `(board|committee|procurement|legal|finance|purchasing|leadership|management|ceo|cfo|cto|cio|owner|owners|partners|exec team|executive team|steering committee|council|it|security|compliance) (has to|needs to|will need to|will have to|must|would have to|would need to|gets to|get to|have to|need to|has|have|\'ll|will) (approve|sign off|sign-off|review|weigh in|decide|vet|look at|make the call|make the decision|have the final say|get involved|see it|bless|okay|ok|greenlight|green-light|be involved|say yes)`,
        '(goes|go|has to go|needs to go|would have to go|will have to go|must go|going) (through|to|before|up to) (procurement|legal|the board|our board|committee|the committee|finance|purchasing|a committee|security review|security|compliance|vendor review|vendor management|our process|a process|an approval process|the approval process|approval)',
      ],
      unless: ['@rep_framing', '(already|have|has|got|just) (got|approved|signed off|the approval|approval)', 'no (approval|sign-off|sign off) (needed|required|necessary)', '(does not|doesn\'t|don\'t|do not) (need|require) (any|an|the)? (approval|sign-off|sign off)', '@buying_signal'],
      negatable: false,
    },
    {
      id: 'auth.not-decision-maker',
      category: 'authority',
      patterns: [
        '(is not|\'s not|isn\'t|not|wasn\'t|was not) (really)? (my|our|the|his|her) (call|decision|department|area|budget|place|choice|say|role|remit|responsibility|purview|wheelhouse|decision to make|call to make)',
        '(i am|i\'m|im|i) not (the|a|an) (final)? (decision maker|decision-maker|one who decides|one who makes|one who signs|person who decides|person who signs|right person|person to talk to|buyer|budget holder|budget owner|signatory|one making|one to make)',
        '(i|we) (do not|don\'t|can not|cannot|can\'t|am not able to|\'m not able to|am not allowed to|\'m not allowed to|have no) (make|sign|approve|authorize|authorise|commit to|sign off on|decide on|decide|say yes to|power|authority|say|sign-off)',
        '(decision|final say|final call|final decision|say|sign off|sign-off|budget|purse strings|buying decision|purchasing decision|ultimate decision) (is|rests|lies|sits|falls|stays|resides|belongs) (with|up to|on|to|above)',
        '(above|beyond|over) (my|our) (pay grade|paygrade|head|level|authority)',
        '(up to|down to|for) (my|our|the) (boss|manager|director|vp|ceo|cfo|board|committee|owner|partners|head|leadership|management) (to decide|to say|to approve|to sign|really|ultimately)?',
        '(i|we) (just|only)? (do the research|gather information|gather info|collect information|collect options|make recommendations|make a recommendation|recommend|pass it on|pass it up|pass along|report up|influence|shortlist)',
        '(not|no) (authority|authorized|authorised|empowered|allowed|able) to (sign|buy|purchase|approve|commit|decide)',
      ],
      negatable: false,
      unless: ['@rep_framing', 'not the only', '(i|we) can (sign|approve|decide|make the call)', '(who|whose) (else)? (is|would be) (involved|the decision)', '(it|this) is (not|n\'t) (my|our) (fault|problem|issue|job to)', 'not my (first|favorite|favourite|area of expertise)'],
    },

    // ——— complaint ———
    {
      id: 'complaint.unacceptable',
      category: 'complaint',
      patterns: [
        '(this|that|it|which) (is|was|has been|\'s|are|were) (completely|totally|absolutely|just|frankly|simply|utterly|quite|really|honestly|so|beyond|pretty)? (unacceptable|ridiculous|outrageous|a joke|absurd|insane|a disgrace|appalling|disgraceful|not acceptable|not okay|not ok|not good enough|shameful|pathetic|atrocious|terrible|awful|a nightmare|a disaster|a mess|a shambles|infuriating|beyond frustrating|unbelievable|inexcusable|unprofessional)',
        '(unacceptable|outrageous|appalling|disgraceful|inexcusable|atrocious)',
        '(worst|terrible|horrible|awful|lousy|pathetic|shoddy|poor|abysmal|dreadful|appalling|shocking|disgraceful|unprofessional) (service|support|experience|product|response|response time|communication|customer service|quality|onboarding|implementation|delivery|follow-through)',
        '(how many (more)? times|how long) (do|does|will|must|should|have|has) (i|we|this|it) (have to|need to|got to|gotta)?',
        '(i|we) (have|\'ve) (had|been) (it|enough|patient enough)',
        '(fed up|sick and tired|sick of|tired of|done with|at our wits end|at my wits end|at the end of my rope|running out of patience|out of patience|lost patience|losing patience)',
        '(very|really|extremely|incredibly|deeply|seriously|so|quite|pretty|beyond|absolutely|completely) (frustrated|frustrating|angry|upset|disappointed|annoyed|furious|livid|unhappy|irritated|fed up|dissatisfied|let down|concerned)',
        '(frustrated|furious|livid|disappointed|dissatisfied|let down|infuriated|fuming|outraged) (with|by|about|that|at)',
        '(not|not at all|far from) (happy|pleased|satisfied|impressed) (with|about|at all|by) (the|your|this|how|what)',
      ],
      negatable: false,
      unless: ['@resolved', '(current|existing|old|previous|other) (vendor|provider|supplier|system|tool|partner|agency|company)', 'why (i|we) (called|reached out|contacted|are talking)', '(that|this) (is|was) (why|the reason)', '@rep_framing', '(not|never) (unacceptable|a problem)'],
    },
    {
      id: 'complaint.escalate',
      category: 'complaint',
      patterns: [
        '(speak|talk|talking|speaking) (to|with) (your|a|the|someone|somebody) (manager|supervisor|boss|superior|senior|someone senior|someone in charge|somebody in charge|head|director|account manager|exec|executive|vp|ceo|higher up|higher-up)',
        '(want|need|demand|expect|like|\'d like|would like|ask) (to speak|to talk|to see|a call|a meeting|someone|somebody|an escalation|escalation) (with|to)? (your|a|the|someone|somebody)? (manager|supervisor|boss|senior|in charge|head|director|ceo|vp|higher up)',
        '{escalate}',
        '(escalation|escalating|escalated)',
        '(file|filing|filed|make|making|raise|raising|lodge|lodging) (a|an|formal)? (complaint|grievance|claim|dispute|chargeback)',
        '(lawyer|lawyers|attorney|attorneys|legal action|sue|suing|lawsuit|small claims|breach of contract|legal team involved|get legal involved)',
        '(leave|leaving|write|writing|post|posting) (a|an)? (bad|negative|one-star|one star|scathing) (review|reviews|rating)',
      ],
      negatable: false,
      unless: ['@rep_framing', '@resolved', 'escalation (path|process|matrix|contact|procedure|policy) (is|for|doc|document)?', '(no|without) (need to)? escalat'],
    },
    {
      id: 'complaint.cancel',
      category: 'complaint',
      patterns: [
        '(cancel|cancelling|canceling|cancelled|canceled|terminate|terminating|end|ending|close|closing|not renew|not renewing|won\'t renew|will not renew|do not renew|don\'t renew|pull|pulling|drop|dropping|discontinue|discontinuing|quit|quitting|leave|leaving|exit|exiting|get out of|break|breaking) (our|my|the|this|your) (contract|subscription|account|service|services|agreement|membership|plan|licence|license|order|renewal|partnership|relationship|deal)',
        '(take|taking|move|moving|bring|bringing|pull|pulling) (our|my|the) (business|account|money|budget|spend) (elsewhere|somewhere else|to someone else|to another|to a competitor|away)',
        '(looking|look|considering|consider|explore|exploring|evaluate|evaluating|start|starting) (at)? (other|alternative|different) (options|vendors|providers|solutions|suppliers|partners|companies) (if|unless|because|since|after)',
        '(if|unless) (this|it|that|things|the issue|the problem|this issue|this problem|the service|service) (is not|isn\'t|does not|doesn\'t|do not|don\'t|is|gets|get|can not|cannot|can\'t|will not|won\'t) (fixed|resolved|sorted|improve|improved|change|changed|get fixed|get resolved|get sorted|get better|gets better|turn around) .? .? (we|i)? (will|\'ll|are|\'re|am|going to|are going to|have to|may|might)? (cancel|leave|walk|switch|move|go|terminate|look elsewhere|pull|take|end|reconsider|be leaving|be cancelling|be canceling|be switching)?',
        '(walk|walking|walked) away (from)? (this|the|our|it|you)?',
        '(walk|walking) from (this|the|our) (contract|deal|relationship|partnership)',
        '(last|final) (straw|chance|warning)',
        '(we are|we\'re|i am|i\'m|we will be|we\'ll be|i will be|i\'ll be) (cancelling|canceling|leaving|done|switching|moving on|out|terminating|pulling out|walking away|going elsewhere)',
      ],
      negatable: false,
      unless: ['@rep_framing', '@resolved', '(cancel|move|reschedule) (the|our|this|tomorrow|today)? (meeting|call|demo|appointment|session)', '(not|never) (cancel|leaving|switching|going anywhere)', 'no plans to'],
    },
    {
      id: 'complaint.broken-again',
      category: 'complaint',
      patterns: [
        '(#Value|first|second|third|fourth|fifth|sixth|nth|umpteenth|another|same) time (this|that|it|we|i|in|the|our) (has|have|is|\'s|was|happened|happens|broke|broken|crashed|failed|gone|went|week|month|day|year|row)?',
        '(keeps|kept|keep|continue|continues|continued|constantly|always|repeatedly) (breaking|crashing|failing|happening|going down|dropping|freezing|timing out|erroring|losing|messing up|screwing up|getting worse|not working|breaking down)',
        '(still|again|yet again|once again|keeps being|is still) (broken|down|not working|failing|crashing|wrong|missing|late|delayed|an issue|a problem|unresolved|not fixed|not resolved)',
        '(is|are|was|were|has been|have been|went|goes) (broken|down|offline) (again|for days|for hours|all week|all day|since|repeatedly)',
        '(nobody|no one|noone|no-one|nobody has|no one has) (has)? (gotten|got|called|responded|replied|gets|get|answered|answers|returned|fixed|helped|bothered|followed up|come back|came back)',
        '(waiting|waited|been waiting|still waiting|have waited|have been waiting) (for)? (over|more than|nearly|almost|about)? (#Value|a|an|two|three|four|five|several|many|weeks|days|hours|months|ages|forever) (days|weeks|hours|months|ages|forever)?',
        '(you|your team|your company|your people|your support|your product|your software|your system|your update|your last update|your release|your guys) (broke|broken|messed up|screwed up|ruined|lost|deleted|failed|dropped the ball|missed|overcharged|double charged|double-charged|charged us twice|keep|keeps|never|did not|didn\'t|have not|haven\'t|promised)',
        '(missed|broke|broken|blown|blew) (the|your|our|another|every)? (deadline|deadlines|promise|promises|sla|slas|commitment|commitments|delivery date|go-live|launch date)',
        '(lost|losing|lose) (our|my|all)? (trust|confidence|faith|patience)',
        '(cost|costing|costs|lost|losing) (us|me) (money|customers|clients|revenue|sales|business|a client|a customer|a fortune|thousands|hours|days)',
        '(waste|wasted|wasting) (of)? (our|my) (time|money)',
        '(refund|refunds|money back|compensation|credit back|service credit|reimburse|reimbursement|chargeback)',
        '(overcharged|over-charged|double charged|double-charged|billed twice|charged twice|wrong invoice|incorrect invoice|billing error|billing mistake)',
        '(customers|clients|users|patients|students|staff|team|people) (are|have been|keep|were) (complaining|furious|angry|upset|screaming|calling)',
      ],
      negatable: false,
      unless: ['@resolved', '@rep_framing', 'first time (buyer|user|customer|caller)', '(nice|great|good|lovely) to', 'no refund (needed|necessary)', 'for the first time', 'time (zone|slot|frame)'],
    },

    // ——— skepticism ———
    {
      id: 'skeptic.too-good',
      category: 'skepticism',
      patterns: [
        'too good to be true',
        '(sounds|seems|feels|looks|sound|seem|is|that is|that\'s|it\'s|reads) (a bit|a little|kind of|kinda|pretty|rather|very|a tad|awfully|suspiciously|way)? (too good|fishy|suspicious|made up|made-up|unrealistic|inflated|exaggerated|far-fetched|far fetched|hard to believe|optimistic|overblown|overhyped|over-hyped|overstated|too rosy|rosy|like marketing|like a sales pitch|like hype|like fluff|like spin|like snake oil|like a stretch|like a lot of hype|like a big claim|like bs|like bull|salesy|sketchy|dubious|iffy|questionable|a stretch|like magic)',
        '(hard|difficult|tough) to (believe|buy|swallow)',
        '(i|we) (find it|find that|find this) (hard|difficult) to (believe|buy|swallow)',
        '(skeptical|sceptical|skeptic|sceptic|doubtful|dubious|unconvinced|leery|wary|cynical|suspicious|not convinced|not sold|not buying it|not buying that|not buying this)',
        '(yeah|sure) right',
      ],
      negatable: false,
      unless: ['@rep_framing', '(was|were|i was|we were) (skeptical|sceptical|doubtful|unconvinced) (at first|initially|before|but)', 'no longer (skeptical|sceptical|doubtful)', '(but|now) (i am|i\'m|we are|we\'re) (convinced|sold|believers)', 'not (suspicious|sketchy)'],
    },
    {
      id: 'skeptic.heard-before',
      category: 'skepticism',
      patterns: [
        '(every|all the|each|any|all|every other|every single|all you|you all|you guys all|you people|your kind of|most) (other)? (vendor|vendors|company|companies|salesperson|salespeople|sales rep|sales reps|rep|reps|provider|providers|one of you|seller|sellers|agency|agencies|consultant|consultants|startup|startups|tool|tools|platform|platforms) (says|say|claims|claim|tells|tell|promises|promise|told|promised|said|claimed|swear|swears|pitches|pitch)',
        '(heard|hear|hearing) (that|this|it|the same|the same thing|the same pitch|that line|that one|those claims|those promises|that promise|that pitch|that story) (before|a thousand times|a million times|many times|from everyone|from everybody|from every|so many times|a hundred times|too many times|plenty of times|from the last|all the time)',
        '(believe|believe it|believe that) when (i|we) see (it|that)',
        '(i|we) (will|\'ll) believe (it|that)',
        '(prove|proving) (it|that|this|those|these|your)',
        '(show|send|give) (me|us) (the)? (proof|evidence|data|receipts|numbers behind|real numbers|hard numbers|references|a reference|case studies that|real data)',
        '(what|where) (is|\'s|are) (the)? (proof|evidence|data behind|data to back|source)',
        '(any|some|real|hard|actual) (proof|evidence|data|references) (of|for|that|to back|behind)?',
        '(not|never) (sure|convinced) (that|this|it|those|these|your|the)? (is|are|will|would|really|actually)? (true|real|accurate|work|works|add up|adds up|deliver|hold up|holds up|stack up|possible)',
        '(i|we) (doubt|question|do not believe|don\'t believe|don\'t buy|do not buy|don\'t trust|do not trust) (that|it|this|those|the|your|these|any|a)',
        '(numbers|figures|stats|statistics|claims|results|roi|projections|promises|benchmarks|savings|estimates|testimonials|reviews|case studies) (seem|look|sound|are|feel|seems|looks|sounds|feels|were) (a bit|a little|kind of|pretty|very|too|rather)? (inflated|made up|made-up|unrealistic|too high|cherry-picked|cherry picked|off|fishy|optimistic|generous|rosy|good to be true|exaggerated|fake|suspicious|too good|hard to believe|hand-picked|massaged)',
        '(where|how) did you (get|come up with|calculate|arrive at|find) (that|those|these|this) (number|numbers|figure|figures|stat|stats|statistics|data|claim|claims)?',
        '(marketing|sales) (fluff|speak|hype|talk|pitch|spin|nonsense|bs|copy|buzzwords|jargon)',
        '(buzzwords|snake oil|smoke and mirrors|vaporware|hype)',
        '(we|i) have been (burned|burnt|burned before|let down|promised that) (before|by)?',
        '(been|got) (burned|burnt) (before|by|too many times|in the past)',
        '(what|who) (says|said) (so|that)',
        '(does|will|would|can) (it|this|that) (really|actually) (work|do that|deliver|save)',
        '(really|actually) (work|works|deliver|delivers)\\?',
      ],
      negatable: false,
      unless: ['@rep_framing', '@buying_signal', '(no|without) (doubt|question)', 'i (have|\'ve) (no|zero) (doubt|doubts)', '(great|love|loved) (the)? (proof|case studies|data)', 'hear (from|back|you|about the)', 'heard (good|great|amazing|wonderful) things'],
    },

    // ——— rep coaching: the rep's own words caving in ———
    {
      id: 'rep.caves-info',
      category: 'info_brushoff',
      speakers: 'rep',
      patterns: [
        `(sure|of course|absolutely|happy to|no problem|will do|certainly|definitely|ok|okay|no worries)? (i|we) (will|\'ll|can|would be happy to|\'d be happy to|am happy to|\'m happy to|are happy to|\'re happy to) (send|email|forward|shoot|drop|pass along|get) (you|over|along|across)? (you|over)? (some|a|an|the|our|my|more|a few)? (more)? ${MATERIAL}`,
        `(here is|here are|here\'s|attached is|attached are|i\'ve attached|i have attached|please find attached|attaching) (some|a|an|the|our|my|more)? (more)? ${MATERIAL}`,
      ],
      unless: ['@logistics', '@buying_signal'],
      note: 'The rep is about to cave in to an info brush-off; coach a question instead.',
    },
    {
      id: 'rep.caves-price',
      category: 'price',
      speakers: 'rep',
      patterns: [
        '(i|we) (can|could|will|\'ll|would|are happy to|\'re happy to|am happy to) (give|offer|do|knock|take|throw in|drop|discount|lower|cut|reduce|match) (you|the price|our price|it|a|an|#Value|some|that)? (a|an|#Value)? (discount|off|percent|%|lower|cheaper|for less|price|down|free)',
        '(special|best|extra|additional|exclusive|one-time|limited) (discount|deal|price|offer)',
      ],
      note: 'Discounting before understanding the objection.',
    },
    {
      id: 'rep.caves-stall',
      category: 'stall',
      speakers: 'rep',
      patterns: [
        '(no worries|no problem|totally understand|i understand|of course|sure|understood|makes sense)? (i|we) (will|\'ll) (check back|circle back|follow up|reach out|touch base|try you|call you|ping you) (again)? (in|next|after|later in|at the end of) (a|the|a few|a couple of)? ' + TIME,
      ],
      note: 'Accepting the stall without asking what would change by then.',
    },
  ],
};
