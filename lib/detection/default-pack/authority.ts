import type { CategoryPack } from './category-pack';
import { BOSS as SHARED_BOSS } from './vocabulary';

// The shared list plus plurals and titles people use for whoever decides ("the directors", "our MD", "my oga").
const BOSS = SHARED_BOSS.slice(0, -1) + '|directors|managers|bosses|md|managing director|managing partner|practice partners|general manager|regional director|regional manager|area manager|line manager|regional office|oga|board of trustees|trust|trust board|steering group|steering committee|security lead|headteacher|head teacher|governing body|powers that be|top brass|big boss|upstairs)';

export const AUTHORITY: CategoryPack = {
  category: 'authority',
  // The rep asking who else is involved is discovery, not the customer's objection.
  // A hand-off that waits on a better price is the price objection ("before I could even take it upstairs").
  unless: ['(before|until) (i|we) (could|can) even (take|bring|pass|put)', '(is|are) there (anyone|anybody|someone|somebody|other people|others)', 'who else (is|would|will|needs|has|should)', '@own_authority', '(i am|i\'m) (actually|really|in fact)? the (one|person) (who|that) (signs|approves|decides|makes)', '(which|what) (cost centre|cost center|budget line|budget code|account|department) (this|it)',
    // Approval already given, in any order: "we had head office sign off already", "approval's come through".
    '(sign off|signed off|sign-off|signoff|approval|approved|the nod|the go-ahead|the green light|okayed|blessing) already', '(approval|sign-off|sign off|go-ahead|green light|budget|funding|it|that) (has|\'s|have|is)? (now|finally|just)? (come|came|gone|went) through', '(already|have already|has already|had already) (approved|signed off|okayed|agreed|given)',
    // A technical detail or the rep's discount checked upstairs: "check with our head of IT about the SSO setup".
    '(about|re|regarding|on) (the|our|your|a|an|any)? (sso|setup|set-up|integration|api|technical question|technical questions|tech question|tech questions|login|logins|install|installation|data migration|discount|extra discount|delivery|dates|schedule|availability)',
    // The vendor's approval, a diary check, or approval that is already in.
    '(approval|sign-off|signoff|sign off|go-ahead|okay|ok) (from|by) (you|your)', 'from your (side|end)', '(what|which|when) (time|day|date|slot|days|times) (i\'m|i am|we\'re|we are|she\'s|he\'s|they\'re)? (free|available)', 'when (i\'m|i am|we\'re|we are) (free|available)',
    '(was|were|has been|have been|got) (approved|signed off|ratified|okayed)',
    // The product's own approval features: "managers need to approve timesheets, can your tool do that?".
    '(timesheet|timesheets|expenses|expense claims|expense reports|leave requests|holiday requests|approval workflow|approval workflows|approval flow)', '(can|does|will|could) (your|the) (tool|system|platform|app|software|product) (do|handle|support|let|allow|manage)',
    // "It's under my limit", "you asked whether we'd need board approval, and the answer's no", "she's already said yes".
    '(under|within|below) (my|our) (limit|sign-off limit|signing limit|spending limit|authority|threshold|delegated authority)', '(asked|ask|asking|wondered) (whether|if) (we|i|we\'d|i\'d)', '(has|\'s|have|\'ve) (already)? (said yes|given the nod|given it the nod)', 'so (she|he|they) can (sign|countersign)',
    // Someone above already chose us: "the decision was made above my head and they went with you".
    '(went|gone|decided to go|chosen to go|opted to go|going) with (you|your|yours)', '(chose|picked|selected|chosen) (you|your company|your product|your tool|your platform)',
    // Sales coaching about the objection: "buyers saying they need to check with their boss".
    '(typical|usual|common|classic|standard|biggest|favourite|favorite) (objection|objections|brush-off|brushoff|brush-offs|headache|pushback|excuse|line)', '(buyers|prospects|customers|clients|people|leads) (saying|who say|that say|telling us|telling you)',
    // A colleague asked to fix something: "run it past Marcus in support so he can fix my login".
    '(so|and) (he|she|they|someone) (can|could|will) (fix|sort|reset|set up|unlock|install|configure|look at my|check my)',
    // Someone else's objection reported or rehearsed: "when they say they need to check with their boss, ask to meet the boss".
    '@third_party', '(when|if|once) (they|he|she|people|customers|clients|prospects|buyers|a prospect|a customer|the customer|the client|someone|somebody) (say|says|said|tell|tells|told|go|goes)', '(prospect|customer|client|lead) (said|says|told me|told us|wrote)', 'note to self', '(what|how) (do|should|would|can) (we|i|you) (say|respond|answer|reply|handle)',
    // A boss copied in to follow along: "looping in my manager for visibility, she'll join the renewal call".
    '(for|for her|for his|for their) (visibility|awareness|info|reference|context|transparency|the record)', "(just)? so (she's|he's|they're|she is|he is|they are) (aware|in the loop|informed|across it|up to speed)", "(it's|it is|that's|that is) (my|our) (budget|money|spend)",
    // Approval someone else already won, or of the buyer's own artefact: "congratulations on getting the partners' approval", "slides must be approved by our committee".
    '(congratulations|congrats|well done|great news|good news) (on|about|re)', '(slides|abstract|abstracts|submission|submissions|artwork|copy|posts|press release|designs|papers|entries|minutes|agenda) .{0,3} (must|need to|needs to|have to|has to|will|should) be (approved|signed off|reviewed)',
    // Approval of their own move before they tell their customers: "the board's approval on the new pricing before we announce it".
    '(for|to) our own (customers|clients|members|staff|users)', 'before (we|i) (announce|publish|release|go public|communicate|tell)',
    // The rep asking how budget works: "is budget already set aside or would it need approval?".
    '(or|and) (would|will|does|do) (it|this|that|you) (need|require|have to get) (approval|sign-off|sign off|signoff|board approval)', "(is|are) (the)? (budget|funding) (something|already)",
    // Role-play in sales training ("I'm the prospect and I'm gonna say..."), and hiring, where a manager picks a candidate.
    "(i'm|i am|i'll be|you're|you are|you be) the (prospect|customer|buyer|client)", '(candidate|candidates|applicant|applicants|hiring manager|interview panel|new hire)', '(your turn|role-play|roleplay|role play|off you go)', '(cc|cc\'d|cc\'ing|ccing|copying|copied) (in)? (my|our|the)', 'no action needed',
    // The rep's own notes about the account, and the rep's discovery question: "Internal note: decision maker is the COO", "a lot of the folks I talk to need to check with their boss, is that the case for you?".
    '(internal|internally) (note|notes|only|use)', 'not for (the)? (customer|client|prospect)', '(notes|summary|recap|debrief|write-up) (from|of|on|after) (the|my|our|a|an|today\'s|yesterday\'s)? (discovery|intro|first|sales|follow-up)? (call|meeting|demo|visit)', '(customer|client|prospect) (confirmed|confirms|mentioned|flagged|flags|raised|noted)', '^(internal|crm note|crm)',
    // Family logistics, not a buying gate: "check with my wife about the school pickup".
    '(school pickup|school pick-up|pick up the kids|pickup|childcare|nursery run)',
    // The rep's pipeline talk about another company's sign-off: "their purchasing manager keeps asking head office, so our deal's dragging".
    "(our|the) deal (is|'s)? (dragging|stalled|stuck|slipping|slipped|going cold)", "(let's|let us|should we|shall we|we could|we should) (offer|give|send) them",
    // A form's routine requirement addressed to an applicant: "your submission requires approval by an authorised signatory".
    '(your|the) (submission|application|tender|bid|claim|entry|registration) .{0,6} (requires|needs|must|will need|has to)',
    '(a lot of|lots of|most|many|some|plenty of) (the)? (folks|people|customers|clients|teams|companies|buyers|prospects|businesses) (i|we) (talk to|speak to|speak with|talk with|work with|deal with|see|meet)', 'is that (the case|true|right) (for|with) (you|your|yourselves)',
    // A business case the buyer is already presenting is moving forward: "we're presenting the business case to the exec team on the 20th".
    '(we\'re|we are|i\'m|i am|we\'ll be|i\'ll be) (presenting|pitching|taking|submitting|walking them through) (the|our|my|a)? business case',
    // Only the logistics left: "budget is signed off by the board, we just need to agree the start date".
    '(we just need|we only need|all we need is|just need|only need) to (agree|sign|book|pick|confirm|sort|finalise|finalize|set) (the|a)? (start date|date|dates|paperwork|contract|order form|kickoff|kick-off|go-live|details)'],
  triggers: [
    {
      // "Our hands are tied" is authority only when someone else holds them, not a contract that locks us in.
      id: 'auth.hands-tied',
      category: 'authority',
      patterns: ['(my|our) hands are (really|a bit|kind of|sort of)? tied', '(out of) (my|our) hands'],
      // A lock-in named anywhere in the message is what ties them: "we're tied in until then... for now our hands are tied".
      unlessInText: ['(tied|locked) (in|into) (until|till|for|with|to)', '(signed|committed to|locked into|tied into) (a|an) .{0,3} (deal|contract|agreement|term)'],
      unless: ['(contract|contracted|contracts|tied in|tied into|locked in|locked into|agreement|term|notice period|renewal|lease|subscription)', '(until|till|through) (the)? (end of|next|#Date)',
        // Out of my hands because it is done: "it's out of my hands now, the PO is raised".
        '(purchase order|po|order|contract|paperwork) (is|has been|was|\'s)? (now|already)? (raised|issued|sent|done|signed|approved|in)', '@buying_signal'],
    },
    {
      id: 'auth.run-it-by',
      category: 'authority',
      patterns: [
        `(run|bounce|check|clear|take|pass|put|float|raise|talk|run through|get|push|walk|bring) (it|this|that|everything|things|the proposal|the idea|this idea|the numbers|the quote|this one|all of this|all this)? (by|with|past|to|through|in front of|up to|up the chain to|over with) (my|our|the|his|her|their|a) (own)? (direct)? .? ${BOSS}`,
        `(check|checking|talk|talking|speak|speaking|consult|consulting|confer|conferring|discuss|discussing|sync|syncing|loop|looping|touch base|touching base|circle up) (in)? (with)? (with|to) (my|our|the) ${BOSS} (first|before|about|on)?`,
        `(loop|looping) (in)? (my|our|the) ${BOSS}`, `(bring|bringing|get|getting) (in)? (my|our|the) ${BOSS} (in|involved|on board|onboard|into this)`, // compromise reads "board's blessing" as "board is blessing": the hidden "is" is skipped.
        `(get|getting|need|needs|have|has) (my|our|the) ${BOSS} (is)? (blessing|approval|sign-off|signoff|okay|ok|go-ahead|nod|buy-in|say-so|signature|view|views|input|take|opinion)`,
        // Canvassing colleagues before anyone can say yes: "we need to socialise it internally first", "sound out the partners".
        '(socialise|socialize|socialising|socializing|canvass|sound out|float) (it|this|that|the idea|this idea|the proposal) (internally|around the business|around the office|with the (team|leadership|board|partners|execs|exec team|stakeholders))', `(sound out|canvass) (the|my|our) ${BOSS}`,
        // Indian English addresses the boss as "sir" or "madam" without a determiner: "let me check with sir first".
        "(check|confirm|discuss|speak|talk|consult) (with|to) (sir|madam|ma'am|oga) (first|before|then|and)",
        // Someone unnamed: "I'd have to run it past someone else" (negated, "we don't need to run it past anyone", it is the
        // opposite, and the engine's negation check says so).
        '(run|get|put|pass|take|clear|check) (it|this|that|everything) (by|past|through|with) (anyone|anybody|someone|somebody) (else)?',
        // Departments are often named bare: "get it past legal and compliance", "run it by finance".
        '(run|get|put|pass|take|clear|check) (it|this|that|everything) (by|past|through|with) (legal|finance|procurement|compliance|security|purchasing|hr|accounts|management|leadership|risk|infosec|head office|hq|upstairs|group|corporate|the powers that be|the higher-ups|the top brass)',
        `(discuss|go over|chat about|mention|show) (it|this|that|things) (with|to) (my|our|the) ${BOSS}`,
        '(good luck|hard to|tough to|never) (getting|get) (it|this|anything)? (past|by) (him|her|them|my|our|the)',
        `(waiting|wait|waiting to hear) (on|for|from|back from) (the|our|my) ${BOSS}`,
        `(my|our|the) ${BOSS} (has|have|needs|need|would need|will need|would have|will have|must|makes|make|decides|decide|signs|sign|approves|approve|owns|own|holds|hold|controls|control|handles|handle|gets|get) (to)? (the)? (final|last)? (say|call|decision|decide|sign off|sign-off|approve|approval|weigh in|look at|review|see|be involved|be on board|make the call|make that call|buy in|the budget|the purse strings|the signature|signature|the pen)`,
      ],
      unless: ['(to sign|sign|signing) (the|your) (contract|order form|paperwork|agreement)','(meeting room|room booking|book a room|the room|a room|booking|rota|parking|desk|lunch|dinner|birthday|weekend plans|school run|calendar|diary|invoice|invoices|payment|arrive|arrives|turn up|show up|get here)',
 '(holiday|holidays|leave|vacation) (rota|request|requests|form|forms|calendar|cover|allowance|dates|approval|approvals)', '(approve|approves|sign off|signs off|authorise|authorises|authorize|authorizes|book|books) (my|our|your|the|his|her|staff)? (annual)? (holiday|holidays|leave|vacation)', '@rep_framing', '(my|our) (boss|manager|ceo|cfo|board) (loved|loves|liked|likes|approved|signed|signed off|is excited|was impressed|wants to move)', 'i (already|have already|did|have|\'ve) (already)? (ran|run|checked|cleared|talked|spoke|spoken)', "(she's|he's|they're|she is|he is|they are) (completely|fully|totally|all|well) on board", 'no need to (check|run|clear)', 'without (checking|running|asking)',
        // Raising a fault upstairs is the complaint's escalation, not a sign-off: "I'm not impressed, and I'm going to raise this with our procurement team".
        '(not impressed|unacceptable|fed up|sick of|furious|livid|formal complaint|(second|third|fourth|fifth) (time|email|call|chase))'],
    },
    {
      id: 'auth.need-approval',
      category: 'authority',
      patterns: [
        `(the|my|our) ${BOSS} (of .)? (both|all|also)? (would|will|'d|has|have|needs|need) (both|all|also|still|first|then)? (have|need)? to .{0,3} (okay|ok|approve|sign off|green-light|green light|greenlight|bless|rubber-stamp) (it|this|that)`,
        // Titles come with qualifiers: "our VP eng", "the clinical governance committee", "our regional ops director".
        `${BOSS} (eng|engineering|ops|operations|tech)? (both|all|also)? (would|will|'d|'ll|has|have|needs|need|must) (have|need)? to (personally|also|still|first|always|ultimately|both|all)? (agree to|agree|okay|ok|approve|sign off|sign it off|sign this off|green-light|green light|greenlight|bless|rubber-stamp|ratify|give (the|their|his|her)? (final)? (approval|go-ahead|sign-off|nod|green light|okay|blessing))`,
        // Asking someone above for it: "seek approval from my superiors", "get buy-in from the partners".
        '(seek|seeking|take|taking|get|getting|obtain|obtaining|request|requesting|ask for|asking for|secure|securing|win|need|needs) (an|the|formal|final|some|their|his|her|board|management)? (approval|approvals|sign-off|signoff|sign off|permission|authorisation|authorization|clearance|blessing|buy-in|buy in|go-ahead|green light|nod|concurrence|consent|endorsement) from',
        'without (our|my|the|his|her|their) .{0,2} (signature|sign-off|signoff|approval|say-so|okay|blessing|go-ahead|green light|nod|ok)',
        `${BOSS} (team|department|dept|office|function)? (approves|approve|signs off|sign off|authorises|authorizes|okays|vets|must approve|has to approve|reviews|review) (on)? (all|any|every|each)? (new)? (contracts|contract|purchases|purchase|spend|spending|vendors|vendor|software|suppliers|supplier|tools|subscriptions|agreements)`,
        `${BOSS} (will|would|'ll|'d) (want|need|have|insist) to (run|put|take|review|see|vet|check|look at|sign off|approve|go through|be across|be involved|be consulted|weigh in|be in the loop|know about|have a look|take a look|see it|look it over|cast an eye)`,
        '(run|put|take) (it|this) through (their|our|the|its) (own)? (process|procedure|procurement process|approval process|vetting|checks|review)',
        '(governors|trustees|board|owner|owners|partners|directors|line manager|manager|boss|committee|council|leadership team|leadership) (would|will|\'d|\'ll) (also|both|all|still|first|then)? (have|need) to (agree|approve|sign off|review|okay|green-light|greenlight|decide)',
        '(need|needs|\'d need|would need) (the|my|our) .{0,2} (owner|boss|manager|director|board|partners|cfo|ceo|leadership team|whole leadership team|team|committee|trustees|governors|council|panel) (to sign off|to sign it off|to sign this off|to approve|to agree|on board|onboard|to okay|to ratify)',
        // A decision or paper from a governing body first: "I'd need a member decision before any spend", "it needs a board resolution".
        '(need|needs|\'d need|would need|require|requires|will need|\'ll need) (a|an) (member|members|board|committee|cabinet|council|trustee|trustees|partners|partner|directors|exec|executive|governors|panel) (decision|vote|resolution|report|paper|approval|sign-off)',
        // The deciders need time, not the speaker: "the trustees need a bit of time to mull this over".
        `${BOSS} (need|needs|want|wants|will want|would want|'ll want|'d want|will need|would need|'ll need|'d need) (a bit of|a little|some|more|a few days|a few weeks)? (time) to (think|mull|consider|review|discuss|digest|look at|go over|deliberate|reflect) (about|on|over)? (it|this|that|things|the proposal|your proposal|the quote|your quote|the offer|your offer|everything)`,
        '(go|goes|going|has to go|have to go|would need to go|needs to go|would have to go) through (our|the|a) .{0,4} (committee|procurement|sign-offs|approval|board|approval process|procurement process|purchasing process|buying process|vendor process|vetting process|sign-off process|governance process|tender process|review process|security process|compliance process)',
        '(several|multiple|a few|many|lots of) (sign-offs|signoffs|sign offs|approvals|signatures)',
        '(review|approve) this before (i|we) (can|could) (commit|sign|say yes|proceed)',
        // Someone else's approval before the speaker can commit: "procurement and the CFO both need to approve before I can commit".
        '(approve|approves|sign off|signs off|okay|okays|bless|green-light|green light|clear|sign) (it|this|that)? (first)? before (i|we) (can|could) (commit|sign|say yes|proceed|go ahead|move)',

        '(has to|have to|must|needs to|need to|would have to|will have to|should) be (approved|signed off|authorised|authorized|sanctioned|ratified|okayed|blessed) (by|at)',
        '(approved|signed off|authorised|authorized|ratified|sanctioned) by (our|the|my|a|his|her) (trustees|board|committee|owners|partners|council|head office|hq|directors|governors|finance|cfo|ceo|boss|manager)',
        '(go|goes|going|has to go|have to go|would have to go|needs to go) (through|past|via|to) (the|our)? (central)? (buying|purchasing|procurement|finance) (team|department|office)?',
        '(go|goes|going|has to go|have to go|would have to go|\'d have to go|needs to go) (past|through|by|to) (the|our|my) (owners|owner|partners|board|boss|directors|trustees|committee|head office|hq)',
        '(needs|need|requires|require) (the|a|our|his|her)? .{0,3} (signature|sign-off|signoff|approval)',
        '(get|got|getting) the (nod|go-ahead|thumbs up|okay|ok|green light) from',
        '(head office|hq|headquarters|upstairs|the top floor|group|corporate|the parent company) (would|will|has to|have to|needs to|need to|must)? (need to|have to)? (approve|sign off|decide|okay|bless|green light|green-light|greenlight)',
        '(need|needs|needed|require|requires) (our|the|my) (head office|hq|headquarters|board|owners|partners|trustees|council|committee|corporate|group) to (approve|sign|decide|okay)',
        '(committee|board|trustees|council|partners|governors) (votes|vote|decides|decide|sign off|signs off) on',
        '(bring|raise|table|take) (it|this|that) (up)? (at|to) (the|our) (next)? (board|committee|partners|trustees|council|team|management|leadership)? (meeting|one)',
        'clear (this|it|that) with (the|our|my)',

        '(need|needs|require|requires|needed|required|have to get|has to get|would need|will need|must get|must have|would have to get|will have to get|got to get|gotta get|have to have|has to have) (an|the|some|formal|final|board|exec|executive|senior|management|leadership|committee|legal|procurement|finance|their|his|her|my|our)? (approval|approvals|sign-off|signoff|sign off|buy-in|buy in|green light|go-ahead|go ahead|ok|okay|blessing|authorization|authorisation|consensus|permission|signature|sign-offs)',
        '(approval|sign-off|signoff|sign off|buy-in|green light|go-ahead) (from|by|of) (my|our|the|a|an|his|her|their) (own)? (boss|manager|director|vp|ceo|cfo|cto|board|committee|legal|procurement|finance|leadership|team|exec|executive|higher-ups|head|owner|partners|management)',
        `(board|committee|procurement|legal|finance|purchasing|leadership|management|ceo|cfo|cto|cio|owner|owners|partners|exec team|executive team|steering committee|council|it|security|compliance) (both|all|also|each|too)? (has to|needs to|will need to|will have to|must|would have to|would need to|gets to|get to|have to|need to) (approve|sign off|sign-off|review|weigh in|decide|vet|look at|make the call|make the decision|have the final say|get involved|see it|bless|okay|ok|greenlight|green-light|be involved|say yes)`,
        // Without an obligation only a decision verb counts: "compliance will review the results" is a plan, not a gate.
        `(board|committee|procurement|legal|finance|purchasing|leadership|management|ceo|cfo|cto|cio|owner|owners|partners|exec team|executive team|steering committee|council|security|compliance) (has|have|\'ll|will) (approve|sign off|decide|make the call|make the decision|have the final say|bless|okay|greenlight|green-light|say yes|veto)`,
        '(goes|go|has to go|needs to go|would have to go|will have to go|must go|going) (through|to|before|up to) (procurement|legal|the board|our board|committee|the committee|finance|purchasing|a committee|security review|security|compliance|vendor review|vendor management|our process|a process|an approval process|the approval process|approval)',
      ],
      unless: ['(report|reports|minutes|newsletter|update|updates|figures|numbers|results|dashboard|summary|invoice) (goes|go|is sent|are sent|gets sent|get sent)', '(invoice|invoices|invoicing|receipt|receipts|timesheet|timesheets|expenses|permit|parking|visa|badge|travel|parcel|parcels|courier|package|on delivery|upon delivery)',
        // Consent from a patient or a parent is not a buying gate.
        'from (the|a|each|every|their|our)? (patient|patients|parent|parents|guardian|guardians|tenant|tenants|resident|residents|data subject|data subjects|employee|employees|pupil|pupils|student|students)',
        // The rep asking for the customer's own signature is closing, not a gate.
        '(your|you) (signature|sign-off|signoff|approval|okay|ok|go-ahead)', '(approve|approves|sign off|signs off|authorise|authorises|authorize|authorizes|book|books) (my|our|your|the|his|her|staff)? (annual)? (holiday|holidays|leave|vacation)', '(had|received|obtained|secured|got) (the|our|final|full|formal)? (approval|sign-off|sign off|go-ahead|green light|blessing|buy-in)', '(has been|was|were|have been|got|is|are) (approved|signed off|ratified)', '@rep_framing', '(already|have|has|got|just) (got|approved|signed off|the approval|approval)', 'no (approval|sign-off|sign off) (needed|required|necessary)', '(does not|doesn\'t|don\'t|do not) (need|require) (any|an|the)? (approval|sign-off|sign off)', '@buying_signal'],
      negatable: false,
    },
    {
      id: 'auth.not-decision-maker',
      category: 'authority',
      patterns: [
        `(the|our|my) ${BOSS} (has|have|gets|holds) the (final|last) (word|say|call|decision)`, "(above|beyond) (me|my pay grade|my paygrade|my level)",
        `(see|find out|check|hear) what (the|my|our) .{0,2} ${BOSS} (make of it|makes of it|say|think|says|thinks|wants|reckons|decides|said)`,
        `(it's|it is|it will be|it would be|it'll be) (the|our|my) ${BOSS} (who|that) (decide|decides|sign|signs|approve|approves|make|makes|call|calls|has|have)`, "(ultimately|in the end|at the end of the day|really) (it's|it is|that's|that is|it'll be) (the|our|their|his|her) .{1,2} (decision|call|choice)", `(it's|it is|that's|that is) (the|our) ${BOSS} (decision|call|choice)`,
        `(justify|sell|explain|pitch) (that|this|it|the cost|the price|that cost|this cost|the spend|that price) to (my|our|the) ${BOSS}`, `(need|needs|'d need|would need|will need|'ll need) (the|our|my) ${BOSS} to (sign off|approve|okay|ok|sign|agree|bless|green-light|greenlight|say yes)`, `(get|getting) (the|our|my) (whole|entire|rest of the)? .? ${BOSS} (on board|onboard|behind it|to agree|aligned|bought in)`,
        `(decisions|purchases|spend|spending|contracts|purchasing) (like this|like that|of this kind|of this size|of this nature)? (go|goes|have to go|must go|need to go|get|gets|are|is) (through|via|to|past|routed through) (our|the|my) .{0,2} (${BOSS}|office|team|department|centre|center|it|it team)`, "(not|n't) (the one|the person|the guy|who you need|the one you need) to (convince|persuade|sell to|pitch to|win over)", `(the|my|our) ${BOSS} (handles|does|runs|looks after|manages|takes care of|deals with|controls|holds) (all)? (of)? (that|the|those|this)? (money|finances|books|purchasing|buying|spending|budget|budgets|accounts|contracts|chequebook|checkbook|purse strings|side|end) (side|end)? (of)?`,
        `(that|this|it) (would be|'d be|is|'s|will be|'ll be) (one|a question|a decision|a call|a matter|something) for (our|the|my)? ${BOSS}`,
        `(the|our|my) ${BOSS} (makes|takes|has|holds|make|take) (all|the|any|every)? (the)? (buying|purchasing|final|spending|big)? (decisions|decision|call|calls|say)`, "(procurement|finance|legal|the board|the committee|purchasing|leadership|management|the owner|the owners|head office|the ceo|the cfo|the director|the directors|my boss|my manager) (will|would|'ll|'d) (have to|need to) (sign|approve|okay|bless|review|look at) (this|it|that|any|anything|off)",
        `(sits|lies|rests|stays|sit|lie|rest) with (our|my|the)? .? ${BOSS}`, "(can't|cannot|can not|not able to|unable to|not allowed to) sign (anything|it|this|that|contracts|any contract)? off",
        "(decisions|decision|purchases|purchasing|procurement|contracts) .{0,5} (are|is|get|gets) (made|taken|signed off|approved|decided|handled) (by|at|centrally|above)", "(unable|not able|not in a position|not authorised|not authorized|not empowered|not allowed|not permitted|can't|cannot) to (commit|sign|agree|approve|authorise|authorize|make that call|make the call|make decisions|buy|purchase) (the|to|on|off|any|contracts|anything|this|that|spend|budget)?", `(gathering|collecting|pulling together|doing research|doing some research|putting together|researching|getting info|getting information|scoping|looking around) .{0,4} for (my|our|the) ${BOSS}`, `(liaise|speak|talk|deal|work|go|check) (with|through) (our|my|the) .{0,2} ${BOSS}`, "(question|decision|call|one|matter) for (our|the|my)? .{0,3} (not me|not us|not mine)", "(they|he|she|they'd|he'd|she'd) (would|will|'d|'ll)? (have to|need to|must|has to|have got to) (approve|sign off|okay|ok|sign|green-light|greenlight|bless) (it|this|that|any|anything|the)?", `(has to|have to|gotta|got to|needs to|need to|must|would have to|will have to|'d have to|'ll have to|has got to|have got to) go (through|past|via|to|before) (the|our|my|a)? .? ${BOSS}`,
        '(#Possessive|procurement|finance|legal|it|management|leadership|#ProperNoun) call,? not (mine|ours)',
        '(call|decision|choice|say) ,? not (mine|ours)',
        '(have|has|get|got) no (say|vote|input|control|authority) (in|on|over)',
        '(do not|don\'t|doesn\'t|does not) (get|have) (a|any|much)? (say|vote|input) (in|on|over)',
        '(i\'m|i am) (only|just) (an|a|the) (end user|user|coordinator|intern|assistant|employee|admin|contractor|analyst|buyer|purchaser|office manager|tech guy|it guy|technical lead|tech lead)', '(i\'m|i am) (only|just|purely) (technical|tech|on the tech side|on the technical side|the technical side|the tech side|the tech person|the technical person)',
        '(the)? (person|people|one|ones) you (want|need|should talk to|should speak to|want to speak to)',
        '(you\'d|you would|you will|you\'ll|you) (really)? (need|have|want) to (speak|talk) (to|with) (our|my|the|them|him|her|#Person|#ProperNoun|finance|legal|procurement|purchasing|accounts|head office|hq|management|corporate)', '^(please)? (talk|speak) (to|with) (head office|hq|headquarters|corporate|finance|procurement|purchasing|legal|accounts|my boss|my manager|the owner|the owners|our office)',
        '(they|head office|corporate|hq|headquarters|the board|management|group) (make|makes|handle|handles|decide|decides|control|controls|own|owns) (all|those|these|the)? (those|these|the|our|vendor)? (decisions|contracts|purchasing|buying|vendor contracts|spend)',
        '(can not|cannot|can\'t) (make|take) (that|this|the|a) (decision|call) (on my own|alone|by myself|myself)',
        '(check|run it|talk) with (a few|some|several|other) (people|colleagues|folks|stakeholders)',

        `(${BOSS.slice(1, -1)}|they|he|she) (calls|call) the shots`, '(get|getting|need to get|have to get) (it|this|that) (approved|signed off|okayed|authorised|authorized|rubber-stamped) by',
        `${BOSS} (decides|decide|rules|signs off|sign off) on (anything|everything|all|any|purchases|spend|things)`,
        // Getting someone above to do it: "get my director to sign off", "need the head of department to agree".
        `(get|getting|ask|asking|persuade|convince|need|needs|'d need|would need|will need) (the|our|my) ${BOSS} (of .)? to (sign off|approve|okay|ok|agree|bless|green light|say yes)`,
        `${BOSS} (would|will|'d|'ll) (kill me|murder me|sack me|fire me|have my head|hit the roof)`,
        '(needs|need|requires|require) (two|#Value|multiple|several|dual|double) (signatures|signatories|sign-offs|approvals)',
        '(better off|best off|best to|better to) (talking|speaking|dealing|talk|speak|deal|going|go) (to|with|through) (our|my|the|him|her|them|#Person|#ProperNoun)',
        `(business case|paper|recommendation) (for|to) (the|our|my) ${BOSS}`, `(present|pitch|take|bring) (this|it|that) (to|before) (the|our|my) ${BOSS} first`,
        `(my|our) ${BOSS} and (i|me) (decide|make|sign|approve|choose|will decide|have to decide|need to decide|would decide) (together|jointly|this|these|that|things|on this|on that|everything|purchases|big decisions|all)`, '(decide|make decisions|decide these things|decide on things) (together|jointly|between us)',
        '(purse strings|budget|chequebook|checkbook) (is|are) (held|controlled|owned|managed|signed off) by',
        '(i|we) can (only|just) (recommend|suggest|advise|influence) (it|this|that)? (not|but|to|internally)', '(i|we) can (only|just) (make a recommendation|put it forward|champion it|push for it)',
        '(decision|call|choice|say) (is)? (not|n\'t) (mine|ours)',
        '(do not|don\'t|doesn\'t|does not) (actually|really|even)? (hold|own|control|manage) (the|any)? (budget|purse strings|chequebook|checkbook|sign-off|signing authority|spend|spending|money)',
        '(budget holder|budget owner|decision maker|decision-maker|signatory|approver|final approver) (is|are|would be|will be) (our|my|the|his|her|#Person|#ProperNoun)',
        `${BOSS} (meet|meets|sit|sits|convene|convenes|vote|votes) .{0,3} to (decide|vote|approve|sign off)`,
        // Meeting to review it, not "the board meets quarterly to review the safety results".
        `${BOSS} (meet|meets|sit|sits|convene|convenes) .{0,3} to (review|consider|look at|discuss) (it|this|that|the proposal|your proposal|proposals|the quote|your quote|quotes|the contract|contracts|purchases|new suppliers|new vendors|the spend|spend)`,
        '(escalate|submit|send|put) (it|this|that)? (internally|upstairs|up|to them|to him|to her)? (for|to get) (approval|sign-off|sign off|authorisation|authorization)',
        // Someone else decides: "he's the one who decides", "someone else signs the cheque", "head office already picked".
        '(he\'s|she\'s|they\'re|he is|she is|they are|that\'s|that is) the (one|ones|person|people|guy|lady) (who|that)? (decides|decide|signs|sign|approves|approve|makes the call|makes the calls|calls the shots|holds the purse strings|signs off|has the final say)',
        '(he\'s|she\'s|they\'re|he is|she is|they are) the (one|ones|person|people) (who|that)? (will|\'ll|would|\'d|gets to|get to) (decide|sign|approve|make the call|sign off|have the final say)',
        `${BOSS} (is|'s) the (one|ones|person|people) (who|that)? (will|'ll|would|'d|gets to|get to)? (decide|decides|sign|signs|approve|approves|make the call|makes the call|sign off|signs off|have the final say|has the final say)`,
        // Named as the decider: "the person who actually signs off is our COO".
        '(the)? (person|one|guy|lady|people|ones) (who|that) (actually|really|ultimately|finally)? (signs off|signs|decides|approves|holds the budget|makes the call|makes the decision|has the final say|can sign|can approve|gets to decide) (on)? (software|the|this|that|any|new|all|it)? (spend|spending|purchases|contracts|budget|orders|tools)? (on this|on it|here|on that)? (is|are|would be|will be)', 'whoever (actually|really|ultimately|finally)? (signs off|signs|decides|approves|holds the budget|makes the call|makes the decision|has the final say|can sign|can approve|gets to decide) (on)? (software|the|this|that|any|new|all|it)? (spend|spending|purchases|contracts|budget|orders|tools)? (on this|on it|here|on that)? (is|are|would be|will be)',
        '(i am|i\'m) not (the|an) (authorised|authorized|designated|appropriate|relevant) (person|signatory|one|approver|decision maker)',
        '(approval|decision|call|sign-off|say) (is|\'s) not (with|up to) (me|us)', '(i|we) can only (recommend|suggest|advise)$', '(i|we) can only (recommend|suggest|advise) !(you|your|yours|them|him|her|it|this|that)',
        '(it\'s|it is|that\'s|that is) (his|her|their) (call|decision|choice)', '(convince|persuade|win over|sell to|sell it to) (her|him|them) ,? not (me|us)',
        '(hard|tough|difficult) sell (upstairs|to (my|our|the) (boss|manager|director|board|cfo|ceo|owner|owners|partners))',
        // Someone above picks the suppliers, leaving no local choice: "head office picks our suppliers", "not much room for local choice".
        '(head office|hq|headquarters|corporate|group|the parent company|our parent company|the franchisor|the franchise agreement) (picks|chooses|selects|decides on|mandates|dictates|controls|approves|sets) (our|the|all|which|every)',
        '(not much|no|little|very little|zero|hardly any) (room|scope|freedom|latitude|leeway) (for|to make)? (local|regional|our own|my own|individual|site-level|branch-level)? (choice|choices|discretion|decisions|decision-making)',
        // Back to the gatekeeper: "I'd have to go back to procurement".
        `(have to|need to|'d have to|would have to|will have to|'ll have to|has to|needs to) (go|take it|take this|bring it|bring this) back to (the|our|my)? ${BOSS}`,
        // Explaining the cost upstairs: "I'd be the one explaining a five-figure line item to our CFO".
        `(the one|the person) (explaining|justifying|defending|pitching|selling) .{0,5} to (my|our|the) ${BOSS}`,
        "(it's|it is|that's|that is) (the|our|my) .{0,2} (guys|people|team|folks|lot|office|crowd|bosses|suits) (who|that) (sign off|signs off|sign these|signs these|sign it|signs it|sign that|signs that|decide|decides|approve|approves|make the call|makes the call|call the shots|calls the shots|hold the budget|holds the budget|pick the|picks the)",
        `(get|getting) (the|our|my) .? ${BOSS} (onside|on side) (first|before)`,
        "(not|n't) the (one|person|guy|lady) (holding|who holds|with|that holds) the (purse strings|budget|chequebook|checkbook|pen|signing authority|cheque book)",
        '(someone|somebody) else (signs|decides|approves|makes|holds|has|controls|calls)', '(he|she|they) (signs|sign) the (cheques|cheque|checks)',
        '(head office|hq|headquarters|corporate|group|the parent company) (already)? (picked|chose|chosen|selected|decided on|mandated|standardised on|standardized on|went with)',
        `${BOSS} .{0,3} (makes|make|takes|take|handles|handle|owns|own|controls|control) (all|those|these|that|the|any|our|every)? .{0,2} (decision|decisions|calls|call|vendor selection|purchasing|buying|procurement|contracts|spend|vendor stuff)`,
        '(has|have|holds|hold|gets|get) (a|the)? (final|last|ultimate|casting) (say|word|vote|call|decision|veto)', '(has|have|holds|hold) (a|the)? veto',
        '(a|it\'s a|it is a) (group|team|joint|collective|committee|board|family|shared|consensus) (decision|call)',
        '(we all|all of us|everyone|the whole team|all the partners|all the directors) (have to|need to|must|would have to|will have to|has to) (agree|sign off|be on board|approve|say yes)',
        '(only|just) one of (#Value|several|a few|many|the) .{0,2} (people|votes|voices|decision makers|members|partners|directors|trustees)',
        '(can\'t|cannot|can not) speak for (the others|everyone|the rest|the team|the board|my colleagues|them|the other)',
        'even if (i|we) (say|said) yes', `${BOSS} (is|are|will|would)? (going to|gonna)? (say no|veto it|never approve|never sign off|kill it|block it|shoot it down|never go for it)`,
        '(do not|don\'t|doesn\'t|does not|have no|has no) (actually|really)? (have)? (the|any)? (authority|power|mandate|signing authority|delegated authority|clout|sign-off authority) (to|for|over)',
        '(isn\'t|is not|\'s not|not) (really)? (mine|ours) (to make|to take|to decide|to give|to sign|to approve)',
        '(need|needs|have|has|would need|would have|will need|will have|\'d need|\'d have) to go (through|past|via|by) (him|her|them)',
        '(table|put|present|bring|raise) (it|this|that|a recommendation|the proposal|a proposal|the case) (before|in front of) (him|her|them)', `table (it|this|that|the proposal) (before|to|at) (the|our|my) ${BOSS}`,
        '(it\'s|it is) (really|actually|technically|ultimately)? (my|our|the) .? #Possessive (business|company|shop|firm|practice|call|decision|money)',
        // Named: "it's up to Dave", "that's down to her really".
        "(it's|it is|that's|that is|it'll be|it will be) (all|really|ultimately|entirely|totally)? (up to|down to) (#Person|him|her)",
        '(you\'d|you would|you\'ll|you will) (need|want) (him|her|them)', '(i|we) (just|only) do (the)? (admin|books|paperwork|ordering|office|accounts|day-to-day|day to day|operations|ops)',
        '(take|bring|pass|send|kick|run) (it|this|that) upstairs', // "Pass it up to the director", not "the cattle go up to the hill paddock".
        '(pass|send|push|kick|take|escalate|bump|move) (it|this|that)? up (the chain|the line|the ladder|the food chain|to my|to our|to the)', '(go|goes|going) up (the chain|the line|the ladder|the food chain)', '(it|this|that) (go|goes|going|would go|will go|has to go|would have to go) up to (my|our|the)',
        '(not|isn\'t|is not) (really|entirely|solely|just|only|totally|wholly)? (up to|down to) (me|us)',
        '(i|we) (just|only) (run|manage|work in|handle) (the)? .{0,2} (crew|nights|shift|shifts|night shift|kitchen|site|line|side|end|department|team|office|branch|store|shop|site|day-to-day|operations|ops|admin|books|floor|warehouse|front desk|reception)',
        '(final|last) (word|say|call|decision) (sits|rests|lies|is|stays) with',
        '(i\'m|i am) (just|only) (the)? (regional|local|office|store|site|assistant|deputy|junior)? (manager|admin|coordinator|assistant|employee|staff)',
        '(signs|sign) off on (that|this|those|these|all that|all this|all of this|that stuff|purchases|spend)',
        '(signs|sign|approves|approve|okays|authorises|authorizes) (off)? (on)? (like)? (anything|everything|all spend|all purchases|any spend|any purchase|purchases|spend|every expense|every purchase|every invoice|every order|all expenses|any expense) (over|above|of|like|bigger|larger|more)',
        `(that is|that's|it is|it's|this is) (one|a question|a decision|a call|something) for (my|our|the) ${BOSS}`,

        '(is not|\'s not|isn\'t|not|wasn\'t|was not) (really)? (my|our|the|his|her) (call|decision|department|area|budget|place|choice|say|role|remit|responsibility|purview|wheelhouse|decision to make|call to make)',
        '(i am|i\'m|im|i) (really|actually|honestly|probably)? not (really|actually)? (the|a|an) (final)? (decision maker|decision-maker|one who decides|one who makes|one who signs|one who gets to|one that gets to|one who can approve|one who can sign|one who can decide|one who can say yes|person who can approve|person who can sign|person who can decide|person who gets to|one who can say|one who says|one who approves|one that decides|one that signs|one with the|person with the|person who decides|person who signs|right person|person to talk to|buyer|budget holder|budget owner|signatory|one making|one to make)',
        '(i|we) (do not|don\'t|can not|cannot|can\'t|am not able to|\'m not able to|am not allowed to|\'m not allowed to|have no) (make the call|make that call|make the decision|make decisions|sign off|sign-off|approve|authorize|authorise|commit to|decide on|decide|say yes to|power|authority|final say)',
        '(decision|final say|final call|final decision|final approval|final sign-off|approval|say|sign off|sign-off|budget|purse strings|buying decision|purchasing decision|ultimate decision) (really|ultimately|actually|still|always|then)? (is|rests|lies|sits|falls|stays|resides|belongs) (with|up to|on|to|above)',
        '(above|beyond|over|outside|exceeds|exceed) (my|our) (delegated)? (pay grade|paygrade|head|level|authority|sign-off limit|signing limit|spending limit|approval limit|remit|authorisation|authorization)',
        '(up to|down to) (my|our|the) (boss|manager|director|vp|ceo|cfo|board|committee|owner|partners|head|leadership|management) (to decide|to say|to approve|to sign|really|ultimately)?',
        'for (my|our|the) (boss|manager|director|vp|ceo|cfo|board|committee|owner|partners|head|leadership|management) (to decide|to say|to approve|to sign|to make the call)',
        '(need|have|want|got|\'d have|would have|\'ll have|will have|\'d need|would need) to (talk|speak|check|run it|discuss it|run this|chat|confer) (to|with|by|past) (him|her|them) (first|before|about it)',
        // Someone else's: not "I run finance here" or "your tool handles the finance side".
        `(${BOSS.slice(1, -1)}|he|she|they|someone else|somebody else|#Person) (handles|handle|controls|control|manages|looks after|runs|holds|owns) (all)? (of)? (the)? (money|finance|financial|finances|budget|purchasing|buying|spending|spend|purse strings|chequebook|checkbook|cheque book) (side|decisions|stuff|things|end)?`,
        // A named body above picks for a domain: "Group IT decides on all tooling", "our global team picks the vendors", "the client chooses the platform".
        `(${BOSS.slice(1, -1)}|group it|global team|our global team|the global team|the client|the customer|#ProperNoun) (actually|really|ultimately|always)? (decides|picks|chooses|selects|approves) (on)? (all|the|our|any|every)? .{0,2} (tooling|tools|vendors|suppliers|platform|platforms|software|systems|telematics|technology|tech|contracts)`,
        // No power to sign: "no sign-off power at all", "I cannot make purchasing commitments on behalf of the cooperative".
        '(no|zero|without|not much) (sign-off|signoff|signing|spending|purchasing|buying) (power|powers|authority|rights)', "(cannot|can't|can not|unable to|not able to|not authorised to|not authorized to|not allowed to) (make|give|enter into) (any)? (purchasing|buying|financial|spending)? (commitments|commitment) (on|for)",
        // A junior role named as the reason: "I'm just the workshop foreman", "I'm the intern, I just collect the quotes".
        "(i'm|i am) (just|only)? the (intern|foreman|workshop foreman|receptionist|office junior|secretary|supervisor|shift supervisor|pa)", '(i|we) (just|only) (collect|gather|compile|get) (the)? (quotes|quotations|prices)',
        // Not the one who picks: "I don't choose software, that's Dr Moyo".
        "(i|we) (do not|don't) (choose|pick|select|decide on|sign off on|approve) (the)? (software|tools|systems|vendors|suppliers|technology|tech|platforms|what we buy|what we use)",
        '(i|we) (just|only|merely|simply|basically|mainly) (do the research|gather information|gather info|collect information|collect options|make recommendations|make a recommendation|recommend|pass it on|pass it up|pass along|report up|influence|shortlist|forward)',
        '(i|we) (do the research|gather information|gather info|collect information|collect options|make recommendations|make a recommendation|report up) (for|to) (the|my|our|him|her|them)',
        // Round 2: someone else decides, said plainly.
        // "they decide everything", "he decides", "business side decides": a third party, not "we decide" or "you decide".
        `(${BOSS.slice(1, -1)}|he|she|they|head office|business side|the business side|commercial side|the commercial side|management side) (decides|decide|decides on|decide on) (everything|all of that|all that|this|that|it|the decisions|those decisions|these things|all the decisions|all decisions)`,
        `(${BOSS.slice(1, -1)}|he|she|business side|the business side) decides$`,
        // "Anything like this goes to the ops director", "at that price it goes to the investment committee".
        `(anything|everything|this|that|it|stuff|decisions|purchases|spend|spending|something) (like this|like that|of this size)? (goes|go|would go|will go|has to go|gets sent|get sent|gets passed|gets escalated) (up)? (to|through|past|via) (the|our|my|a)? .? ${BOSS}`,
        // "the board meets monthly and they'd have to vote on it", "I can't just say yes", "I can't sign for it".
        `(${BOSS.slice(1, -1)}|they|members|the members) (would|will|'d|'ll|has to|have to|need to|needs to|must) (have to|need to|all)? vote (on)? (it|this|that|the proposal)`,
        "(can't|cannot|can not|couldn't|could not|not allowed to|not able to|unable to) (just)? (say yes to it|say yes to this|say yes to that|sign for it|sign for this|sign for that|sign for anything|sign anything myself|sign anything on my own|sign off on my own|approve it myself|approve this myself|approve anything myself)",
        "(can't|cannot|can not|couldn't|could not) (just)? say yes$",
        // "nobody here can sign anything until the new head starts", "without them saying so", "before he signs anything".
        '(nobody|no one|no-one) .{0,3} (can|is able to|is allowed to|could) (sign|approve|authorise|authorize|commit to|decide)',
        `(without|unless) (them|him|her|head office|hq|the board|my boss|my manager|the owner|the owners) (saying so|say so|agreeing|approving|signing off|okaying it|saying yes|giving the ok|giving the okay)`,
        '(before|until) (he|she|they) (signs|sign|approves|approve|okays|okay|agrees to|signs off on|sign off on) (anything|it|this|that|off)',
        '(if|were) it (were|was|\'s) (up to|down to) (me|us)', 'if (i|we) (had|got) (my|our) way',
        "(need|needs|'d need|would need|will need) .{0,4} (both|all|each) to (sign off|sign this off|sign it off|approve|okay|agree|sign)",
        // "Our IT director has to sign off and she's on leave".
        `(the|my|our) .? ${BOSS} (has to|have to|needs to|need to|would have to|will have to|would need to|will need to|must|'d have to|'ll have to) (sign off|approve|okay|ok|green-light|greenlight|green light|bless|rubber-stamp|sign it off|sign this off|sign that off)`,
        // "the GC's PM picks the site tech, not me", "she decides, not me".
        '(picks|chooses|decides|selects|approves|signs off|signs|calls the shots|makes the call|makes that call|holds the budget|pick|choose|decide|select|approve|sign off|sign) .{0,4} not (me|us|mine)',
        // "run it past Dr Chen", "loop him in before anything".
        '(run|bounce|check|clear|float) (it|this|that|everything|the proposal|the idea) (by|past) (#Person|#ProperNoun|him|her|them)',
        "(need|have|'d need|would need|will need|'ll need|got|gotta) to (loop|bring|get) (him|her|them) (in|involved) (first|before|on this|on it|on the decision|on any decision)", "(need|have|'d need|would need|will need|'ll need|got|gotta) to (loop|bring|get) (him|her|them) (in|involved)$",
        '(not|no) (authority|authorized|authorised|empowered|allowed|able) to (sign|buy|purchase|approve|commit|decide)',
        // Someone else buys, signs or decides, said plainly: "not the one who buys them", "the decision will be taken by our MD", "final approval will be from our director".
        "(not|n't) the (one|person|guy|lady|people) (who|that) (buys|buy|signs|sign|decides|decide|approves|approve|pays|pay|holds|hold|chooses|choose|picks|pick)",
        '(decision|final decision|final call|final approval|approval|sign-off|final sign-off) (will|would|has to|must|is going to|can only)? (be|come) ((taken|made|given) by|from) (the|our|my|his|her|a)',
        `(get|getting|need|'d need|would need|have to get) (like)? (the|my|our) ${BOSS} to (okay|ok|approve|sign off|sign it off|sign this off|green-light|greenlight|agree to|say yes to|bless) (it|this|that)?`,
        "(can't|cannot|can not|couldn't) (actually|really|personally|myself)? sign (anything|off on anything|contracts|it off|this off)$",
        "(need to|have to|'ll|will|gotta|got to|must|should) (first)? (loop|bring) in (legal|finance|procurement|compliance|security|purchasing|accounts|it|group it|head office|hq|the business|management)", '(get|getting|bring|bringing) (legal|finance|procurement|compliance|security|purchasing|accounts|head office|hq|management) (involved|on board|onboard|in on this|in on it)',
        `(${BOSS.slice(1, -1)}|he|she|they) (decides|decide) (what|how much) (we|i) (spend|buy|pay)`,
        // Handed on to whoever decides: "I'll forward this to the people who actually decide these things".
        '(forward|pass|send|take|bring|escalate|show|give) (this|it|that|them)? (on|along|over|up)? to (the (people|person|ones|team|folks) (who|that)|whoever|someone who|somebody who) (actually|really|ultimately)? (decide|decides|sign|signs|approve|approves|make|makes|hold|holds|control|controls)',
      ],
      negatable: false,
      // Buying through a framework or reseller is the competitor objection: "the council's got a framework with another supplier, we'd have to go through them".
      unless: ['(framework|reseller|distributor|wholesaler|supplier|agency) .{0,12} through (them|him|her)', '(is|would be|will be) (me|myself)', '(commit|decide|sign) (to)? (anything|this|it)? (today|right now|yet|at the moment|now|this week|on the call|on this call|just yet)', '(i|we) (have|hold|get|got) (a|the)? (final|last|ultimate|casting) (say|word|vote|call|veto)', "(already|has|have|just) (said yes|approved|signed off|agreed|given the go-ahead|okayed)", "(boss|manager|ceo|cfo|board|director|owner|partner|partners) (already)? (loves|loved|likes|liked|approved|signed off|is sold|is keen|is excited|wants)", "(send|forward|email|address) (the|your)? (invoice|invoices|bill|receipt|po|paperwork) (to)", "(person|one|contact) (for|to ask about|to talk to about) (billing|invoice|invoices|invoicing|payment|payments|support|technical|tech|login|logins|password|access|hr|shipping|delivery|deliveries) (questions|queries|issues|problems)?", "(purchase order|po) (is|has been|was)? (raised|issued|sent|done|signed|approved)", '(both|all|already) (done|signed|sorted)', 'first thing', '(about|re|regarding|for) (the)? (sso|setup|set-up|integration|api|technical|tech|login|logins|install|installation|data|invoice|invoices|billing questions|billing queries|billing query|support|timesheet|timesheets|expenses)',
        // The speaker does decide, on their own terms: "I do not make decisions on the strength of a phone conversation".
        '(make|making|take|taking) (decisions|a decision|the decision|any decision|purchasing decisions|buying decisions) (on|based on|on the basis of|on the strength of|off the back of|over the phone|from a|without)', '(timesheet|timesheets|expenses|expense claim)', "(get|getting|raise|raising) (the|a)? (purchase order|po)", '@rep_framing', 'not the only', '(rota|parking|desk|lunch|calendar|diary|room booking|fire drill|first aid)', '(holiday|holidays|leave|vacation) (rota|request|requests|form|forms|calendar|cover|allowance|dates|approval|approvals)', '(approve|approves|sign off|signs off|authorise|authorises|authorize|authorizes|book|books) (my|our|your|the|his|her|staff)? (annual)? (holiday|holidays|leave|vacation)', '(i|we) can (sign|approve|decide|make the call)', '(who|whose) (else)? (is|would be) (involved|the decision)', '(it|this) is (not|n\'t) (my|our) (fault|problem|issue|job to)', 'not my (first|favorite|favourite|area of expertise)'],
    },
  ],
};
