import type { CategoryPack } from './category-pack';
import { TIME } from './vocabulary';

// "Not on our radar at present" / "not on the roadmap yet" is timing.
const RADAR_FOR_NOW = ['(at present|at the moment|right now|currently|for now|just now|at this time|for the time being) .{0,3} (not|n\'t) (really)? (on our radar|on the radar|on my radar|on our roadmap|on the roadmap)', '(not|n\'t) (really)? (on our radar|on the radar|on my radar|on our roadmap|on the roadmap) (at present|at the moment|right now|currently|for now|yet|just now|at this time|for the time being|until|till|before)', `(not|n't) (really)? (on our roadmap|on the roadmap|in our plans|in the plan|in the budget) (for|for this|for next|in) (the)? (rest of the)? ${TIME}`];

export const NOT_INTERESTED: CategoryPack = {
  category: 'not_interested',
  // A rejection that hangs on the price is the price objection itself.
  // "Otherwise it's a no" after a request (a discount, a date) is an ultimatum on that request, not a flat no.
  unless: ['^(otherwise|or else|if not)',
    // "Not moving forward until legal signs off" waits on someone: a stall or sign-off, not a no.
    '(until|till|before|unless) (legal|finance|procurement|the board|compliance|security|it|my boss|the boss|the cfo|the ceo|our lawyers|the lawyers|our cfo|our ceo|the directors|my manager|head office) (sign|signs|has signed|have signed|approve|approves|have approved|has approved|review|reviews|has reviewed|okays|clears|has cleared|agrees|agree|gives)', '(going ahead|renewing|proceeding|buying|signing|take it|sign) .{0,2} either way', 'either way (we are|we\'re|we will|we\'ll|i will|i\'ll) (going ahead|renewing|proceeding|buying|signing|take|go ahead|sign)', '(know|deal|pressure|fine|dealbreaker|deal-breaker|matter|problem|worries|bother|happy|okay|ok|difference|fussed|bothered|care|mind|preference|opinion|view) either way', '(but|though) (the|our) .{0,3} (team|office|staff|department|site|branch) (need|needs|want|wants|would|will)', 'leave it (there|at that)? (for today|for now|until|till|and pick|and come back)', '(pick|picking) (it|this|that) (back)? up',
    // "We'd never use anything else", "don't want it to break again", "not for me to say", "don't need it until spring".
    'never (use|need|buy|want|go for|consider|go back to) (anything else|anyone else|anything other|another|any other|the old)', '(want|need) (it|this|that|one|them) to (be|break|happen|go|slip|fail|stop|get|take|cost)', '(need|needing|want|wanting|use|using) more than', 'not (really|just)? for (us|me) to (decide|say|judge|sign|approve|choose)',
    `(until|till|before) (next|the|after|we|our|then|at least|mid|early|late)? ${TIME}`, 'pass on (this|that|the) (slot|time|date|day|invite|invitation|time slot|session|webinar|event|dinner|lunch|drinks|conference|workshop|training|meeting time)', '(can\'t|cannot|can not|couldn\'t) (do|make) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|that day|that time|tomorrow|today|the|#Value)', 'pass on (this|that) (message|information|info|feedback|note|email|news|request|detail|details)', '(date|dates|time|times|slot|slots|day|days|week|weeks|schedule|timing|venue|location|room|time slot) (is|are|was|were|seems|seem) (just)? not (a|the)? (good|great|right)? (fit|match)', 'not (a|the)? (good|right|great|ideal)? (fit|match|right) for (you|your)',
    // Talk about what a no means or how it usually goes is coaching, not a customer's no.
    '(way of saying|way to say|code for|euphemism for|translates to|short for|means|meaning) .{0,2} (i am|i\'m|we are|we\'re|not|no)', '(end|ends|ended|ending|result|results|resulted) (up)? (with|in) (no|zero|little) interest', '(when|whenever) (i am|i\'m|we are|we\'re|people are|someone is|a customer is|customers are|a prospect is|prospects are|they are|they\'re) (not|no longer) interested', '(not|n\'t) (looking|shopping|in the market) for .{1,4} (we|i) (just|really|only)? (want|need|are after|am after|would like|\'d like|prefer)',
    // Saying no to another vendor, or the other vendor not caring, is a step towards us.
    '(with|on|to|against) (the|our|that|their)? (other|old|current|existing|previous|incumbent|another|rival) (vendor|supplier|provider|offer|quote|option|company|firm|agency|tool|system|platform|one|bid|proposal)',
    '(the|our|that|their) (old|other|previous|last|current|existing|former) (vendor|supplier|provider|company|firm|agency|rep|guys|lot|team) .{0,3} (was not|wasn\'t|were not|weren\'t|is not|isn\'t|are not|aren\'t|never) (really)? (interested|bothered|keen)',
    '(nobody|no one|noone|never|didn\'t|did not|don\'t|do not) (said|say|says|claimed|suggested|mean|meant) (that)? (we|i|we are|we\'re|i\'m|i am) .{0,2} (not|aren\'t|don\'t)',
    // Someone else's no relayed to them ("thanks for letting us know you're no longer interested", "we will not be progressing
    // your application"), a notice that they were unsubscribed, or an old way of working that our tool replaced, is no rejection of us.
    '(letting (me|us) know|to hear|you said|you told (me|us)|you mentioned|you\'ve said|you have said) (that)? (you are|you\'re|youre|you were|you have|you\'ve)', '(progressing|progress|proceed|proceeding|move forward|moving forward|go ahead|going ahead|take forward|taking forward|continue|continuing) (with)? (your|the|this|his|her|their) (application|candidacy|candidature|submission|claim|cv|resume|nomination|entry|interview|profile)', '(thank you|thanks) (so much|very much)? for (interviewing|applying|attending the interview|your application|applying for|your interest in the (role|position|vacancy|post|job))',
    '(you have|you\'ve|you) (now)? (been|now been) (successfully)? (unsubscribed|removed|opted out)', '(you will|you\'ll) (still|continue to) (receive|get)',
    '(cos|cause|because|since|as|now that|now) (your|the new|you guys|you) (tool|product|platform|system|software|app)? (does|do|handles|handle|covers|cover|automates|automate|took|takes|take|replaced|replaces) (it|that|this|them|everything|all)',
    // "Is the team not interested in the add-on?" asks; it does not answer.
    '^(is|are|was|were|isn\'t|aren\'t|wasn\'t|weren\'t) (the|your|he|she|they|you|anyone|everyone|he\'s|she\'s) .{0,3} (not)? interested', '@why_we_called', '(i\'m|i am|just|only|jk|haha|lol) (kidding|joking)',
    // "I'm not saying we don't want it", "it's not that she isn't interested": the speaker denies the no.
    '(not|never) (saying|suggesting|implying) (that)? .{0,4} (not|never|isn\'t|aren\'t|won\'t)', '(it is|it\'s|its) not (that|like) .{0,5} (not|never|isn\'t|aren\'t|won\'t|no)',
    // Our own happy customer: "not in the market for anything else, your platform covers everything we need".
    '(your|you) (platform|product|tool|system|software|service|team|app|solution|guys|plan)? (covers|cover|does|do|gives|give|handles|handle|has|have|ticks) (everything|all|every box|all the boxes) (we|i)? (need|want|needed|wanted|asked for)?',
    '(the|our|my) (old|current|previous|existing|last|former) (system|tool|provider|vendor|supplier|platform|software|one|setup|agency|crm) .{0,3} (was not|is not|isn\'t|wasn\'t) (really)? (for|right for) (us|me)', '(no|not) (brainer|-brainer)', '(not|n\'t) (really)? for (us|me) .{0,2} (it is|it\'s|its|they are|they\'re|that\'s|that is|but) (really|actually|meant)? for (the|my|our|your|a|another|them|him|her|next door)',
    // Choosing one plan over another: "going annual rather than monthly, no interest in switching back" is buying.
    '(decided|chosen|opted|going|gone|go|went|picked|pick|sticking|stick) (to go|to stick)? (for|with)? (the)? (annual|yearly|monthly|quarterly|multi-year|upfront|up-front|pro|premium|enterprise|standard|basic|starter|bigger|larger|smaller|full) (plan|tier|package|billing|option|contract|licence|license)? (rather than|instead of|over|not)', 'no (thanks|thank you)? (on|to|for) (the|that|this|those|these|your|any) (extra|extended|add-on|addon|additional|optional|premium|upsell|bolt-on|warranty|insurance|module|modules|add-ons|upgrade|extras|support package)', '(price|pricing|cost|costs|fees|discount|budget|number|numbers|flexibility|flexible|movement|budge|better price|better deal) .{0,8} otherwise', '(not|n\'t) interested in (the|any|your)? (add-ons|add ons|addons|add-on|extras|extra modules|upsells|premium)', 'at (that|this|those|these) (per seat|per user|per head|per licence|per license|monthly|annual|yearly)? (price|prices|price point|cost|rate|rates)', '(unless|if) .{0,5} (price|pricing|cost|costs|discount|budget|flexibility)',
    // A no that has already turned ("not interested at first, but the demo changed my mind") or is about one tier only.
    '(at first|initially|originally|to begin with|at the start)', '(changed|change|changing) (my|our|his|her|their) (mind|minds)', '(i|we|they|he|she) used to (say|be|think|tell|feel|reply)',
    '(for|with|in) (the|your|a) (basic|starter|premium|enterprise|pro|team|top|entry|cheapest|biggest|lite|standard|advanced|higher|lower|bigger|smaller) (tier|plan|package|version|edition|bundle|level)',
    '(tier|plan|package|edition|bundle) (is|are) not (really|quite)? (right|a fit|a good fit|suitable)',
    // "The cost per user doesn't make sense for us": the money is the objection, not the product.
    '(cost|costs|price|prices|priced|pricing|numbers|figures|budget|maths|math|fee|fees|rate|rates|quote|roi|spend|per user|per seat|per month|per head|per licence|per license|currency|exchange rate) .{0,4} (doesn\'t|does not|don\'t|do not|isn\'t|is not|not) (make sense|work|add up|stack up)'],
  triggers: [
    {
      id: 'notint.not-interested',
      category: 'not_interested',
      patterns: [
        '(not|no longer|never been|not really|not at all) (really|actually|currently|at all|even|remotely|particularly)? interested',
        'interested (is not|isn\'t|not)',
        // A bare "no interest" can be the other departments' or a loan's: the customer's own says where.
        '(no|zero|little) interest$', '(no|zero|little) (real)? interest (in|here|at the moment|right now|at all|thanks|thank you|whatsoever|for now|from us|from me|on our side|on our end)', '(have|has|got|there is|there\'s) (no|zero|little) (real)? interest',
        '(doesn\'t|does not|don\'t|do not) (really)? (interest|appeal to) (me|us|the team|the business|anyone here)', '(not|nothing) of (any)? interest (to|for) (me|us)',
        '(no|zero|little|not much|not any) (real)? appetite (here|at the moment|right now|for now)', '(no|zero|little|not much|not any) (real)? appetite (here)? for (another|any|more|new|this|it|that|your|a new|this kind|such)', '(no|zero|little|not much|not any) (real)? appetite$',
        // "Not keen" said flat, or about the offer itself; "not keen on a call" or "on the price" is another moment.
        '(not|n\'t) (really|too|very|overly|that|terribly|massively|particularly|super)? (keen|fussed|bothered) (at all|either|honestly|to be honest|thanks|thank you|mate|sorry|full stop|period|end of story)',
        '(not|n\'t) (really|too|very|overly|that|terribly|massively|particularly|super)? keen (on|about) (proceeding|going ahead|moving forward|taking it further|taking this further|taking it forward|continuing|pursuing it|pursuing this|buying|signing up|going any further)',
        '(don\'t|do not|doesn\'t|does not) (really)? have (any|much|the|an) (real)? (appetite|interest|need|use) (for|in) (this|it|that|another|any|more|new|a new|such|your|something)',
        '(not|no longer) (looking at|looking to|planning to|planning on|thinking of|thinking about|considering) (changing|switching|replacing|moving) (anything|things|supplier|suppliers|provider|providers|vendor|vendors|systems|system|tools|platform|platforms)$',
        '(decided|chosen|opted|going|gone|went|go) (to go)? (in)? (a|another) different (direction|route)$',
        '(not|n\'t) (really|too|very|overly|that|terribly|massively|particularly|super)? keen (on)? (it|this|that|the idea|your offer|the offer|the whole thing)? (so)?$',
      ],
      negatable: false,
      unless: ["not interested in (the|a|your) .{0,2} (tier|plan|package|version|edition|option|add-on|module|bundle)", '(not|n\'t) interested in (cheaper|the cheapest|discounts|a discount|saving a few)', 'not not interested', '@rep_framing', 'not interested in (football|sport|sports|soccer|cricket|rugby|golf|tennis|f1|formula one|politics|gossip|reality tv|the match|the game|celebrity|celebrities|fashion|cars|gaming|video games|horse racing|the royals|the cup)', 'not interested in (the|any|all the|all those)? (cutting corners|compromising|skimping|shortcuts|gimmicks|bells and whistles|buzzwords|hype|a quick fix|fancy|flashy)', '(i|we) (only|just|really|mostly)? (care|care more|care most) about', 'not interested in (hearing|excuses|apologies|another apology|promises|explanations|sorry|blame)', '(no|zero|little) interest in (going back|returning|keeping|staying|sticking|continuing with|renewing with|using them|using that|using the old)', '(no|zero|little|0%|any|low) interest (charge|charges|charged|rate|rates|free|finance|financing|payment|payments|fee|fees|period|option|plan)', 'keen on (the|a|this|that) (price|cost|call|meeting|demo|contract|terms|timing)', 'not interested in (switching|replacing|moving|changing|going) (away)? (from|off)? (you|your)',
        // Not interested in one thing, then what they do want; or a no reported as said to someone else.
        'not interested in .{1,5} (i|we|they|he|she) (just|only|really|actually)? (want|need|care about|are after|am after|would like|would sign|\'d sign|would take|\'d take|would go for|\'d go for|prefer)', 'not interested in (a|any|the)? (long|longer|long-term|lengthy|multi-year|multiyear|annual|yearly|#Value-year|#Value year|#Value) .{0,1} (term|terms|contract|contracts|commitment|commitments|lock-in|tie-in|deal|deals)', '(is|\'s) what (we|i) (would|\'d|will|\'ll) (sign|take|buy|go for|accept|prefer|want)', 'not interested in .{1,5} just (show|tell|give|send) (me|us)', 'not interested in (anything|anyone|anybody|much|talking|work|doing anything) (before|until|till|without|after)',
        '(told|tell|telling|said to|say to|keep telling) (him|her|them|the|that|this|their|those|these) .{0,4} not interested', 'not (interested|uninterested) in (wasting|waiting)'],
    },
    {
      id: 'notint.all-set',
      category: 'not_interested',
      // "No, no, we're good" is the brush-off itself, not a negation of it.
      negatable: false,
      patterns: [
        "(we|i) (are|am) (right|alright|all right|sweet|grand|good|fine|sorted|covered|ok|okay) (thanks|thank you|cheers|ta|mate|thanks mate|for now)",
        '(we|i) (are|am) (all|pretty much all)? set (thanks|thank you|for now|on that|here|with that|over here|on our end|on our side)', '(we|i) (are|am) (all|pretty much all)? set$',
        '(we|i) (are|am) all set',
        '(we|i) (are|am) (good|fine|okay|ok|covered|sorted) (thanks|thank you|for now|on that front|on that|here|with what we have|no need|we do not need anything|do not need anything|we do not need it|do not need it|we are not interested)',
        // Terse answers: "nah were sorted", "no im good cheers".
        '^(nah|no|nope|naa|nah mate) (we|were|i|im|we are|i am) (are|am)? (all)? (good|sorted|fine|covered|set|right|okay|ok|alright)$', '^(nah|no|nope|naa) (we|were|i|im|we are|i am) (are|am)? (all)? (good|sorted|fine|covered|set|right|okay|ok|alright) (thanks|thank you|cheers|ta|mate|thanks mate|for now|honestly|really|no need)',
        '(we|i) (are|am) (all)? (sorted|covered|set|good) for .{1,3} (do not|dont) (really)? need (anything|any|it|one|more|another)',
        '(we|i) (are|am) (good|fine|covered|sorted) for now',
        '(we|i) (have|got) (it|that|this|everything|all that) covered',
      ],
      // A thank-you for a fix, or a happy customer's news, ends a support chat, not a sales one.
      unless: ['@small_talk', 'set (for|to) (lunch|dinner|breakfast|coffee|drinks|launch|go-live|go live|the|our|a|an|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|today|tonight|this|kick-off|kickoff|training|start|day one|#Value)', 'on (seats|licences|licenses|users|capacity|storage|numbers|headcount)', '(we will|we\'ll|we\'d|we would) (add|need|buy|want) more', '(thanks|thank you|cheers) to (your|the|you|our)', '(thanks|thank you|cheers) for (fixing|sorting|resolving|the fix|the help|helping|your help|the training|the quick|getting that|getting it|looking into)', '(how are you|how about you|and you|and yourself|how is it going|how\'s it going|how have you been|how are things)',
        '(the|your) (training|session|invoice|payment|onboarding|setup|set-up|install|installation|support|fix|login|delivery|webinar|workshop|rollout|roll-out) (was|is|has been|went|arrived|came|looks) (great|brilliant|excellent|really good|fantastic|helpful|perfect|spot on|paid|sorted|fixed|working|well|fine|through)', 'all set with the (paperwork|contract|forms|docs|signatures|setup|set-up|account|order)', 'when (do|can|shall|will) we (start|begin|kick off|get going|go live)', 'all set (for|to) (the|our|a|monday|tuesday|wednesday|thursday|friday|tomorrow|next|start|go|sign|begin|kick)', 'all set up', '(good|fine|okay|ok) to (go|proceed|start|sign)', '@buying_signal', '@rep_framing',
        // "All set on our end, the connector's live": ready, not a brush-off.
        '(is|\'s|are|\'re|is now|are now|has gone|have gone|went|now) (live|up and running|connected|integrated|flowing|syncing|switched on|turned on|activated|provisioned)', '(over to|waiting on|waiting for|ball is in) (you|your)'],
    },
    {
      id: 'notint.remove-me',
      category: 'not_interested',
      patterns: [
        "(do not|don't|please do not|please don't|kindly do not|kindly don't|never) (call|contact|email|message|ring|phone) (again|anymore|any more|this number)",
        "(cross|scratch|strike|take|knock|tick) (me|us|our name|my name|our company) (off) (your|the|this)? .? (list|lists|books|database|sheet)",
        '(stop|quit) (calling|ringing|emailing|texting) (this|my|our) (number|line|phone|address)',
        '(do not|do-not|don\'t) call list',

        '(do not|don\'t|please don\'t|please do not) send (anything|me anything|us anything|any more|anymore|more) (further|else|more|again)?',
        '(remove|delete|take) (our|my) (number|details|email|name|contact details)',
        '(do not|don\'t) want (these|your|any more|any|more)? (calls|emails|messages|contact|follow-ups|follow ups|followups|chasers|chasing|reminders)',
        '(rather|prefer it if|prefer) (you|if you) (didn\'t|did not|don\'t|do not|not|stopped) (ring|call|phone|email|contact|chase|message|follow up|write) (me|us)? (again|anymore|any more|at all|back|this number)',
        '(no need|don\'t bother|do not bother|please don\'t bother) (to)? (ring|call|phone|email|chase|chasing|following up|follow up|calling|ringing|emailing) (again|anymore|any more)',
        '(don\'t|do not|please don\'t|please do not) (put|add|sign|enrol|enroll|subscribe) (me|us|my name|our name) (in|on|into|to|up for|down for) (a|the|your|any)? .{0,2} (sequence|cadence|list|mailing list|newsletter|survey|drip|campaign|follow-up|follow-ups|site survey|visit)',

        '(take|remove|drop|delete|strike) (me|us|my name|my email|my address|our company|our name|this address|this email|this email address|this number|my number) (off|from) (your|the|this|any|ur|yr|whatever|every|all) .{0,2} (list|lists|mailing|mailer|mailing list|newsletter|database|distribution|emails|sequence|cadence)',
        '{unsubscribe}', '{opt} (me|us)? out', 'lose (my|our) (number|details|email|address)',
        '(stop|quit|cease) sending (me|us) (these|your|any more|more|the)? (emails|messages|texts|mailers|newsletters|brochures|promotions|offers)',
        '(stop|stopped|quit|cease|ceased) (contacting|calling|emailing|messaging|bothering|pestering|spamming|writing to|reaching out to|following up with|chasing) (me|us)',
        '(no need|there is no need|no need for you|you don\'t need|you do not need) to (follow up|chase|keep following up|keep chasing)',
        '(do not|please do not|don\'t|please don\'t|never) (contact|call|email|message|write to|reach out to) (me|us) (again|anymore|any more|further)',
        '(no|not) (more|further) (emails|calls|messages|follow-ups|follow ups|contact)', '(please|so please|kindly|and please) (don\'t|do not) (chase|follow up|keep chasing|chase me|chase us) (on this|again|thanks|thank you)?$',
        // Left alone for good: "leave us alone", "don't want to be contacted again", "take us off your pipeline".
        '(leave|let) (me|us) (alone|be)$', '(leave|let) (me|us) alone', '(don\'t|do not|never) want to be (contacted|called|emailed|approached|chased|pestered|bothered|rung) (again|anymore|any more|further|about)', '(are|am|is|be|were) not (contacted|called|emailed|approached|chased) (again|anymore|any more|further)',
        '(details|name|names|number|email|data|contact details|information) (be|were|are|is|to be|get|gets)? (removed|deleted|taken off|wiped) (from|off) (your|the|all|any)', '(take|remove|drop|strike) (me|us|our name|my name) (off|from) (your|the) (pipeline|crm|books|records|system|database|call sheet)',
        '(do not|please do not|don\'t|please don\'t|never) (contact|call|email|message|write to|reach out to) (me|us) (or|and) (anyone|anybody|any of|my team|our team|the team|my staff|my colleagues|my people|others) .{0,4} (again|anymore|any more|further)',
        '(don\'t|do not) want to hear (about|any more about|anything more about|more about|anything about) (the|your|any|this|that|it|upgrades|new) (new|other|latest)? (service|services|product|products|offer|offers|upgrades|upgrade|platform|package|deal|it|thing)?',
      ],
      negatable: false,
      // Bought already: "we've signed the deal, don't send more info packs, we've got everything".
      unlessInText: ['(we have|we\'ve|we) (just|now|already)? (signed|signed off|countersigned|bought|purchased|ordered) (the|our|your) .{0,3} (deal|contract|agreement|order|licence|license|subscription|plan|renewal)', '(has|have|\'ve got|has got) (everything|all) (they|we|i|she|he) (need|needs)'],
      // Moving the newsletter to another address is housekeeping, not a rejection.
      unless: ['(we|i) (will|\'ll|are going to|have|\'ve) (sign|signed|countersign|countersigned)', '(cc|bcc|cc list|rota|calendar invite)', '(invoice|invoices|billing) (list|emails|email|contact|contacts|distribution|address|reminders|copies)', '(from|off|on|for) (all)? (the|your|our|future|all future)? (invoice|invoices|billing|statements|remittances)',
        // No chasing "in the meantime", "before then": they will come back themselves, a pause rather than a no.
        '(in the meantime|meanwhile|before then|till then|until then|until i|until we|till i|till we|while (i|we) (think|look|review|read|digest|consider))', '(i|we) (will|\'ll|shall) (be the ones?|reach out|come back|get back|be in touch|drop you a line|let you know|revert)', '(calls|call|emails|email|messages|ringing|phone calls) (after|before|between|during|until|till)', '(to|at) (the|my|our) (old|previous|former|home|personal|work) (office|address|email|number|site)', '(calling|call) (me|us) (sir|madam|mr|mrs|ms|miss|dr|by|that|mate|love|boss)', '{unsubscribe} .{0,4} (but keep|and keep|except)', '(how|where) (do|can|could|would) (i|we) {unsubscribe}', 'from (the|their|a) (other|old|previous|rival|competitor) (vendor|supplier|provider|company|firm)', '(other|old|previous|rival) (vendor|supplier|provider|company|firm)\'s', '(outage|incident|status|alert|release|payroll|on-call|on call|internal|team|staff|all-staff) (list|alerts|emails|notifications|updates|reports|page|notes)', '(handles|handling|looks after|covers|owns|is covering|is taking over|takes over|has taken over) (it|this|that|them|these) (now|from now|going forward)', "call again (before|after|at|on|tomorrow|later|in|until|till)", '{unsubscribe} (my|our|the|this|that) (old|previous|former|other|personal|work|second|duplicate) (address|email|account|inbox)', '(still|do|would) (want|like) (the|your|to get|to receive|to keep)', '(use|to) (this|my new|the new) (one|address|email) (instead|going forward|from now)',
        // A newsletter's own footer.
        '{unsubscribe} (any time|anytime|at any time|here|below|at the bottom)', '^to {unsubscribe}', '{unsubscribe} (from)? (our|this|these|the) (newsletter|newsletters|mailing list|mailings|list|emails|updates) (click|tap|here|below|use|visit|follow|reply)', '(click|tap|you can|you may|feel free to|click here to|link to) {unsubscribe}', '(receiving|received|getting) this (email|because|message|newsletter)',
        // Wanting to stay on the list: "don't remove me", "unsubscribed by mistake, add me back".
        '(by accident|by mistake|accidentally|in error|mistakenly|unintentionally|inadvertently)', '(don\'t|do not|please don\'t|please do not|never) (remove|unsubscribe|delete|drop|take) (me|us|my|our)', '(add|put|sign) (me|us) (back|back on|back onto|back to)', '(resubscribe|re-subscribe|re-add|readd)'],
    },
    {
      id: 'notint.pass',
      // Not renewing with the incumbent whose contract ends, to go live with us, is a switch.
      unlessInText: ['(contract|subscription|agreement|licence|license|deal) with (the|our|them)? (incumbent|current|existing|old|previous) .{0,3} (ends|expires|runs out|is up|finishes|lapses|ending|expiring)', '(have|get) us (live|up and running|set up|onboarded|migrated|switched over)',
        // ...or asking us to take the work over ("can your team handle the migration before then?").
        '(can|could|will|would) (your|you) (team|guys|people|lot|engineers|folks)? (handle|do|manage|take care of|help with|run|look after|take on|sort|sort out) (the|our|a)? (data)? (migration|switch|switchover|switch-over|move|transition|cutover|cut-over|onboarding|handover|hand-over|changeover)'],
      category: 'not_interested',
      patterns: [
        "(it is|it's|that is|that's|its|thats) a (pass|no) (from|for) (us|me|our side|my side|our end|my end)", '^pass (thanks|cheers|sorry|mate|for now|from me|from us)?$',
        // A decision not to buy, stock or renew, said flat.
        '(we|i) (will|are|am|would) not (be)? (buying|purchasing|proceeding|renewing|signing up|taking it up|taking this up|going ahead)$', '(we|i) (will|are|am) not (be)? (renewing|extending) (the|our|this|your) (contract|subscription|licence|license|agreement|account|plan|service|membership)',
        '(decided|chosen|opted|agreed) not to (renew|extend|stock|range|list)', '(will|are|am) not (be)? (ranging|stocking|listing|carrying|trialling|trialing|piloting|adopting) (this|it|that|the product|your product|your|the range|the line|these|those|them)',
        "not (really)? on (our|my) radar",
        "(won't|will not|aren't|are not|not) (be)? (buying|purchasing|signing up for|going ahead with|taking up) (this|it|that|anything|your)",
        "(will|'ll|are|'re|be|am|'m|we|i) (be)? (passing|going to pass|gonna pass) on (this|it|that) (one|time|occasion|for now)?",
        "(thanks|thank you|cheers) but (we|i) .{0,3} (leave|skip|pass on) (it|this|that)",
        "(treat|consider|mark) (this|the|that) (matter|conversation|enquiry|inquiry|thread|request|file) (as)? closed", "(will not|won't|are not|aren't|not) be (proceeding|pursuing|continuing|progressing|taking this forward|taking it forward)",
        '(give|giving) (this|it|that) (one)? a (miss|pass|swerve|skip)', '(count|leave) (me|us) out$', '(count|leave) (me|us) out (of this|of it|on this|this time|thanks|thank you|sorry|i am afraid|of that)', '(decided|chosen|opted|come down|came down) against (it|this|that|going ahead|proceeding|moving forward|buying|your|you)',
        '(sit|sitting) this (one)? out',

        // A verdict with an article or an adjective; a bare "the answer is no" may just answer a question.
        '(answer|response|reply|verdict|decision) (is|was|remains|will be|would be) (still)? a (pretty|very|fairly|quite|rather)? (firm|hard|flat|definite|clear|polite|final|resounding|straight)? no', '(answer|response|reply|verdict|decision) (is|was|remains|will be|would be) (still)? (pretty|very|fairly|quite|rather)? (firm|hard|flat|definite|clear|polite|final|resounding|straight) no',
        '(answer|response|reply|verdict|decision) (is|remains|will be|would be) (still)? no$', '(answer|response|reply|verdict|decision) (is|remains|will be|would be) (still)? no (from|for) (us|me|our side|my side|our end)', '(answer|response|reply|verdict|decision) (is|remains|will be|would be) (still)? no (i am afraid|sorry|for now|at this stage|at this time|thanks|thank you)',
        '(a|an) (pretty|very|fairly|quite|rather)? (firm|hard|flat|definite|clear|polite|final|resounding|straight) no$',
        '(have to|need to|must|will have to|\'ll have to|going to have to|should|better) leave it (there|at that)', '(wouldn\'t|would not|don\'t|do not) hold your breath',
        '(but|appreciate it|thanks|thank you|cheers) (no|nah|nope)$',
        '(i|we) (am|are)? (going to have to|gonna have to|going to|gonna|am going to|are going to|am gonna|are gonna|will have to|have to|must|will|would have to|need to|\'ll have to|\'m going to|\'re going to) say no', '(stop|cut) you (there|right there)', '(let\'s|let us|we\'ll|we will|i\'ll|i will|we can|i think we\'ll|best to) (just)? leave it (there|at that|here)$', '(let\'s|let us|we\'ll|we will|we can|best to) (just)? leave it (there|at that|here) (yeah|thanks|thank you|then|sorry|on friendly terms|on good terms)', '(rather|prefer|prefer that|prefer if) (we|you)? (just)? (left|leave) it (here|there|at that)', '(bow|bowing|bowed) out', '(we are|i am) not (buying|going to buy|gonna buy|purchasing)',
        '(won\'t|will not|not) (be)? (taking|take) (this|it|things|that|the conversation) (any)? (further|forward)',
        '(close|delete) (our|my) (file|record|account with you)',
        // "It's not happening on my laptop" reports a bug: the flat no ends the sentence or comes with a softener.
        '(it|this|that|it\'s|that\'s) (is)? (not|never) (happening|going to happen|gonna happen)$', '(it|this|that|it\'s|that\'s) (is)? (not|never) (happening|going to happen|gonna happen) (sorry|mate|i am afraid|for us|with us|not this year|no way|not a chance|i\'m afraid)', '^(not|never) (happening|going to happen|gonna happen)',

        '(we|i) (will|are going to|am going to|are gonna|am gonna|have to|must|\'ll|would|need to|have decided to|\'ve decided to|decided to) (respectfully)? pass$', '(we|i) (will|are going to|am going to|are gonna|am gonna|have to|must|\'ll|would|need to|have decided to|\'ve decided to|decided to) (respectfully)? pass (on this|on that|on it|for now|this time|thanks|thank you|sorry|i think|i am afraid|mate|this round|on this one|at this stage|at this time)',
        // Kept out of notint.not-for-us, whose exceptions read "ourselves" as building it in-house.
        '(can\'t|cannot|can not|don\'t|do not|not|never) (really)? (something)? (we|i)? (can)? see (ourselves|myself) (ever)? (buying|using|needing|going for|signing up for|adopting|taking up|wanting|switching to|investing in)',
        'hard pass', '(gonna|going to) pass$', '(gonna|going to) pass (on this|on that|on it|thanks|thank you|for now|this time|sorry|i think|i am afraid|mate)',
        'pass (on this|on that|on it|for now|this time)',
        '(no|nope) (thanks|thank you|thankyou)', '(nah|nope) (thanks|thank you|ta|cheers|mate)', 'no (ta|cheers)$',
        '(not|never) (going to|gonna) (buy|happen|work for us)',
      ],
      negatable: false,
      unless: ["(not|never) (going to|gonna|be)? (pass|passing) on (this|it|that)", "(passing|pass) on (this|it|that) to", "pass (an|my|a|her|his|our) eye", "(price|pricing|cost|discount|budget|number) .{0,8} otherwise", '@rep_framing', 'pass (it|this|that|them|these|those|everything) (along|on|to|around|up)', 'pass (on|along) (your|the|his|her|their|these|those|some|a|an|my|our)', 'no thanks to (you|your|them|him|her|his|their|the (courier|weather|traffic|rain|airline|trains|train|post|driver|app|website|site|system|software|strike|strikes|storm))', '(sugar|milk|coffee|tea|water|biscuit|biscuits|drink|refill|receipt|bag|dessert|another round)', '(when|once|after|until|till|before) (i|we) (have|\'ve)? made up', 'no thanks (needed|necessary)', '@small_talk', 'at (that|this|those|these) (price|prices|price point|cost|rate|rates)',
        // "I'm not buying it" is doubt about a claim; "stop you there, just email me" a request for material; passing on a message is not passing.
        'not (be)? (buying|purchasing) .{0,5} (until|till|before|after)', 'not (be)? (buying|purchasing) (the|any)? (extra|more|additional|further|spare)', 'not buying (that|any of that|any of it|the hype|the claim|the claims|those claims|the story|that story|your claims|those numbers|the numbers)', 'not buying it (sorry|mate|honestly|at all|for a second|for a minute|one bit)?$',
        '(stop|cut) you (there|right there) .{0,14} (send|sent|email|emailed|mail|forward|flick|pop|shoot|drop|ping|whatsapp)',
        // A threat that waits on the service ("if it carries on like this we won't be renewing") is the complaint; "nah we don't need a discount, the price is fine" answers about the price.
        '(if|unless) (it|this|things|that|the service|service|this level of service) (carries on|continues|keeps up|keeps happening|happens again|goes on|doesn\'t improve|does not improve|doesn\'t change|doesn\'t get better) (like this|like that)?', '(price|pricing|cost|rate|quote) (is|\'s) (fine|ok|okay|good|great|fair|reasonable|sorted|spot on)', '(don\'t|do not) need (a|the|any|an)? (discount|deal|reduction|cheaper|lower price|better price|payment plan|extension)', 'just (throw in|add|include|chuck in|bundle) (the|an|a|some)', '(asked|ask|asks|wanted|wants|told|tell|remind) (me|us)? to pass on', 'pass on (that|my|our|his|her|their) (he|she|they|we|thanks|regards|congratulations|best|feedback)',
        'leave it (there|at that) (for today|for now|until|till|and)', 'hold your breath (for)? .{0,4} (before|until|till|ahead of|this side of|prior to)',
        // "Not on our radar this year" is timing; a yes/no question answered "no" is not a rejection.
        '(renew|renewing|extend|extending) .{0,4} (if|unless)',
        ...RADAR_FOR_NOW,
        // "Building it ourselves? Not gonna happen, we'd rather buy": the no is to the alternative.
        '(build|building|develop|developing|make|making|do|doing) (it|this|that|one)? (ourselves|in-house|in house|internally) .{0,8} not (gonna|going to) happen', '(rather|prefer to) (buy|go with you|use you|sign|go ahead|partner with you)', '(renew|renewing|extend|extending) (our|the)? (contract|subscription|agreement)? with (them|those guys|the old|our current|our existing|the current|the existing|the incumbent)'],
    },
    {
      id: 'notint.not-for-us',
      category: 'not_interested',
      patterns: [
        "(not|n't) (really|quite)? (our|my) (thing|cup of tea|bag|scene)", "(stick|stay|keep going|carry on|continue) (with)? (the way|how) (we|we've) (do|did|have|been|run|work)",
        "(we|i) (don't|do not) (really)? (do|use|buy|need|go in for|go for) (that|this|those) (kind|sort|type) of (thing|things|stuff|product|products|service|services|software)", "(no|not any|zero) (plans|plan|intention|intentions) (to|of) (buy|buying|purchase|purchasing|adopt|adopting|invest|investing|bring in|bringing in|add|adding|get|getting|move ahead|move forward|go ahead|proceed|proceeding|pursue|pursuing|take this forward|take it forward|sign up)",
        '(not|isn\'t|is not) something (we|i) (would|\'d|will|could)? (ever)? (entertain|contemplate|go for|sign up for|invest in|take on)', '(we|i) (are|am|will) not (going to|gonna) (proceed|go ahead|move forward|take this forward|take it forward|pursue this|pursue it|sign up|buy)',
        '(nothing|not something|not anything) (we|i) (need|want|would need|would use) (now|right now|at the moment|today)? (or|and) (in the future|ever|later|going forward|down the line)',
        "(are|am) not (requiring|needing|wanting|looking for|in need of) (this|your|such|these|any such) (service|services|product|products|solution|solutions|offering|tool|software|system|platform)?",
        '(can|could) (live|do|manage|get by|survive) without (it|this|that|one|you|your)', '(don\'t|do not) (waste|want to waste) (your|any more of your|more of your) (time|breath)', '(save|spare) your breath', '(you are|you\'re) wasting your (time|breath)',
        '(is|\'s|are|would be|will be) of (no|little) (use|value|relevance|interest|benefit) (to|for) (us|me)', '(we|i) (would|\'d|will) never (use|need|buy|want|go for|entertain|consider)',
        "(won't|will not|shan't|shall not) (be)? (needing|requiring|wanting|using|pursuing) (anything|any|it|this|that|your|something|such)",
        "(we are|we're|i am|i'm) (not|n't)? (really|quite)? (the|a) (right|best|ideal|good) (people|fit|audience|customer|customers|company|business|target|market) for (this|you|that|it|your)",
        "(this is|this's|that'd be|that would be|it'd be|it would be) (a|an) (hard|firm|definite|polite|clear|final|big)? no", "(don't|do not|can't|cannot|could not|couldn't) (really)? see (us|me|our team|our business|the business|the school|the firm|the company|it|that|this) (ever|really|actually)? (being useful|being of use|being relevant|being worth it|adding value|being needed|using|needing|buying|wanting|going for|adopting|signing up|switching|taking this|taking it|being a fit|working for us|being something)", "not something (we|i|the|our|my|a|an|any) .{0,3} (would|will|could|want to|need to|are going to|plan to)? (ever)? (be taking up|take up|be doing|looking at|considering|pursuing|pursue|consider|take forward|go for|be interested in|invest in|look at|need|want|use|be moving forward with|moving forward with|be proceeding with|proceeding with|going ahead with|be going ahead with|be taking forward)",
        // "I don't think this is for us", "not something we'd ever buy", "not really something we need", "not what we need, now or ever".
        '(don\'t|do not) think (this|it|that|any of this|any of it) (is|\'s|would be|will be|\'d be|\'ll be) (really)? (for|right for|meant for) (us|me)', '(don\'t|do not) think (this|it|that) (is|\'s) (something|anything) (we|i|we\'d|i\'d) (would|\'d|will|are|am|\'re|\'m|could)? (ever|really|actually)? (buy|need|want|use|go for|be after|after|looking for|be looking for|interested in|be interested in|pursue|invest in|sign up for)',
        '(not|n\'t) (really|actually|honestly)? something (we|i) (really|actually|ever)? (need|want|use|would use|would need|are after|am after)', 'not (really|just|quite)? what (we|i) (need|want|are after|am after|are looking for|am looking for) (now or ever|now or later|at all|full stop|period|or ever)',
        '(don\'t|do not) (think)? (we|i)? (would|\'d|will|\'ll|really)? (need|want|use) (anything else|any of this|any of it|any of that|anything like this|anything like that)$', '(don\'t|do not) (think)? (we|i)? (would|\'d|will|\'ll|really)? (need|want|use) (anything else|any of this|any of it|any of that|anything like this|anything like that) (so|um|uh|sorry|thanks|thank you|honestly|to be honest|really|mate|at all|anyway|i\'m afraid|i am afraid|full stop|now or ever|ever|either|we\'re|we are|i\'m|i am)', '(don\'t|do not) think (we|i) (would|\'d|will|\'ll|really)? (need|want|use|buy) (this|it|that|one) (anyway|anyhow|either|at all|honestly|to be honest|really|so|but|sorry)',
        '(don\'t|do not) (really)? need anything (thanks|thank you|cheers|mate|at all|from you|from your side|like this|like that|of the sort|of that kind)',
        '(not|n\'t) (really)? (a|our|any kind of)? priority .{0,3} (and)? (never will be|won\'t ever be|never going to be|now or ever|or ever will be)', '(is not|isn\'t|\'s not) (really|just|quite)? (one|the one) for (us|me)',
        '(skip|skipping) (the whole thing|it altogether|the lot|it entirely)', '(nobody|no one|none of us|none of them|noone) (wanted|wants|liked|likes|was keen on|went for|voted for|is keen on) (it|this|that|the idea)', '(not|n\'t) (really|just|quite)? (the|a) direction (we|i) (want|wish|\'d like|would like|are going|plan|are looking|were looking|\'re looking|are planning) (to go|to take|to head|to go in|to head in)?',
        '(this one|that one|this one\'s|that one\'s|the answer\'s) (is)? (still)? (a|an) (hard|firm|definite|polite|clear|final|big)? no', '(decided|decide|going|gonna|voted|agreed) to (drop|scrap|shelve|bin|ditch|abandon) (it|this|that|the idea|the whole thing|the project) (altogether|entirely|completely|for good|for now)?$',
        '(nothing|not anything) (missing|lacking|wrong|broken) (in|with|from) (our|the|my) (setup|set-up|system|systems|process|processes|workflow|stack|tools) (that|which) (your|this|it|you|the)',
        '(you can|please|feel free to|go ahead and|can you|could you|i\'d ask that you|i would ask that you) (just)? (close|shut) (the|our|my|this|that) (file|lead|thread|opportunity|deal|record) (off|out|now|then|on your side|on your end)?', '(close|closing) (this|it|us|that) (out|off) (on|at) (your|their) (side|end)',
        '(not|n\'t) (going to|gonna)? (be)? (changing|switching|replacing|moving|swapping) (anything|things|supplier|suppliers|provider|providers|vendor|vendors|systems|system|tools|platform|platforms) (i am afraid|i\'m afraid|sorry|thanks|anytime soon|any time soon)?$', '(not|n\'t) (going to|gonna)? (be)? (changing|switching|replacing|moving|swapping) (anything|things|supplier|suppliers|provider|providers|vendor|vendors) (i am afraid|i\'m afraid|sorry|thanks|thank you|anytime soon|any time soon|full stop|at all)',
        '(not|n\'t) (really|too|very|that|particularly)? keen on (it|this|that|the idea|the whole thing) (personally|to be honest|honestly|either|at all|myself|if i\'m honest|if i am honest|really)',
        '(is not|isn\'t|\'s not|not) (really|just|quite|actually)? (for|right for|a fit for|a good fit for|a match for) (us|me|our)',
        // What there is no use for must be the offer: "no use for the old printers" is a clear-out.
        '(do not|don\'t) (really)? (have|see|find|feel) (any|a|much|the)? (need|use|use case|requirement|place) for (an external|an outside|external|outside|a third-party|third-party|it|this|that|them|one|your|such|something like|anything like|that kind of|this kind of|another|any more|more|a new|any|an extra|additional|a tool like|a product like|a system like|the product|the service|the tool|the software|the system|the platform|the app|the solution|the offering)',
        '(do not|don\'t) think (this|it|that|you) (is|are|would be|\'d be|\'s) (a|the)? (good|right|great)? (fit|match)',
        '(not|never) (going to|gonna) (move|go|take this|take it) (forward|ahead|further)',
        '(it is|it\'s|that is|that\'s|it will be|it\'ll be|its|thats) (still)? (a|an) (hard|firm|definite|polite|clear|final)? no', '(it is|it\'s|that is|that\'s|its|thats) (still)? (hard|firm|definite|polite|clear|final) no',
        '(have to|going to|must|will|\'ll|would like to|\'d like to|we|i) (politely|respectfully|kindly)? decline$', '(have to|going to|must|will|\'ll|would like to|\'d like to|we|i) (politely|respectfully|kindly)? decline (your|the|this) (offer|proposal|kind offer|opportunity|invitation to)', '(have to|going to|must|will|\'ll|would like to|\'d like to|we|i) (politely|respectfully|kindly)? decline (this|it|thanks|with thanks|on this occasion|at this time|for now|at present|and|but|so|as|because|sorry|i am afraid|i|we|i\'ll|we\'ll|um|uh|then|anyway|honestly)',
        '^(not|no longer) (needed|required|necessary) (thanks|thank you|cheers|at the moment|at this time|at present|right now)?$', '(gone|going|go|went|come down|came down) (with|on) (a|the) no', '^(there is|we have)? no (requirement|need) (at this time|at present|at the moment|right now|currently|thanks|thank you)$',
        '(is not|isn\'t|not) (relevant|applicable|useful|of interest) (to|for) (us|me|what we|our)',
        '(we will|we\'ll|i will|i\'ll|let\'s) (leave|skip) (it|this|that)',
        '(not|never) something (we|i) (would|\'d|will|could)? (ever)? (use|need|want|buy|consider|require|need or want)', '(we|i) (do not|don\'t) (require|need) (this|your|these|such|any such) (service|services|product|products|solution|solutions|offering|software)',
        '(decided|concluded) (it is|it\'s|that it\'s) a no',
        '(don\'t|do not) think (we are|we\'re|i am|i\'m|we\'ll be|we will be|we would be|we\'d be) (really)? (a|the)? (buyer|buyers|customer|candidate|prospect|fit|match)', '(not|n\'t) (a|the)? (buyer|buyers) for (this|it|that|you|your)',
        '(don\'t|do not) think (we|i) (are|am|will|would|\'ll|\'d|\'re|\'m)? (be)? (going to|gonna)? (go|move|proceed|take this|take it) (ahead|forward|further)? (with)? (this|it|that|you|your)?',
        '(don\'t|do not) think (it\'ll|it will|there\'ll|there will|it would|it\'d|it\'s|it is) ever (be|going to be) (a good time|the right time|a fit|right)',
        '(we are|we\'re|i am|i\'m) (quite|very|perfectly|pretty|really)? (happy|fine|good|content|okay|ok|comfortable|right|alright|sorted) (as we are|as things are|as is|the way things are|with how things are)',
        // The product solves a problem they do not have.
        '(don\'t|do not|doesn\'t|does not) (really)? (have|face|see) (a|any|the|that)? (problem|pain|issue|need|challenge) (that|which)? (this|it|you|your product|your tool) (solves|solve|fixes|fix|addresses|address|would solve|would fix)',
        '(solves|fixes|addresses|for) (a|the)? problem (we|i) (don\'t|do not) have', 'solution (looking|in search) (for|of) a problem',
        '(doesn\'t|does not|don\'t|do not|wouldn\'t|would not) (really)? (solve|fix|help with|address) (anything|any problem|a problem|any of our problems|much) (for us|for me|here)',
        '(this|it|that|this conversation|the conversation) (is not|isn\'t|\'s not) (really)? going (to go)? anywhere$', '(i would|i\'d|we would|we\'d) rather not (thanks|thank you|cheers|ta|mate|to be honest|honestly)?$',
        '(not|n\'t) (really)? (after|looking at|looking into|considering|exploring) (anything|something) (like this|like that|of that kind|of the sort|along those lines)',
        '(not|n\'t) (going to|gonna|be) (take|taking) (this|it|that|you) up',
        'not something (we|i) (are|am|will be|would be|are going to be)? (we are|i am)? (really|currently|actively|even)? (looking at|looking for|considering|pursuing|interested in|after|exploring)',
        // "This isn't our kind of thing", "not in requirement of the said services", "we don't need another tool".
        '(this|it|that|this one|that one) (is not|isn\'t|\'s not|really is not|just is not) (really)? (our|my) (kind of|sort of|type of) thing', '(not|no longer) in (requirement|need) of (the|your|said|these|such|this|any) (said)? (service|services|product|products|solution|solutions|offering|tool|software|system)',
        '(do not|don\'t) (really)? need (another|a new|an extra|any more|any other|one more) (tool|system|platform|app|vendor|crm|software|solution|supplier|provider|product)', '(hence|so|therefore|thus) (it is|it\'s)? (not|no longer) (required|needed|necessary)$',
        '(do not|don\'t) think (this|it|that) (is|\'s|would be) something (we|i) (would|will|could)? (ever)? (really)? (use|need|want|buy)',

        '(nothing|not anything) (here|there|in it) (we|i) (would|\'d|will|could) (ever)? (use|need|want)',
        // "Doesn't fit" needs us or our plans after it: the cable, the dates or the budget not fitting is another matter.
        '(does not|doesn\'t|do not|don\'t) (really)? (appeal|resonate) (to|with)? (us|me|the team|our)?', '(does not|doesn\'t|do not|don\'t) (really)? (line up|align|fit|sit|tie in|gel) (with|to|into|in with)? (us|me|where we|what we)',
        '(does not|doesn\'t|do not|don\'t) (really)? (line up|align|fit|sit|tie in|gel) (with|to|into|in with)? (our|the) (strategy|plans|plan|priorities|needs|roadmap|direction|business|model|approach|range|brand|values|goals|objectives|offering|portfolio|focus|setup|set-up|workflow|way of working|vision|mission|ethos|culture|wellness strategy|business model|product range)',
        '(is not|isn\'t|\'s not) something (the|our|my|this)? (farm|firm|company|team|business|school|practice|clinic|trust|board|office|we|i)? (needs|need|wants|want|would use|uses|use|requires|require|would require|would need)',

        // A bare "not a good fit" needs the offer as its subject: a candidate, a dress or a date can be a bad fit too.
        '(it|this|that|you|your product|your tool|your solution|your platform|your service|your offering|the product|the tool|the platform|the software|the solution) (just|really|simply)? (is|are|was|seems) (just|really|probably|simply)? not (a|the)? (good|right|great)? (fit|match)', '(is|are|was|seems) not (a|the)? (good|right|great)? (fit|match) for (us|me|our)',
        '(is|are|was) not (for|right for) (us|me|our team|our company|our business)',
        '(not|no longer) (a|an)? (something we need|something we want|something we are looking for|something we are considering|something we would use|on our radar|on the radar|on our roadmap)',
        '(do not|don\'t|does not|doesn\'t|did not|never) (need|want|see a need for|see the need|have a need for|have a use for|have any use for|see any value in|see the value in|see value in) (it|this|that|your|one|anything like|any of|something like|such|more)',
        '(no|not any|zero|absolutely no|little) (need|use|requirement|appetite|demand) (for|in) (it|this|that|your|something|such|a|another|any|more|a new|new)', '(no|not any|zero|absolutely no|any) (need|requirement|use) (for|of) .{0,3} (software|system|platform|tool|tools|service|services|solution|solutions|product|products|supplier|suppliers|vendor|vendors|app|offering|provider|providers)$',
        '(would not|won\'t|will not|do not|never) (really)? (have|find) (any|a|much) use for (it|this|that|them|one|those|something like|such)',
        '(does not|doesn\'t|do not|don\'t) (make sense|apply|work) (for|to) (us|me|our)',
        // "Not looking for a long contract", "anything fancy": a qualifier says what they do want.
        '(not|no longer) (looking|shopping|in the market) for (anything|something|any) (else|new|more)?$', '(not|no longer) (looking|shopping|in the market) for (this|that|it|one|such a thing|that kind of thing|this kind of thing|something like this|anything like this|anything like that|something like that)', '(not|no longer) (looking|shopping|in the market) for (anything|something|any) (else|new|more)? (like this|like that|of the sort|along those lines|right now|at the moment|at the minute|currently|thanks|thank you|at this time|at this stage|at present|just now|from you|sorry)',
        '(not|no longer) (looking|shopping|in the market) for (a|an|any|new|another|more|other|additional) (new|other|different|additional|more|extra)? (vendor|vendors|supplier|suppliers|provider|providers|partner|partners|system|systems|tool|tools|software|platform|platforms|solution|solutions|service|services|crm|product|products|agency|agencies|help|options|offers)',
        '(not|no longer) (looking|shopping) to (buy|add|bring in|purchase|invest)',
        // Not in the market "for a cheap option" says what they do want.
        'not (really|currently)? in the market (at the moment|right now|at present|currently|thanks|thank you|anymore|any more)?$', 'not (really|currently)? in the market (at the moment|right now|at present|currently)? for (this|that|it|one|anything|something|such|any|new|another|more|a|an)',
        '(answer|decision|position|view) (has not|hasn\'t|hasnt|hasn\'t really) changed', '(won\'t|will not|shan\'t|are not|aren\'t) (be)? (moving|going) (forward|ahead) (with (it|this|that|the proposal|your proposal|the offer|you|this one))?$',
        '(taken|made|reached|come to) (the|a) decision not to (proceed|go ahead|move forward|go any further|go further|take this further|take it further|pursue|continue|buy)', '(decided|chosen|opted|agreed) not to (go|take (it|this|things)) (any)? further',
        '(we are|we\'re|i am|i\'m) (going to|gonna) leave it (there|at that)?$', '(we are|we\'re|i am|i\'m) (going to|gonna) leave it (thanks|thank you|cheers|sorry|for good|if that\'s ok|if that is ok)',
        '(decided|chosen|choose|choosing|deciding|agreed|agree|voted|resolved|concluded) not to (move forward|go forward|move ahead|take it forward|take this forward|proceed|pursue|go ahead|continue|buy|take this further)',
        '(we|i|this|it|the project|the purchase|the deal) (will|are|am|is|would) not (be)? (moving|going) (forward|ahead)',
      ],
      negatable: false,
      unless: ["(externally|in-house|in house|ourselves|from outside|from outside vendors)", '(timing|the timing|the moment) (is|\'s)? (just|really|simply|quite)? (not|n\'t)? (quite|really)? (right|great|good|ideal)',
        // The calls or the hours not working ("calls don't work for me during clinic hours") is logistics.
        '(calls|call|phone calls|meetings|meeting|mornings|afternoons|evenings|times|that time|dates|that date|days|slots|that slot|video calls|zoom calls|demos|weekdays|weekends|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|tomorrow|today|that day|next week|this week|#Value|am|pm) .{0,2} (don\'t|do not|doesn\'t|does not|never|won\'t|will not) (really)? work',
        // Someone else taking it on ("not for me, but my colleague will take the demo") is a hand-over.
        '(but|though) (my|our) (colleague|colleagues|boss|manager|team|partner|director|deputy|assistant|co-founder|cofounder|head of) .{0,3} (will|would|can|could|might|should|is|are|\'ll)', '@rep_framing', '(is|was) not (a|the) (problem|issue)', '(it is|it\'s|that is|that\'s|this is) no (longer|problem|issue|bother|trouble|worry|big deal|surprise|exaggeration|doubt|secret|coincidence)', '(no|not any) need (for|to) (a|the|another)? (second|follow-up|further|separate|another|more|other)? (call|meeting|demo|chat|phone call|zoom|catch-up|visit|get on a call|jump on a call|meet)', 'decline (the|this|that|your|my|our)? (meeting|invite|invitation|calendar|event|card|payment|transaction)', '(card|payment|transaction) (was|got|is|has been)? declined', 'not looking (forward|back)', 'not looking at (the|it|this|my|our|your|his|her|a|an|that|them|you)', '(unless|if) (you|your) (can|could|guys can|were able|are able|offer|offered|lower|drop|reduce|match|include|add|throw|give|get|make|have|had|support|supported|integrate|integrated|price|pricing|cost|discount|did|do|came|come|sort|fix|bring|cut|change|changed|ever|still|really)', 'not looking for (a|an)? (discount|deal|contract)', '(we are|we\'re|i am|i\'m) (really|actually)? looking for (a|an|someone|something)', '(happy|fine|good|content) as (we are|things are|is) with',
        // Not buying this year is a stall, not a rejection.
        `(not|n't) (looking|shopping|in the market) .{0,5} (this|next|until next|until|till|before|for the rest of the) ${TIME}`,
        // Not needing more time or convincing is a yes; "not on our roadmap at present" is timing.
        '(need|want) (any)? more (time|convincing|persuading|persuasion|thinking|thought|reassurance|proof|evidence)',
        ...RADAR_FOR_NOW],
      // Signed paperwork sent back ("signed copy attached") closes a sale: a "didn't need it" in it is about a feature.
      unlessInText: ['(your|you) (platform|product|tool|system|software|service|app|solution|guys|plan)? (covers|cover|gives|give|handles|handle|ticks) (everything|all|every box|all the boxes) (we|i)? (need|want|needed|wanted|asked for)?', '(signed|countersigned) (copy|contract|order form|agreement|proposal|quote|po) (is|are)? (attached|enclosed|below|herewith|to follow)', '(attached|enclosed|please find) (is|are)? (the|our|a)? (signed|countersigned)'],
    },
  ],
};
