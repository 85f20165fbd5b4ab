import type { CategoryPack } from './category-pack';

export const COMPETITOR: CategoryPack = {
  category: 'competitor',
  // A contract that ends is the opening to switch, not loyalty to the incumbent.
  unless: ['@buying_signal', '@why_we_called', '@incumbent_pain', '(contract|agreement|term|subscription|licence|license|deal) (ends|expires|runs out|is up|lapses|comes to an end|ending|expiring|finishes) (on|in|at|next|this|soon|by|at the end)',
    '(when|once|after|before|until) (the|our|this) (contract|agreement|term|subscription|licence|license|deal|renewal) (ends|expires|runs out|is up|lapses|finishes|comes up|renews|is over)',
    // The rep's notes or the customer's gossip about someone else talking to a rival.
    '(#ProperNoun|#Organization|the client|the prospect|the customer) (mentioned|said|says|told me|told us) (that)? (they|she|he)', '(you|you had|you have) (mentioned|said|told me|told us|noted|flagged) (that)? (the|your|you|you\'re|you are|they|they\'re|they are)', '(as|like) (you|you had|you have) (mentioned|said|noted|flagged)',
    '(works|worked|working|sells|sold|selling|employed) (at|for) (a|one of|another) (your)? (competitor|competitors|rival|rivals|competing)', '(someone|somebody|a salesman|a rep|a sales rep|a guy|a woman|a man|a chap|people|a friend|a mate) from (a|one of|another) (your)? (competitor|competitors|rival|rivals)',
    '(vendor|supplier) (submissions|materials|documentation|paperwork|security|onboarding|forms|registration|questionnaire|questionnaires|due diligence)',
    // Leaving the incumbent for us, or bringing its data over.
    "(reason|why) (we are|we're|we|i'm|i am) (switching|moving|changing|leaving|making the switch|moving over)", '(import|migrate|move|bring|load|upload|transfer|port|sync) .{0,3} (into|to|over to|across to) (your|you|yours)', '(making|make|made) the (switch|move|jump) (because|as|since|to you|to yours|over to you)',
    '(licence|license|plan|tier|package|price|pricing|quote|subscription|grant|budget|insurance|warranty|policy|fee) (covers|cover|includes|include|handles)', 'happy with (progress|the results|results|how|where|you|your)',
    // Will it fit with what they have: a buying question, not loyalty to it.
    '(work|works|fit|fits|integrate|integrates|sit|sits|play|plays|sync|syncs|connect|connects|run|runs) (nicely|well|okay|ok)? (alongside|with|next to|on top of|into) (what|who|our|the)',
    '(would|will|could|can|does|do) (that|this|it|yours) (do|cover|handle|take care of|sort)',
    // Meeting links, a contract with us, pain with the incumbent, the reason they called.
    '(invite|invitation|meeting link|dial-in|calendar invite|zoom link|teams link|teams invite|call link)', '(contract|agreement|deal|subscription|licence|license) with (you|your|yours)', '(attached|attach|enclosed|enclose|attaching) (our|the|a copy of)',
    '(gone|going|went) (downhill|down the pan|down the drain|south|to pot|to the dogs)', '(getting|got|gotten) (worse|steadily worse|worse and worse)', '(hence|which is why|that is why) (the|this|my|our) (call|email|enquiry|inquiry|message|note|interest)',
    '(live|launched|rolled out) (with|on) (you|your)', '(calendar|diary) (hold|invite|invitation|entry)', '(in|at) the (current|same|old|existing) (office|building|site|location|address|premises)', 'when can we (start|begin|kick off|get going|go live|sign)',
    '(already|now) (have|got) (the|your) (deck|slides|brochure|info|information|details|pricing|proposal|quote|contract|link|invite|agenda|recording|notes|docs|documents|email|pdf|materials)',
    '(bad|terrible|poor|awful|horrible|negative) (experience|experiences|time) (with|from)', '(switching|moving|migrating|coming) (over)? from', '(pilot|trial|poc) (results|data|feedback|findings|numbers)', '(want|hoping|looking|need|keen) to (save|cut costs|reduce costs|spend less|pay less)',
    '(tier|plan|version|trial|edition|account) of (yours|your)', '(would like|\'d like|want|need|love to have) (your|yours) (widget|tool|product|platform|app|system|solution|integration|plugin|module|help)', '(help|helping) (us)? (get out|break|exit|switch|move|migrate|leave)', '(need|want|trying|looking|desperate|keen) to (get out of|break|exit|escape|leave|terminate|cancel)',
    '(terrible|awful|useless|rubbish|hopeless|dreadful|appalling|a joke|shocking|unreliable|letting us down|let us down)', '(on our end|on our side|at our end|at our side)', '(so|for|and) the (rollout|roll-out|setup|set-up|integration|onboarding|migration|install) (is|will be|should be|goes)', '(you|you\'ve|you have|your team) (got|have) (it|that|this) (covered|sorted|handled|in hand)',
    // Who handles contracts, buying or invoices is the customer's process (authority), not an incumbent.
    '(handles|handle|does|do|deals with|deal with|manages|manage|runs|run) (all)? (of)? (our|the) (vendor|supplier|software)? (contracts|contract|purchasing|procurement|buying|approvals|sign-off|signoff|negotiations|invoices|billing|payments|paperwork)',
    '(does|will|can|would|could) (it|this|yours|that|your tool|your platform|your system|your product|your app) (integrate|connect|sync|work with|plug into|talk to|link)',
    // Questions about bringing data over from, or working with, what they have are buying questions.
    '(does|do|will|would|can|could) (your|yours|it|this|you) .{0,2} (support|integrate with|connect to|work with|plug into|talk to|sync with|read|pull|import|handle)',
    '(migrate|migrating|migration|import|importing|export|exporting|pull|pulling|transfer|transferring|bring|bringing|move|moving|data) .{0,4} (from|off|out of) (our|the) (current|existing|old)',
    // An election's incumbent, someone's years at their employer, a business partner who runs the books.
    'incumbent (party|president|government|mp|candidate|councillor|mayor|senator|governor|administration|leader|champion)',
    "(i|i've|i have|i was|she|he|she's|he's|she has|he has) (been)? (with|at) (the|this|my) (company|firm|business|organisation|organization|practice|group|team) (for|since)",
    'been with (you|your)', 'my (business)? partner (handles|does|looks after|sorts|takes care of|deals with|runs|manages)',
    // The tool or spreadsheet is the pain that brought them to us.
    '(drowning|a mess|messy|chaos|chaotic|not scaling|doesn\'t scale|does not scale|can\'t keep up|cannot keep up|error-prone|error prone|out of hand|killing us|held together with)',
    // Something they will have later, not an incumbent: 'once I have that in hand'.
    '(once|when|after|until|as soon as) (i|we) (have|get|receive) (that|this|it|them)',
    // The rep describing the customer's search: 'I understand you're also speaking with other vendors'.
    '(you are|you\'re|you have been|you\'ve been|you guys are) (also|probably|likely|still|obviously)? (speaking|talking|looking|evaluating|considering|comparing|meeting|trialling|trialing|shopping)',
    // We won the comparison, or the incumbent sent them to us: 'we looked at two others but yours was the only one that did it'.
    '(you|yours|you guys|your team|your product|your proposal|your platform|your offer|your tool|your demo) (were|was|are|is|came|come|stood|came out|come out) (by far|easily|clearly|much|way|streets|miles|far|actually|just|honestly)? (the)? (best|better|top|winner|strongest|favourite|favorite|ahead|on top|cheapest|clear winner|only one|only option|only vendor|only provider|out)',
    '(none of them|nobody else|no one else|neither of them) (did|does|could|can|came|comes|matched|offered|had|was|were|do|has)', '(you|yours|you guys) (beat|beats|blew|won|win|wins|outperformed|outscored|outshone)',
    '(picked|chosen|selected|gone with|went with|going with|chose) (you|your|yours)', '(recommended|referred|pointed|suggested|introduced) (you|us to you|your)',
    // A plan they had until they met us, and leaving the incumbent for us.
    '(until|till) (we|i|they|my boss|the team|she|he) (saw|tried|met|heard|spoke|used|ran|looked at|got|found|came across|watched)',
    '(cancel|cancelling|canceling|end|ending|terminate|terminating|drop|dropping|exit|exiting|get out of|leave|leaving|not renewing) (our|the|their) (contract|subscription|agreement|deal|licence|license|plan)',
    '(consolidate|consolidating|standardise|standardize|standardising|standardizing) (everything|it all|all)? (on|onto) (your|you|yours)',
    // The rep's talk about other customers, training role play, and what typical objections sound like.
    '(most|many|a lot of|lots of|some|other) (teams|customers|clients|companies|people|firms|practices|businesses|schools|shops) (we|i) (talk to|speak to|speak with|talk with|work with|see|meet|hear from)', '(is that|is this|does that sound|does this sound) (similar|the same|familiar|the case)',
    "(pretend|role play|role-play|roleplay|devil's advocate|devils advocate)", '(objections|objection|pushback|push-back|brush-offs|brushoffs) (we|you|i|they|reps) (hear|get|face|see|deal with|handle)', '(typical|common|usual|classic|standard) (objections|objection|pushback|push-back|brush-offs)',
    // Questions about what our plan includes; people already on board; the competition as a topic, not a rival in the deal.
    '(is|are|would|will|does) (it|that|this|they|those) (be)? (included|covered|bundled|part of)', 'already (on board|onboard|on side|onside|in the loop|on the call|aware|across it|sold|convinced)',
    '(competitor|competitors|rival|rivals) (website|websites|booth|stand|pricing page|benchmark|benchmarks|site|ads|advert|adverts|marketing|brochure|brochures|event|events)', '(competitor|competitors|rival|rivals) of (ours|mine|theirs)', '(just|only|purely) for (benchmarking|comparison|reference|context)', '(saw|met|bumped into|ran into|spotted) (your|a|the) (competitor|competitors|rival|rivals)'],
  unlessInText: ['@moving_ahead', '(glad|happy|excited|ready|pleased|delighted|looking forward) to (be)? (making|make) the (switch|move|change|jump)'],
  triggers: [
    {
      id: 'comp.already-use',
      category: 'competitor',
      patterns: [
        "(our|the) (current|existing|present|usual) .{0,2} (do|does|are doing|is doing|have done|has done) (a)? (decent|good|great|fine|solid|grand|ok|okay|reasonable) (job|work)",
        "(parent company|group|head office|corporate|hq|the group|our owners|our parent) (mandates|mandated|requires|required|insists on|dictates|dictated)", "(it|they|that) (does|do|covers|cover|handles|handle) (pretty much|basically|just about|almost)? (everything|all) (we need|we want|we require|for us)", "(we|our team|the team|everyone|our staff|our people|the staff) (use|uses|rely on|relies on|run|runs) .{1,2} for (all|everything|all of|the whole)", "(would|'d) (riot|revolt|mutiny|kill me|never forgive me|lose it|go mad|rebel|be furious) if (i|we) (took|take|changed|change|replaced|replace|switched|switch|moved|removed|got rid of)",
        "(sorted|covered|set|looked after|settled) (with|by) (the|our|who|what) .{0,3} (we|we've) (use|got|have|work with|deal with)", "(standardised|standardized|consolidated) on", "anything else (is|would be|'d be) (a non-starter|out of the question|not an option|off the table)",
        "(does|do|handles|handle|covers|cover|takes care of) (all of that|all that|all of this|all this|that|this|everything|it all) (for us|for me)? already",
        "(we|we've) (use|been using|rely on|run|already use) .{1,3} for (all of this|all of that|all that|everything like this|exactly this|the same thing|this already|that already|this sort of thing|that sort of thing)",
        "(already|heavily|quite|deeply|fully|very|pretty) (invested|embedded|entrenched|locked in|tied in|standardised|standardized|committed) (in|into|with|on|to) (#Noun|#ProperNoun|the|a|an|our)", "(invested|embedded|entrenched|locked in|tied in|standardised|standardized|committed) (in|into|with|on|to) .{1,2} (already|for years)", "(agreement|contract|deal|arrangement|framework|partnership|amc|retainer|subscription) (in place)? with (another|a different|an existing|our existing|our current|other|an other) (vendor|supplier|provider|firm|company|partner|agency|party|platform)", "already (licenses|license|licences|licence|subscribes to|subscribe to|pays for|pay for|has|have|uses|use|runs|run|owns|own|having) (a|an)? (similar|comparable|equivalent|competing|like-for-like) (platform|tool|product|system|solution|service|app|package|software|offering)", "(doubling up|double up|duplicating|duplicate what|overlap with what|overlaps with what)", "(we|we've|we have|we just|we actually|we already|we recently) (just|actually|already|recently)? (signed|gone|went|go|chose|picked|selected|partnered|committed|settled) (with|on) (another|a different|someone else|them|a competitor|one of your competitors|#ProperNoun|#Organization)", "(went|gone|going) with them", "(we are|we're|we've been|we have been) (already|currently|happily|all)? (with|on) (#ProperNoun|#Organization) (and|so|already|for|at|now|these days)", "(we are|we're) (all|already|fully|entirely|completely) on (#ProperNoun|#Organization|microsoft|google|office|salesforce|sap|oracle|workday|xero|sage|quickbooks)", "(already|kinda|kind of|basically|pretty much|sort of|mostly|largely) (covers|cover|handles|handle|does|do) (that|this|all that|all of that|it|the same|what you do)", "(the|our) (other|current|existing|usual|present) .{0,2} (we|we've) (use|have|got|work with|deal with) (are|is|have been|has been) (fine|good|great|ok|okay|decent|alright|solid|reliable|doing the job)", "(we|we've|we have) (got|have) (a|an|our|someone|somebody|a person|a team|a bloke|a fella|a lady|a company|a firm|an agency) .{0,2} (who|that) (does|handles|takes care of|looks after|sorts|manages|covers|do|handle) (all)? (that|this|it|our|those)",
        '(been using|been on|been with|used|run|been running) .{1,3} (for|since) (years|ages|a long time|a while|#Value|ever|forever|decades|donkeys years|donkey\'s years|yonks|an age|the beginning)',

        '(we|we\'ve|we have|i|i\'ve|they) (already|just)? (used|use|got|gone with|went with|chosen|picked|selected|signed with|bought) (#ProperNoun|#Organization|#Acronym) (for|and|since|to|already|on|vendor|platform|tool|provider)?',
        '(we|we\'ve|we have|i|i\'ve|they) (already|just)? (used|use|got|gone with|went with|chosen|picked|selected|signed with|bought) (another|the other|a different) (vendor|platform|tool|provider|supplier|system|company|agency|solution|partner|firm)',
        '(sorted|solved|handled|covered|fixed|addressed|dealt with) (all of that|all that|that|this|it|that side|that problem) (with|through|using|via|by using) (#ProperNoun|#Organization|#Acronym|a|an|another|our|some|.)',
        '(mid-rollout|mid rollout) (with|of)?', 'in the middle of (rolling out|implementing|a rollout|an implementation)', 'halfway through (rolling out|implementing)',
        '(just|recently) (finished|completed|rolled out|implemented|deployed|migrated to) (a|an|our)? .{0,2} (implementation|rollout|migration|deployment)',
        '(long-standing|longstanding|long standing|long-term|long term|long|close|established|good|great|strong) (relationship|partnership) with (our|the|a|them|those guys|#ProperNoun)',
        '(currently|already) in (a|the) (trial|pilot|poc|proof of concept) with',
        '(final|last) (stages|round|stage) with (another|a different|the other|#ProperNoun|a competitor|them)',
        '(decision|choice) .{0,3} (made|gone) for (the other|another) (vendor|provider|option|supplier)',
        '(the|our|an) incumbent',
        '(we|i|our team|our developers|our guys|they|the team) (just|only)? (use|uses|used|manage with|get by with|do it in|do it with|run it on) (excel|spreadsheets|a spreadsheet|google sheets|sheets|email|paper|whiteboards|a whiteboard|pen and paper|a notebook|notebooks|a diary|a paper diary|post-its|sticky notes|a wall planner|a clipboard|a shared spreadsheet|a google sheet|smartsheet|airtable)',
        '(agency|partner|firm|vendor|provider) of record',
        '(already|currently) (gone|going) with',

        '(#ProperNoun|#Organization|#Acronym) (handles|does|runs|covers|manages|takes care of|looks after) (all|everything|most)? (of)? (our|that|this|it)',
        '(we|i) (run|do|manage|handle|book|get|buy|source|order) (all|everything|most)? (of)? (our|that|it|this)? .{0,4} (through|with|via|from|on|in) (#ProperNoun|#Organization|#Acronym)',
        '(we have|we\'ve got|we got|got|have) (a|our own|an)? (guy|person|someone|somebody|company|firm|agency|team|supplier|provider|partner|contractor|bloke|lady|woman|man) (who|that) (does|handles|takes care of|looks after|covers|sorts) (all|that|this|it|everything|our)',
        '(been|we\'ve been|have been) with (#ProperNoun|#Organization|#Acronym|them|our current) (for|forever|since|years|a long time|ages)?',
        '(been|we\'ve been|have been) with (the same|our|one|a|the) (provider|supplier|vendor|company|firm|agency|partner|people|guys|team|crowd|outfit) (for|since)',
        '(locked in|tied in|locked up) with',
        '(preferred|chosen|selected) (bidder|supplier|vendor|provider|partner)',
        'no (room|space|need|place) for (another|a second|a new|other|more) (agency|vendor|supplier|provider|tool|system|platform|partner)',
        '(we are|we\'re|we) not (moving|switching|changing|leaving)',
        '(associates|staff|team|users|people|subcontractors|everyone|everybody) (are used to|is used to|are all used to|would riot|know) (it|them|#ProperNoun)',

        '(already|currently) (use|using|have|has|work with|working with|got|signed with|signed up with|partner with|partnered with|rely on|relying on|invested in|run|running|run on|running on|with|on|paying for|pay for|subscribe to|subscribed to|licensed|license|contracted|deployed|rolled out|implemented|went with|go with|chose|picked|bought|purchased|standardized on|committed to|in bed with|locked in with|tied to|tied into|locked into|covered by)',
        '(we|i|our team|our company|the company|the business|we have|we\'ve) (use|uses|used|work with|works with|rely on|relies on|partner with|run on|runs on|are with|are on|signed with|have been with|been with|have been using|been using|stick with|stay with|are sticking with|are staying with|standardized on|standardised on|switched to|moved to|went with) (#ProperNoun|#Organization|#Acronym|another vendor|a provider|another provider|a partner|another partner|a competitor|your competitor|one of your competitors|someone else|somebody else|an existing|our existing|our current|the current|a different|a local|an agency|a firm|a company|a tool|a platform|a system|a solution|a vendor)',
        '(we|i|our team) (are|am|\'re|have been|\'ve been) (pretty|really|very|quite|perfectly|more than)? (happy|satisfied|pleased|content) (enough)? with (#ProperNoun|#Organization|#Acronym|our|the|what we have|who we have|what we\'ve got|who we\'ve got|them|the current|the existing)',
        '(#ProperNoun|#Organization|#Acronym) (shop|house|customer|customers|user|users) (top to bottom|through and through|end to end|already|here)?',
        '(our|the|my|an|this) (current|existing|incumbent|present) (vendor|provider|supplier|partner|solution|system|tool|platform|agency|firm|contract|setup|set-up|arrangement|software|crm|stack)',
        '(what|who) we (have|have got|\'ve got|got|use|are using|work with|run|already have|already use) (now|today|currently|already|right now)? (works|work|is fine|is working|does the job|do the job|does what we need|is good enough|gets the job done|suits us|does us|is doing the job)',
        '(what|who) we (have|\'ve got|use|work with) (now|today|currently|already|right now)',
        '(happy|satisfied|content|pleased) with (who|what) (we are|we\'re|we) (with|using|on|have|use|got)',
        '(we|we\'ve|i\'ve|we have|i have|we\'ve already|we already) (have got|got|have)? (someone|somebody|a guy|a company|a firm|an agency|a supplier|a provider|a person|people|a partner) (for|doing|handling|who does) (that|this|it|all that)',
        '(bundled|included|comes free|come free|thrown in|comes bundled) (with|in|as part of) (our|the|their) .{0,2} (licence|license|licenses|licences|subscription|package|plan|contract|suite|stack|bundle)',
        // Spreadsheets, paper and manual processes: "we run it all off a spreadsheet", "we track it by hand".
        '(we|i) (just|still|currently|only|mostly|basically|all|simply)? (do|run|track|keep track of|manage|handle|log|plan|schedule|organise|organize|record|juggle|sort|book) (it|it all|everything|all of it|all that|that|this|things|the lot|them|our .)? (all)? (manually|by hand)? (off|in|on|with|via|using|through|from) (a|an|our|one|the|some)? (shared|big|simple|basic|master|couple of|old|paper|single)? (spreadsheet|spreadsheets|excel|google sheets|google sheet|sheet|sheets|pen and paper|paper|whiteboard|whiteboards|notebook|diary|smartsheet|airtable)',
        '(we|i) (just|still|currently|only|mostly|basically|all|simply)? (do|run|track|manage|handle|sort) (it|it all|everything|all of it|all that|that|this|things|the lot)? (all)? (manually|by hand|on paper|the old-fashioned way|the old fashioned way|old school)',
        '(spreadsheet|spreadsheets|excel|sheets|sheet|pen and paper|paper|whiteboard|notebook|diary|smartsheet|airtable) (workbook|workbooks|spreadsheet|sheet|tracker|template|file|system|setup)? (works|work|does the job|do the job|covers|cover|handles|handle|is fine|are fine|is enough|gets the job done|suits us|serves us|is good enough|does what we need|does everything|does most|does us|does us fine)',
        // A tool the customer names (often lowercase in captions) doing the job for them.
        '. (does|do|covers|cover|handles|handle|takes care of|take care of|looks after|look after|sorts) (the job|most|all|everything|pretty much everything|pretty much all|the lot|basically everything|#Value) (of)? (that|this|it|what|our)? (we need)? for us',
        '. (handles|handle|covers|cover|takes care of|looks after) (all|everything|most|pretty much all|pretty much everything) (of)? our',
        '(we are|we\'re|we have been|we\'ve been|i am|i\'m) (pretty|really|very|quite|perfectly|more than|genuinely|all|super)? (happy|satisfied|content|pleased) with (#ProperNoun|#Organization|#Acronym|#Noun) (honestly|to be honest|tbh|already|at the moment|right now|for now|thanks|thank you|cheers|so|as it is|as is|it does|they do|as things stand|like)',
        '(we are|we\'re|we have been|we\'ve been|i am|i\'m) (pretty|really|very|quite|perfectly|more than|genuinely|all|super)? (happy|satisfied|content|pleased) with (#ProperNoun|#Organization|#Acronym|#Noun)$',
        'all in (on|with) (#ProperNoun|#Organization|#Acronym|microsoft|google|apple|amazon|aws|them|the|.) (for|already|so|and|across|now|these days)',
        '(attached to|wedded to|married to|comfortable with|loyal to|sold on|set on) (what|who|the tool|the system|the one|the platform) (they|we|the team|everyone|everybody|people)? (use|have|has|got|know|are using|are on|have got)',
        '(staff|team|users|people|everyone|everybody|crew|lads|girls|guys) (already|all)? (know|knows|are used to|is used to) (it|them|#ProperNoun|how to use it)',
        // The incumbent costs a fraction of what we ask.
        '(costs|cost|charges|charge) (us|me)? (a fraction|half|a third|a quarter|less than half|way less|much less|a lot less|a tenth|peanuts) (of)? (what you|your|yours|the price|that)',
        // Parent company, group or head office mandates or has already chosen.
        '(parent company|holding company|head office|headquarters|corporate|hq|group|our owners|our parent|franchisor|franchise|mothership|global|central it|group it|sister company|the trust|the council|the district|the board) (makes|make|made|forces|force|forced|tells|told|wants|want|expects) (us|every|all|each) .{0,2} (use|stick with|run|go with|buy from|stay on|be on)',
        '(parent company|holding company|head office|headquarters|corporate|hq|group|our owners|our parent|franchisor|mothership|global|central it|group it|the trust) (has|have)? (already)? (has|have)? (picked|chose|chosen|selected|decided on|standardised on|standardized on|mandated|rolled out|bought|signed up for|signed up to|signed with|gone with|went with) (a|an|the|one|their|its)? (new|single|different|specific|particular|global|group|preferred)? (platform|system|tool|vendor|supplier|provider|solution|crm|software|partner|agency|#ProperNoun|#Organization)',
        '(stay|keep|be|remain|staying|keeping) (consistent|aligned|in line|in step|on the same system|on the same platform|standardised|standardized) with (the|our|them|the rest|group|head office|sister|other|everyone)',
        // Partners, accountants, agencies and resellers who already provide it.
        '(our|the|my) (agency|accountant|accountants|bookkeeper|bookkeepers|reseller|msp|it provider|it company|it support|consultant|consultants|payroll bureau|bureau|bank|broker|franchisor|it guys|it guy|web guy|marketing agency|pr agency|outsourcer|partners|partner) (already)? (handles|handle|does|do|provides|provide|looks after|look after|takes care of|take care of|manages|manage|covers|cover|sorts|sort|runs|run|includes|include) (all|everything|most|the|that|this|it|our|those|payroll) .{0,3} (for us|already|as part of)',
        '(provide|provides|provided|include|includes|included|do|does|handle|handles|comes|come|get|gets) .{0,4} as part of (their|her|his|our) .{0,2} (package|fee|retainer|service|services|subscription|licence|license|plan|contract|bundle|deal|offering|suite)',
        // Someone else who already does it: "a local firm who look after all of this".
        '(company|firm|agency|provider|guy|bloke|person|partner|supplier|contractor|bureau|distributor|wholesaler|reseller|consultant|consultancy|msp) (who|that|which) (already)? (look after|looks after|handle|handles|do|does|take care of|takes care of|manage|manages|cover|covers|sort|sorts|provide|provides) (all|everything|that|this|it|our|those|the lot) .{0,3} (for us|for me|already|of this|of that|of it)',
        '(is|are|\'s|been|already|all) (outsourced|farmed out|contracted out)', '(we|we\'ve|we have) (already)? (outsource|outsourced|farm out|farmed out) (it|that|this|all|our|everything)',
        '(locked|tied|wedded|married) (into|in to|in with|up with|to) (#ProperNoun|#Organization|#Acronym|them|those guys)', '(locked|tied|wedded|married) (into|in to|in with|up with|to) (the|their|our)? (microsoft|google|apple|amazon|aws|salesforce|sap|oracle|adobe)? (ecosystem|platform|stack|suite|world)',
        '(stuck|lumbered|saddled) with (them|those guys|#ProperNoun|#Organization)',
        '(we|we\'ve|we have|we have got|we\'ve got|got) (already)? (a|an|our own|our) (system|tool|solution|process|setup|set-up|platform|app|provider|supplier|partner|thing|vendor|company|firm|agency|contractor|guy|person|bloke) (for|to do|that does|in place for) (that|this|it|all that) (already)?',
        'our own (way|system|process|method|approach) (of doing it|of doing that|of doing this|for that|for this|that works|which works)',
        '(decides|decide|chooses|choose|picks|pick|dictates|dictate|controls|control) (which|what) (tools|tool|software|systems|system|vendors|suppliers|platform|platforms|apps) (we|we can|we get to)',
        '(we|i) (just)? (do|run|manage|handle|organise|organize|sort|book|track|coordinate) (all|everything) (of)? (our .|it|that|this)? (through|via|over|on|using|in|by) (whatsapp|a whatsapp group|text|texts|email|emails|the phone|phone|a group chat|word|outlook|our calendar|a calendar|paper|hand)',
        '(we|i) (just|already|mostly|now|basically|actually)? (use|run|do it with|do it in|do that in|do that with) . (for that|for this|for it|for all that|for all of that|for everything|instead)',
        '(built into|built in to|baked into|comes with|came with|part of) (our|their) (existing|current)? (crm|erp|licence|license|subscription|package|plan|suite|stack|bundle|system|platform|software|phone system|pos|accounting software|#ProperNoun|#Organization)',
        '(gives|give|provides|provide|offers|offer|includes|include) (us|it|one|that|something like that|something similar|the same) .{0,3} (for free|for nothing|at no cost|at no charge|free of charge|at no extra cost)',
        '(use|using|have|got|run|get by with|manage with) (a|some|the)? free (open source|open-source)? (app|tool|version|tier|plan|one|thing|software|program|platform|service|alternative|option)',
        '(preferred|approved) (supplier|suppliers|vendor|vendors|provider|providers|partner) (list|panel|framework|agreement|arrangement)',
        '(moving|switching|changing|migrating|leaving|swapping) (is not|isn\'t|wouldn\'t be|would not be|would be|\'s not|is) (really|just|simply)? (an option|on the table|possible|feasible|too disruptive|too much hassle|a nightmare|a big job|a huge job|a massive job|practical|realistic)',
        '(our|my|the) (agency|accountant|accountants|bookkeeper|bookkeepers|reseller|msp|it provider|it company|it support|consultant|consultants|payroll bureau|bureau|broker|franchisor|it guys|it guy|web guy|outsourcer|partner|partners) (already)? (handles|handle|does|do|looks after|look after|takes care of|take care of|manages|manage|covers|cover|sorts|sort|runs|run) (all|everything) (of)? (that|this|it|those|our)',
        '(has|have|got) (that|this|it|all that|all of that|everything|us) (covered|sorted|handled|taken care of|in hand)',
        '(we have got|we\'ve got|got) . (and)? (it|which|that) (does|covers|handles) (what|everything|all|most)',
        '(gone live|went live|go live|going live|rolled out|launched|implemented|migrated) (with|on|to) (#ProperNoun|#Organization|#Acronym|.) (so|and|last|this|recently|only|just)',
        '(no|zero|little) (appetite|bandwidth|energy|stomach) for (another|a|more|any) (change|migration|switch|new system|new tool|new platform|rollout|implementation)',
        '(stick|stay|staying|sticking|remain|remaining|carry on) (with|on) (what|who) (we|we\'ve) (know|have|use|got|are using)', 'devil (we|you) know',
        '(agreement|contract|deal|licence|license|subscription) (that|which) (already)? (covers|includes|handles) (this|that|it|us)',
        // 'sorted on that front' alone is a flat no (not_interested); being looked after implies a provider.
        '(we are|we\'re) (already|all|fully)? (catered for|looked after) (on|for) (that|this|it)',
        '(our|my|the) (marketing|admin|office|it|ops|sales|web)? (girl|guy|lady|person|manager|assistant|coordinator|bloke|fella|woman|man) (already)? (handles|does|sorts|looks after|takes care of|covers|manages) (all|everything) (of)? (that|this|it|those|our)',
        'if it .{1,2} (broke|broken)',
        '(switching|migration|changeover|transition|moving) (costs|cost|effort|pain|hassle|risk) (would|will|is|are)? (simply|just|really|frankly)? (be)? (too|way too|just too|far too)? (high|much|big|great|steep)',
        '(migrated|switched|changed systems|changed providers|moved systems|moved platforms) (only|just)? (last year|last month|recently|a year ago|this year)',
        '(availing|avail|availed|onboarded|tie-up|tie up|tied up|empanelled|empaneled|sourcing|procuring|procure|source|engaged) .{0,3} (from|with|through|via) (another|a different|an other|some other|one other) (vendor|provider|supplier|company|firm|agency|partner|party|service provider|platform|solution)',
        'mandated (#ProperNoun|#Organization|#Acronym) (for|across|on|at)', '(mandated|mandates|mandate) (the use of|use of|that we use|we use)',
        '(got|have|has|run|use) our own (in-house|in house|internal|proprietary|bespoke|custom)? (system|tool|solution|platform|software|app|setup|set-up|process|version|crm|database)',
        '(got|have) (one of those|one of them|one like that|something like that|something like this|one) already', '(have|got) (that|this|it|something|one|a solution|a system|a tool|a process|a provider|a supplier) in place',
        'ours (works|is fine|does the job|is working|does what we need|is good enough|does everything|works fine|works well)',
        '(stay|staying|stick|sticking|remain|remaining) (where we are|put|as we are|with what we have|with what we\'ve got)',
        '(customers|customer|clients|client|users|user) of (theirs|them|#ProperNoun|#Organization)',
        '(gives|give|provides|provide|supplies|supply) (us)? (all|everything) (the)? .{0,2} (we need|we use|we want|we require)',
        // Free tools.
        '(use|using|get|got|have|on|run|running) the free (version|tier|plan|edition|account) (of)?',
        '(free|built-in|built in|native) (one|tool|version|app|feature|features|option|plan|tier) (does|do|works|covers|is fine|is enough|is good enough|does the job)',
      ],
      unless: ["your .{0,3} (does|do|covers|cover|handles|handle|would|will|could|can|runs|manages)", "(you|you guys|yours) (already|also|probably|definitely|would|will|could|can|might)? (does|do|covers|cover|handles|handle|runs|manages|run|manage|take care of|takes care of) (that|this|all|it|everything|the same|what|most|our)",
        '(see|show|look at|walk you through|share|screenshot|tour of|demo of) (you)? (our|the) (current|existing) (setup|set-up|system|process|workflow|dashboard|config|configuration|screen|data)', "(working on|on the|for the) (the)? (rollout|roll-out|project|implementation|onboarding|migration)", "(standardised|standardized|consolidated|settled) on (you|your|yours)", "(integrate|integrates|integration|integrations|connect|connects|sync|syncs|plug into|plugs into|work with|works with) (with|into|to)? (our|the) (existing|current)", "(integration|integrations|connector|plugin|plug-in) (you|with|for)", "will be (handy|useful|great|helpful)", "(use|using|rely on|run|running) (your|yours|you)", '(leaving|cancelling|canceling|switching from|switching away from|dropping|moving off|moving away from|getting rid of|ditching|replacing) (our|the|their) (current|existing|old|previous|present) (vendor|provider|supplier|system|tool|platform|agency|partner|software|crm)', 'happy (enough)? with the (terms|price|pricing|proposal|quote|contract|demo|pilot|offer|plan)', '(grant|budget|insurance|funding) (covers|pays for)', '(not|never|un) (happy|satisfied|pleased|content)', '(unhappy|frustrated|fed up|disappointed|dissatisfied|struggling) with', '(are|am|is|\'re|\'m|been|keen|ready|trying|planning|hoping|wanting|needing) (looking|planning|hoping|trying|ready|keen|wanting|needing)? to (switch|replace|move|leave|change|get off|get away|migrate)', '!not (want|need|plan|have|got) to (switch|replace|move away|leave|change|get off|get away|migrate)', '(nothing|no reason|nothing much) (is)? stopping (us|me)', 'used to (be with|be on|use|have|work with|run)', '(switched|moved|migrated) (away)? from', 'that is why (i|we) (called|reached out|contacted|are talking|wrote)', 'why (i|we) (called|reached out|contacted)', 'replace (our|the|them|it)', '@rep_framing', '(already|currently) (using|use|have) (you|your|truth serum)', 'love (you|your) (guys|team|product)', '(i|we|you|i have|we have|you have) already (sent|booked|scheduled|shared|forwarded|talked|spoke|told|done|know)', 'already (got|have) the (invite|agenda)', '(on|been on) hold'],
    },
    {
      id: 'comp.contract',
      category: 'competitor',
      patterns: [
        '(rolling|master|framework|exclusive|existing|long-term|multi-year) (agreement|contract|deal|arrangement) with',
        '(not|isn\'t|is not) up for (review|renewal|tender|grabs)',

        '(locked|tied|stuck|committed) (in|into|to|up in|in to) (a|an|our|the|their|this|multi-year|multiyear|long-term|long term|#Value|existing)? (year|years|multi-year|long-term|long term)? (contract|agreement|deal|subscription|licence|license|commitment|term)',
        '(contract|agreement|deal|subscription|licence|license|term) (with|runs|until|through|expires|is up|\'s up|renews|renewed|ends|doesn\'t end|does not end|does not expire|doesn\'t expire|isn\'t up|is not up|runs until|runs through|lasts|goes until|goes through|auto-renews|auto renews) (until|through|till|in|next|for|another|at)?',
        '(under|in) (a|an|another|contract|the middle of a|the middle of our) (contract|agreement)',
        '(just|recently) (renewed|re-signed|extended) (with|our|a|the|for)', '(just|recently) signed (with|up with|our|a new contract|a contract|a deal|an agreement|a new deal|a new agreement|another|a #Value)',
        '(we|we\'ve|we have) (just|recently|already|only)? (renewed|re-signed|resigned|extended|re-upped|rolled over) (with|our contract with|our deal with|our agreement with|the contract with)',
        '(mid-contract|mid contract|mid-term)',
        'under contract (till|until|to|through|for|with)', '(locked|tied|stuck) in (for|until|till|through) (another|a further|#Value|the next|next)',
        '(exit|termination|cancellation|early termination|break) (fee|fees|penalty|penalties|costs|charge|charges)', '(pay|cost|costs|penalty|fee|fees|expensive) (to|for) (get out of|break|exit|buy out|leave|terminate|cancel)',
        'not (ready|willing|prepared|keen|going) to (rip and replace|rip out|swap out|throw out|ditch|replace) (what we have|our|the|everything|it all|what we\'ve got)',
        '(signed|inked|agreed) (a|an) .{0,2} (deal|contract|agreement|commitment) (last|this|in|with|so|and|that)',
        '(year|month) (#Value|one|two|three|four|five) of (a|an|our|the) .{0,2} (contract|deal|agreement|term)',
        '(contract|agreement|deal|term|subscription|licence|license) (still)? (has|have|\'s got|got) .{0,3} (to run|left|remaining|to go)',
      ],
      unless: ['(ends|expires|runs out|is up|finishes|lapses|comes to an end|ending|expiring|up for renewal) (on|in|at|next|this|soon|by|at the end)', '(free|ready|able|looking) to (switch|choose|move|change|look around|shop around)', 'how long (the|your|a|does the|is the) (contract|agreement|term|subscription)', '(notice period|cancellation terms|break clause) (on|in|of) (your|the) (contract|agreement)', '(ended|expired|has ended|ran out|runs out next|is up next)', '(send|sign|review) (me|us)? (the|your) (contract|agreement)', 'our contract with you', 'renewed with you', '@buying_signal', '(with|to) (you|your|yours)', '(your|you charge|is there|what is the|what\'s the) (a|an)? (exit|termination|cancellation|early termination|break) (fee|fees|penalty|penalties|charge|charges)',
        // Told about their own contract with the sender ('your contract renews on 1 June') is a notice from us.
        'your (annual|yearly|monthly|current)? (contract|subscription|plan|licence|license|agreement) (renews|will renew|auto-renews|is due|expires|ends|runs)',
        // A renewal that grows the account is ours, not the incumbent's.
        '(add|adding|expand|expanding|upgrade|upgrading|extend|extending) (the|a|an|more|another|extra|some)? .{0,2} (module|seats|licences|licenses|users|sites|features|add-on)'],
      // An internal notice that a contract rolls over is paperwork, not a reason to stay.
      unlessInText: ['no (action|response|reply) (is)? (needed|required|necessary)', 'automated (reminder|message|notification|email|notice)', '(rolls|roll|rolling) over automatically'],
      negatable: false,
    },
    {
      id: 'comp.in-house',
      category: 'competitor',
      patterns: [
        "(built|build|made|make) (us)? our own (version|tool|system|thing|one|app|platform|software)",
        "(in house|in-house|internally|ourselves) (have|has|got)? (it|that|this|all that|all of that) (covered|sorted|handled)", "(our|the) (guys|team|people|staff|lads|folks|developers|devs) (in house|in-house) (have|has|do|handle|handles|cover|covers)",
        "(our|my) .{1,3} (built|made|wrote|set up|rigged|hacked together|cobbled together|put together|knocked up|knocked together|threw together|whipped up|coded) (a|an|our|its|their|his|her|my)? (own)? .{0,3} (setup|set-up|system|tool|spreadsheet|solution|thing|database|workflow|app|process|script|scripts|macro|macros|program|version|bot|one)",
        '(developers|devs|dev team|it team|it guys|it department|engineers|tech team|tech guys|nephew|son|daughter|it guy|web guy|programmer|developer) (can|could|will|would) (just)? (knock|build|make|whip|rig|hack|throw|put|code|write|cobble) (something|one|it|that|our own|a version|us)',
        '(build|building|make|develop|developing) (it|our own|things|stuff|software)? (than|rather than|instead of) (buy|buying|purchase|purchasing|pay for|paying for)',
        '(built|build|wrote|made|developed|created) our own',
        '(covered|sorted|handled|done|taken care of) (in-house|in house|internally|ourselves)',

        '(built|build|wrote|made|developed|created) (their|our|its) own (version|tool|system|platform|solution|app|engine|one)',
        '(in-house|internal|own) (dev|development|it|engineering) (team|department|guys|people) (wrote|built|made|developed|created|handles|does)',
        '(wrote|built|made) (the|our|a) .{0,3} from scratch',

        '(built|build|building|developed|develop|developing|made|make|making|created|create|creating|wrote|write|writing|rolled|roll|rolling|coded|hacked) (our own|something|it|our|a tool|a solution|a system|one|something similar|the same thing|something like that|our own version|our own tool|our own solution|their own thing|their own|its own|our own thing|their own version|their own tool)? (in-house|internally|ourselves|in house|on our own|by ourselves|of our own)',
        '(in-house|homegrown|home-grown|home grown|internal|proprietary|custom-built|custom built|bespoke) (tool|solution|system|team|platform|build|software|app|application|process|spreadsheet|version|thing|setup)',
        '(our|the) (it|dev|development|engineering|internal|ops|data|tech) (team|department|guys|people|folks|lads|bods) (kind of|sort of|kinda|just|already|basically|actually)? (built|build|builds|made|handles|handle|does|do|wrote|maintains|maintain|has built|have built|is building|are building|can build|could build|knocked up|knocked something up|threw together|put together|hacked together|cobbled together|whipped up|rigged up)',
        '(do|handle|manage|run) (it|that|this|everything|all of that|that stuff) (in-house|internally|ourselves|in house|on our own|with spreadsheets|in excel|in spreadsheets)',
        '(spreadsheet|spreadsheets|excel) (works|work|does the job|is fine|is enough|gets the job done)',
      ],
      // The IT team doing the install or the security review is part of buying from us.
      unless: ['@rep_framing', '(handles|handle|does|do) (the)? (installs|install|installation|setup|set-up|deployment|rollout|onboarding|integration|security review|it side|technical side|admin|sign-off)', '(loop|cc|copy) (them|him|her) in', '(review|reviewing|assess|assessing|evaluate|evaluating|look at|looking at|test|testing|check|checking) (your|the|this) (proposal|quote|offer|product|tool|platform|contract|pilot|demo|documents|docs)'],
    },
    {
      id: 'comp.evaluating-others',
      category: 'competitor',
      patterns: [
        "(picked|chose|chosen|selected|appointed|settled on) (someone|somebody|another|a different|a preferred) (else|vendor|supplier|provider|partner|bidder|company|firm|agency)?",
        "(get|buy|source|find|have) .{1,3} (from|with) (another|a different|a cheaper|other|a competing) (provider|vendor|supplier|company|firm|agency)", "(the other guys|the other lot|the other mob|the other company|the other vendor|the other supplier|another vendor|another supplier|a competitor|your competitor|your competitors) (quoted|offered|charge|charges|charged|came in)",
        '(talking|speaking|working) (to|with) (a|a couple of|a few|some|two|three|several) (other|different) (companies|vendors|providers|suppliers|firms|agencies|platforms|options|people)',

        '(shortlisted|short-listed|narrowed it down to|down to) (a couple of|a few|two|three|#Value|some)? (others|other|options|vendors|providers|suppliers)',
        '(close to|about to|nearly|almost) (picking|choosing|selecting|signing with|going with) (one|someone|another|them|#ProperNoun)',

        // Needs a count or 'other': 'looking at options', 'the review platform' are not rivals.
        '(evaluating|evaluate|looking at|look at|talking to|talking with|talk to|considering|consider|comparing|compare|speaking with|speaking to|meeting with|trialing|trialling|piloting|testing|demoing|shortlisted|shortlisting|reviewing|review|vetting|assessing|going with|go with|decided on|decide on|chose|chosen|choose|choosing|picked|pick|selected|select|went with|leaning towards|leaning toward|favoring|favouring|in talks with|getting quotes from|got quotes from|got a quote from|have a quote from|bids from) (a few|a couple of|a couple|a handful of|a number of|various|lots of|loads of|several|some|two|three|four|#Value|multiple|another|a different|a competing|the other) (other|different|competing|alternative|rival)? (vendor|vendors|provider|providers|option|options|solution|solutions|company|companies|partner|partners|tool|tools|competitor|competitors|alternatives|alternative|firms|firm|agencies|agency|suppliers|supplier|platforms|platform|bids|quotes|proposals)',
        '(evaluating|evaluate|looking at|look at|talking to|talking with|talk to|considering|consider|comparing|compare|speaking with|speaking to|meeting with|trialing|trialling|piloting|testing|demoing|shortlisted|shortlisting|reviewing|review|vetting|assessing|going with|go with|decided on|decide on|chose|chosen|choose|choosing|picked|pick|selected|select|went with|leaning towards|leaning toward|favoring|favouring|in talks with|getting quotes from|got quotes from|got a quote from|have a quote from|bids from) (a few|a couple of|a couple|a handful of|a number of|various|several|some|two|three|four|#Value|multiple|the)? (other|different|competing|alternative|rival) .{0,2} (vendor|vendors|provider|providers|option|options|solution|solutions|company|companies|partner|partners|tool|tools|competitor|competitors|alternatives|alternative|firms|firm|agencies|agency|suppliers|supplier|platforms|platform|bids|quotes|proposals)',
        '(evaluating|evaluate|looking at|look at|talking to|talking with|talk to|considering|consider|comparing|compare|speaking with|speaking to|meeting with|trialing|trialling|piloting|testing|demoing|shortlisted|shortlisting|reviewing|review|vetting|assessing|going with|go with|decided on|decide on|chose|chosen|choose|choosing|picked|pick|selected|select|went with|leaning towards|leaning toward|favoring|favouring|in talks with|getting quotes from|got quotes from|got a quote from|have a quote from|bids from) (alternatives|competitors|an alternative|a competitor|a rival|rivals|your rivals|your competitors|your competition)',
        '(go|went|going|gone|headed|heading|move|moving|moved) (in|with) (another|a different|a new) (direction|vendor|provider|way|partner|solution|route)',
        '(your|a|the) (competitor|competitors|competition|rival|rivals)',
        '(another|other|different|competing) (vendor|vendors|provider|providers|company|companies|supplier|suppliers) (is|are|was|were|offered|offers|quoted|quote|does|do|can|has|have|gave|give|came in)',
        '(#ProperNoun|#Organization|they|them|those guys|the other guys|another vendor|another company) (is|are|was|were|came in|come in|quoted|offered|offers|offer|will do it|can do it|does it|do it) (cheaper|less|lower|for less|for half|at half|more affordable|a better deal|a better price|half the price)',
        '(the other guys|the other lot|the other mob|the other company|the other vendor|the other supplier|another company|another firm|another vendor|another supplier|another provider|another agency|a rival|a rival firm|a rival company|someone else|somebody else|one of your competitors) (gave|pitched|showed|demoed|presented|sent|approached|contacted|are further|is further|have already|has already)',
        // Other vendors in the running: "with three other vendors", "and a couple of others".
        '(with|against|and|between|alongside|plus|versus|vs) (a few|a couple of|a couple|a handful of|#Value|several|some|various|multiple) (other|local|different|competing|alternative|rival|more) (vendors|providers|suppliers|platforms|options|companies|firms|agencies|tools|solutions|bidders|products|candidates|contenders|partners|systems)',
        '(and|plus|with|against|so are|so do|so have) (a few|a couple of|a couple|a handful of|#Value|several|some|various|multiple) others',
        '(talking to|speaking to|speaking with|talking with|looking at|meeting|seeing|evaluating|considering|trialling|trialing|demoing|chatting to|chatting with|getting quotes from) (a few|a couple of|a couple|a handful of|#Value|several|some|various|multiple|two|three) (others|other people|other ones|more)',
        '(also|too|already) (talking to|talking with|speaking to|speaking with|looking at|evaluating|considering|meeting|meeting with|trialling|trialing|demoing|piloting) (#ProperNoun|#Organization|#Acronym)',
        '(compare|comparing|weigh|weighing|score|scoring) (all|the|both)? (#Value|three|two|four|both) (proposals|quotes|options|vendors|bids|offers|suppliers|providers|tenders|pitches)',
        // 'You're not the only one we're talking to'.
        '(you are|you\'re|you guys are|your firm is|your company is) not the only (one|ones|vendor|vendors|option|options|company|companies|supplier|suppliers|provider|providers|game in town)',
        '(and|plus) one (other|more)$',
        // Only what they are doing now: the team-policy e2e relies on 'plan to shop around at renewal' being left to a team pack.
        '(shopping around|playing the field|testing the market|going out to market|market testing)',
        '(better|cheaper|lower|bigger) (offer|deal|price|quote|rate|package) (elsewhere|somewhere else|from someone else|from somebody else|from another)',
        '(#Value|a few|a couple of|a handful of|several|various|multiple) other (vendors|providers|suppliers|companies|firms|agencies|platforms|tools|solutions|options|bidders|products)',
        '(getting|get|got|gathering|collecting|pulling together|having|have|has|had|received|seeking|obtaining|requesting) (a few|some|several|#Value|a couple of|other|multiple|more|three|two|competing|alternative) (quotes|bids|proposals|tenders) (in)?',
        '(we|they|i|head office|corporate|the group|management) (have|has)? (already|just)? (gone with|went with|chosen|picked|selected|signed with|settled on|opted for|appointed|finalised|finalized|onboarded|empanelled|empaneled|engaged|contracted|hired) (#ProperNoun|#Organization|#Acronym|a cheaper|someone|somebody|another|a different|a local|one of)',
        '(midway through|halfway through|middle of|running|run|gone through|went through|going through|out to|out for|issued|issue|doing) (a|an|the|our)? (formal|competitive|open|full)? (tender|rfp|rfq|rfi|bake-off|bake off|beauty parade|competitive process|procurement exercise|vendor selection)',
        '(evaluation|trial|pilot|poc|bake-off|comparison|shootout|proof of concept) (with|of|between|against) (#Value|a few|a couple|several|other|another|the other|a different|a competitor|one of your competitors)',
        '(comparing|compare|compared|benchmarking|benchmark|weighing|weigh|stacking|stack|measuring|putting) (you|your|yours|you guys|your proposal|your offer|your quote|your product|them) (up)? (against|alongside|with|versus|vs|side by side with) (#Value|a few|a couple|several|other|others|another|the other|the rest|#ProperNoun|#Organization|our current|what we|who we)',
        '(looking at|talking to|talking with|speaking to|speaking with|considering|evaluating|meeting|trialling|trialing|demoing|chatting to|chatting with) (them|those guys|#ProperNoun|#Organization|others|other people|someone else|other options|another one) (too|as well|also|at the same time)',
        '(go|going|went|gone|move|moving|moved|switch|switching|switched) (with|to) (someone else|somebody else|another provider|another vendor|another supplier|another company|another firm|another agency|another partner|one of the other|one of your competitors|one of your rivals)',
        '(another|a cheaper|a lower|a better|a competing|a rival|cheaper|lower|better|competing|rival) (quote|quotes|offer|offers|bid|bids|proposal|proposals) (on my desk|in hand|on the table|for pretty much the same|for the same|for basically the same)',
        '(get|buy|find|source) (something|the same|the same thing|it|one|that|this|pretty much the same thing|something similar) .{0,2} (elsewhere|somewhere else|from someone else|from somebody else)',
      ],
      unless: ["(to|who will|who'll) (lead|run|own|manage|champion|coordinate|head)", '(competitor|competitive) (analysis|research|review|comparison|landscape|benchmarking|intel|report)', '@rep_framing', '(if|unless) (this|it|that|things|the issue|the problem|service)', '(what|which|who) (else|other)', 'no (other|competitor)', '(switched|moved) (from|away from)', 'not (talking to|looking at|considering|evaluating) (anyone|anybody|any|other)',
        // Promises heard before are doubt, and a standard procurement rule is process, not a rival in the running.
        '(promises|promise|claims|pitch|pitches|spiel|lines) from',
        // The customer's own business rivals, not ours.
        '(competition|competitors|rivals) (in|for) (our|the|this) (market|industry|sector|space|area|field)', '(our|my) (own)? (competitors|competition|rivals)', '(standard|policy|procedure|our rules|a requirement|required|mandatory) (for|on) (any|all|every)', '(process|policy|procedure|rules) (always)? (includes|include|requires|require)'],
    },
  ],
};
