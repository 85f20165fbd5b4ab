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
    '(licence|license|plan|tier|package|price|pricing|quote|subscription|grant|budget|insurance|warranty|policy|fee) (covers|cover|includes|include|handles)', 'happy with (progress|the results|results|how|where|you|your)'],
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
        '(been using|been on|been with|used|run|been running) .{1,2} (for|since) (years|ages|a long time|a while|#Value|ever|forever|decades)',

        '(we|we\'ve|we have|i|i\'ve|they) (already|just)? (used|use|got|gone with|went with|chosen|picked|selected|signed with|bought) (#ProperNoun|#Organization|#Acronym) (for|and|since|to|already|on|vendor|platform|tool|provider)?',
        '(we|we\'ve|we have|i|i\'ve|they) (already|just)? (used|use|got|gone with|went with|chosen|picked|selected|signed with|bought) (another|the other|a different) (vendor|platform|tool|provider|supplier|system|company|agency|solution|partner|firm)',
        '(sorted|solved|handled|covered|fixed|addressed|dealt with) (all of that|all that|that|this|it|that side|that problem) (with|through|using|via|by using) (#ProperNoun|#Organization|#Acronym|a|an|another|our|some|.)',
        '(mid-rollout|mid rollout) (with|of)?', 'in the middle of (rolling out|implementing|a rollout|an implementation)', 'halfway through (rolling out|implementing)',
        '(just|recently) (finished|completed|rolled out|implemented|deployed|migrated to) (a|an|our)? .{0,2} (implementation|rollout|migration|deployment)',
        '(long-standing|longstanding|long standing|long-term|long term|good|great|strong) (relationship|partnership) with (our|the|a|#ProperNoun)',
        '(currently|already) in (a|the) (trial|pilot|poc|proof of concept) with',
        '(final|last) (stages|round|stage) with (another|a different|the other|#ProperNoun|a competitor|them)',
        '(decision|choice) .{0,3} (made|gone) for (the other|another) (vendor|provider|option|supplier)',
        '(the)? incumbent',
        '(we|i|our team|our developers|our guys|they|the team) (just|only)? (use|uses|used|manage with|get by with|do it in|do it with|run it on) (excel|spreadsheets|a spreadsheet|google sheets|sheets|email|paper|whiteboards|a whiteboard|pen and paper|a notebook|notebooks|a diary|a paper diary|post-its|sticky notes|a wall planner|a clipboard|a shared spreadsheet|a google sheet|smartsheet|airtable)',
        '(agency|partner|firm|vendor|provider) of record',
        '(already|currently) (gone|going) with',

        '(#ProperNoun|#Organization|#Acronym) (handles|does|runs|covers|manages|takes care of|looks after) (all|everything|most)? (of)? (our|that|this|it)',
        '(we|i) (run|do|manage|handle|book|get|buy|source|order) (all|everything|most)? (of)? (our|that|it|this)? .{0,4} (through|with|via|from|on|in) (#ProperNoun|#Organization|#Acronym)',
        '(we have|we\'ve got|we got|got|have) (a|our own|an)? (guy|person|someone|somebody|company|firm|agency|team|supplier|provider|partner|contractor|bloke|lady|woman|man) (who|that) (does|handles|takes care of|looks after|covers|sorts) (all|that|this|it|everything|our)',
        '(been|we\'ve been|have been) with (#ProperNoun|#Organization|#Acronym|them|our current) (for|forever|since|years|a long time|ages)?',
        '(been|we\'ve been|have been) with (the same|our|one|a|the) (provider|supplier|vendor|company|firm|agency|partner|people|guys|team|crowd|outfit) (for|since)',
        '(locked|tied) (in|up) with',
        '(preferred|chosen|selected) (bidder|supplier|vendor|provider|partner)',
        'no (room|space|need|place) for (another|a second|a new|other|more) (agency|vendor|supplier|provider|tool|system|platform|partner)',
        '(we are|we\'re|we) not (moving|switching|changing|leaving)',
        '(associates|staff|team|users|people|subcontractors|everyone|everybody) (are used to|is used to|are all used to|would riot|love|know) (it|them|#ProperNoun)',

        '(already|currently) (use|using|have|has|work with|working with|got|signed with|signed up with|partner with|partnered with|rely on|relying on|invested in|run|running|run on|running on|with|on|paying for|pay for|subscribe to|subscribed to|licensed|license|contracted|deployed|rolled out|implemented|went with|go with|chose|picked|bought|purchased|standardized on|committed to|in bed with|locked in with|tied to|tied into|locked into|covered by)',
        '(we|i|our team|our company|the company|the business|we have|we\'ve) (use|uses|used|work with|works with|rely on|relies on|partner with|run on|runs on|are with|are on|signed with|have been with|been with|have been using|been using|stick with|stay with|are sticking with|are staying with|standardized on|standardised on|switched to|moved to|went with) (#ProperNoun|#Organization|#Acronym|another vendor|a provider|another provider|a partner|another partner|a competitor|your competitor|one of your competitors|someone else|somebody else|an existing|our existing|our current|the current|a different|a local|an agency|a firm|a company|a tool|a platform|a system|a solution|a vendor)',
        '(we|i|our team) (are|am|\'re|have been|\'ve been) (pretty|really|very|quite|perfectly|more than)? (happy|satisfied|pleased|content) with (#ProperNoun|#Organization|#Acronym|our|the|what we have|who we have|what we\'ve got|who we\'ve got|them|the current|the existing)',
        '(#ProperNoun|#Organization|#Acronym) (shop|house|customer|customers|user|users) (top to bottom|through and through|end to end|already|here)?',
        '(current|existing|incumbent|present) (vendor|provider|supplier|partner|solution|system|tool|platform|agency|firm|contract|setup|set-up|arrangement|software|crm|stack|partner)',
        '(what|who) we (have|have got|\'ve got|got|use|are using|work with|run|already have|already use) (now|today|currently|already|right now)? (works|work|is fine|is working|does the job|do the job|does what we need|is good enough|gets the job done|suits us|does us|is doing the job)',
        '(what|who) we (have|\'ve got|use|work with) (now|today|currently|already|right now)',
        '(happy|satisfied|content|pleased) with (who|what) (we are|we\'re|we) (with|using|on|have|use|got)',
        '(we|we\'ve|i\'ve|we have|i have|we\'ve already|we already) (have got|got|have)? (someone|somebody|a guy|a company|a firm|an agency|a supplier|a provider|a person|people|a partner) (for|doing|handling|who does) (that|this|it|all that)',
        '(bundled|included|comes free|come free|thrown in|comes bundled) (with|in|as part of) (our|the|their) .{0,2} (licence|license|licenses|licences|subscription|package|plan|contract|suite|stack|bundle)',
        // Spreadsheets, paper and manual processes: "we run it all off a spreadsheet", "we track it by hand".
        '(we|i) (just|still|currently|only|mostly|basically|all|simply)? (do|run|track|keep track of|manage|handle|log|plan|schedule|organise|organize|record|juggle|sort|book) (it|it all|everything|all of it|all that|that|this|things|the lot|them|our .)? (all)? (manually|by hand)? (off|in|on|with|via|using|through|from) (a|an|our|one|the|some)? (shared|big|simple|basic|master|couple of|old|paper|single)? (spreadsheet|spreadsheets|excel|google sheets|google sheet|sheet|sheets|pen and paper|paper|whiteboard|whiteboards|notebook|diary|smartsheet|airtable)',
        '(we|i) (just|still|currently|only|mostly|basically|all|simply)? (do|run|track|manage|handle|sort) (it|it all|everything|all of it|all that|that|this|things|the lot)? (all)? (manually|by hand|on paper|the old-fashioned way|the old fashioned way|old school)',
        '(spreadsheet|spreadsheets|excel|sheets|sheet|pen and paper|paper|whiteboard|notebook|diary|smartsheet|airtable) (works|work|does the job|do the job|covers|cover|handles|handle|is fine|are fine|is enough|gets the job done|suits us|serves us|is good enough|does what we need|does everything|does most|does us|does us fine)',
        // A tool the customer names (often lowercase in captions) doing the job for them.
        '#Noun (does|do|covers|cover|handles|handle|takes care of|take care of|looks after|look after|sorts) (the job|most|all|everything|pretty much everything|pretty much all|the lot|basically everything|#Value) (of)? (that|this|it|what|our)? (we need)? for us',
        '#Noun (handles|handle|covers|cover|takes care of|looks after) (all|everything|most|pretty much all|pretty much everything) (of)? our',
        '(we are|we\'re|we have been|we\'ve been|i am|i\'m) (pretty|really|very|quite|perfectly|more than|genuinely|all|super)? (happy|satisfied|content|pleased) with (#ProperNoun|#Organization|#Acronym|#Noun) (honestly|to be honest|tbh|already|at the moment|right now|for now|thanks|thank you|cheers|so|as it is|as is|it does|they do|as things stand|like)',
        '(we are|we\'re|we have been|we\'ve been|i am|i\'m) (pretty|really|very|quite|perfectly|more than|genuinely|all|super)? (happy|satisfied|content|pleased) with (#ProperNoun|#Organization|#Acronym|#Noun)$',
        'all in (on|with) (#ProperNoun|#Organization|#Acronym|#Noun|microsoft|google|apple|amazon|aws|them|the)',
        '(attached to|wedded to|married to|comfortable with|loyal to|sold on|set on) (what|who|the tool|the system|the one|the platform) (they|we|the team|everyone|everybody|people)? (use|have|has|got|know|are using|are on|have got)',
        '(staff|team|users|people|everyone|everybody|crew|lads|girls|guys) (already|all)? (know|knows|are used to|is used to) (it|them|#ProperNoun|how to use it)',
        // The incumbent costs a fraction of what we ask.
        '(costs|cost|charges|charge) (us|me)? (a fraction|half|a third|a quarter|less than half|way less|much less|a lot less|a tenth|peanuts) (of)? (what you|your|yours|the price|that)',
        // Parent company, group or head office mandates or has already chosen.
        '(parent company|holding company|head office|headquarters|corporate|hq|group|our owners|our parent|franchisor|mothership|global|central it|group it|sister company|the trust) (makes|make|made|forces|force|forced|tells|told|wants|want|expects) (us|every|all|each) .{0,2} (use|stick with|run|go with|buy from|stay on|be on)',
        '(parent company|holding company|head office|headquarters|corporate|hq|group|our owners|our parent|franchisor|mothership|global|central it|group it|the trust) (has|have)? (already)? (has|have)? (picked|chose|chosen|selected|decided on|standardised on|standardized on|mandated|rolled out|bought|signed up for|signed up to|signed with|gone with|went with) (a|an|the|one|their|its)? (new|single|different|specific|particular|global|group|preferred)? (platform|system|tool|vendor|supplier|provider|solution|crm|software|partner|agency|#ProperNoun|#Organization)',
        '(stay|keep|be|remain|staying|keeping) (consistent|aligned|in line|in step|on the same system|on the same platform|standardised|standardized) with (the|our|them|the rest|group|head office|sister|other|everyone)',
        // Partners, accountants, agencies and resellers who already provide it.
        '(our|the|my) (agency|accountant|accountants|bookkeeper|bookkeepers|reseller|msp|it provider|it company|it support|consultant|consultants|payroll bureau|bureau|bank|broker|franchisor|it guys|it guy|web guy|marketing agency|pr agency|outsourcer|partners|partner) (already)? (handles|handle|does|do|provides|provide|looks after|look after|takes care of|take care of|manages|manage|covers|cover|sorts|sort|runs|run|includes|include) (all|everything|most|the|that|this|it|our|those|payroll) .{0,3} (for us|already|as part of)',
        '(provide|provides|provided|include|includes|included|do|does|handle|handles|comes|come|get|gets) .{0,4} as part of (their|her|his|our) .{0,2} (package|fee|retainer|service|services|subscription|licence|license|plan|contract|bundle|deal|offering|suite)',
        // Free tools.
        '(use|using|get|got|have|on|run|running) the free (version|tier|plan|edition|account) (of)?',
        '(free|built-in|built in|native) (one|tool|version|app|feature|features|option|plan|tier) (does|do|works|covers|is fine|is enough|is good enough|does the job)',
      ],
      unless: ["your .{0,3} (does|do|covers|cover|handles|handle|would|will|could|can|runs|manages)", "(you|you guys|yours) (already|also|probably|definitely|would|will|could|can|might)? (does|do|covers|cover|handles|handle|runs|manages|run|manage|take care of|takes care of) (that|this|all|it|everything|the same|what|most|our)",
        '(see|show|look at|walk you through|share|screenshot|tour of|demo of) (you)? (our|the) (current|existing) (setup|set-up|system|process|workflow|dashboard|config|configuration|screen|data)', "(working on|on the|for the) (the)? (rollout|roll-out|project|implementation|onboarding|migration)", "(standardised|standardized|consolidated|settled) on (you|your|yours)", "(integrate|integrates|integration|integrations|connect|connects|sync|syncs|plug into|plugs into|work with|works with) (with|into|to)? (our|the) (existing|current)", "(integration|integrations|connector|plugin|plug-in) (you|with|for)", "will be (handy|useful|great|helpful)", "(use|using|rely on|run|running) (your|yours|you)", '(leaving|cancelling|canceling|switching from|switching away from|dropping|moving off|moving away from|getting rid of|ditching|replacing) (our|the|their) (current|existing|old|previous|present) (vendor|provider|supplier|system|tool|platform|agency|partner|software|crm)', 'happy with the (terms|price|pricing|proposal|quote|contract|demo|pilot|offer|plan)', '(grant|budget|insurance|funding) (covers|pays for)', '(not|never|un) (happy|satisfied|pleased|content)', '(unhappy|frustrated|fed up|disappointed|dissatisfied|struggling) with', '(are|am|is|\'re|\'m|been|keen|ready|trying|planning|hoping|wanting|needing) (looking|planning|hoping|trying|ready|keen|wanting|needing)? to (switch|replace|move|leave|change|get off|get away|migrate)', '!not (want|need|plan|have|got) to (switch|replace|move away|leave|change|get off|get away|migrate)', '(nothing|no reason|nothing much) (is)? stopping (us|me)', 'used to (be with|be on|use|have|work with|run)', '(switched|moved|migrated) (away)? from', 'that is why (i|we) (called|reached out|contacted|are talking|wrote)', 'why (i|we) (called|reached out|contacted)', 'replace (our|the|them|it)', '@rep_framing', '(already|currently) (using|use|have) (you|your|truth serum)', 'love (you|your) (guys|team|product)', '(i|we|you|i have|we have|you have) already (sent|booked|scheduled|shared|forwarded|talked|spoke|told|done|know)', 'already (got|have) the (invite|agenda)', '(on|been on) hold'],
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
        '(just|recently) (renewed|signed|re-signed|extended) (with|our|a|the|for)',
        '(we|we\'ve|we have) (just|recently|already|only)? (renewed|re-signed|resigned|extended|re-upped|rolled over) (with|our contract with|our deal with|our agreement with|the contract with)',
        '(mid-contract|mid contract|mid-term)',
      ],
      unless: ['(ends|expires|runs out|is up|finishes|lapses|comes to an end|ending|expiring|up for renewal) (on|in|at|next|this|soon|by|at the end)', '(free|ready|able|looking) to (switch|choose|move|change|look around|shop around)', 'how long (the|your|a|does the|is the) (contract|agreement|term|subscription)', '(notice period|cancellation terms|break clause) (on|in|of) (your|the) (contract|agreement)', '(ended|expired|has ended|ran out|runs out next|is up next)', '(send|sign|review) (me|us)? (the|your) (contract|agreement)', 'our contract with you', 'renewed with you', '@buying_signal',
        // A renewal that grows the account is ours, not the incumbent's.
        '(add|adding|expand|expanding|upgrade|upgrading|extend|extending) (the|a|an|more|another|extra|some)? .{0,2} (module|seats|licences|licenses|users|sites|features|add-on)'],
      // An internal notice that a contract rolls over is paperwork, not a reason to stay.
      unlessInText: ['no (action|response|reply) (needed|required|necessary)', '(rolls|roll|rolling) over automatically'],
      negatable: false,
    },
    {
      id: 'comp.in-house',
      category: 'competitor',
      patterns: [
        "(built|build|made|make) (us)? our own (version|tool|system|thing|one|app|platform|software)",
        "(in house|in-house|internally|ourselves) (have|has|got)? (it|that|this|all that|all of that) (covered|sorted|handled)", "(our|the) (guys|team|people|staff|lads|folks|developers|devs) (in house|in-house) (have|has|do|handle|handles|cover|covers)",
        "(our|my) .{1,3} (built|made|wrote|set up|rigged|hacked together|cobbled together|put together|knocked up|knocked together|threw together|whipped up|coded) (a|an|our|its|their|his|her|my)? (own)? .{0,3} (setup|set-up|system|tool|spreadsheet|solution|thing|database|workflow|app|process|script|scripts|macro|macros|program|version|bot|one)",
        '(build|building|make|develop|developing) (it|our own|things|stuff|software)? (than|rather than|instead of) (buy|buying|purchase|purchasing|pay for|paying for)',
        '(built|build|wrote|made|developed|created) our own',

        '(built|build|wrote|made|developed|created) (their|our|its) own (version|tool|system|platform|solution|app|engine|one)',
        '(in-house|internal|own) (dev|development|it|engineering) (team|department|guys|people) (wrote|built|made|developed|created|handles|does)',
        '(wrote|built|made) (the|our|a) .{0,3} from scratch',

        '(built|build|building|developed|develop|developing|made|make|making|created|create|creating|wrote|write|writing|rolled|roll|rolling|coded|hacked) (our own|something|it|our|a tool|a solution|a system|one|something similar|the same thing|something like that|our own version|our own tool|our own solution)? (in-house|internally|ourselves|in house|on our own|by ourselves|of our own)',
        '(in-house|homegrown|home-grown|home grown|internal|proprietary|custom-built|custom built|bespoke) (tool|solution|system|team|platform|build|software|app|application|process|spreadsheet|version|thing|setup)',
        '(our|the) (it|dev|development|engineering|internal|ops|data|tech) (team|department|guys|people|folks|lads|bods) (built|build|builds|made|handles|handle|does|do|wrote|maintains|maintain|has built|have built|is building|are building|can build|could build|knocked up|knocked something up|threw together|put together|hacked together|cobbled together|whipped up|rigged up)',
        '(do|handle|manage|run) (it|that|this|everything|all of that|that stuff) (in-house|internally|ourselves|in house|on our own|with spreadsheets|in excel|in spreadsheets)',
        '(spreadsheet|spreadsheets|excel) (works|work|does the job|is fine|is enough|gets the job done)',
      ],
      unless: ['@rep_framing'],
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

        '(evaluating|evaluate|looking at|look at|talking to|talking with|talk to|considering|consider|comparing|compare|speaking with|speaking to|meeting with|trialing|trialling|piloting|testing|demoing|shortlisted|shortlisting|reviewing|review|vetting|assessing|going with|go with|decided on|decide on|chose|chosen|choose|choosing|picked|pick|selected|select|went with|leaning towards|leaning toward|favoring|favouring|in talks with|getting quotes from|got quotes from|got a quote from|have a quote from|bids from) (a few|several|some|two|three|four|#Value|multiple|other|another|a different|a competing|a|the other)? (other|different|competing)? (vendor|vendors|provider|providers|option|options|solution|solutions|company|companies|partner|partners|tool|tools|competitor|competitors|alternatives|alternative|firms|firm|agencies|agency|suppliers|supplier|platforms|platform|bids|quotes|proposals)',
        '(go|went|going|gone|headed|heading|move|moving|moved) (in|with) (another|a different|a new) (direction|vendor|provider|way|partner|solution|route)',
        '(your|a|the) (competitor|competitors|competition|rival|rivals)',
        '(another|other|different|competing) (vendor|vendors|provider|providers|company|companies|supplier|suppliers) (is|are|was|were|offered|offers|quoted|quote|does|do|can|has|have|gave|give|came in)',
        '(#ProperNoun|#Organization|they|them|those guys|the other guys|another vendor|another company) (is|are|was|were|came in|come in|quoted|offered|offers|offer|will do it|can do it|does it|do it) (cheaper|less|lower|for less|for half|at half|more affordable|a better deal|a better price|half the price)',
        '(the other guys|the other lot|the other mob|the other company|the other vendor|the other supplier|another company|another firm|another vendor|another supplier|another provider|another agency|a rival|a rival firm|a rival company|someone else|somebody else|one of your competitors) (gave|pitched|showed|demoed|presented|sent|approached|contacted|are further|is further|have already|has already)',
        // Other vendors in the running: "with three other vendors", "and a couple of others".
        '(with|against|and|between|alongside|plus|versus|vs) (a few|a couple of|a couple|a handful of|#Value|several|some|various|multiple) (other|local|different|competing|alternative|rival|more) (vendors|providers|suppliers|platforms|options|companies|firms|agencies|tools|solutions|bidders|products|candidates|contenders|partners|systems)',
        '(and|plus|with|against|so are|so do|so have) (a few|a couple of|a couple|a handful of|#Value|several|some|various|multiple) others',
        '(and|plus) one (other|more)$',
        '(midway through|halfway through|middle of|running|run|gone through|went through|going through|out to|out for|issued|issue|doing) (a|an|the|our)? (formal|competitive|open|full)? (tender|rfp|rfq|rfi|bake-off|bake off|beauty parade|competitive process|procurement exercise|vendor selection)',
        '(evaluation|trial|pilot|poc|bake-off|comparison|shootout|proof of concept) (with|of|between|against) (#Value|a few|a couple|several|other|another|the other|a different|a competitor|one of your competitors)',
        '(comparing|compare|compared|benchmarking|benchmark|weighing|weigh|stacking|stack|measuring|putting) (you|your|yours|you guys|your proposal|your offer|your quote|your product|them) (up)? (against|alongside|with|versus|vs|side by side with) (#Value|a few|a couple|several|other|others|another|the other|the rest|#ProperNoun|#Organization|our current|what we|who we)',
        '(looking at|talking to|talking with|speaking to|speaking with|considering|evaluating|meeting|trialling|trialing|demoing|chatting to|chatting with) (them|those guys|#ProperNoun|#Organization|others|other people|someone else|other options|another one) (too|as well|also|at the same time)',
        '(go|going|went|gone|move|moving|moved|switch|switching|switched) (with|to) (someone else|somebody else|another provider|another vendor|another supplier|another company|another firm|another agency|another partner|one of the other|one of your competitors|one of your rivals)',
        '(another|a cheaper|a lower|a better|a competing|a rival|cheaper|lower|better|competing|rival) (quote|quotes|offer|offers|bid|bids|proposal|proposals) (on my desk|in hand|on the table|for pretty much the same|for the same|for basically the same)',
        '(get|buy|find|source) (something|the same|the same thing|it|one|that|this|pretty much the same thing|something similar) .{0,2} (elsewhere|somewhere else|from someone else|from somebody else)',
      ],
      unless: ["(to|who will|who'll) (lead|run|own|manage|champion|coordinate|head)", '(competitor|competitive) (analysis|research|review|comparison|landscape|benchmarking|intel|report)', '@rep_framing', '(if|unless) (this|it|that|things|the issue|the problem|service)', '(what|which|who) (else|other)', 'no (other|competitor)', '(switched|moved) (from|away from)', 'not (talking to|looking at|considering|evaluating) (anyone|anybody|any|other)'],
    },
  ],
};
