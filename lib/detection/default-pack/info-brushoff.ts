import type { CategoryPack } from './category-pack';
import { MATERIAL } from './vocabulary';

// Paperwork people ask for instead of a conversation, beyond the shared list.
const PAPERS = MATERIAL.replace(/\)$/, '|documents|docs|document|documentation|bullet points|few bullet points|features list|feature list|testimonials|specification|specifications|webinar|recorded webinar|video|videos|recording|presentation|presentations|ppt|slide deck|product catalogue|product catalog)');
// "I'll read it..." put off to a vague later: the reading is the brush-off.
const LATER = '(later|later on|sometime|some time|at some point|when i can|when i get a chance|when i get a moment|when i have a moment|when i get a spare moment|when i find time|when i find the time|when time permits|as time permits|when i get time|whenever i get time|whenever i can|when i have time|when i have a minute|when i have a spare|when things calm down|over half term|over the holidays|over the break|over the summer|over christmas|over easter|on the train|on my commute|between shifts|between meetings|between patients|when things quieten down|when things quiet down|when it quietens down|when i get a sec|when i get a second|when i get a min|when i get a minute|when it calms down|in my own time|on my own time|in our own time|at my own pace|in my own sweet time|when i have a spare half hour|over the weekend|this weekend|at my end|at our end|on my end|on our end|at the weekend|on the weekend|tonight|offline)';

