import type { CategoryPack } from './category-pack';

export const SKEPTICISM: CategoryPack = {
  category: 'skepticism',
  // Coaching notes, doubt taken back ("used to be a bit cynical", "went in sceptical but you delivered", "that's not you"), mishaps.
  unless: ['(doubtful|unlikely|not sure|doubt) (that|whether|if)? (i|we|he|she|they|anyone) (can|will|\'ll|could|would) (make|attend|join|be there|come|dial in|get to|be free|be around)', '(buy|buying) (the|a|an|any|our) .{0,2} (tier|plan|licence|license|licences|licenses|seats|add-on|add-ons|addon|module|package|version|hardware|kit|equipment)', '(buy|buying|purchase|purchasing) (that|this|these|those) (kind|sort|type) of (thing|stuff|product|products|service|services|software|tool|tools)', '(buy|buying|purchase) .{0,4} (externally|off the shelf|from outside)', '(handle|handling|respond to|responding to|answer|answering|overcome|overcoming|deal with|dealing with|tackle|tackling|counter|countering) (the|that|this|a|an|any)? .{0,3} (line|objection|objections|pushback|push-back|brush-off)', 'when (a|the|your|our)? (buyer|buyers|customer|customers|prospect|prospects|client|clients|lead|leads|someone|somebody|people) (says|say|asks|ask|tells you|pushes back|objects|raises)', '(coaching|pro tip|talk track|objection handling|sales tip|sales enablement)',
    '(that is|that\'s|it is|it\'s|that was|it was) not (you|your lot|you guys|your company|on you|your fault)', 'used to be (a bit|a little|quite|very|pretty|really|so)? (skeptical|sceptical|doubtful|wary|cynical)',
    '(went in|started|started out|came in|going in) (a bit|a little|quite|very|pretty)? (sceptical|skeptical|cynical|doubtful|wary)', '(you|you lot|you guys|your team|they) (have|has|\'ve)? (actually|really|genuinely) (works|worked|delivers|delivered|come through|came through)', 'even (he|she|they|our|my|the) .{0,2} (was|were|is|got)? (impressed|convinced|sold|won over)', '(changed|change) (my|his|her|their|our) mind',
    '(fair|natural|understandable|reasonable|right|normal|healthy|wise|sensible|smart) to be (a bit|a little)? (sceptical|skeptical|cautious|wary|doubtful|cynical)', // Doubt about the small talk itself ("not sure the train will be on time"), not an objection said next to a coffee break.
    '(doubt|doubts|doubtful|dubious|leery|unsure|sceptical|skeptical|convinced|sure|unconvinced|wary|cynical|believe|trust|suspicious|question|burned|burnt|stung|bitten|caught out) .{0,3} (flight|flights|train|trains|plane|taxi|uber|laptop|battery|commute|wi fi|wifi|wi-fi|broadband|internet|weather|traffic|printer|printers|coffee|coffee machine|kettle|lift|elevator|canteen|football|rugby|cricket|the match|the game|referee|ref|dentist|landlord|couriers|rain|raining|snowing|pouring|snow|sunshine|builders|school run|headset|camera)', '(flight|flights|train|trains|plane|taxi|uber|laptop|battery|commute|wi fi|wifi|wi-fi|broadband|internet|weather|traffic|printer|printers|coffee|coffee machine|kettle|lift|elevator|canteen|football|referee|ref|dentist|landlord|couriers|rain|snow|sunshine|builders|school run|headset|camera) .{0,3} (sounds|seems|looks|is|was) (a bit|a little)? (too good|too nice|suspicious|fishy|optimistic|dubious|iffy)', 'to believe (it is|it\'s|it has|it\'s been|that it\'s|that it has|that it is) (already|been|nearly|almost|only|over)', 'to believe how (quick|quickly|fast|easy|good|well|much|smooth|smoothly|simple)', '(not|n\'t) (fully|really|entirely)? (convinced|sure|sold) (that)? (we|i) (need|want|should|require|have to|really need)', '(i\'ve|i have|we\'ve|we have) (attached|included|enclosed)', '(and|but|now|so far|turns out|turned out|glad to say|happy to say|pleased to say|happy to report) (it|this|that) (actually|really|genuinely) (works|worked|delivers|delivered)', '^(it|this|that) (actually|really|genuinely) (works|worked|delivers|delivered)',
    // The doubt denied or answered: "it's not too good to be true", "this one actually is good", "but this one checked out".
    // Doubt that belongs to the buyer's own customers, is about logistics, or is said not to be about us.
    '(customers|clients|buyers|patients|students|parents|members|end users|guests|shoppers|readers) (were|are|can be|tend to be|get|are often|are always) (always|often|usually|very|quite|naturally|understandably|rightly|a bit)? (skeptical|sceptical|wary|cynical|suspicious)',
    '(not|n\'t) (convinced|sure) (that)? (the)? (venue|room|hotel|restaurant|parking|weather|train|trains|flight|caterer|caterers|courier|printer|projector|wifi|lift|office move|traffic)',
    '(nothing to do with|not about|unrelated to|not aimed at|not directed at|not a reflection on) (you|your|yours|your product|your company|your team|you guys|you lot)',
    // The seller talking about other people's doubts or pre-empting them: "they've been burned by a previous vendor so let's make it tight", "I get it, every vendor says that, so let me show you".
    '(people|others|customers|clients|lots of people|a lot of people|plenty of people|many people|folks|buyers|they) (have|\'ve|had|\'d)? (been|got|get) (burned|burnt|stung|bitten) (by|before|in the past)',
    '(i|we) (know|realise|realize|appreciate|get|understand) (it|that)? (everyone|everybody|every vendor|all vendors|they all|you\'ve heard|every company|every supplier|every tool)', '(let me|allow me to|i\'ll|i will|i can) (just)? (show|prove|demonstrate) (you|it|that|this)',
    // Doubt the results have since answered: "a sceptic by nature, but this has been the smoothest rollout".
    'but (this|it|you|that|yours|the rollout|the pilot|the project|the trial|your team|the migration) .{0,3} (has been|have been|\'s been|was|were|turned out|proved|is|are) (the|a|really|genuinely|honestly|absolutely)? (smoothest|best|easiest|great|brilliant|excellent|fantastic|smooth|seamless|painless|a success|spot on|flawless|amazing|a breeze|a dream|impressive|superb)',
    // A price that looks high is price pushback, not doubt about a claim.
    '(price|prices|pricing|cost|costs|quote|quoted|fee|fees|bill|rate|rates|renewal|budget|licence|license|subscription) .{0,2} (seems|sounds|looks|is|feels) (really|very|way|too|a bit|a little|rather|quite)? (high|steep)',
    // Delight reported: "she said 'too good to be true' when she saw the new imaging".
    'too good to be true .{0,3} (when|until|then|but then|and then) (she|he|they|we|i|everyone|everybody|the team|my team) (first)? (saw|tried|used|heard|got|opened|ran|played with|showed|checked|looked at)',
    // The doubt denied: "I don't think it's too good to be true", "never thought it was hype".
    '(don\'t|do not|didn\'t|did not|never|wouldn\'t|would not) (think|believe|reckon|find|feel|say|call) (it\'s|it is|that\'s|that is|this is|it was|that was|they\'re|they are|it|that|this|you\'re|you are)? (too good|hype|marketing|a stretch|unrealistic|far-fetched|exaggerated|inflated|made up|spin|fluff)',
    // A similar tool tried and liked: "we tried something like this before and it worked brilliantly".
    '(tried|used|had|trialled|trialed|piloted) .{0,8} (and|which|but) (it|they|that) (worked|was|were|went|has been|have been) (brilliantly|great|really well|well|fine|a treat|perfectly|a success|fantastic|brilliant|amazing|superb|so well)',
    '(so|which means|meaning) (the|our)? (team|we|staff|everyone|people|users|folks) (already)? (know|knows|are used to|is used to|understand|understands|get|gets|are familiar|is familiar)', '(tried|used|had) .{0,8} (and|but) (we)? (loved|liked|enjoyed|miss|missed) (it|them|that)',
    // Burned by costs, customers or the economy: price or business talk, not doubt about us.
    '(stung|bitten|burned|burnt|caught out) (by|with) .{0,2} (charges|fees|add-ons|addons|overages|overage|costs|extras|bills|invoices|exchange rate|exchange rates|currency|tax|taxes|fuel|energy|interest rates|inflation|the market|tariffs|a customer|customers|a client|clients|bad debt|late payers)',
    // Said of one's own operations: "that's never the case with us".
    '(never|rarely|seldom) (true|the case) (with|for|at|in) (us|our|ours|we|here)',
    // Seeing it work before go-live is a rollout step, not doubt: "need to see it working with our SSO before go live".
    'before (go live|go-live|going live|we go live|launch|cutover|cut-over|rollout|roll-out|we roll out|switch-over)',
    // Doubt about one's own side: "some doubts about our own data quality", "sceptical of our current vendor", "wary of rolling this out before the holidays".
    '(doubts|doubt|reservations|sceptical|skeptical|wary|cynical|suspicious|unsure|unconvinced|doubtful|leery|cautious) (about|of|over|regarding|whether|that)? (our|my) (own|current|existing|internal|old|present|data|process|processes|forecasting|forecasts|team|staff|people|ability|capacity|readiness|setup|systems|vendor|supplier|provider|crm|chances of|timing)',
    '(wary|cautious|nervous|leery) (of|about) (rolling|starting|moving|changing|switching|launching|doing|going live|taking on|committing|signing|buying|spending|adding)',
    // Events, not claims: "it's doubtful the shipment arrives before Christmas"; a table booked: "reservations at the restaurant".
    '(it\'s|it is|it looks|it seems|looking|seems|looks) (a bit|pretty|very|quite|rather|increasingly)? doubtful', '(reservation|reservations|booking) (at|for|under|in) ',
    // Someone on their own side making the claim: "a bold claim from our sales director".
    '(claim|claims|promise|promises) (from|by|of) (our|my) (own|sales|marketing|ceo|md|boss|director|team|cfo|founder|founders|sales director|head|heads|chairman|chair|board|product|exec|execs|leadership|manager)',
    // Proof wanted for an internal document, not out of doubt: "just need it for the project plan", "to show the board on Tuesday".
    '(need|needs|want|wants|use|using) (it|them|this|that|those|these) (for|in) (the|our|my) (project plan|board pack|board paper|records|file|pack|deck|slides|presentation|checklist|business case|procurement|onboarding|audit|compliance|tender|rfp|proposal)', '(so|to|so that) (i|we)? (can)? (show|share|present|forward|pass|send|take) (it|them|this|those|these)? (to|with)? (the|my|our) (board|leadership|leadership team|exec team|execs|team|boss|md|ceo|cfo|finance|manager|director|committee)',
    '(happy|glad|willing) to be (proven|proved|shown) wrong (on|about) (the|our|my) (timeline|timing|date|dates|estimate|estimates|forecast|schedule|guess|numbers)',
    '(not|n\'t|isn\'t|wasn\'t) too good to be true', 
    // Round 6 look-alikes: doubt that came round ("sceptical of everything ... but they actually really liked it"), a rep's note of a doubt resolved,
    // surprise at news ("I don't believe it, he actually won"), doubt about a job candidate.
    'but (they|we|i|he|she|everyone|everybody|the team|my team|our team|the auditors|it) (actually|really|genuinely|all)? .{0,2} (liked|loved|enjoyed|rated|were impressed|was impressed|got on with|were won over|came round|came around|was won over)',
    '^(client|prospect|customer|buyer|lead|contact|they|he|she) (was|were|seemed)? (initially|at first|originally) (doubtful|sceptical|skeptical|wary|cynical|unconvinced|hesitant)',
    '(initially|at first|originally) (doubtful|sceptical|skeptical|wary|cynical|unconvinced|hesitant) .{0,12} (resolved|answered|addressed|settled|cleared up|put to rest|won over|convinced|reassured)',
    '(don\'t|do not|can\'t|cannot) believe (it|this|that) .{0,2} (he|she|they|we|you|someone|somebody|our|my|the) .{0,3} (actually|finally|just|really) (won|got|did|made|passed|managed|came|scored|landed|finished|turned up|showed up)',
    '(but|and|until|then) (we|i|they|the team|my team|our team) (tested|tried|checked|piloted|trialled|trialed|verified|ran|saw) (it|them|that|this|the pilot|the trial) .{0,3} (it\'s|it is|they\'re|they are|it was|they were|that\'s|that is)? (real|legit|true|genuine|accurate|spot on|held up|checked out|works|worked|delivered)',
    '(his|her|their|the candidate\'s|the applicant\'s|candidate\'s|applicant\'s) (cv|resume|application|references|cover letter|portfolio)', '(check|checking|double check|double-check) (the|his|her|their) references',
'(this one|this|it|they|that|yours) (actually|really|genuinely) (is|are|was|were) (good|great|different|legit|real|true)', '(but|and) (this one|this|it|yours|they|that) (checked out|checks out|held up|stood up|proved true|delivered)',
    // Round 7 look-alikes. Amazement, not disbelief: "i can't believe it's that fast", "couldn't believe how easy it was".
    '(can\'t|cannot|couldn\'t|could not) believe (it\'s|it is|how|that it\'s|that it is|they\'re|they are|it was|it\'s been|what a) (so|that|this|really|actually)? (fast|quick|quickly|easy|easily|good|cheap|simple|smooth|smoothly|well|great|brilliant|much|clean|accurate|painless|difference)',
    // A friend's praise echoed ("my mate said the same thing, he loves it"), proof already seen ("seeing is believing and we've seen it").
    '(he|she|they|my mate|my friend|my colleague|my boss|everyone|everybody|the team) (loves|love|rates|swears by|raves about|is a big fan of|are big fans of|can\'t stop talking about) (it|them|you|yours|your)',
    '(and|now|since|already) (we\'ve|we have|i\'ve|i have|we|i) (now|already|finally|actually)? (seen|saw) (it|that|them|the results|the numbers|the proof|the data)',
    // Doubt the results beat ("we thought the numbers were optimistic and beat them"), the sceptic turned fan.
    '(thought|assumed|expected|worried|feared|reckoned|suspected) .{0,8} (and|but) (we|they|it|the team|i|you|he|she) (actually|then|still|even|easily)? (beat|exceeded|smashed|surpassed|topped|outperformed|blew past|blew through) (them|it|that|those|the|our|every|all)',
    '(skeptic|sceptic|cynic|doubter|biggest critic|harshest critic|loudest critic) .{0,6} (is|became|has become|\'s|turned into) (now)? (its|our|your|the)? (biggest|greatest|number one|best|loudest)? (fan|champion|advocate|supporter|believer|cheerleader)',
    // Doubt that belongs to the buyer's own customers, or a third party's doubt already answered ("they were satisfied").
    '(our|their|my|the) (customers|clients|policyholders|tenants|residents|members|users|subscribers|consumers|patrons|donors|viewers|listeners|visitors|passengers|patients|parents|students|shoppers|guests|audience|end users|end-users|end clients|end-clients|buyers|readers|citizens|families|farmers|drivers) (are|were|can be|tend to be|get|are often|are always|will be|would be) (always|often|usually|very|quite|naturally|understandably|rightly|a bit|really|pretty|extremely)? (skeptical|sceptical|wary|cynical|suspicious|distrustful|mistrustful)',
    '(they|he|she|everyone|the client|the board|the auditors|our client|our end-client|the end-client) (were|was) (fully|completely|more than)? (satisfied|reassured|convinced|won over|happy with it|happy with that|fine with it)',
    // The rep generalising the reader's doubt: "Sceptical? Good. Most ops leaders are".
    '(most|many|lots of|plenty of|a lot of|nearly all|almost all) .{0,2} (leaders|managers|buyers|people|teams|owners|directors|heads|folks|customers|clients|ceos|cfos|founders|operators) (are|were|start out|feel)',
    // News, not a claim: "is that true, that's exciting".
    '(that\'s|that is|how|sounds) (so|really|very|pretty)? (exciting|great news|brilliant news|fantastic news|amazing news|awesome)',
    // Burned by price rises: price talk.
    '(stung|bitten|burned|burnt|caught out) (by|with) .{0,3} (increase|increases|price rise|price rises|price hike|price hikes|hike|hikes|uplift|renewal|renewals)'],
  triggers: [
    {
      id: 'skeptic.too-good',
      category: 'skepticism',
      patterns: [
        "every (vendor|company|supplier|salesperson|sales rep|rep|provider|agency) (who .{1,3})? (claims|says|promises|tells)",
        "(take|taking|took) (that|it|this|those|these) with a (grain|pinch) of salt",
        "(is|are) (another|a different|a whole different) (story|matter|kettle of fish|ball game)",
        'too good to be true',
        '(sounds|seems|feels|looks|sound|seem|is|that is|that\'s|it\'s|reads) (a bit|a little|kind of|kinda|pretty|rather|very|a tad|awfully|suspiciously|way)? (too good|fishy|suspicious|made up|made-up|unrealistic|inflated|exaggerated|far-fetched|far fetched|hard to believe|optimistic|overblown|overhyped|over-hyped|overstated|too rosy|rosy|like marketing|like a sales pitch|like hype|like fluff|like spin|like snake oil|like a stretch|like a lot of hype|like a big claim|like bs|like bull|salesy|sketchy|dubious|iffy|questionable|a stretch|like magic)',
        '(hard|difficult|tough) to (believe|buy|swallow)',
        '(i|we) (find it|find that|find this) (hard|difficult) to (believe|buy|swallow)',
        '(not|never) (fully|entirely|totally|completely|really|quite|yet|wholly|altogether)? (convinced|sold|buying it|buying that|buying this|sold on it|sold on that)',
        '(sounds|sound|reads|looks|feels|seems) like (something|a line|a claim|it came|it\'s)? (off|out of|from)? (an|a)? (late-night|late night|cheesy|tv|daytime|radio)? (infomercial|advert|advertisement|commercial|shopping channel|sales script|press release|billboard|poster|ad|cereal box|bus shelter)',
        '(they|those|these|it|that) (look|looks|seem|seems|sound|sounds) (a bit|very|pretty|rather|awfully|quite|wildly|hugely|really|overly)? (optimistic|inflated|rosy|exaggerated|unrealistic|too rosy)',
        '(claim|claims|claimed|promised) .{0,5} (is|are|seems|seem|sounds|sound|looks|look) (very|really|way|rather|quite|a bit|suspiciously|awfully|pretty)? (high|optimistic|ambitious|bold)',
        'unconvinced',
        // Round 6 classes. Too good in so many words: "numbers look suspiciously good", "maybe a little too impressive", "made me raise an eyebrow".
        'suspiciously (good|high|low|neat|clean|tidy|rosy|round|precise|convenient|positive|impressive|cheap|specific|strong)', '(a little|a bit|a tad|slightly|just|almost|perhaps a little|maybe a little) too (impressive|perfect|neat|tidy|convenient|rosy|polished)',
        '(raise|raised|raises|raising) (an|my|a few|some|both|one|more than one|a couple of)? (eyebrow|eyebrows)',
        // A pitch named for what it is: "sounds like a sales funnel, not an audit", "sounds like a marketing number".
        '(sounds|sound|looks|look|seems|seem|feels|reads) (like|just like) (a|an|just a)? (sales funnel|sales tactic|sales ploy|marketing ploy|gimmick|ploy|con|scam|marketing number|marketing figure|marketing numbers|marketing stat|marketing claim|marketing line|marketing spin)',
        '(a bit of a|bit of a|quite a|a real|a big|a massive) stretch',
        // Only said alone: "yeah right so Thursday then" agrees.
        '(yeah|sure) right$', '^(yeah|sure|oh) right #Value',
        // Round 7 classes. Disbelief said flat: "come on, that can't be right", "that can't possibly be true", "it's overpromised".
        '(that|this|it|those|these|that figure|that number) (can\'t|cannot|can not|couldn\'t|could not) (possibly|really|seriously)? (be)? (right|true|correct|accurate|real|legit)',
        '(it\'s|it is|that\'s|that is|they\'re|they are|sounds|seems|feels|looks) (a bit|a little|very|pretty|rather|massively|hugely|wildly)? (overpromised|over-promised|oversold|over-sold|overpromising|over-promising|overselling)',
        // Claims that cannot be taken seriously or that make the buyer uneasy: "hard to take the claims seriously", "that line makes me nervous".
        '(hard|difficult|tough|can\'t|cannot|struggle) (to)? take (it|that|this|them|the|your|those|these|any of|such)? .{0,3} seriously',
        '(line|claim|claims|promise|promises|pitch|number|numbers|figure|figures|stat|stats|wording|guarantee) .{0,2} (makes|make|made) (me|us) (a bit|a little|very|really|pretty)? (nervous|uneasy|suspicious|wary|twitchy|uncomfortable|sceptical|skeptical)',
        // Something held back: "makes me wonder what else you haven't told us".
        'what else (haven\'t|have|aren\'t|are|did|didn\'t|hasn\'t|has|is|isn\'t) (you|they|your team|your lot|the contract) (not)? (told|tell|mentioned|mention|hiding|hidden|left out|said|disclosed|disclose|flagged|flag)', 'what else (you|you\'ve|you have|you\'re|you are|are you|have you|is|isn\'t) (haven\'t|have not|hasn\'t|not|hiding|hidden|left out|didn\'t|did not|holding back|keeping|not told|not telling|not mentioned)',
      ],
      negatable: false,
      unless: ['@rep_framing', '(was|were|i was|we were) (skeptical|sceptical|doubtful|unconvinced) (at first|initially|before|but)', 'no longer (skeptical|sceptical|doubtful)', '(but|now) (i am|i\'m|we are|we\'re) (convinced|sold|believers)', 'not (suspicious|sketchy)',
        '(price|prices|pricing|cost|costs|fee|fees|bill|increase|increases|rise|hike|rate|rates|renewal|budget|going up)'],
    },
    {
      id: 'skeptic.doubtful',
      category: 'skepticism',
      patterns: ['(skeptical|sceptical|skeptic|sceptic|doubtful|dubious|leery|wary|cynical|cynic) (about|of|that|whether)?', '(have|got|having) (my|our|some|serious|real)? (doubts|reservations)',
        '(forgive|excuse|pardon) (me|my|us)? .{0,3} (cautious|caution|guarded|wary|cynical|cynicism|doubts|scepticism|skepticism)',
        '(does not|doesn\'t|do not|don\'t|hardly|not exactly|not) (fill|fills|filling|inspire|inspires|inspiring|give|gives) (me|us)? (with)? (much|a lot of|great|any|a lot|huge)? (confidence|faith)',
        // Doubt said as a forecast: "I'd be surprised if that held up", "our auditors would tear that apart", "compliance would eat this alive".
        '(i\'d|i would|we\'d|we would|i\'ll|i will) be (very|genuinely|really|quite|pleasantly)? (surprised|amazed|astonished|shocked) if (that|it|this|those|these|they|you|your|any|the) .{0,3} (held up|hold up|holds up|survived|survive|survives|worked|works|work|delivered|deliver|achieved|achieve|hit|came true|stood up|stands up|panned out|materialised|materialized|happened|were true|was true|is true|are true|lived up|got near|got close|came close)',
        '(would|will|\'d|\'ll|going to|gonna) (tear|rip|pull|pick) (that|this|it|those|these|the|your) .{0,2} (apart|to shreds|to pieces|to bits|holes in)', '(would|will|\'d|\'ll|going to|gonna) eat (this|that|it|those|these|them|you) alive',
        // The promise made before and not kept: "sold a 'transformational' system and it transformed nothing", "none of them have got near it".
        '(sold|promised|pitched|bought) .{0,8} (and|but) (it|they|that) (transformed|changed|delivered|did|fixed|saved|achieved|lifted|improved|made) (nothing|none of it|very little|jack|zilch|no difference)',
        '(lifted|transformed|changed|delivered|saved|improved|fixed) nothing (but|except|apart from)',
        '(none|not one|neither|nobody|no one) (of them|of those|of these)? (have|has|had|ever)? (got|come|came|gotten|ever got|ever come|been) (near|close to|anywhere near|within a mile of) (it|that|those|them|this|the)',
        '(and|but|then) (it|they|that)? (never|rarely|seldom|hardly ever) (does|happens|happen|materialises|materializes|pans out|comes true|come true|shows up)$',
        '(told|promised|sold|pitched) (us|me)? (the same|exactly the same|the same thing|that|this|all this|all that|much the same) (by|from) (the|our|a|an|another|every|each|that)? (last|previous|other|old|former|incumbent)? (provider|vendor|supplier|company|agency|rep|one|lot|crowd|firm|guys|salesman|salesperson|consultant)',
        // The same pitch from every vendor: "every routing vendor tells me 15%", "all the revenue tools say they'll lift it", "sounds like every other 'AI' pitch".
        'every .{0,2} (vendor|vendors|company|supplier|provider|tool|platform|agency|rep|salesperson|salesman|fella|bloke|startup|consultant) (tells|says|claims|promises|swears|reckons|is claiming|are claiming|keeps claiming|is saying|keeps saying|is promising|keeps promising) (me|us)?',
        'every .{0,2} (vendor|company|supplier|provider|tool|platform|agency|rep|salesperson|salesman|fella|bloke|startup|consultant) .{1,6} (tells|says|claims|promises|swears|reckons) (me|us|they|they\'ll|they will|to|the same|that|#Value|it|its|his|her|their)',
        '(all the|all these|all those|all of the|most of the) .{0,2} (tools|vendors|companies|providers|platforms|suppliers|agencies|startups|products|systems|reps) (say|claim|promise|tell me|tell us|swear|reckon) (they|they\'ll|they will|they can|#Value|the same|that)',
        '(sounds|looks|feels|reads|just) like every other .{0,3} (pitch|vendor|tool|promise|sales pitch|demo|platform|startup|supplier|provider|rep|salesperson|product|app)',
        '(lot|lots|plenty|loads|full|big on|heavy on) (of)? (big|grand|bold|fancy|nice|great)? promises (but|and)? (not much|little|no|not a lot|nothing|zero|short on|light on|not many)',
        '(heard|hear) (this|that|the same|that same|this same|your|a similar|this exact|that exact) (story|pitch|spiel|line|song|promise|promises|claim|claims|tune|speech) (before|already|#Value|a hundred|so many|too many|many|loads of|countless|a million|a thousand)',
        '(numbers|figures|projections|claims|estimates|stats|forecasts|savings) (seem|look|sound|are|feel|seems|looks|sounds|feels) (slightly|a bit|a little|somewhat|rather|just|far|way|a touch|a tad)? too (rosy|good|optimistic|neat|high|generous|tidy|convenient|clean)',
        '(want|need|like|expect|require) to see (the|some|your|any)? (peer-reviewed|peer reviewed|independent|published|third-party|third party|audited|hard|actual|real-world) (data|evidence|trial data|studies|study|results|numbers|figures|benchmarks)',
        '(data|evidence|proof|numbers|figures|studies|results|references|benchmarks) (not|rather than|instead of) (a|the|your|some)? (sales|marketing|glossy)? (brochure|pitch|deck|slides|promises|claims|testimonials|case study|leaflet|flyer|spiel|sales pitch)',
        'how (do|can|would|will) (i|we) (actually|really|possibly|even)? know (that)? (you|your|they|it|this|those) (will|would|can|\'ll|actually|really)', 'how (do|can|would|will) (i|we) (actually|really|possibly|even)? (know|be sure|be certain|tell) (that)? .{1,3} (will|would|can|\'ll) (actually|really)',
        // Idioms of disbelief.
        '(come off it|pull the other one|according to whom|according to who$|according to who (exactly|though|then|now))', '(you are|you\'re|you must be) having (me|a) (on|laugh|giraffe)'],
      unless: ['used to be (skeptical|sceptical|doubtful|wary|cynical)', '(doubtful|unlikely|not sure) (that|whether|if)? (i|we|he|she|they|anyone) (can|will|\'ll|could|would) (make|attend|join|be there|come|dial in|get to|be free|be around)', '(please|always|do|stay|remain) (be)? (skeptical|sceptical|wary|cautious|suspicious) (of|about) (any|all|every|emails|messages|links|calls)', '@resolved', '@rep_framing', '(was|were|i was|we were) (skeptical|sceptical|doubtful) (at first|initially|before|but)', 'no longer (skeptical|sceptical|doubtful)', '(teams|customers|people|clients) .? (were|are) (skeptical|sceptical)', '(was|were) (a bit|a little|quite|very|pretty|really|so|all|somewhat|rather|fairly|initially)? (skeptical|sceptical|doubtful|cynical|wary|unconvinced) .{0,6} (but|until|originally|at first|initially|to begin with|at the start|in the beginning)', '(scepticism|skepticism|cynicism|doubts) (earlier|before|at first|initially)', '(he|she|they|boss|ceo|cfo|md|director|manager|owner|founder|board) .{0,2} (skeptical|sceptical|wary|cynical|leery) (of|about) (new|any new|all new|most) (tools|vendors|software|tech|technology|things|systems|suppliers|platforms)', '(proved|proven|showed|shown) (me|us) (wrong|otherwise)'],
    },
    {
      // Round 4 classes: proof demanded, claims against reality, references to ring, "we'll see", results doubted for us.
      id: 'skeptic.show-me',
      category: 'skepticism',
      patterns: [
        'how (do|can|could|would) (you|we|i) (even)? know (that)? (it|that|this|they|those|these|you|your) (will|would|can|won\'t|is|are|\'ll|\'s|\'d|actually|really|even)',
        '(numbers|figures|claims|stats|results|promises|projections|brochure|marketing|slides|deck|demo) .{0,3} (versus|vs|against|meet|meets|compared with|compared to) (reality|the real world|real life)',
        '(marketing|brochure|brochures|sales deck|website|case study|case studies|lab|pitch|slides) (figures|numbers|claims|stats|results)? (not|rather than|instead of) (the|in the)? (real world|real life|reality|the shop floor)$',
        '(references|referees|reference customers|reference sites|customer references|client references) .{0,3} (i|we) (can|could) (ring|call|phone|speak to|talk to|contact|check with|visit)',
        '(speak|talk|chat) to (a|some|one of your|any of your|a few of your|a couple of your|an|existing|current|real|actual) (existing|current|real|actual|live)? (customer|customers|client|clients|user|users) (who|that|using|of yours|before|first|myself|ourselves|directly)',
        '(connect|put) (me|us) (in touch)? with (#Value|a few|some|a couple|one|any) (of)? (your)? (existing|current|live|real)? (customers|clients|users|customer|client) (before|first)',
        'who (else)? .{0,4} (is|are)? (actually|really|genuinely) (getting|seeing|achieving|hitting|using|running|got|seen|achieved|hit) (those|these|that|the|such|this|it)',
        '(sounds|looks|seems|reads|sound|look|seem) (great|good|fine|lovely|nice|brilliant|plausible|ok|okay|wonderful)? in theory', '(all very well|all well and good|fine and dandy) in theory',
        '(what\'s|what is|where\'s|where is) the (small print|fine print) (then|here|mate|though|eh|exactly)?$',
        '(sold|promised) (us|me) (a|the) (dream|pup|lemon|bill of goods)', '(were|was|got|been|being) sold (a|the) (dream|pup|lemon|bill of goods)',
        'how (can|could) (you|anyone|they) (possibly|honestly|seriously|even) (guarantee|promise|claim|predict|commit to|say that)',
        '(independent|third-party|third party|external|outside|unbiased) (proof|evidence|verification|validation) (of|for|behind) (that|this|those|these|it|your|the claim|the claims|the savings|the numbers|the figures)',
        '^(so|then|well|just|ok|okay)? prove (it|that|yourselves|yourself) (on|in|with|through) (a|our|the|some) .{0,2} (first|before)',
        'what (happens|do we do|then) when (it|this|that|the system|the tool|the software) (doesn\'t|does not|don\'t|fails to|won\'t) (work|deliver|pan out|live up|do what|perform|hit|meet)',
        '(proof|evidence) (of|for|behind) (the|your|these|those) (claimed|promised|stated|quoted|advertised) .{0,1} (rates|rate|accuracy|uptime|speeds|reductions|reduction|results|savings|numbers|figures|roi|benefits|uplift|gains|outcomes|performance|improvement|improvements)', '(cannot|can\'t|won\'t|will not|don\'t) (go|decide) (only|just|purely|solely)? (by|on) (the|your|a) (presentation|deck|slides|brochure|demo|pitch|sales pitch|sales deck)',
        'what (evidence|proof|data|hard data) (do|can|have) you (have|got|show|give)? (that|to show|to prove|to back)', 'seeing is believing',
        // Promised before by others: "the last platform that promised 'no coding required'", "three agencies that said something similar", "swore blind".
        '(last|previous|old|other|former) (platform|vendor|tool|system|supplier|provider|one|agency|company|crm|partner|integrator) (that|which|who) (promised|claimed|said|swore|guaranteed|advertised)', '(vendor|supplier|provider|rep|salesman|salesperson|saleswoman|company|agency|consultant|lot|one|guys|integrator|partner) (swore|swear|swears) blind',
        '(worked with|tried|used|had|been through|met with|spoken to) (#Value|two|three|four|five|several|a few|a couple of|many|countless|other) .{0,2} (agencies|vendors|suppliers|providers|companies|consultants|consultancies|platforms|tools|firms|reps|salespeople) (in|over|round|before|already)? (that|who|which) (said|promised|claimed|swore|told us) (something similar|the same|that|much the same|similar|exactly that|the exact same)',
        '(sort|kind|type) of (line|claim|promise|pitch|headline|number) (that)? (makes|make|made) (me|us)',
        // Proof of what is claimed, the real document not the badge: "evidence of the alignment you claim", "the actual report rather than the badge".
        '(evidence|proof) (of|for) (the|that|this|your)? .{0,4} (you|you\'ve|you have) (claim|claimed|mentioned|advertise|advertised|state|stated|tout|touted)',
        '(actual|real|full|underlying) (report|certificate|audit|audit report|evidence|data|attestation) (rather than|not|instead of) (the|a|just|your)? (badge|logo|logos|summary|marketing|claim|website|sticker|seal)',
        '(case studies|references|examples|testimonials|logos) .{0,4} (from|about) (companies|firms|businesses|organisations|organizations|clients|customers) (ten|#Value|many|several|a hundred|twenty|fifty|much|way|far|a lot) .{0,2} (bigger|larger|our size)',
        'every (one|single one) of (these|those|you|them) .{0,2} (platforms|vendors|tools|companies|suppliers|providers|apps|systems)? (comes|come|has|have|claims|claim|says|say|shows|show|promises|promise|boasts|boast)',
        // Round 7 classes. Real or a roadmap/marketing number: "is that real or is that a roadmap thing", "an actual customer result or like a marketing number".
        '(is that|is it|is this|are those|are these|are they) (a|an)? (real|actual|genuine|live|real-world) .{0,3} or (is that|is it|is this|are those|are these|just)? (like|just|only)? (a|an)? .{0,2} (marketing|roadmap|made-up|made up|hypothetical|demo|mock-up|mockup|best-case|lab|future|theoretical|slideware|vapourware|vaporware)',
        // Live, not canned: "show me that live, not the recorded version".
        'show (me|us) (that|it|this|them) (live|for real|in real time|right now|on this call)', '(not|rather than|instead of) (the|a|your)? (recorded|canned|pre-recorded|prerecorded|scripted|staged|rehearsed) (version|demo|video|one|walkthrough)',
        // The named claim believed only when seen: "I'll believe the 'zero-downtime migration' when I see it", "the uptime figures when I see an audit".
        '(i\'ll|i will|we\'ll|we will|i\'d|we\'d) believe (the|your|that|this|those|these|in|any of) .{1,6} when (i|we) (see|have seen|\'ve seen|get|read) (it|them|that|this|an|a|the|some|proof|evidence|results|data)',
        // Promised the same by others: "promised 'AI-driven' by four different vendors", "sold 'plug and play' by the last vendor".
        '(promised|sold|pitched|told|shown|assured) .{0,6} by (#Value|two|three|four|five|several|multiple|many|different|other|every|a few|countless|the last|our last|the previous|our previous|our old|the old|another|a previous) .{0,2} (vendors|suppliers|providers|companies|salespeople|reps|agencies|vendor|supplier|provider|company|one|agency|partner|integrator|consultant|lot)',
        'before (i|we)? (believe|believing|buy|buying into|trust|trusting) (any of|all of|a word of) (that|this|it)', 'before (i|we) (believe|trust|buy into|accept) (any of|all of|a word of)? (the|your|those|these|such|that|this)? .{0,3} (claims|claim|numbers|figures|promises|stats|marketing)',
        'how (would|do|can|could) (i|we) (know|tell|be sure) (that)? (you\'re|youre|you are|you|this|it|that) .{0,2} (not)? (just)? (saying|telling|selling|making it up|spin|hype)',
        '^(we\'ll|we will|well) see (i suppose|i guess|won\'t we|wont we|shan\'t we|eh|then|about that|won\'t we)?$',
        '(doubt|don\'t think|do not think|can\'t see|cannot see|can\'t imagine|cannot imagine) (we|we\'d|we would|we\'ll|we will|us|you|it|it\'d|it would|it\'ll|it will|a|an) .{0,4} (see|get|achieve|hit|match|replicate|deliver|reach|seeing|getting|achieving|hitting|matching|reaching) (anything like|anywhere near|anything close to|half of|half|results like|numbers like|savings like)',
        '^(well|so|ok|okay|fine)? (then)? prove it (and|then|first|to me|to us)',
        'where (do|did|does) (those|these|that|the|your|this) .{0,2} (numbers|figures|stats|statistics|claims|data|savings|percentages|figure|number|stat|percentage) (actually|even|really|on earth) (come|came) from', 'where (do|did|does) (those|these|that|the|your|this) .{0,2} (numbers|figures|stats|statistics|claims|data|savings|percentages|figure|number|stat|percentage) (come|came) from$',
        '(show|prove to) (me|us) (the)? (proof|evidence|receipts|data) (first|before|and then|then)',
        // Proof on our own data: "show me, don't tell me", "I want to see it on our actual data".
        'show (me|us)? .{0,1} (don\'t|do not) tell (me|us)?', 
        // Round 6 classes. Who measured it: "who ran that benchmark", "what were the conditions of the test".
        'who (ran|conducted|paid for|commissioned|funded|carried out|sponsored|did) (that|the|this|those|these|your) (study|benchmark|benchmarks|test|tests|survey|research|trial|analysis|report)', '(conditions|methodology|sample size|sample) (of|for|behind|in) (that|the|this|your) (benchmark|test|study|trial|survey|research)',
        // Proof before belief: "I'd need proper proof before I take that anywhere", "the CEO will want proof it actually works".
        '(need|want|\'d need|\'d want|would need|would want|will want|will need|\'ll want|\'ll need|going to want|going to need|gonna want|gonna need) (some|to see)? (proper|real|hard|solid|concrete|actual|more|better) (proof|evidence)', '(proof|evidence) (that)? (it|this|they|your product|the product|the tool|the system|the platform|your tool|your system) (actually|really|genuinely) (works|work|delivers|deliver|does what)',
        // A real customer with the result: "show me an actual customer getting those results", "show me someone who's actually achieved that".
        'show (me|us) (an|a|one|some|any)? (actual|real|single|live|existing)? (customer|customers|client|clients|company|user|users|business|firm|site|school|practice|someone|somebody|anyone|anybody) .{0,4} (getting|achieving|seeing|hitting) (those|these|that|the|such|results|numbers|savings)',
        'show (me|us) (an|a|one|some|any)? (actual|real|single|live|existing)? (customer|client|company|user|business|firm|site|school|practice|retailer|hospital|team|store|manufacturer|distributor|agency|brand|council|someone|somebody|anyone|anybody) .{0,4} (who|that) (has|\'s|is)? (actually|really|genuinely) (achieved|got|hit|seen|done|managed|delivered)',
        '(customer|client|reference|references|customers|clients) (who|that) (isn\'t|is not|aren\'t|are not|wasn\'t|weren\'t) (on|in|from|featured on|featured in|listed on) (your)? (marketing|website|case study|case studies|brochure|list|page|slides|deck|logo wall)',
        '^(got|have you got|you got|any) (proof|evidence)$', 'what (is|\'s) the guarantee (that)? (it|this|you|they|your|the) .{0,4} (will|would|\'ll|can|actually)',
        'see how (your|the|other|those|these)? (first|early|existing|current|other|pilot)? .{0,3} (customers|clients|users|sites|adopters|schools|practices) .{0,4} (actually|really) (get on|do|fare|go|get along|perform|cope)',
        // Glossy material counts for little; the failures unasked: "case studies don't mean much to me", "what about the ones where it didn't work".
        '(case studies|case study|testimonials|brochures|logos|slides|decks|demos|awards|marketing|reviews) (don\'t|do not|doesn\'t|does not) (mean|count for|tell me|tell us|prove) (much|a lot|anything|a thing|squat|very much|all that much)',
        'what about the (ones|customers|clients|cases|times|sites|projects|deployments|rollouts|schools|companies) (where|when|that|it) .{0,2} (didn\'t|did not|don\'t|failed|went wrong|flopped|fell over|never)',
'(want|need|have|\'d want|\'d need|would need|would want|going to need|gonna need) to see (it|that|this|them) (on|with|against) (our|my) (own|actual|real|live)? (data|numbers|figures|stock|files|site|systems)',
      ],
      negatable: false,
      unless: ['@rep_framing', '@buying_signal', '(customer service|customer support|customer success|support team|helpdesk|help desk)', '(happy|glad|delighted|great|love) to (speak|talk|chat|share)'],
    },
    {
      id: 'skeptic.heard-before',
      category: 'skepticism',
      patterns: [
        "(anything|something|data|evidence|numbers|figures) (independent|third-party|third party) (we|i|that|to) (could|can)? (look at|see|check|read|verify|trust)", "so (did|were|was|do|does) the (last|previous|other) (three|two|few|one|ones|couple|vendors|tools|#Value)",
        "(that's|that is) what (they|you|you all|they all|all of you|everyone|everybody) (all)? (say|said|says|claim|tell me|promise)",
        "(not sure|don't know if|doubt|unsure whether|unsure if|not convinced) (it|that|this|those|the results|that data|the numbers|any of that|any of it) (translates|translate|applies|apply|transfers|transfer|carries over|would work|works|scales|holds) (to|for|here|in)?",
        "(you|can you|could you|will you|would you) (can|could)? (guarantee|promise|prove|commit to|put in writing) (that|this|it)", "(my|our|some|healthy|a bit of|a little|forgive the|forgive my|excuse my|excuse the) (scepticism|skepticism|cynicism)", "heard (similar|the same|such|identical|comparable) (promises|claims|pitches|lines|stories|things)", "(a big|a massive|a huge|quite an|quite a big|lot of) (if|ifs)", "(pie in the sky|wishful thinking|fairy tale|fairytale|pipe dream|castles in the air|sounds like a fantasy|sounds like fantasy)",
        "how many (customers|clients|people|companies|schools|firms|users|teams) (actually|really)? (see|get|achieve|hit|saw|got) (those|these|that|the|such)", "(sounds|looks|feels|is) (like|just like) (every|any) (other)? (pitch|vendor|demo|sales pitch|salesperson|rep|tool|platform|startup)",
        "what makes (you|yours|your product|your tool|this|it|your solution|your platform|your offering|your one) (any|actually|really|so)? (different|better|unique|special) (from|than|beyond|to)",
        "(not|hardly) (credible|believable|plausible)", "how (do|can|would|will) (i|we|you) (actually|really|possibly|even)? know (that|this|it|that's|this is|it's|it'll|it will|it won't|this won't|that will|those|these|the|your|they|you)", "(sat|sit|been|sitting) through (like|about|maybe|at least|probably)? (a|#Value|dozens|a dozen|loads|plenty|so many|countless|hundreds|enough|a hundred|a million) (of)? (these|those|the|their)? (ai|sales|vendor|software|product)? (demos|pitches|presentations|sales pitches|decks)", "(everyone|everybody|they all|all of you|you all|you guys all|all you guys) (says|say|said|claims|claim|promises|promise) (that|this|the same)", "(numbers|figures|stats|statistics|claims|results|roi|projections|savings|estimates|case studies|benchmarks|assumptions|forecast|forecasts) .{1,4} (seem|look|sound|are|feel|seems|looks|sounds|feels|appear|appears|seemed|looked|sounded) (awfully|a bit|a little|kind of|pretty|very|too|rather|really|quite)? (optimistic|inflated|unrealistic|rosy|generous|fishy|exaggerated|good to be true|too good)", "who (actually|really)? (got|achieved|saw|gets|achieves|hit|hits|sees|delivered) (those|these|that|the|such) (results|numbers|figures|savings|roi|returns|outcomes)", "(is|are) (it|this|that|any of this|any of it|any of that) (even)? (real|true|for real|legit|legitimate|actually true)", "heard (this|that|the same|these|those|your) (pitch|line|story|claim|claims|promise|promises|spiel|song and dance|sales pitch) (before|from|a lot|many|so many|already|too|elsewhere)", "(what|that's what|that is what) the (last|previous|other) (guy|guys|person|rep|salesman|saleswoman|salesperson|lot|mob|crowd|team|firm|agency) (told|said|promised|claimed|swore)",
        '(i\'ve|i have|we\'ve|we have) heard (all this|all that|that|this|it|these|those|the same|these promises|those promises|these claims|those claims|the same promises|the same claims|\'[^\']+\') (before|a lot|a hundred times|from)',
        'heard all (this|that) before',
        'how (do|can|would) (i|we) know (that|this|it|that\'s|this is|it\'s|it will|it won\'t|this won\'t|that will|those|these|the|your|they|you)',
        '(see|seeing) (it|that|this) to believe (it|that|this)',
        'based on what$', 'based on what (exactly|data|evidence|numbers|figures)',
        // Picked examples, not any picking: "those results look cherry-picked", "hand-picked references", not "the photos were hand-picked".
        '(cherry-picked|cherry picked|hand-picked|handpicked|hand picked) (dataset|data set|sample|samples|test set|ones|one|examples|example|customers|customer|references|reference|results|numbers|figures|data|case studies|case study|testimonials|stats|clients|client|quotes|reviews|logos|success stories)', '(those|these|that|they|it|them|sounds|seems|looks|is|are|were|was|feels|all|just|probably|surely) (a bit|very|pretty|quite|rather|just|so|bit|all|carefully|conveniently)? (cherry-picked|cherry picked|hand-picked|handpicked|hand picked)',
        '(too|very|a bit too|a little too) (slick|polished|smooth|neat)',
        'what\'s the catch',
        'what is the catch',
        '(third-party|third party|independent|independently) (validation|verification|verified|audit|audited|review|evidence|testing|tested|benchmarks|benchmarking|reference|references|measurement|measured)', 'verifiable (client|customer)? (references|evidence|data|proof|figures|results|case studies|numbers)',
        '(just|only) your word',
        'take (that|it|this|your word|anything|any of that|any of it) on (trust|faith)',
        '(i|we) (really|strongly|seriously)? doubt (it|that|this|those|these)',
        '(not sure|unsure|doubt) (the|your|those|these|that)? (maths|math|numbers|figures|roi|claims|sums|business case) (hold|holds|add|adds|stack|stacks|work|works|check|checks) (up|out)', '(can\'t|cannot|can not|don\'t|do not|struggle to|struggling to) see how (the|your|those|these|that|this)? (maths|math|numbers|figures|sums|roi|savings|business case|payback) (gets|get|adds up|add up|works|work|stacks up|stack up|pays|pay|comes|come) (there|out|up|back|off)?',
        '(not sure|don\'t know if|doubt) (i|we) (believe|trust|buy)',
        '(do not|don\'t|can\'t|cannot) (really)? (believe|trust|buy) (the|your|those|these|that|it|this)', '(do not|don\'t|can\'t|cannot) (really)? (believe|trust) (a|any|that a|that any) (tool|product|platform|system|piece of software|bit of software|software|vendor|app|supplier)', '(do not|don\'t|can\'t|cannot) (really)? (believe|trust) anything (you|your|in your|they|on your)',
        '(don\'t|do not) (really)? (trust|believe) (those|these|the|your)? (case studies|numbers|figures|stats|claims|results|roi|testimonials|reviews)',
        '(is|are|were) (that|those|these|it) (independently|actually|really) (verified|audited|tested|proven)',
        '(just|only) your (numbers|figures|data|word|marketing)',
        '(bold|lofty|grand) (claims|promises|promise|claim)', '(big|huge) (claim|claims)',
        '(where|how) are you getting (those|these|that|the) (numbers|figures|stats|results|claims)',
        '(what|that\'s what|that is what) the last (guys|vendor|company|people|provider|supplier|one) (told|said|promised)',
        '(got|were|been|was) (burned|burnt|stung) (last time|before|by a vendor|by the last)',
        '(seems|sounds|looks) (really|very|way|too|suspiciously)? (high|low|optimistic|generous) (i don\'t know|to me)',
        '(seems|sounds|looks) (really|very|way|too|suspiciously) (high|low|optimistic|generous)',
        '(you|you lot|you guys|you people|you all|vendors|salespeople|sales people|reps) (would|always|all|all always) say (that|this)',
        '(sounds|looks) (nice|good|great|fine|lovely) on paper',
        '(worried|concerned|nervous) about the real world',
        '(every|each) demo looks (great|good|amazing|perfect)',
        '(show|give|introduce) (me|us) (to)? (a|one|some) (customer|client|company|reference) (like us|who|that|in our)',
        '(speak|talk) to a (customer|client|reference) (who|that)',
        '(another|one more) tool (nobody|no one) uses',
        // Round 6 classes. Why believe it this time: "so why would I believe you this time", "nobody hits that", "what makes you think you'll do better".
        // Vendors fall short in practice; nobody shows it; claims not taken at face value; not what it says on the tin.
        '(vendors|suppliers|providers|tools|systems|platforms|they) (rarely|seldom|never|hardly ever|don\'t|do not|almost never) (meet|hit|achieve|deliver|match|reach|live up to) (these|those|such|the|that|their|those kinds of|these kinds of) .{0,2} (figures|numbers|claims|promises|targets|slas|levels|results|uptime|savings)',
        '(nobody|no one|none of them|not one of them|not one|none of those vendors) (has|have)? (ever|actually|yet|once)? (shown|proved|proven|demonstrated|backed up|evidenced) (it|that|them|this|those)',
        '(take|takes|taking|took) (that|this|the|your|those|these|it|them|any|such|a|an) .{0,3} (claim|claims|number|numbers|figure|figures|promise|promises|stat|stats|saving|savings)? at face value',
        '(never|doesn\'t|does not|rarely|seldom|don\'t|do not|didn\'t|did not) (quite|really|actually|ever)? (does|do) what (it|they) (says|say|said) on the tin', '(sat|sitting|sit|here) with (my|our) arms (folded|crossed)',
        'how (can|could) (you|anyone|they) (guarantee|promise) (zero|no|100|#Value|such|those|these)',
        '(those|these|they) (are|\'re) (just|all|only)? your (own)? (numbers|figures|data|stats|statistics) (though|tho|aren\'t they|are they not|right)', 'not (like)? (an|a)? (independent|third-party|third party|external) (study|review|audit|test|source|report|evaluation)',
        'why (would|should) (i|we) (believe|trust) (you|that|this|anything|any of|it|your|any|a word)', '(nobody|no one|noone) (actually|really|ever|realistically)? (achieves|achieved|hits|hit|reaches|gets anywhere near|gets close to|comes close to) (that|those|them|numbers like|figures like|that number|that figure|that level)',
        'what makes (you|them|you guys|you lot) (think|believe|so sure|so confident) (you|you\'ll|you will|yours|your|it|this|it\'ll|it will) .{0,3} (better|different|work|deliver|succeed)',
        // Burned before, sat through it before: "I've sat through this exact pitch before", "a bit gun shy", "now shelfware", "tried something similar and nobody adopted it".
        '(sat|sit|been|sitting) through (this|that|the) (exact|same|very|identical)? (same)? (pitch|presentation|demo|spiel|sales pitch) (before|already|many times|a dozen times)', '(gun shy|gun-shy|once bitten|twice shy)',
        '(are|is|became|become|now|ended up|ending up|end up|all|just) .{0,2} (shelfware|shelf-ware)',
        '(tried|had|used|bought|rolled out|brought in|trialled|trialed) (something|one|a tool|a system|a platform|an app) .{0,3} (similar|like this|like that|like yours) .{0,3} (and|but) (nobody|no one|noone|none of us|none of them|people|staff|the team|the staff|users) .{0,2} (adopted|used|touched|bothered|stuck with|logged in|took to)',
        // Rivals say the same; incredulous restatement: "they're saying the same things you are", "you're telling me the boosters will fix it".
        '(saying|say|said|claim|claiming|claimed|promise|promising|promised) (exactly)? (the same|much the same) (things|thing|stuff) (as)? (you are|you do|you did|as you|you\'re saying|you said)',
        '(you\'re|you are) telling (me|us) (that)? (the|these|those|this|that|your) .{0,3} (will|would|can|just|actually|really)? (fix|fixes|solve|solves|sort out|sorts out|eliminate|eliminates|halve|halves|double|doubles|pay for itself|pays for itself|transform|transforms|cure|cures)',

        '(claim|line|promise|pitch) (on|in|from) every',
        'pull the other one',
        '(heard|heard that|heard this) one .{0,3} before',
        '(nobody|no one|noone) (achieves|sees|delivers|hits|gets|gets anywhere near|actually gets) (those|that kind of|these|results like|numbers like|savings like|that many|that much|that level)',
        'which (clients|customers|companies|references) (exactly|specifically)', 'which (clients|customers|companies)$',
        '(never|not) (even)? heard of (you|your company|your firm|your product|them|it|this)', '(who|which companies|which customers|which teams) (else|actually|really) (actually|really)? (uses|use|is using|are using) (it|this|you)', '^(so|and|but|ok|okay|um|right)? (who|which companies|which customers|which teams) (uses|use|is using|are using) (it|this|you)',
        '(why|how) (would|will|are|is|should) (you|yours|this|it|your product) (be)? (any|really|actually) different', '(none|not one|neither) of them (have|has|ever|actually|really)? (delivered|worked|did|lived up)',
        '(does|do|can|will) (it|this) (actually|really)? (do|deliver) what (you|you\'re|you are) (saying|claiming|say|claim|promise|promising)',
        'before (i|we) (would|\'d|will|\'ll|can|could)? (believed|believe|buy|trust) (any of|all of)? (that|it|this|you)',
        '(not|never) (persuaded|convinced|sold) (that|the|it|this|by)?',
        // Wanting a demo is not doubt: only "actually working" or "working first".
        '(need|needs|want|have) to see (it|that|this|them) (actually|really) (working|work|in action|running|live|on our)', '(need|needs|want|have) to see (it|that|this|them) (working|work|in action|running|live) (first|before|for myself|for ourselves|with my own eyes|on our own data|on our data|on a real|in a real|in the real world|on real)',
        '(bold|big|strong|tall) claim',
        '(who|who\'s|who has|has anyone) (actually)? (verified|tested|checked|audited|proven|validated) (that|this|it|those)',
        '(show|give|send) (me|us) (a|the|an|some)? .{0,3} (meter reading|reading|results|evidence|proof|data|numbers|figures) (from|for|of)',

        '(every|all the|each|any|all|every other|every single|all you|you all|you guys all|you people|your kind of|most) (other)? (vendor|vendors|company|companies|supplier|suppliers|firm|firms|salesperson|salespeople|salesman|salesmen|saleswoman|sales guy|sales guys|sales rep|sales reps|rep|reps|provider|providers|one of you|seller|sellers|agency|agencies|consultant|consultants|startup|startups|tool|tools|platform|platforms) (says|say|claims|claim|tells|tell|promises|promise|told|promised|said|claimed|swear|swears|pitches|pitch)',
        '(heard|hear|hearing) (that|this|it|the same|the same thing|the same pitch|that line|that one|those claims|those promises|that promise|that pitch|that story) (before|a thousand times|a million times|many times|from everyone|from everybody|from every|so many times|a hundred times|too many times|plenty of times|from the last|all the time)',
        '(believe|believe it|believe that) when (i|we) see (it|that)',
        '(i|we) (will|\'ll) believe (it|that)$', '(i|we) (will|\'ll) believe (it|that) when (it|that|they|you|your|pigs) .{0,3} (happens|happen|delivers|deliver|works|work|arrives|shows|show|fly|comes true|pans out)',
        // Not "help us prove the ROI to the board".
        '(prove|proving) (it|that|this|those|these) (to me|to us|first)', 'prove (it|that)$', '(you\'ll|you will|you would|you\'d|you need to|you have to|you\'ve got to|you\'d have to|you will have to) prove (it|that|this|those|these|your)',
        '(show|send|give) (me|us) (the)? (proof|evidence|receipts|numbers behind|real numbers|hard numbers|case studies that|real data)',
        '(what|where) (is|\'s|are) (the)? (proof|evidence|data behind|data to back)', '(what|where) (is|\'s) the source (of|for) (that|those|these|this|your) (number|numbers|figure|figures|claim|claims|stat|stats|data)',
        '(any|some|real|hard|actual) (proof|evidence)', '(any|some) (data|references) (to back|behind|that proves|that prove|that shows|that show|that supports)',
        '(not|never) (sure|convinced) (that|this|it|those|these|your|the)? (is|are|will|would|really|actually)? (true|real|accurate|work|works|add up|adds up|deliver|hold up|holds up|stack up|possible)',
        '(i|we) (doubt|question|do not believe|don\'t believe|don\'t buy|do not buy|don\'t trust|do not trust) (that|it|this|those|the|your|these|any|a)',
        '(numbers|figures|stats|statistics|claims|results|roi|projections|promises|benchmarks|savings|estimates|testimonials|reviews|case studies|assumptions) (seem|look|sound|are|feel|seems|looks|sounds|feels|were|appear|appears) (a bit|a little|kind of|pretty|very|too|rather)? (inflated|made up|made-up|unrealistic|too high|cherry-picked|cherry picked|off|fishy|optimistic|generous|rosy|good to be true|exaggerated|fake|suspicious|too good|hard to believe|hand-picked|massaged|convenient|too convenient|too neat|too tidy)',
        '(where|how) did you (get|come up with|calculate|arrive at|find) (that|those|these|this) (number|numbers|figure|figures|stat|stats|statistics|data|claim|claims)?',
        '(marketing|sales) (fluff|speak|hype|spin|nonsense|bs|buzzwords)',
        // "or is that just your numbers", "not sure it does what you're saying it does", "on our numbers it doesn't".
        'or (is that|is it|are they|are those|is this) (just)? (your|their) (own)? (numbers|figures|data|claim|claims|marketing|estimate|estimates)', 'or (just|only|merely) (your|their) (own)? (numbers|figures|data|claim|claims|marketing|estimate|estimates)',
        '(not sure|doubt|don\'t think|do not think|not convinced) (that)? (it|this|they|you|your product|the tool) (actually|really)? (does|do|can|will|delivers|deliver) what (you\'re|you are|you|they|they\'re) (saying|claiming|promising|say|claim|promise|said|claimed)',
        'on (our|my) (numbers|maths|math|figures|calculations|sums|modelling|modeling) (it|that|this|they) (does not|doesn\'t|do not|don\'t|won\'t|will not|isn\'t|is not|aren\'t|never)',
        '(anything|something) (independent|independently verified|third-party|third party)$',
        // Sarcasm about what was sold: "really loving the 'enterprise-grade reliability' you sold us", "so much for your 99.9% uptime".
        '(really|just|absolutely|so|totally) (loving|love|enjoying|impressed by) (the|your|this|that) .{0,4} (you|they) (sold|promised|pitched|advertised|claimed)',
        'so much for (the|your|that|all the|all that) .{0,4} (reliability|guarantee|guarantees|promise|promises|claims|uptime|support|savings|roi|enterprise|world-class|seamless|easy|quick|best-in-class)', '(sounds|sound|feels|feel|seems|looks|reads|just|all|pure|typical|more|only) (a bit|a little|kind of|kinda|very much)? (like)? (a|the|your|more)? (sales|marketing) (pitch|talk|spin|line|patter|speak)',
        '(buzzwords|snake oil|smoke and mirrors|vaporware)', '(just|pure|mostly|all|the usual|marketing|typical) hype',
        '(we|i) have been (burned|burnt|burned before|let down|promised that) (before|by)?',
        '(been|got) (burned|burnt) (before|by|too many times|in the past)',
        '(what|who) (says|said) (so|that)',
        '(does|will|would|can) (it|this|that) (really|actually) (work|do that|deliver|save)',
        // The same promise from others before: "the last vendor promised the same thing", "you're the fourth company to tell me...".
        '(promised|promise|promises|claimed|claim|claims|pitched|swore) (me|us)? (the same|exactly the same|identical|similar|much the same) (thing|things|results|savings|numbers|promise|promises)',
        '(made|make|makes|making|heard|hear) (the same|exactly the same|identical|similar|those same) (promises|promise|claims|claim|pitch|pitches)',
        '(last|previous|current|old|other|former|existing) (vendor|tool|company|supplier|provider|platform|system|software|one|crm|lot|agency|guys|rep|salesperson|vendors|tools) (also|too|all|all also)? (promised|claimed|swore|guaranteed|said|told us) (the same|all that|all this|the world|the earth|the moon|exactly that|much the same|similar|that too)',
        '(promised|promise|promising|promises) (us|me)? (the world|the earth|the moon|the sun|the stars|everything) (and|but)',
        '(been|were|was|got) promised (the|big|huge|massive|great|real|similar)? (this|that|the same|all this|all that|roi|results|savings|returns|gains|the earth|the world|#Value) .{0,5} before', '(i\'ve|i have|we\'ve|we have|i\'d|we\'d) been promised .{1,4} (before|in the past|many times|too many times|so many times|a hundred times|by every)',
        '(second|third|fourth|fifth|sixth|tenth|umpteenth|nth|hundredth) (company|vendor|rep|person|salesperson|supplier|agency|firm|startup|provider|one) (this week|this month|this year|today|this quarter)? (to|that|who) (tell|told|promise|promised|claim|claimed|pitch|pitched|tells|promises|claims)',
        '(everyone|everybody|they all|all of them|all of you|you all|every vendor|every company|every tool|every platform|every supplier) (claims|claim|claimed|promises|promise|promised|swear|swears) (to|they|they\'ll|they will|#Value|the same)', '(everyone|everybody|they all|all of them|every vendor|every company) (says|say|said) (#Value|the same)',
        'every (vendor|company|supplier|tool|platform|product|provider|startup|salesperson|rep) (puts|throws around|trots out|slaps on|claims)', '(phrase|line|word|buzzword|claim|term|label|slogan) (that)? every (vendor|company|supplier|tool|platform|product|provider|startup|salesperson|rep) (uses|use|says|claims|puts)',
        '(is|are) on every (product|website|site|box|deck|brochure|pitch|tool|platform|landing page|slide)',
        'heard (the|this|that|a|similar|same|your) (pitch|promise|claim|story|spiel|line) from (about|around|over|at least|nearly)? (#Value|several|many|a few|dozens|loads|every|all|lots|a dozen|countless|plenty|half a dozen)',
        '(it|they|that|none of them|nothing|it all|the last one) (never|did not|didn\'t|failed to|couldn\'t|could not) (really|quite|exactly)? (lived up|live up|materialised|materialise|materialized|materialize|panned out|pan out)',
        '(results|savings|roi|benefits|gains|improvements|numbers|returns) (never|did not|didn\'t|failed to|just never) (showed up|show up|materialised|materialise|materialized|materialize|appeared|appear|came|arrived|arrive)',
        '(that is|that\'s|that was|which is) (exactly|just)? what (the|our)? (last|previous|other|old) .{0,5} (said|say|told us|told me|promised|claimed)',
        'heard (promises|claims|pitches|stories|lines|things) like (this|that|these|those|yours)',
        '(customers|references|clients|people|one|ones|someone|somebody|customer|reference|client) (you|that you) (did not|didn\'t|haven\'t|have not|don\'t|do not) (choose|pick|select|hand-pick|handpick|pick out|choose yourselves)', 'not (one|ones|someone|somebody|a customer|a reference|the ones|just the ones|just ones) (you|that you|you\'ve|you have) (pick|picked|choose|chose|chosen|select|selected|hand-pick|hand-picked|handpick|handpicked)', '(going to|gonna|will|\'ll|would|\'d|of course|obviously) (give|send|show|put|introduce) (me|us) (to)? (your|the) (happiest|favourite|favorite|star|showcase|most glowing|biggest fan|biggest fans|shiniest|best-behaved)',
        // Intransitive "it didn't deliver" doubts a promise; "it didn't deliver the report" is a complaint.
        '(it|they|that|none of them|nothing|it all|the last one) (never|did not|didn\'t|failed to) (deliver|delivered) (so|at all|either|though|anything|much|a thing|results|the results|the savings|the roi)',
        '(it|they|that|none of them|nothing|it all|the last one) (never|did not|didn\'t|failed to) (deliver|delivered)$',
        '(promised|claimed|sold) .{0,6} (and|but) (delivered|deliver) (nothing|none|half|little)', '(never|not|did not|didn\'t|failed to|has not|hasn\'t|have not|haven\'t) (really)? (lived up|live up) to',
        // Wanting proof, not words.
        '(you|you\'ve|have you|do you|got|is there|are there|where is|where\'s|need|want|see|show me|show us|send) (got|have)? (any|some|the|real|hard|actual)? (data|evidence|proof|numbers|figures|stats|research|studies) (to|that) (back|backs|support|supports|prove|proves) (that|this|it|those|these|any of that|any of this|your claims|your numbers|up)',
        'before (i|we) (trust|trusted|believe|believed|buy into|bought into) (any of|all of|a word of)? (that|it|this|you|those|these|the|your)',
        '(with|through) (my|our) own eyes',
        '(need|needs|want|wants|going to need|gonna need|\'ll need|will need|\'d need|would need|\'d want|would want|require) (to see)? (some|real|hard|actual|more|independent|solid|concrete)? (proof|evidence)',
        '(show|prove|demonstrate) .{0,4} rather than (just)? (telling|tell|saying|promising|claiming|describing)',
        '(show|prove|demonstrate) (me|us|to me|to us)? (it|that|this|them) (actually|really) (working|works|work|doing)',
        '(more|better) than (a|an|some|your)? .{0,2} (pdf|brochure|deck|slide|slides|case study|testimonial|testimonials|logos|marketing|spreadsheet|promises|words|video) (to|before) (believe|trust|convince|buy)',
        '(people|customers|clients|references|users|customer|client|reference|user|someone|somebody) (i|we) can (actually|really) (phone|call|ring|speak to|talk to|contact)',
        '(references|reference customers|referees) (from|at|in) (companies|businesses|firms|schools|teams|customers|organisations|organizations|practices|someone) (like|similar to|our size|of our size)',
        '(are|were) (these|they|those|them) (real|actual|genuine|paying) (customers|clients|people|companies|users|reviews|testimonials)',
        'who else (is|are|has|have)? (actually|really) (using|uses|use|done|doing|running|rolled out|implemented|tried|live)', 'who else (like us|our size|of our size|in our sector|in our space|in our industry|in our field)? (is|are|has|have)? (using|uses|use|running|rolled out|implemented|tried) (it|you|your product|your platform|your tool|your software)',
        'how many (customers|clients|companies|teams|users|firms|schools|sites) (have|do|are) you (actually|really|genuinely) (got|have|running|live|using)',
        '(done|doing|deployed|running|implemented|proven|worked) (this|it|that)? at (our|that|this|a similar) (scale|size|volume)',
        '(judge|verify) (it|that|this)? for (myself|ourselves)',
        '(need|have|want) to (verify|validate|audit|check) (the claims|your claims|the numbers|your numbers|the figures|your figures|those figures|those numbers|that claim|these claims|those claims)', '(verify|validate|audit|check) (it|that|this|them|the claims|the numbers|the figures)? (independently|for ourselves|ourselves)',
        '(happy|glad|willing|keen|love|like) to be (proven|proved|shown) wrong', 'prove me wrong',
        '(demos|decks|slides|brochures|pitches|presentations|case studies|testimonials|sales decks) (always|usually|normally|tend to|invariably) (look|do|sound|seem|read)',
        '(numbers|figures|stats|claims|data) (in|on|from) (the|your) (deck|slides|website|site|brochure|case study|pitch|presentation|proposal) (do not|don\'t|does not|doesn\'t) (match|tally|line up|agree|add up)',
        '(defining|define|defined|counting|count|measuring|measured|calculating|calculated) .{0,2} (very|rather|quite|pretty|a bit)? creatively', 'creative (accounting|maths|math|definition|definitions)',
        '(marketing|sales|someone|somebody|the deck|the slides|the numbers) .{0,3} carried away',
        '(sat|sit|sitting) through (a lot|lots|loads|plenty|hundreds|dozens|enough|so many|too many|countless|a few) (of)? (these|those|them)',
        // Claims that sound invented, or only marketing.
        '(sounds|sound|seems|looks|reads|smells) like (a lot of|lots of|a load of|a bunch of|pure|more|typical|just)? (marketing|spin|hype|salesmanship|sales talk|a sales line|a sales pitch|bs|bull|nonsense|fluff|fiction|hot air)',
        '(plucked|pulled|made up|conjured) (out of|from) (thin air|the air|nowhere|a hat)',
        '(written|made up|put together|cooked up|dreamed up|dreamt up) by (your|the|their) (marketing|sales|pr)',
        '(sounds|seems|looks|sound|seem) (almost|a bit|a little|way|far|just|all)? (too easy|too simple|too neat|too perfect|too clean|too slick|too tidy|too convenient|too polished)',
        'every (salesman|salesmen|sales guy|saleswoman|seller|consultant|supplier|vendor|rep|company|one of you) .{0,5} (says|say|said|claims|promises|tells|told) (the same|that|this|so)',
        'how (can|could|would|will|do) you (possibly|really|actually|even)? (guarantee|promise|prove|know|claim) (that|this|it)', 'how (can|could|would|will|do) you (possibly|really|actually|even)? (guarantee|promise|prove|claim) (those|these|such|the|your) (savings|results|numbers|figures|roi|uptime|accuracy|returns|gains|outcomes|benefits|improvements|figure|number|claims)',
        '(struggling|struggle|struggled|finding it hard|find it hard|find it difficult) to (believe|buy|accept|trust)',
        '(case studies|references|examples|testimonials|customers|clients|logos) (all)? (seem|seems|look|are) (to be)? (from|about) (much|far|way)? (bigger|larger|huge|different|enterprise)',
        'who are (these|those) (customers|clients|companies|firms|references)',
        '(suspicious|distrustful|mistrustful) (of|about) (figures|numbers|claims|stats|promises|results|anything|that|those|these|this|it|any)',
        '(not|n\'t) (really)? buying (the|your|that|those|these|any of|the whole|all this|all that) .{0,3} (claim|claims|story|pitch|line|promise|promises|numbers|figures|hype|idea)',
        '(what is|what\'s|what are) (that|this|those|these|it|the claim|your claim|the figure|that figure|that number) (based on|backed by|coming from|drawn from)',
        '(more than|not just) (a|an|your|some)? .{0,2} (slide deck|deck|slides|brochure|pdf|case study|video|demo|presentation|testimonial|promise|promises|words) to (be convinced|be persuaded|convince me|convince us|believe|trust)',
        'reserve (judgement|judgment) (until|till)',
        '(nobody|no one|none of them|no vendor|nothing) (has|have)? (ever)? (delivered|lived up) (on|to) (that|this|the|those|such|their|its)? (promise|promises|claim|claims|hype)',
        'or (just|only|merely)? (a|the|your)? (best case|best-case|outlier|one-off|exception|cherry-picked|cherry picked|lucky)', 'or (just|only|merely)? your (best one|best customer|best result|best example|star customer|top customer|happiest customer|best case)',
        '(been around|been in this game|been in this industry|been in this business|been doing this|been at this) (long enough|too long|far too long)', 'long enough to know better',
        '(been down this road|seen this movie|seen this film|seen it all|seen this all) before',
        // Plain doubt: "heard it all before", "yet to be convinced", "quite a claim", "there's always a catch".
        'heard it all (before)?',
        // Seeing the proof, not "the signed contract from legal".
        '(i\'ll|i will|we\'ll|we will|i\'d|we\'d) believe (it|that|this) when (i|we) (see|have seen|\'ve seen) (it|that|this|them)', '(i\'ll|i will|we\'ll|we will|i\'d|we\'d) believe (it|that|this) when (i|we) (see|have seen|\'ve seen) .{0,3} (results|numbers|proof|evidence|data|savings|figures|roi|difference|improvement|uplift|working|in action)',
        '(anyone|anybody|any vendor|everyone) can (make|put together|build|write|draw|promise|claim|say) .{0,2} (slide|slides|deck|decks|demo|brochure|promise|promises|claims)',
        '(or|is that|is it|is this|are these|are those) (just|only|simply) (your|their|your own|the vendor\'s|marketing\'s|marketing) (numbers|figures|data|stats|claims|word|opinion|marketing)',
        // A similar thing tried before and failed: "we tried something like this and it was a disaster".
        '(tried|had|used|bought|did) (a|an)? (something|one|tool|system|product|platform|vendor|app) (like this|like that|like yours|similar) (before|already|once|last year)? .{0,3} (and|but) (it|that|they) (was a disaster|was a nightmare|was useless|was a waste|failed|flopped|went nowhere|did not work|didn\'t work|never worked|never delivered)',
        // Trust already gone: "I no longer believe anything on your slides", "don't believe a word of it".
        '(no longer|don\'t|do not|can\'t|cannot|won\'t|hardly|never) (believe|trust) (anything|a word|a single word|any of|half of|what you|what your|what they|what vendors|what suppliers|what salespeople|what sales reps|what reps|you lot|vendors|salespeople|sales reps|the claims|those claims|these claims|the hype|marketing)',
        // The proverb: "if it sounds too good to be true it usually is".
        'if (it|something|a thing|anything|that|an offer|a deal) (sounds|seems|looks) too (good|easy|simple|cheap) .{0,5} (usually|probably|normally|generally|often|always) (is|isn\'t|is not)',
        '(looks|look|sounds|sound|seems|seem|reads|read) (great|good|fine|lovely|nice|impressive|brilliant|wonderful|amazing) on paper',
        '(yet to|never|have not|haven\'t) (see|seen|met|come across|find|found) (a|any|one|anyone|a single) .{0,2} (vendor|supplier|provider|tool|platform|company|system|product|one) (that)? (actually|really|genuinely)? (meet|meets|hit|hits|deliver|delivers|achieve|achieves|live up|lives up)',
        // Claims the buyer found unsupported: "the claimed savings were not evidenced", "unsubstantiated figures".
        '(claim|claims|claimed|figures|savings|numbers|assertions|stats|benefits|results) .{0,4} (not|n\'t|never) (evidenced|substantiated|backed up|proven|verified)',
        '(claims|claim|figures|savings|numbers|stats|benefits|results) .{0,5} (are|is|seem|seems|look|looks|were|was|remain) (completely|totally|entirely|largely|still)? (unsubstantiated|unproven|unverified|unevidenced)',
        '(unsubstantiated|unproven|unverified|unevidenced) (claims|claim|figures|savings|numbers|assertions|promises|benefits)',
        'what makes (you|yours|your product|your tool|this|it|your solution|your platform|your offering|your one|your lot) any (different|better|unique|special)',
        // The same promise from everyone: "every sales deck I see promises seamless", "everyone says their AI is smarter".
        'every .{0,2} (vendor|company|supplier|provider|tool|platform|agency|rep|salesperson|deck|pitch|brochure|website|demo|startup|product) .{0,4} (promises|promised|claims|claimed|swears|swore|says|said|told us|told me|tells us|tells me) .{0,2} (plug|plug-and-play|seamless|easy|simple|the same|the world|the earth|the moon|everything|instant|effortless)',
        '(everyone|everybody|every vendor|all vendors|they all|every company|every tool|every platform) (says|claims|promises|reckons|swears) (their|they\'re|they are|they\'ll|they will|they can|its|it\'s|theirs) .{0,4} (better|best|smarter|faster|cheaper|different|unique|revolutionary|game-changing|seamless|leading|world-class|cutting-edge|smartest|fastest)',
        '(been|got|get|getting) (stung|burned|burnt|bitten) (too many times|so many times|one too many times|more than once|enough times|plenty of times|before|in the past|a few times|a couple of times|repeatedly)',
        '(had|heard|have had|\'ve had) (vendors|suppliers|companies|people|reps|salespeople|others|consultants|agencies|providers|salesmen) (tell|telling|say|saying|promise|promising|claim|claiming) (us|me)? (this|that|the same|similar|all this|all that|the exact same)',
        '(case studies|testimonials|brochures|decks|slides|logos|demos|marketing|words|promises|claims|sales decks|videos|numbers|figures|stats|quotes) .{0,3} (do not|don\'t|won\'t|will not|never|doesn\'t|does not|can\'t|cannot|aren\'t going to|are not going to) (convince|persuade|sway|impress|reassure) (me|us|anyone)',
        '(come on|c\'mon|cmon) (that\'s|that is|there\'s|there is|no way|you can\'t|seriously|really|now|be serious|be real)', '^(oh|ah|aw|i mean)? (come on|c\'mon|cmon|give me a break|give over|get outta here|get out of here)$',
        // Proof on our own ground before talking further: "show me it working on our data and then we'll talk".
        '(show|prove|demonstrate) (me|us|to me|to us)? (it|that|this|them) (working|work|running|in action|live) .{0,5} (first|and then|then we\'ll|then i\'ll|then we can|before we|before i)',
        '(need|needs|\'d need|would need|have|going to need|gonna need|want|\'d want) to see (it|this|that|them) (working|work|running|in action|live|deliver|perform|survive|cope with|handle|hold up|hold up under) .{0,6} (first|before)',
        '(not sure|unsure|doubt|don\'t think|do not think) (that\'s|that is|it\'s|it is|this is|that|it|this) (realistic|achievable|possible|true|accurate|doable) (for us|for a|in our|here)?',
        '(that|this|it|those|these) (seems|seem|sounds|sound|looks|look) (very|a bit|a little|rather|quite|pretty|awfully|wildly|hugely)? (ambitious|unlikely|implausible|improbable|too optimistic)',
        '(rather|prefer to|prefer|\'d rather) see it (for myself|in action|working|live|first|with my own eyes|with our own eyes)', '(not|never|can\'t|cannot|won\'t|don\'t|wouldn\'t|rather than|instead of|hard to) .{0,2} (take|taking) your word for it',
        'how (is|\'s|would|could|can) (that|this|it) (even|actually|really|possibly) (be)? (possible|true|work|realistic)',
        '(yet|still|have yet) to be (convinced|persuaded|sold|won over)',
        '(quite|that\'s quite|that is quite|that\'s a|that is a|some|what a) (claim|promise|statement)$',
        'what (guarantees|guarantee|assurances|assurance|proof|evidence) (can|could|do|will) you (give|offer|provide|show)',
        '(had|got|have had) (our|my) fingers (burnt|burned)',
        '(always|usually|normally|there\'s always|there is always) (a|some) catch',
        '(promise|promised|promising|claim|claimed) (that|this|the same|it|the world)? (and|then|but) (then|have|has)? (fall|fell|fallen|falls) (flat|short|over|apart)',
        '(best-case|best case|pure|complete|total) (fantasy|fiction|scenario)',
        '(do|does|deliver|delivers) (half|a fraction|a quarter|most) of what (you|you\'re|you are|they) (say|said|claim|claimed|promise|promised|saying|claiming)',
        'when (it|this|that) (doesn\'t|does not|fails to|can\'t|cannot) (deliver|hit|achieve|meet) (those|these|the|that)',
        '(reviews|review sites|people online|online reviews|g2|capterra|trustpilot) .{0,3} (tell|say|paint|tells|says|paints) (a different|another|a very different) (story|picture)',
        // Round 5 classes. Staged, scripted or made-up material: "the testimonials felt a bit staged", "those figures look made up to me".
        '(felt|seemed|sounded|looked|feel|feels|seem|seems|sound|sounds|look|looks|came across as|come across as|comes across as) (a bit|a little|rather|very|pretty|quite|kind of|kinda|slightly|somewhat|really)? (staged|scripted|rehearsed|fake|made up|made-up|exaggerated|fishy|too good|too slick|too polished|far-fetched|salesy|cherry-picked)',
        '(they|those|these|it|that|the numbers|the figures) (look|looks|seem|seems|sound|sounds) (a bit|a little|very|pretty|rather|quite|kind of|kinda|totally)? (made up|made-up|invented|fake|plucked)',
        // Seeing the named claim: "I'll believe the 99.9% uptime when I see it".
        '(i|we) (will|\'ll|would|\'d) believe (the|your|that|this|those|these|#Value|it|in) .{0,3} (uptime|savings|saving|figure|figures|numbers|number|claim|claims|roi|results|percent|accuracy|return|returns|promise|promises|speed|go-live|timeline|payback|reduction|increase|uplift) .{0,2} when (i|we|it|they) (see|have seen|\'ve seen|actually see|happens|happen|shows up)',
        // Demos always shine: "they always look great in the demo".
        '(they|demos|everything|things|software|tools|these tools|these things|it all|all of them) (always|all|usually|invariably|tend to) (look|looks|do|seem|seems) (great|good|amazing|perfect|fine|brilliant|slick|lovely) (in)? (the|a)? (demo|demos)',
        '(every|any) (product|tool|system|platform|piece of software|app|vendor|solution) (looks|seems|sounds) (good|great|amazing|perfect|fine|brilliant|slick|lovely) in (a|the)? (demo|demos|sales demo)',
        // Vendors in general promise and fail: "most cloud tools promise an offline mode and then fall over".
        '(most|all|every|these|those|other|many|such)? .{0,2} (tools|vendors|platforms|systems|providers|suppliers|products|apps|solutions|companies|salespeople) (always|all|usually|often)? (promise|promises|claim|claims|say|advertise) .{0,6} (and|but) (then)? (it|they|it\'s)? (fall over|fall down|fall flat|fall short|fail|never|don\'t|do not|break|collapse|crash|can\'t|cannot|choke|buckle|fall apart|struggle|isn\'t|is not|aren\'t)',
        '(promise|promised|promising|promises|claim|claimed|claims) .{1,4} (and|then|but) (then)? (fall|fell|fallen|falls|falling) (flat|short|over|apart|down)',
        // Only words: "otherwise it's just words", "not just on a marketing page".
        '(it\'s|they\'re|that\'s|those are|these are|it is|they are|that is|otherwise) (all)? (just|only|merely|nothing but|nothing more than) (words|promises|claims|empty words|empty promises|hot air|a slide|slides|a slide deck|a powerpoint|a brochure|a sales pitch)',
        '(contract|contracts|sla|agreement|writing) .{0,3} (not|rather than|instead of) (just)? (on|in) (a|the|your)? (marketing|sales)? (page|deck|slide|slides|brochure|website|material|materials|collateral|email)',
        // Claims on whose data: "95% accuracy on what though", "it only holds on clean data", "achieved only under laboratory conditions".
        '(percent|%|accuracy|savings|figure|figures|number|numbers|claim|claims|stat|stats|results|uptime) on what (though|data|exactly|basis|sample|dataset|evidence|sample size)',
        'only (holds|hold|works|work|achieved|achievable|applies|apply|true|valid|possible|holds up) (on|for|with|in|under) (clean|perfect|ideal|lab|laboratory|tidy|best-case|controlled|pristine|spotless)',
        '(achieved|achievable|possible|true|work|works|hold|holds) only (under|in|with|on) (laboratory|lab|ideal|perfect|controlled|clean|test|pristine)',
        // Measured or surveyed: "has anyone actually measured that or is it a survey".
        '(has|have|did|was|were) (anyone|anybody|somebody|someone|you|that|it|this) (actually|really|independently) (measured|tested|verified|checked|audited|proven|validated|benchmarked)',
        // The same as the last vendor: "the last vendor had a slide exactly like that", "sounded exactly like what the last three vendors told us".
        '(exactly|just) like (what)? (the|our|my)? (last|previous|other|old) .{0,3} (vendor|vendors|supplier|suppliers|provider|providers|one|ones|lot|company|companies|guys|rep|reps|tool|tools|salesman|salesperson) (told|said|promised|showed|pitched|claimed|say|tell|had)',
        '(last|previous|old|other) (vendor|supplier|provider|one|company|rep|guys|lot|crowd|agency|salesman|salesperson) (had|showed|used|pitched|gave us) (a|the|us)? (slide|slides|deck|pitch|promise|claim|line|spiel|chart|graph|case study|presentation) (exactly|just) (like that|like this|like yours|the same)', '(last|previous|old|other) (vendor|supplier|provider|one|company|rep|guys|lot|crowd|agency|salesman|salesperson) (said|told us|promised|claimed|swore) (exactly|just) (the same|like that|that)',
        // Tools like this tried before: "we tried one of these tools before and ended up back on excel", "we got stung badly by a similar product".
        '(we|i|we\'ve|i\'ve|we have|i have) (tried|had|used|bought|trialled|trialed|piloted) (one of these|one of those|a few of these|a couple of these|something like this|something like that|something similar|a similar|tools like this|tools like yours|something that) .{0,6} (before|already|in the past|and we ended up|and ended up|claimed|promised|said|and it was a|and it did not|and it didn\'t|and it never|but it never|but it did not|but it didn\'t)',
        '(we|i|we\'ve|i\'ve|we have|i have|we were|i was) (been|got|were|was|have been|\'ve been)? (properly|badly|really|seriously|royally)? (stung|burned|burnt|bitten|caught out) (pretty|really|quite|very|so|rather|properly|a bit)? (badly|hard)? (by|before|with|in the past|last time|on this|on that|on exactly|on something|on a similar|on the same|on similar)',
        // Forgive the caution: "you'll forgive me if I'm a bit cautious", "so, you know, you'll forgive me".
        '(you\'ll|you will|you\'d|you would|hope you\'ll|hope you will) (have to)? forgive (me|us) (if|for)? .{0,4} (cautious|caution|sceptical|skeptical|wary|cynical|doubtful|cynicism|scepticism|skepticism|not believing|not convinced|not taking)', '(you\'ll|you will) forgive (me|us)$',
        // Never true in my experience: "'up and running in an afternoon' has never once been true", "that's never the case".
        '(never|not) (once|ever)? (been|is|was) (true|the case) (of|for|with|in) (any|a single|anything|anyone|any system|any vendor|any tool|my|our)', '(that\'s|that is|it\'s|it is|and it\'s|it\'s just|which is) (never|rarely|seldom|hardly ever|never ever) (true|the case)',
        // Before giving it credence: "before I take any of this seriously", "before giving any credence to them".
        'before (i|we)? (take|taking|give|giving|put|putting) (any of|all of)? (this|that|it|them|these|those)? (seriously|any credence|credence|much credence|any weight|any stock)', '(give|giving|lend|lending|put|putting) (any|much|too much|a lot of) (credence|stock) (in|to)',
        // If it's that good, why: "so if it's that good why are you giving three months away".
        'if (it\'s|it is|it was|this is|they\'re|you\'re|your product is|the product is|the tool is) (that|so|really that|really so|as) (good|great|easy|effective|amazing|brilliant|simple|cheap) (why|how come|then why)',
        // Incredulous restatement: "you're telling me it just works out of the box".
        '(you\'re|you are|so you\'re|so you are|are you) (telling|trying to tell|seriously telling) (me|us) (that)? (it|this|your tool|your product|your software|your system|your platform) (just|simply|actually|really|will)? (works|will work|does|can|pays|saves|runs|fixes|halves|doubles|cuts)',
        // Nobody seen using it: "I've never met a single person who uses it".
        '(never|not once|yet to|not yet|don\'t know|do not know|haven\'t|have not) (met|seen|found|come across|heard of|spoken to|talked to|know|known)? (a single|anyone|anybody|one|any) .{0,2} (person|customer|user|company|team|client|one|firm|business)? (who|that) (actually|really)? (uses|use|used|runs|is using|has used|rates|likes) (it|you|your|this|them)',
        // Claims that don't survive reality: "not sure the business case survives contact with reality", "not sure the 2-week go-live is realistic".
        '(survive|survives|survived|surviving) (contact with|first contact with|a brush with) (reality|the real world|real life|our reality|real data|our data|real users)',
        '(not sure|unsure|doubt|don\'t think|do not think|not convinced|sceptical|skeptical) (that|whether|if)? (the|your|a|this|that|those|these)? .{0,3} (roi numbers|roi figures|roi claims|savings figures|savings numbers|go-live|go live|timeline|timeframe|time frame|figure|figures|number|numbers|claim|claims|estimate|estimates|projection|projections|savings|saving|roi|payback|forecast|promise|business case|uptime|accuracy|turnaround) (is|are|\'s|will be|would be|could be) (realistic|achievable|accurate|true|credible|doable|plausible|real)',
        // Claims against what others report: "your claims don't match what I've heard from people who use it".
        '(your|the|those|these|their) (claims|claim|numbers|figures|promises|marketing|stats|case studies|reviews|testimonials) (do not|don\'t|doesn\'t|does not|never) (match|tally with|line up with|square with|fit|agree with|reflect) (what|our|my|anything)',
        // Behind the number: "what's the sample size behind that stat", "the real-world figure is a fraction of that", "a real customer or a made-up example".
        '(what\'s|what is|what was|where\'s|where is) the (sample size|sample|source|basis|evidence|data) (behind|for|of) (that|this|those|these|the|your) .{0,2} (stat|stats|statistic|statistics|figure|figures|number|numbers|claim|claims|result|results|percentage|percentages)',
        '(real|real-world|real world|actual|realistic|true) (figure|number|saving|savings|result|results|roi|return|uplift) (is|will be|would be|\'s|is probably|is likely|will probably be) (a fraction|half|nowhere near|a lot lower|much lower|far lower|way lower)',
        '(real|actual|genuine) (customer|client|company|example|case|user) or (a|an|just|just a)? (made-up|made up|hypothetical|invented|fictional|imaginary|composite|marketing|mock)',
        // Rivals say the same: "your competitors all say the same thing".
        '(competitors|rivals|the others|other vendors|other suppliers|other providers) (all)? (say|said|claim|claimed|promise|promised|tell us|told us|tell me|told me) (the same|exactly the same|that too|much the same)',
        'heard (the|that|this) .{0,5} (line|claim|promise|pitch|spiel) (before|more times|so many times|a hundred times|a thousand times|a million times|countless times|from everyone|from every|too many times|plenty of times)',
        // Proof of the claim itself, assurances heard before: "kindly share proof of these savings, we have been given such assurances earlier".
        '(proof|evidence) (of|for|behind) (these|those|the|your) (savings|claims|numbers|figures|results|benefits|returns|gains|roi|uptime|accuracy|promises)',
        '(given|had|heard|received|got) (such|these|those|the same|similar|identical) (assurances|promises|claims|guarantees) (before|earlier|already|in the past|many times|also)',
        '(numbers|figures|claims|promises|projections|stats|results) (are|do|does|is)? (not|n\'t|never) (matching|match|reflect|reflecting|tally|tallying|tally with) (our|the) (ground reality|reality|experience|real world|real-world|own experience)',
        '(tools|vendors|platforms|systems|products|apps|solutions|startups|fads|suppliers) .{0,3} come and go',
        '(they|vendors|suppliers|salespeople|reps|crowd|lot|guys|vendor|supplier|rep|company|one|people) .{0,3} promised (us|me)? (the moon|the earth|the world|the stars)',
        'how (is|\'s|are|would) (this|that|it|you|yours|your product|your tool|your platform|your one) (be)? (any|really|actually)? (different|better) (from|than|to) (the|all|every|any|what)? .{0,3} (last|previous|pitches|vendors|suppliers|rest|others)',
        // Everyone says they're the best: "all of you guys say you're the easiest to integrate".
        '(all of you|all of you guys|you guys all|you lot all|all you lot|all you guys|you all|every one of you|each of you) (say|claim|promise|tell me|tell us|swear|reckon) (you\'re|you are|your|you\'ll|you will|you can|yours|that|the same)',
      ],
      negatable: false,
      unless: ["(proved|proven|showed|shown) (me|us) (wrong|otherwise)", "(scepticism|skepticism|cynicism) (earlier|before|at first|initially)", "(was|used to be) (a|just a|just)? (pipe dream|fairy tale|fairytale|pie in the sky|wishful thinking)", "(at first|initially|to begin with|originally) but", "(convinced|won over|changed) (me|us|her|him|them|their mind|her mind|his mind|my mind)", '@rep_framing', '@buying_signal', '(no|without) (doubt|question)', 'i (have|\'ve) (no|zero) (doubt|doubts)', '(great|love|loved) (the)? (proof|case studies|data)', 'hear (from|back|about the)', 'hear you (soon|shortly|then|on|at|next)', 'heard (good|great|amazing|wonderful) things',
        // The seller pre-empting doubt, or doubt that is really a comparison with a rival under evaluation.
        '(i|we) (know|realise|realize|appreciate|get|understand) (that)? (everyone|everybody|every vendor|all vendors|they all|you\'ve heard)', '(looking at|talking to|evaluating|considering|speaking to|speaking with) (them|others|other vendors|#Organization) (too|as well|also)',
        '(proof|evidence) of (insurance|purchase|address|delivery|payment|identity|id|cover|registration|employment)', '(audit|auditors|compliance|tender|insurance|visa|hmrc|irs|tax return|expenses)', '(stung|bitten|burned|burnt|caught out) (by|with) .{0,2} (charges|fees|add-ons|addons|overages|overage|costs|extras|bills|invoices)', '(not|never|late|failed to|n\'t) .{0,2} on time', '(the parcel|the package|the courier|the order)'],
    },
  ],
};