export const INFO_BRUSHOFF: CategoryPack = {
  category: 'info_brushoff',
  unless: [
    '(thanks|thank you) for (sending|forwarding|sharing|emailing) (the|that|this|those|over)',
    // Auditors' and security reviewers' paperwork is due diligence on buying.
    '(soc 2|soc2|security questionnaire|iso 27001|pen test|penetration test|certificate of insurance|insurance certificate|audit report) .{0,6} (email|send|forward|share)',
    // Due diligence on setting it up is part of buying.
    // Material to use once bought (for the rollout, the staff room wall, our records) is a step forward.
    'for (our|my|the) (records|files|file)', '(print|printed|laminate|pin up|put up|stick) .{0,4} (for|on) (the)? (staff room|staffroom|break room|wall|walls|noticeboard|notice board|office)',
    'for the (rollout|roll-out|go-live|launch|onboarding|training|new starters|nurses|teachers|staff|users) (so|to|and|like|they|$)?', '(the|our) (discount|price|terms|deal|rate) (we|you) (agreed|discussed|settled)',
    '(wants|wanted|keen|ready|looking) to (buy|purchase|order|sign|go ahead|get started)', '(on|about|regarding|for|of) (your|the|our)? (security setup|security features|security|it requirements|api|apis|rate limits|rate limit|endpoints|webhooks|sdk|sandbox|uptime|encryption|soc 2|soc2|penetration test|pen test|iso 27001|sso|single sign-on|setup|set-up|set up|configuration|installation|data residency|dpa|gdpr|migration|invoicing|billing|api docs|api documentation)',
    // Meeting links and recaps of an agreement are logistics of a live deal.
    '(send|resend|re-send) (the|that|a)? (link|invite|invitation) again', '(zoom|teams|meet|meeting|webex|call|calendar|dial-in) (link|one) (is|isn\'t|is not|doesn\'t|does not|not|won\'t|keeps)',
    '(what|everything) (we|you) (agreed|decided|settled|signed)', '(kickoff|kick-off|kick off) (notes|call|meeting|deck)',
    // The customer putting their own complaint or decision on record.
    '(just|only|simply|i want|i wanted|i\'d like|i would like|i\'m writing|i am writing) to (put|get) (this|it|that|things|my concerns|my complaint|our concerns) (down)? (in writing|on record)',
    '(i\'m|i am|just|only|jk|haha|lol) (kidding|joking)', '(way of saying|way to say|code for|euphemism for|translates to|short for|usually means|really means|often means) .{0,3} (send|email|no|not)',
    // Reading up to prepare for the call is engagement.
    // A talk already booked, not one the material gates ("before we speak, send your collateral" is the brush-off).
    'before (the|our|my|your|this|that|tomorrow\'s|today\'s|next|next week\'s|monday\'s|tuesday\'s|wednesday\'s|thursday\'s|friday\'s|the next) .{0,1} (call|meeting|demo|chat|talk|session|visit|workshop|catch-up|catch up)', 'before (we|i|you) (meet|speak|talk|chat|catch up|see you) (on|tomorrow|next|this|at|later|again|in person|face to face)', '(have|\'ve got|get|bring|prepare) (some|my|our|a few|a list of)? questions (ready|prepared|lined up|to ask)',
    // The rep offering material ("want me to pop it in an email?", "I'll get marketing to send it") is the rep's talk.
    '(would you like|do you want|would it help if|would it help) (me|us) (to)?', '^(want|you want) (me|us) to', '(shall|should|can|could|may) (i|we) (send|email|pop|put|forward|share|drop|fire|shoot|get)', '(happy|glad|pleased) to (put|write|pop|send|email|share)', '(we|i) (can|could) (absolutely|definitely|certainly|happily|easily|of course|totally|also) (send|email|pop|put|forward|share|drop|fire|shoot|get) (you|a|an|the|some|over|across|it|that|this)',
    '(i\'ll|i will|we\'ll|we will) (get|have|ask) (the|my|our|someone|somebody|a colleague|marketing) .{0,3} to (send|email|forward|share|put|pop)', '(our|my) (marketing|sales|support|team|colleague|assistant|office) (team)? (will|\'ll|can|is going to) (send|email|forward|share|post)', '(if|whenever) you (need|want|would like) (anything|something|more|any)',
    // Someone else's promise to send, reported ("they said they'd send info and never did"), is no request.
    '(said|promised|offered|supposed|meant|forgot|failed|claimed) (that)? (they|he|she|you|to)? (would|\'d|will|were going to|was going to)? (send|share|forward|email|mail|post)',
    '(customers|clients|prospects|people|buyers|everyone|everybody|most people|a lot of people|lots of people|many people|some people|folks|a lot of folks|lots of folks|most folks|some folks|plenty of people) (at this stage|at this point|in my experience|often|always|usually|typically|will|all|tend to|sometimes)? (say|tell us|tell me|ask for|ask us for|just say|just ask for) (that)? (just|they|we)? (send|email|forward|mail|share|want|need|a|an|some|the|information|info|brochures|a brochure)',
    '(people|customers|clients|prospects|buyers|folks|everyone|everybody|most of them) .{1,6} (say|said|tell me|tell us|ask for|ask me for|ask us for) (that)? (just)? (send|email|forward|mail|pop|drop|they)',
    // Material for a new colleague is onboarding; passing our details on to the one who decides is a hand-over.
    '(our|my|the) new (ops|sales|office|practice|site)? (hire|hires|starter|starters|joiner|joiners|recruit|recruits|employee|employees|team member|team members|colleague|colleagues)',
    '(i\'ll|i will|we\'ll|we will|i can|let me|i\'m going to|i am going to) (forward|pass|send|share) (your|the|this|these|those) (details|info|information|contact details|email|number) (on)? (to|on to|onto|up to|along to)',
    // Material as well as the meeting ("send whatever you have, but I'm keen to meet regardless").
    '(still|definitely|really|very|certainly)? (keen|happy|glad|want|looking forward) to (meet|talk|chat|speak|have the call|do the demo|see you) (regardless|anyway|either way|as planned|still|all the same)',
    '(he is|he\'s|she is|she\'s|they are|they\'re|boss is|team is|team are|board is) (really|very|so)? (keen|excited|eager|sold|on board|all for it)',
    // Material about the account we already run for them (a ticket, the changes, a payment, the recording) is service, not a brush-off.
    '(of|for|about|on|regarding|to|with) (the|our|my|this|that|your|a)? (outage|ticket|incident|changes|change|fix|update|upgrade|patch|release|wire transfer|wire|bank transfer|transfer|payment|payments|account|recording|referral|referral programme|referral program|escalation|escalation path|support escalation|support process|sla|slas|server|order|renewal|bank details|tracking|delivery|shipment|conference|badge|audit|auditors|compliance file|route times|stickers|spanish office|new office|new site|extra seats|additional seats)',
    '(requested|asked for|required|needed) by (our|the|your|my)', '(when|once) (it is|it\'s|they are|they\'re) (ready|done|available|live|out|uploaded)', '(budget|budgeting) for (it|this|that|them|the)', '(add|adding) .{0,4} (to|into) (our|the|my) (contract|account|plan|subscription|licence|license)',
    'before (the|our)? (go-live|go live|launch|rollout|roll-out|kickoff|kick-off|onboarding|start date|install|installation)',
    '(meeting|call|action|session|training) (notes|minutes|points|items|recap)', 'to (find|get|check) (the|your) (address|office|directions|phone number|number|contact details|opening hours|hours|location|parking)',
    'so (we|i|our|the|my|they|he|she|accounts|finance|legal|procurement) .{0,2} can (pick|choose|compare|select|order|escalate|budget|book|add|buy|upgrade|renew|approve|sign off|authorise|authorize|okay|green-light|pay|process the payment|raise the po|get moving|get started|get going|kick off|move forward|proceed|sign|onboard|start|begin|build|integrate|set up|configure|install|roll)',
    // Material to approve, expand or set up a purchase is part of buying.
    '(after|once|when) (we|i) (buy|sign|purchase|go ahead|order|have signed|have bought)', 'to (approve|sign off on|sign off) (the|this|our)? (spend|purchase|order|deal|contract|upgrade)',
    '(want|want to|\'d like to|would like to|looking to|planning to|plan to|ready to) (upgrade|expand|add more|add seats|add users|extend|scale up|renew)',
    // Slides just shown are a recap of the call, not a way out of it.
    '(you|we) (just|just now)? (showed|presented|went through|walked through|walked us through|demoed|screen-shared|screenshared)',
    // Paperwork wanted on file ("so we have it on file"), and material the rep has already attached, are records, not a request.
    '(so|to|so that) (we|i)? (can)? (have|keep|hold|put) (it|them|this|that|a copy|one|copies|those|these)? on file', '(i\'ve|i have|we\'ve|we have|i am|i\'m|we are|we\'re) (attached|enclosed|included|linked|put together|pulled together|attaching|enclosing)', 'please find (attached|enclosed)',
    // The phrase named as a kind of reply ("the 'send me info' brush-off") or declined ("I won't make you send a brochure") is talk about it.
    '(send|email|mail) (me|us) (some|more)? (info|information|a brochure|brochures|something|stuff|details) (replies|reply|emails|brush-off|brush-offs|brushoff|brushoffs|objection|objections|response|responses|line|lines|excuse|excuses|crowd|messages|requests|brigade|trap|problem)',
    // Already signed ("no need to walk me through it, we're signed already"): the reading is self-service onboarding.
    '(we are|we\'re|we have|we\'ve|i am|i\'m) (already)? (signed|signed up|bought|purchased|subscribed|a customer|customers) (already|up|on)?$', '(we are|we\'re|we have|we\'ve) already (signed|signed up|bought|purchased|subscribed)',
    // Figures to get a purchase approved, or for a sized option ("for the 200-seat option so I can get budget approval").
    '(get|getting|seek|seeking|obtain|request|requesting|secure|need) (the)? (budget|finance|board|cfo|procurement|purchase)? (approval|sign-off|signoff|sign off|approved|signed off)', '#Value (seat|seats|user|users|licence|licences|license|licenses|unit|units|site|sites|location|locations) (option|plan|tier|package|deal|order|quote|rollout)', '(for|on|covering) (another|an extra|a further)? #Value (extra|more|additional|new|further)? (seat|seats|user|users|licence|licences|license|licenses|units|sites|locations|branches|stores)', '(expanding|expand|growing|grow|scaling|scale) (the|our) (team|rollout|roll-out|usage|use|contract|account|licence|license|subscription)',
    // Access to start using it: the trial link, logins for the team.
    '(link|access|login|logins|invite|credentials) (to|for) (the|our|a|your) (trial|sandbox|pilot|portal|account|workspace|free trial)', 'get (the|my|our) (team|staff|people|users) (started|logged in|set up|onboarded|going|trained)',
    // The one who signs asking for it ("I'm the budget holder, so send it to me"), or the chosen vendor's quote ("yours is the one we want").
    '(i am|i\'m|we are|we\'re) (the)? (budget holder|budget owner|decision maker|decision-maker|signatory|one who signs|person who signs|one signing|final approver)', '(yours|your quote|your offer|your proposal|your bid|your product|your platform) (is|are) the (one|option|vendor|supplier|provider|choice|quote|proposal|offer|bid) (we|i|they) (want|like|prefer|picked|chose|have chosen|are going with|\'re going with)',
    // Material to hand out, print or announce with once bought: the newsletter, the all-staff launch, copies for attendees.
    'so (i|we|they) (can)? (print|hand out|hand round|give out|pass out|distribute|display|pin up|put up|laminate|circulate at)', '(we|i|they) can (hand out|hand round|give out|pass out|distribute) (at|to|in|among|amongst|during)', '(for|at|in) (the|our|an|a)? (newsletter|intranet|press release|announcement|all-staff launch|all-staff meeting|all staff meeting|staff meeting|town hall|team briefing|launch event)', '(announce|announcing|announced) (the|our) (partnership|deal|rollout|roll-out|launch|switch|move)',
    '(not|never|won\'t|will not|don\'t|do not) (gonna|going to|want to|need to)? (make|ask|force|have|need) you (to)? (send|email|mail|forward)', 'let\'s (just)? (do|book|run|start|get on with|go ahead with|set up|schedule) (the|a) (demo|call|meeting|walkthrough|walk-through|trial|pilot)',
    // Telling the rep not to send, or the rep promising or offering what was asked for, is no request for material.
    '(no need|there is no need|there\'s no need|not necessary|needn\'t|need not|don\'t need|do not need) (for you)? to (send|email|put|write|forward|mail|post) (anything|something|it|that|me|us|over|the)',
    '(i\'ll|i will|we\'ll|we will|i\'m going to|i am going to) (email|send|forward|pop|drop|fire|shoot|post|mail|share) (you|over|across)? (the|that|a|an|our|my)? .{0,3} (you asked about|you asked for|you requested|you wanted|you mentioned)',
    '(if you\'d rather|if you would rather|if you prefer|if you\'d prefer|if you would prefer|if you like|if it helps|if that helps|if that\'s easier|if that is easier) (that)? (i|we) (can|could|should|send|email|forward|pop|post|put|drop|share|write|mail)', '(just|simply) say the word',
    // The speaker promising to send it ("I'll pop it in an email", "told him I'd email the one-pager") asks for nothing.
    '(i\'ll|i will|i\'d|i would|we\'ll|we will|i shall|we shall|let me) (just)? (pop|put|stick|bung|whack|chuck|drop) (it|that|this|them|the details|everything|it all|the lot) (in|into) (an|a) (email|mail|message|note)',
    `(told|promised|said|assured|promise) .{0,3} (i\'d|i would|i\'ll|i will|we\'d|we would|we\'ll|we will) (email|send|forward|post|mail|share|drop|pop) (him|her|them|over|across)? (the|a|an|our|my) ${PAPERS}`, `(i\'ll|i will|we\'ll|we will|i shall|we shall|let me) (just)? (email|send|forward|post|mail|share|drop|pop) you (over|across)? (the|a|an|our|my) ${PAPERS}`, '(i|we) (can|could) (email|send|forward|pop|drop|fire|shoot|post|share) (you|it|them|over|across)? (the|a|an|our|my|that|this) .{0,3} (instead|rather than|if you)',
    // Features of the product in use (exporting a report to PDF) and a buyer's tender process are not requests for material.
    '(download|export|print|save|generate|convert) .{0,4} (as|in|to|into) (a|an)? (pdf|pdfs|csv|excel|spreadsheet|word)', '(submit|lodge|upload) (your|a|the|our) (pricing|price|prices|quote|quotation|bid|tender|rates|rate card)',
    // The plan for putting it in is paperwork of a purchase.
    '(implementation|onboarding|rollout|roll-out|migration|go-live|deployment|installation|install) (plan|timeline|schedule|timetable|checklist|steps)',
  ],
  unlessInText: ['@moving_ahead',
    // Paperwork for the deal itself: the final contract, an approved budget that already includes us, a ready customer's onboarding plan.
    '(prepare|draw up|draft|finalise|finalize|issue) (the|a|our)? (final|revised|updated)? (contract|order form|agreement|sow|invoice|paperwork|msa|po|purchase order)', '(budget) (submission|approval|request|sign-off|signoff|line|case) .{0,4} (includes|included|has|covers) (you|your)', '(already|now) (includes|included|covers|allows for) (you|your)',
    '(we are|we\'re|i am|i\'m) (all)? ready (to go|to start|to sign|to proceed|to roll|to move|now)?$', '(confirm|finalise|finalize|agree|lock in|lock down) the (onboarding|implementation|rollout|roll-out|kickoff|kick-off|go-live|migration|training) (plan|schedule|timeline|date|dates|team)', '(we will|we\'ll|i will|i\'ll) (sign|go ahead|buy|order) (this|by|before|next|on|it|today|tomorrow)', '(we are|we\'re|we will be|we\'ll be) (renewing|signing|going ahead) (either way|anyway|regardless|no matter what)', '(before|so) (we|i) (can)? (sign|countersign|place the order|raise the po)', '(purchase|spend|budget|deal|order|po|contract) (itself)? (is|has been|\'s|was) (already)? (been)? (approved|signed off|signed|authorised|authorized)',
    // Paperwork wanted before go-live belongs to a deal already made.
    'before (the|our)? (go-live|go live|golive|rollout|roll-out|kickoff|kick-off|onboarding|implementation)'],
  triggers: [
    {
      id: 'info.send-material',
      category: 'info_brushoff',
      patterns: [
        `${MATERIAL} (you|that you) (could|can) (just)? (fire|send|shoot|email|forward|pop|flick|ping|drop) (over|across|through|me|us)?`, `(is there|do you have|have you got|you got) (like)? (a|an)? (a|an|any|some) ${MATERIAL} (on your website|on your site|online)? (i|we) (can|could) (grab|download|look at|read|get)`,
        "{send} (me|us)? (over|through|across|along) (whatever|what|anything) (you have|you've got|you got|you can)", `(whatsapp|text|message|dm|ping|wechat) (me|us) (the|some|your|a|any)? ${MATERIAL}`, "(somewhere|anywhere|a place|a page|a site) (online)? (i|we) (can|could) (read|look|find out|learn|check|see) (about|at|more|up)?", `(have|take) a (squiz|gander|nose|butchers|butcher's|browse|skim|look-see|flick through|flick) (at|of|through|around|round|about)? (it|them|that|whatever|those|these)? ${LATER}`, "(have|take) a (squiz|gander|nose|butchers|butcher's|browse|skim|look-see|flick through|flick) (at|of|through)? (it|them|that|whatever|those|these) (and get back|and let you know|and see|and come back)",
        `(pop|stick|bung|chuck|flick|whack) (a|an|the|some|your|over|across)? ${MATERIAL} (across|over|through|along|my way|our way)`, `(share|send|forward) (ur|yr|your|the|some) (company|product)? ${MATERIAL} (on|over|via) (mail|email|e-mail|whatsapp)`,
        `(share|send|forward|mail) (me|us)? (the|your|some|all)? (company|product)? ${MATERIAL} (of|on|about)? .{0,3} (on|over|via|by|through|per|in) (mail|email|e-mail|whatsapp|an email|a mail)`, `(flick|chuck|bung|pop|whack|text|ping|send|shoot|fire|drop|mail|email) (me|us) (over|across)? (a|an|the|some|your)? ${MATERIAL} (or something|or whatever|or anything)`, "(mail|email|send|forward|shoot|ping) (over|across) (the|your|some)? (spec sheets|data sheets|datasheets|product sheets|fact sheets|sell sheets|brochures|slides|pdfs|docs|documents)", "{mail} (me|us) (over|across)? (whatever|what|anything) you (have|'ve|got)", "(put|get|write|set) (it|that|this|something|everything|the details) (down)? (on paper|on a page|on one page)", `(is there|do you have|have you got|you got) (like|maybe|perhaps)? (a|an|any|some) (like)? ${MATERIAL} (or something|or anything|i can|we can|you can|you could|to read|that i can|that we can)`, '(no|not) (demo|meeting|call|presentation|walkthrough|walk-through|visit) (needed|necessary|required)', '(a|an) (pdf|brochure|email|one-pager|deck|summary|overview|leaflet|document) (is|will be|would be|\'ll be|\'d be) (fine|enough|plenty|sufficient|ok|okay)',
        // Skipping the talk for reading: "instead of walking me through all this", "rather than do a full demo", "I'd rather she read it than sit through a demo".
        '(rather than|instead of) (walking|taking|talking|going|running|dragging|walk|take|talk|go|run) (me|us|her|him|them)? through (all this|all of this|it|it all|the deck|the slides|the whole thing|everything|this|the demo|all that|every slide|the whole deck)',
        '(rather than|instead of) (do|doing|have|having|sit through|sitting through|book|booking|set up|setting up|go through|going through|get on|getting on|jump on|jumping on|take|taking) (a|an|another|the)? (full|whole|proper|long|formal|live|second|further)? (meeting|demo|call|calls|presentation|walkthrough|walk-through|zoom|deck|pitch)',
        '(rather|prefer|prefers) .{0,5} than (sit|sitting) through (a|an|the|another)? (demo|call|meeting|presentation|pitch|zoom|walkthrough)', '(prefer|prefers|rather|like|likes) to (read|review) (things|it|stuff|documents|material|them) (rather than|instead of|than) (take|taking|have|having|do|doing|sit through|join|joining|get on|jump on) (calls|a call|meetings|a meeting|demos|a demo|zoom calls|video calls)',
        `(would you mind|do you mind|mind) (just)? (emailing|sending|forwarding|mailing|dropping|popping|flicking|sharing) (me|us)? (over|across)? (the|a|an|your|some|any)? ${PAPERS}`,
        `{send} (me|us) (a|an|the|some)? (short|quick|brief|one-page|one page|written|proper|full|detailed)? (doc|docs|document|write-up|writeup|summary|one-pager|note|comparison|overview) (on|about|explaining|showing|outlining|covering|of|that|i can|we can)`,
        `(a|an) (one-pager|one pager|pdf|brochure|summary|overview|email|document|deck|write-up) (by|via|over|on|in an|in) (email|mail|e-mail) (is|would be|\'d be|works) (best|better|easiest|the best way|the way to go|the best way to go|the easiest way|ideal|perfect|fine|enough|plenty)`,
        '(sooner|rather|prefer to) (just)? (read|read up|read about it|read it|read up on it|look it up|look it over|read through it|read about you|read things|read stuff) (myself|ourselves|first|on my own|in my own time|properly|all)? than (have|having|get|getting|sit|sitting|do|doing|take|taking|jump|jumping|book|booking)',
        '{send} (me|us) (the|a)? (gist|lowdown|low-down|basics|highlights|key points|headlines|rundown|outline|main points) (in|by|via|over) (an|a)? (email|mail|text|message|whatsapp)',
        '(a|an) (quick|short|brief)? (email|note|pdf|summary|one-pager|overview|message) (with|covering|listing|outlining|of) .{0,4} (would be|\'d be|is) (ideal|perfect|fine|enough|plenty|great|best|better|easier)',
        '(point|direct) (me|us) (to|towards) (where|somewhere) (i|we) (can|could) (read|find|learn|look)',
        "(rather than|instead of) (a|an|another)? (meeting|demo|call|presentation|walkthrough|walk-through|zoom)", "(rather not|prefer not to|would rather not|'d rather not) (do|have|sit through|book|set up|jump on|commit to|get on|hop on) (a|an|the)? (whole)? (demo|meeting|call|presentation|walkthrough|zoom)", "(no need for|don't need) (a|an|the)? (demo|meeting|call|presentation|walkthrough) (at this stage|yet|right now|for now)", "(prefer|rather|like) to (read up|read it|read about it|look it over|go through it|review it) (in|on|at) (my|our) own (time|pace)", "(read|look) (it|things|stuff)? (up|over|through)? (in|on|at) (my|our) own (time|pace)",
        `(fire|shoot|send|email|mail|forward|drop) (over|across|through)? (a|an|the|some|your)? (few|couple of|couple)? (slides|one-pager|one pager|case study|case studies|white papers|whitepapers|one-pagers|white paper|whitepaper|summary|overview|pdf|deck|brochure|highlights)`,
        `(emailed|email|mailed|sent) (over|across|me|us)? (a|an|the)? (short|brief|quick)? (summary|overview|one-pager|rundown|outline)`,
        // "Written" carries the request; a bare "product information" is often a notice's ("for product information, contact ...").
        `written (information|info|details|material|materials)`,
        // Skipping the walkthrough: "no need to go through all the slides, just email them".
        '(we|i) (don\'t|do not) (really|usually|generally|normally|tend to)? do (demos|sales calls|vendor calls|vendor meetings|discovery calls|intro calls|sales meetings|video calls|zoom calls|presentations) .{0,8} (send|email|mail|forward|flick|drop|shoot|ping|fire)',
        '(don\'t|do not|no) (really)? need to (go|walk|run|sit|click|page|take) (me|us)? through (all)? (the|your|those|these|this|a|each)? (slides|deck|demo|presentation|whole thing|whole deck|whole presentation|pitch|spiel|walkthrough|every slide|it|them|all that|all this|everything)',
        '(just|please|kindly|pls) (send|email|forward|mail|shoot|flick|fire) (me|us)? (the|a|your|some)? .{0,3} (and)? (spec sheet|spec sheets|data sheet|datasheet|datasheets|brochure|brochures|one-pager|one pager|fact sheet|product sheet|sell sheet|whitepaper|white paper|company profile|product documentation)',
        `(is there|do you have|have you got|you got) (a|an|any|some)? (pdf|deck|brochure|one-pager|case study|white paper|whitepaper|video|recording|overview|leaflet|document) (i|we|that i|that we|you could|you can)`,
        `(a|the) (recording|video) of (the|your) demo`,
        `(put|pull|throw) something together (for me|for us)?`,

        `(shoot|send|fire|email|forward|drop|flick|ping|mail) (it|them)? (over|across|through|along) (some|any|a|an|the|your|a few|whatever|what) (quick|short|brief|recorded|few)? ${MATERIAL}`,
        `(email|send|drop|shoot|fire|ping) (me|us) (a|an) (quick|short|brief)? (summary|rundown|outline) (with|about|on|covering|outlining|of)`, `(email|send|drop|shoot|fire|ping) (me|us) (a|an) (quick|short|brief)? (email|note|line|message) (about|on|covering|outlining|explaining) (it|this|that|what you do|what it does|how it works|your product|your service|your offering|the product|the service|the offering|your company|the details|the basics)`,
        `{send} (me|us|over)? (what|whatever) (you have|you\'ve got|you got|materials you have|you can)`,
        `(sent|send|sending|email|emailed) (over|me|us)? (a|an|some)? (recorded demo|recording|screenshots|video|slides|few slides|summary)`,
        // Who it goes to or how it travels must be said: "drop the link in the chat", "they'd send info" are not requests.
        `(fire|fling|pop|stick|chuck|bung|text|whatsapp|drop|flick|send) (me|us) (your|the|some|over|across|a|an)? (stuff|bumf|info|details|material|materials|brochure|leaflets|leaflet|literature|capabilities statement|capability statement|deck|one-pager|one pager|overview|blurb|spiel)`,
        `(fire|fling|pop|stick|chuck|bung|drop|flick|send) (your|the|some)? (stuff|bumf|info|material|materials|brochure|leaflets|leaflet|literature|capabilities statement|capability statement|deck|one-pager|overview|blurb|spiel) (over|across|through|along|my way|our way)`,
        `(fire|fling|pop|stick|chuck|bung|drop|flick|send) (your|the|some|over|across)? (stuff|bumf|info|details|material|materials|brochure|leaflets|leaflet|literature|deck|one-pager|overview|blurb|spiel) (to|into|in) (my|our) (inbox|email|phone)`,
        '(please|pls|plz|kindly|just) (send|share|forward|mail) (me|us)? (info|details|information|brochure|literature|the info|the details|the information|the informations|informations)',
        '(in|into|to) (my|our) (inbox|email)',
        // "Can you not just email me the deck?": the "not" is impatience.
        '(can|could|would) (not)? you (not)? (just)? (email|send|forward|mail|post|pop|drop|chuck|flick|fire|shoot|bung|whack) (me|us) (over|across)? (the|your|a|an|some|any)? (marketing|sales|product|company)? (deck|one-pager|one pager|brochure|brochures|literature|leaflet|leaflets|flyer|flyers|collateral|company profile|profile|marketing material|marketing materials|material|materials|overview|info pack|bumf|blurb)',
        // "Forward whatever marketing material you've got", "chuck whatever leaflets you have in the post".
        '(email|send|forward|mail|post|pop|drop|chuck|flick|fire|shoot|bung|whack) (me|us|over|across)? (what|whatever|any|all the) (marketing|sales|product|company|printed)? (material|materials|literature|leaflets|leaflet|brochures|brochure|info|information|bumf|collateral|stuff|bits|flyers|pamphlets) (you have|you\'ve got|you got|you\'ve|you can|there is|you\'ve got lying around)',
        // Paper by post or left at the desk instead of a visit: "post some literature to reception".
        '(post|mail|send|chuck|pop|stick|bung|drop|leave) (me|us)? (some|a|an|the|your|any|whatever|a few)? (literature|leaflets|leaflet|brochure|brochures|flyer|flyers|pamphlet|pamphlets|catalogue|catalog|info pack|bumf|printed material) .{0,3} (to|at|in|into|through|with) (the|my|our)? (post|reception|front desk|desk|office|letterbox|letter box|door|counter|surgery|practice|shop|bar)',
        '(see|have|get) (it|that|this|something|everything) (on paper|in black and white)',
        `(video|recording|walkthrough|walk-through|download|demo video|link|tour|trial) (i|we) can (click through|watch|grab|look at|poke at|try|explore|download|use|read)`,
        '(leave|drop|drop off|post) (some|a few|your|a|an|the)? (leaflet|brochure|flyer|card|catalogue|leaflets|brochures|flyers|literature|info|information|cards|card|material) (at|with|for|in)',
        '(rather|prefer to) (poke at|look at|read|explore|try) (it|things|stuff)? (alone|myself|on my own|by myself)',
        '(rather|prefer to|prefer) (watch|read|skim|review|go through) (it|that|something|them|a video|a recording|the recording) (on my own|in my own time|at my own pace|at 2x|than|instead|myself|later|first)',
        '(rather|prefer to|prefer) (just)? (read|reading) (about it|up on it|up|it|things)? (than|instead of|rather than|over) (talk|talking|chat|chatting|meet|meeting|speak|speaking|a call|calls|a meeting|meetings|a demo|demos|jump on a call|get on a call|jumping on a call|getting on a call)',
        `(browse|look|poke|dig|click|read) (through|around|round)? (your|the) (site|website|web site|web page|webpage|pages) (on my own|by myself|myself)? ${LATER}`,
        '(video|recorded|pre-recorded|prerecorded) (walkthrough|walk-through|demo|version|tour|overview)',
        `(pop|put|stick|drop|throw|chuck|bung) (a|an|some|the|your)? (short|quick|brief)? ${MATERIAL} .{0,6} (into|in) (an|a) (email|mail|message)`,
        '(submit|upload|send in|lodge) (your|some|any|the)? (product|company|service)? (information|info|details|materials|brochure|literature|proposal|credentials|capabilities)',
        `(is there|do you have|have you got|you got) (a|an|any|some) ${MATERIAL} (you|that you) (can|could) (send|forward|share|email|pass)`,
        '(send|email|put|stick|pop|drop|shoot) (it|that|this|everything|them|the lot)? (all)? (over|across|through)? in (an|a) (email|mail|message)',

        `{send} (me|us|over|across|along|through|on)? (me|us|over|across|along)? (just|quickly)? (some|any|more|a|an|the|your|a bit of|a little|a few|a couple|a bit|a little bit) (more|quick|short|brief|general|basic|further|additional|written|high-level|high level|product|company)? ${PAPERS}`,
        `{send} (me|us) ${MATERIAL}`,
        `(email|mail|forward|shoot|drop|pass|fire|flip|ping) (me|us) (over|across|along)? (some|any|more|a|an|the|your|a bit of|a few)? (more|quick|short|general|basic|product|further|proper|full|detailed|one-page|written)? ${MATERIAL}`,
        `(email|mail|forward|shoot|drop|fire|flip|ping) (some|any|more|a|an|the|your)? (more|quick|short|general|product)? ${PAPERS} (over|across|along|through)? (to)? (me|us|my way|our way|reception|the front desk|this address|my inbox|my email|my assistant|my pa|the office)`,
        '(email|send|forward|shoot|drop|fire) (it|that|this|something|everything|whatever you have|what you have|over what you have|over whatever you have) (over|across|along|through)? (to)? (me|us|my way|our way)',
        '(email|send|forward|shoot|drop|mail|flick|pop|chuck|bung|ping|fire|whack|share) (it|that|this|the same|something|everything|whatever you have|what you have) (over|across|along|through)',
        `(send|forward|email|mail|share|submit|post) (over|across|through|in)? (your|some of your) (company|product|service|standard|general)? ${MATERIAL}`,
        // Paper by post, an attachment, a soft copy: anything but a conversation.
        `${PAPERS} (in|by|through) (the)? (post|snail mail|postal mail)`, `(post|mail) (me|us) (out)? (a|an|the|some|your|any)? ${PAPERS}`, `(post|mail) (out)? (a|an|the|some|your|any)? ${PAPERS} (out)? to (me|us)`,
        `${PAPERS} (or something|or anything|or whatever)? (you|that you) (can|could) (post|link|point|send|email|forward|share|mail|pass) (me|us|to me|to us|over|across|through|along)`,
        `(could you|can you|you could|just|please|kindly|or) (just)? (attach|enclose) (a|an|the|some|your)? (short|quick|brief)? ${PAPERS}`,
        `${PAPERS} .{0,4} (in|as) (a)? (soft copy|softcopy|soft-copy|pdf|pdf form|pdf format)`, '(share|send|forward|mail|email) .{0,5} (soft copy|softcopy|soft-copy)',
        `(kindly|please|pls|plz) (do the needful and)? (share|forward|mail|email|send) (across|over|me|us)? (the|your|some|all|any|a|an)? (complete|detailed|full|latest|relevant)? (company|product|techno-commercial|technical|commercial)? ${PAPERS}`,
        `(send|forward|share|email|mail|shoot|fire|flick|ping|drop|chuck|bung|fling|pop|whack) (me|us)? (over|across|on|along|through)? (whatever|any|all the|everything|all) ${PAPERS} (or|and)? (a|an|any)? ${PAPERS}? (you have|you've got|you got|you can|there is|you can share|of that nature)`,
        '(send|share|forward|email|mail|submit) (these|those|them|it|the same|the documents|the details) (via|by|on|through|over) (email|mail|e-mail|post)',
        `(could you|can you|would you|kindly|please) (provide|furnish) (me|us)? (with)? (a|an|some|the|your|all)? (brief|short|quick|detailed|relevant)? (product|company)? ${PAPERS}`,
        `(mail|send|email|shoot|fire|forward) (across|over|through) (the|your|a|some|any) (company|product)? ${PAPERS}`, '(for|to) (our|my|your kind) (perusal|consideration)',
        `(can|could) (i|we) (just)? (get|have|grab) (a|an|some|the|your) ${PAPERS} (or something|or anything|or whatever|to read|to look at|instead|first)`,
        'in writing (first|before|beforehand|ahead of)', 'something (written|in writing|on paper) (i|we|that i|that we) (can|could) (share|show|pass|circulate|take|give|forward)',
        '(prefer|rather have|rather get) (an|a) (email|written summary|document|note|summary) (outlining|explaining|setting out|summarising|summarizing|covering|listing)',
        '(could you|can you|you could|would you|please|just|if you|you can|kindly) (write up|put together|pull together|throw together|knock up|draft) (a|an|some)? (short|brief|quick|written|one-page|simple)? (written)? (summary|overview|one-pager|one pager|comparison|note|brief|write-up|writeup|document|doc|rundown|outline)',
        `(send|drop|shoot|fire|do send|pop|ping|flick|whack) (me|us)? (an|a) (quick|short|brief)? (email|mail|note|line|message) with (a|the|your|some|all the)? ${PAPERS}`,
        `(send|drop|shoot|fire|do send|pop|ping|flick|whack) (me|us)? (an|a) (quick|short|brief)? (email|mail|note|line|message) with (a|the|your|some|all the)? (highlights|key points|main points|gist|basics|headlines|essentials|key features|key info|key details|options|package options|main features)`,
        // An open invitation to send paper instead of taking a meeting.
        `(welcome|free|feel free) to (send|post|forward|email|submit|drop off|leave|mail) (us|me)? (your|any|some|the|a|an)? (product|company|service)? ${PAPERS}`,
        `(just|you can|you could|feel free to|happy for you to) (leave|drop off) (me|us)? (a|an|the|some|your|a few|any) ${PAPERS}`,
      ],
      // "Send me the link" with nothing after it, or for the session, is the meeting's own link.
      unless: ['@buying_signal', '@logistics', '@rep_offer',
        // Skipping the call for another way of engaging ("instead of a demo, could we run a pilot", "rather than a call, can we meet") is no brush-off.
        '(rather than|instead of) .{0,6} (can|could|shall|should) (we|i|you) (just)? (meet|do|have|book|set up|run|try|talk|discuss|get together|come|visit|pop in|drop by|trial|pilot|test)', '(run|do|start|set up|try|have|book|arrange) (a|an|the)? (two-week|free|short|paid|#Value-week|#Value week)? (pilot|trial|proof of concept|poc|site visit|workshop)', '(meet|meeting|catch up|talk) (in person|face to face|face-to-face|on site|onsite)', '(talk|discuss|go over|cover|get to) (about)? (pricing|price|prices|numbers|terms|the contract|commercials|costs|next steps)',
        '(send|email|forward|share|drop|ping|resend|text|whatsapp|post) (me|us)? the link$', '(send|email|forward|share|drop|ping|resend|text|whatsapp|post) (me|us)? the link (please|again|for the|for tomorrow|to join|to the (webinar|call|meeting|session|event|training|workshop|room))'],
    },
    {
      id: 'info.in-writing',
      category: 'info_brushoff',
      patterns: [
        "(whack|bung|chuck|fling|throw|pop|stick) (it|that|them|everything|something)? (all)? (in|on|into) (an|a) (email|mail|message)",
        "(fling|chuck|bung|whack|throw|pop) (over|across) (whatever|what|anything|any|some|your) (literature|material|materials|bumf|info|stuff|you have|you've got)?",
        '(put|get|have|write|set out|lay out|spell out|set) (it|that|this|something|everything|anything|all of that|all that|some of that|the details|it all|the lot)? (down|out)? in (writing|an email|a email|email|a memo|memo|a letter)',
        '(put|chuck|stick|pop|bung|whack|throw) (the|your|some) .{1,3} (in|into) (an|a) (email|mail|memo)',
        '(write|type|jot) (it|it all|that|that all|everything|the lot|this|something) (up|down) (and)? (email|send|mail|forward|drop|ping|shoot) (it|them|that|over|across|me|us)',
        '(email|send|mail|forward|shoot) (it|that|them|those|these) (over|across|through|to me|to us)? (and)? (i will|i\'ll|we will|we\'ll) (have a read|read it|read them|have a look|take a look|look at it|look at them|go through it|go through them|check it out|skim it|skim them|skim through|have a skim|get to it|get to them|read through)',
        '(drop|stick|throw|pop) (it|that|this|something|everything|the details) in (an|a)? (email|mail)',
        '(something|anything) (in writing|written down|on paper)',
        // "Can you not just put it in an email?" asks for it; the "not" is impatience, not a negation.
        '(can|could|would) (not)? you (not)? (just)? (put|stick|pop|bung|chuck|whack|throw) (it|it all|that|this|everything|them|all that|the lot) (in|into) (an|a) (email|mail|message)', '(can|could|would) (not)? you (not)? (just)? (send|email|fire|shoot|drop|flick|ping) (it|it all|that|this|everything|something|them) (over|across|through)',
        '(send|email|give|pop|drop) (me|us)? .{0,4} in writing', '(put|get|pop|stick|pull|write) (it|that|everything|it all|the lot|all of that|all that|this) (up)? (into|in) (a|an) (write-up|writeup|document|doc|summary|one-pager|one pager|pdf|note|short document)',
        // Paper instead of a talk: "jot a short summary down on paper", "send me something on paper I can read".
        '(put|jot|write|get|set|lay) .{0,8} down (on paper|in black and white)', '(send|email|give|post|mail) (me|us)? (something|anything|it|that|stuff|the details|the info|a summary|the basics|details) (on paper|in black and white)',
        '{send} (me|us|over|across)? (a|an|the|your|some)? written (summary|overview|outline|rundown|breakdown|explanation)',
      ],
      // Confirming a price or a promise in writing is a paper trail for a deal, not a way out of a talk.
      unless: ['@buying_signal', '@rep_offer', '@logistics', '(until|till|before) (we|i) (sign|have signed|agree|approve|confirm)', '(confirm|confirming|confirmation of|guarantee|guaranteeing) (that|the|this|our|your|what|it)', 'in (the|our|your) (contract|agreement|msa|sow|terms|order form)'],
    },
    {
      id: 'info.have-something-to-read',
      category: 'info_brushoff',
      patterns: [
        `(have you got|do you have|got|you got) (a|an|any|some) ${MATERIAL} (or something|or whatever|or anything)? (you can|you could|to) (leave|drop|give|send|pass)`,
        '(got|have) (any|some) (literature|brochures|brochure|leaflets|leaflet|material|materials|info|information|bumf|flyers) (you could|you can|to|i could) (leave|send|share|drop|give)',

        `(do|can|could) you (have|got) (a|an|any|some) (brochure|deck|one-pager|one pager|overview|literature|material|materials|pdf|whitepaper|case study|case studies|info|information|website|link|site|datasheet|video) .{0,3} (i|we|that i|that we)? (can|could) (look at|read|review|share|pass around|circulate|check out|go through|look over)`,
        '(something|anything) (you can|you could|i can|we can|i could|we could) (send|email|forward|share|look at|read|review|look over|pass around|circulate)',
        '(is there|do you have) (a|an)? (website|site|link|page) (where|that)? (i|we) (can|could) (look at|check out|read|read about|read up|go to|visit|find out|learn)',
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
        '(i|we) (will|can|shall|could|might|would rather|\'d rather|rather|prefer to|would prefer to|\'d prefer to) (just|probably|go and|go)? read up', '(read|reading|look|looking|go through|going through) .{0,4} (and)? (make|making) (up)? (my|our|his|her|their) own (mind|minds) (up)?',
        '(i|we|ill) (will|can|shall|could|might|\'ll)? (just|probably)? do (some|a bit of|a little|my|our) (own)? (digging|reading|research|homework)',
        // "I'm more of a reader", "not much of a phone person": the written word instead of a talk.
        '(i am|we are|i\'m|we\'re) (more of|more) (a|an) (email|reading|reader|written|paper|read-it-myself) (person|people|type|guy|girl|kind of person|kind of guy)?',
        '(not|n\'t) (much of|really|big on|a big) (a|an)? (phone|call|screen|zoom|video call|meeting|sales call|demo) (person|people|type|guy|girl|fan)', '(phone|phones|calls|phone calls|zoom|zoom calls|video calls|meetings|sales calls|demos) (are not|aren\'t|is not|isn\'t|\'s not) (really)? (my|our) (thing|cup of tea|bag|scene)',
        '(point|direct|link) (me|us) (to|at|towards) (your|the|a|some) (website|site|page|brochure|docs|documentation|info|information|material|materials|video|link|resources|faq|literature)',
        '(where|how) (can|could) (i|we) (read|find out|learn) (more|about it|about you|about this|up on)',
        '(i|we) (will|\'ll|can|could) (take|grab|have) (a|an|some|one of your|your) (brochure|brochures|leaflet|leaflets|flyer|flyers|pamphlet|pamphlets|card|cards|catalogue|catalog|one-pager)', '(i|we) (will|can) do (some|my|our) (own)? (research|reading|homework)',
      ],
      unless: ['@buying_signal', '@rep_offer'],
    },
    {
      id: 'info.read-later',
      category: 'info_brushoff',
      // The customer's own reading, browsing or googling, put off to a vague later: a look on their terms instead of a talk.
      patterns: [
        `(i|we) (will|shall|can|could|might|may|am going to|are going to|am gonna|are gonna|gonna|would)? (just|probably|then)? (have a read|have a look|have a glance|have a skim|take a look|read|look at|look through|go through|read through|skim|glance at|watch|review|look over|browse|have a browse|poke around|have a poke around|look around|have a look around|flick through|leaf through|thumb through|flip through) (it|them|that|those|these|the same|of it|of them|at it|at them|through it|through them|over it|there|around|through|it all)? ${LATER}`,
        '(study|review|go through|read|look at|look over|examine|evaluate|circulate|glance at|look through) (it|them|the same|these|those|the documents|the material|the materials|that) (and|then)? (revert|get back|come back|be in touch|let you know|reach out|go from there)',
        '(will|shall|\'ll) revert (if|should|in case) (there is|there\'s|anything|we|it is|it\'s|interested|required|needed|relevant|suitable|found suitable|of interest)',
        '(i|we) (will|shall|can|might|may|am going to|are going to|am gonna|are gonna|gonna|would)? (just|probably|then)? (just)? (go|go and|go back and)? (have a poke around|go through|read through|read the rest of|poke around|have a nose around|have a look at|have a look on|have a look around|look around|look on|check|check out|look at|look up|browse|google|have a browse of|have a browse on|read up on|have a read of|scroll through|look through|have a squiz at|have a gander at) (your|the|ur) (site|website|web site|webpage|web page|pages|homepage|home page|linkedin|socials|reviews|faq|pricing page|online stuff)',
        '(will|shall|going to|gonna|\'ll) (just|probably)? (have a|take a)? (poke|nose|dig|rummage|browse|snoop) around',
        '(rather|prefer to|prefer) (do is|do|to)? (just)? (have a poke around|poke around|have a nose around|have a dig around|dig around|have a look around|look around|browse|have a browse of|have a browse on|have a look at|look at|look through|read through|check out|go through) (your|the) (website|site|web site|webpage|web page|materials|docs|documentation|resources|faqs|case studies|blog)',
        '(i|we) (will|shall|am going to|are going to|am gonna|are gonna|gonna)? (just|probably|then)? (google|look up|search for|search up) (you|you guys|your company|your firm|the company|your product|your website)',
        '(look|looking) (you|you guys|your company|your firm|your product) up (online|later|on google|on linkedin|after this)',
        // "If anything jumps out I'll reply": the customer reads alone and decides whether to talk.
        '(jumps out|stands out|catches my eye|grabs me|looks relevant|looks interesting|looks like a fit|of interest|of relevance|relevant) .{0,2} (i|we) (will|shall|\'ll) (reply|be in touch|get back|reach out|let you know|come back|give you a shout|contact you|revert)',
        `(happy|glad|fine|ok|okay) to (receive|get|take|have|look at|read|skim) (a|an|some|the|any|your)? ${PAPERS}`,
        '(bookmarked|saved) (your|the) (site|website|link|page)',
        '(check|review|see|go through|look) (it)? and revert', '(look at|read|review|go through|see|skim) (your|the) (materials|material|info|information|literature|brochure|brochures|stuff|docs|deck|website|site) first',
        '(decide|see|judge|work out|tell) (from there)? (if|whether) (a|an|another|it is worth a|it\'s worth a) (call|meeting|demo|chat|conversation|talk)', '(decide|see|judge|work out) (from there)? (if|whether) (we|i) (need|want) to (talk|meet|speak|chat|have a call|take a call)', '(if|whether) (a|another|the) (call|meeting|demo|chat|conversation|talk) (is|would be|\'s) (worthwhile|worth it|worth having|needed|necessary)',
        '(email|emails|writing|text|whatsapp|written) (is|\'s|works) (best|better|easiest|easier|preferred)', '(an email|email|something in writing|a pdf|a brochure|a document|a summary|an overview) (would be|\'d be|is|works) (better|best|easier|preferable|more useful) (than|instead of) (a|the|another)? (call|meeting|demo|chat|zoom|visit|presentation|phone call)', '(i|we) (don\'t|do not) (really)? (take|do) (calls|phone calls|sales calls|zoom calls|video calls)', '(i|we) know where to (find|reach) you',
        '(i\'ll|i will|we\'ll|we will|i shall|we shall) (file|add|put|stick|keep|hold) (it|them|that|those|your details|your info|the details|your brochure|your literature|the brochure|the material) (with the others|away|in the pile|on the pile|in a folder|in the file|on file|in our file|in my file|on our files|on record)',
      ],
      // Reading first and then a concrete step (book the demo, come back with seat numbers) is engagement.
      // "Look at it later down the track" weighs the offer some day: timing, not reading.
      unless: ['@buying_signal', '@logistics', '(later|later on|sometime|some time|at some point) (down the track|down the line|down the road|in the year|next year|this year|in the future)', '(and|then|so) (i|we)? (will|\'ll|can|could)? (then)? (book|schedule|arrange|pick|choose|order|buy|sign|sign up|register|start the trial|start a trial|set up a call|set up a demo|set up a meeting|set up a time|pick a plan|choose a plan|pick a slot|pick a time)',
        '(come|get) back (to you)? with (numbers|seat numbers|user numbers|a number|the number|how many|dates|a date|a time|times|a list|our requirements|requirements|a shortlist|a po|an order|a headcount|our numbers|a decision)'],
    },
  ],
};
