import type { CategoryPack } from './category-pack';
import { MATERIAL, TIME } from './vocabulary';

// TIME plus the named events and spoken quarters people defer to ("after the conference", "sometime in q three").
const WHEN = TIME.slice(0, -1) + '|christmas|easter|diwali|eid|ramadan|chinese new year|lunar new year|cny|hari raya|navratri|pongal|onam|golden week|thanksgiving|wedding season|monsoon|half term|conference|expo|trade show|festive season|peak season|busy season|busy period|election|elections|stocktake|exams|q one|q two|q three|q four|cue one|cue two|cue three|cue four)';
// WHEN without the weeks: "we'll discuss it next week" is a diary entry, "after Diwali" a deferral.
const LATER = WHEN.replace('(week|weeks|', '(');
// A point far enough off to be a deferral, not a diary entry ("not until May", not "not until 3pm").
// LATER without a bare month or quarter: "I'll take a look later in the month" is soon, not put off.
const AWAY = LATER.replace('(month|months|quarter|quarters|', '(months|quarters|');
const FAR = '(next month|next quarter|next year|the new year|new year|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|q1|q2|q3|q4)';

export const STALL: CategoryPack = {
  category: 'stall',
  // The rep's own "let me know and I'll follow up" accepts a stall; it is not the customer's.
  unless: ['@rep_framing', '(just)? let me know (and|if) (i|we)', '(give|giving) you (some|more|a bit of|a little)? (time|space)', 'take (as long as|all the time) you need',
    // The rep following the customer's own timing: "I'll check back in January as you suggested".
    '(as|like) (you|u) (suggested|asked|requested|said|mentioned|proposed|wanted)', 'as (requested|agreed|discussed|suggested|promised)', 'per your (request|suggestion|email|note|message)',
    // A stall reported or rehearsed, not said: "when they say they need to think, we ask...", a rep's note that the prospect said "call me in Q3".
    '@third_party', '(when|if|once) (they|he|she|people|customers|clients|prospects|buyers|a prospect|a customer|the customer|the client|someone|somebody) (say|says|said|tell|tells|told|go|goes)', '(prospect|customer|client|lead) (said|says|told me|told us|wrote|asked)', 'note to self', '(what|how) (do|should|would|can) (we|i|you) (say|respond|answer|reply|handle)',
    // The rep agreeing to the customer's timing: "no problem at all, I'll follow up next quarter then".
    "^(no problem|no worries|sounds good|of course|will do|noted|understood|sure thing|sure|great|okay|ok|perfect|that's fine|fair enough|totally|absolutely) .{0,3} (i'll|i will) (follow up|reach out|call|ring|check in|touch base|circle back|be in touch|give you a|drop you a|send you a)",
    "(when|what) (is|would be|'s) (a|the)? (good|better|best|convenient) (time|day|slot)",
    // A quick turnaround is not a deferral: "I'll have a think about which add-ons we need and send you the list tomorrow".
    '(send|get|come back|revert|email|reply|confirm) .{0,6} (tomorrow|today|this afternoon|in the afternoon|tonight|by end of day|by eod|first thing|within the hour|in an hour|by noon|by midday|by lunch|by lunchtime|by close of play|by cop|by cob)',
    // "No worries if the timing isn't right", "whenever you're ready", "give me a ring when you get a sec": the rep giving room.
    '(no worries|no problem|no pressure|totally fine|that\'s fine|all good) (at all)? if', 'whenever (you\'re|you are|you) (ready|like|want)', 'no deadline', 'when (you|u) (get|have) (a|a sec|a second|a minute|a moment|a chance|five minutes|time)',
    '(following up|just following up|circling back|checking in) on (the|my|our) (info|information|email|proposal|quote|deck|message|note|voicemail|brochure)',
    // Sales coaching about stalls: "the typical objection at this stage is we need to think about it".
    '(typical|usual|common|classic|standard|favourite|favorite) (objection|objections|brush-off|brushoff|brush-offs|response|pushback|stall|excuse|line)',
    // "Not this year, not next year": never, not later.
    '(not|n\'t) (now|this year|this quarter|next year|next quarter|today) .{0,2} (not|nor|or) (later|ever|never|next|the one after|any|in the future|tomorrow)',
    // "Not taking this further, now or at a later date": never, not later.
    '(now|today|this year) or (at a later date|later|in the future|ever|down the line|down the track)',
    // The rep timing the follow-up to the customer's own next step: "I'll circle back once you've had the chance to chat with ops".
    "(once|after|when) (you've|you have|you) (had|have|get|got) (a|the)? (chance|time|moment|minute) to",
    // Later in the same session, not a deferral: "we can pick this up later in the session when we do the exercises".
    "(later|further|again) (in|during|on in) (the|this|today's) (session|meeting|call|workshop|course|training|lesson|class|day|agenda)",
    // Nobody called back: a complaint, not an invitation to call later.
    '(nobody|no one|no-one|never|haven\'t|hasn\'t|didn\'t) .{0,6} ({call}|{ring}|{phone}|{email}|{contact}|got back|gotten back|reached out|replied)',
    // A plan to wait that was dropped: "my first instinct was to wait till next year, but...".
    '(first|initial|original|gut) (instinct|thought|reaction|plan|idea|feeling) was',
    // The rep giving the customer room ("let me know if you need more time", "totally understand if the timing's off").
    '(let me know|tell me|just say|shout) if (you|u)', 'if (you|u) (need|want|would like|\'d like) (more|some|a bit|a little|a few|extra|longer|time|to take|to think|to wait|to sleep|to mull|to hold|to pause|to revisit|to come back|to talk|to chat|to discuss|to check)', '(understand|get it|appreciate) if', 'we can always (chat|talk|catch up|revisit|reconnect|speak|pick this up)',
    // "It'll never be a good time": a rejection dressed as timing.
    '(will|\'ll) ever be (a|the)? (good|right)', 'never (be)? (a|the) (good|right) time',
    // Someone predicting what the customer would say, not the customer saying it.
    '(anticipated|expected|predicted|assumed|guessed) (that)? (we|i|they) (might|would|could|\'d)',
    // A question about later asked to plan ahead, not a deferral: "would it be pro rata? Not for now, just planning ahead".
    '(just|only|simply|purely) (trying to)? (plan|planning|think|thinking) ahead', 'for (future reference|planning purposes|budgeting purposes|forward planning)', 'hypothetical',
    // A habit or what others say, not this customer now: "the old owner used to say we'll think about it", "a lot of the folks I talk to...".
    '(used to|would always|always used to) (say|tell|go|reply|answer)', '(a lot of|lots of|most|many|some|plenty of) (the)? (folks|people|customers|clients|teams|companies|buyers|prospects|businesses) (i|we) (talk to|speak to|speak with|talk with|work with|deal with|see|meet)', 'is that (the case|true|right) (for|with) (you|your|yourselves)',
    // The rep's own reminder or internal notes: "I'll set a reminder to reach out in early July".
    '(set|put|pop|make|add|stick|book) (a|myself a|in a|in)? (reminder|note|diary note|calendar reminder|task) (in)? to (follow up|check in|chase|circle back|touch base|reach out)', '(notes|summary|recap|debrief|write-up) (from|of|on|after) (the|my|our|a|an|today\'s|yesterday\'s)? (discovery|intro|first|sales|follow-up)? (call|meeting|demo|visit)', 'not for (the)? (customer|client|prospect)',
    // The wait is over, or never was: "we just had to get through month-end, ready to go now", "no need to think it over any longer, we're ready".
    '(ready|good|set) to (go|roll|start|sign) (now|again)',
    // The rep's own guess or offer: "I haven't heard back so I'll assume the timing's off", "shall I pencil in a follow-up after the break?".
    "(haven't|have not|not) heard back", "(i'll|i will|i'd|i) (assume|take it that)", '(shall|should|can|could) i (pencil|book|schedule|pop|put|set up|lock|diary)',
    // Role-play in sales training: "I'm the prospect and I'm gonna say...".
    "(i'm|i am|i'll be|you're|you are|you be) the (prospect|customer|buyer|client)", '(your turn|role-play|roleplay|role play|off you go)', 'no need to (think|mull|sit on|wait|consider|deliberate)', '(had|needed) to (get through|get past|get over|wait for|wait until|finish|clear)'],
  // The rep's own note making room ("no worries if the timing isn't right. I'll check back in the new year").
  // An out-of-office hands work to a deputy: the absence is not the deal waiting.
  unlessInText: ['@moving_ahead', '(session|lesson|class|lecture|practice|rehearsal|training|seminar|tutorial) .{0,6} (is|has been|was) (cancelled|canceled|postponed|called off)', '(are|is|will be|have been|has been) (being)? (delegated|redirected|forwarded|diverted) to', '(contact|reach|email|call) (my|our) (deputy|colleague|assistant|cover)', '(no worries|no problem|no pressure|totally understand|completely understand|i understand|i totally understand|i completely understand) if (the timing|timing|now|it|this|things|you)'],
  triggers: [
    {
      id: 'stall.call-later',
      category: 'stall',
      patterns: [
        "(a conversation|conversation|one|something|a chat|a discussion|a topic) for (after|once|when) .{1,3} (season|year|quarter|holidays|break|summer|audit|merger|restructure|launch|rollout|move|review|settles|done|over|finished)",
        `(ask|try|check with|come back to|circle back with|ping|chase|nudge|approach) (me|us) (again)? (after|in|next|around|once|when|closer to|toward|towards) (the)? (new|next|start of the|end of the)? (harvest|season|holidays|break|summer|winter|spring|autumn|fall|new year|#Date|${TIME})`, "({ring}|{call}|{phone}|{email}|{ping}) (you|you guys) back (next|in|after|once|when|later)", "(once|after|when) (i|we) (have|'ve)? had (a|time to|some time to|the chance to)? (think|ponder|mull|proper look|chance to think|chance to digest|time to digest)", `(circle back|touch base|reconnect|regroup|revisit|pick this up|pick it up|come back to this|come back to it|talk again|speak again) (on|about)? (this|it|that)? (after|in|once|when|around|next) (the)? (holidays|break|summer|new year|christmas|easter|term|season|harvest|dust settles|move|restructure|merger|reorg|migration|rollout|audit|#Date|${TIME})`,
        `(drop|give|send|flick|fire|shoot|ping) (me|us) (a|an) (line|call|shout|ring|note|buzz|bell|tinkle|holler|ping|email) (then|later|after|in|next|around|once|when)`,
        `({ring}|{phone}|{call}|{try}) (me|us) (back)? (after|around|before|in|next) (the)? (easter|christmas|summer|spring|autumn|winter|holidays|new year|break|harvest|season|refit|move|#Date)`,
        `(reconnect|revisit|regroup|reconvene|talk|speak|chat) (this|it|things)? (with me|with us)? (again)? (in|after|around|next|over) (the)? (summer|spring|autumn|fall|winter|new year|holidays|break|refit|move|harvest|season|easter|christmas|#Date)`,
        `(a conversation|conversation|one|something) for (like)? (next|another|later|a later) (year|quarter|month|time|date|season)`,
        '(worth|try|trying|retry) (trying)? again (after|in|next|later|around)',
        `(until|till|til|before) (november|december|january|february|march|april|may|june|july|august|september|october|#Date|next year|the new year|the summer|the autumn|the fall|the spring) (at the earliest|at least)`,
        '(can not|cannot|can\'t|won\'t|will not|not gonna|not going to) (really)? (think about|look at|consider|deal with|focus on) (software|this|it|anything|that|new|any) .? (until|till|before|right now)',

        `({call}|{contact}|{email}|{ping}|{try}|{ring}|{reach}|{ask}) (me|us) (back)? (up|out)? (again)? (in|next|after|later in|at the end of|early|end of|around|round|toward|towards) (like|around|about|say|maybe|roughly)? (a|an|the|a few|a couple of|a couple|few|couple of|couple|two|three|six|#Value)? ${WHEN}`,
        // "hit us up in March", not "the outage that hit us in January".
        `{hit} (me|us) up (again)? (in|next|after|later in|at the end of|early|end of|around|toward|towards) (like|around|about|say|maybe|roughly)? (a|an|the|a few|a couple of|a couple|few|couple of|couple|two|three|six|#Value)? ${WHEN}`,
        `(reach out|touch base|check back|circle back|follow up|get back|come back|check in|revisit|reconnect|connect|talk|speak|chat|pick this up|pick it up|pick this back up|revisit this|revisit it|look at this|look at it|try again|regroup|catch up|reach back out|resume|resume discussions|resume talks|relook at this|relook at it|relook at|relooking at this|relooking at it|relooking at|re-look at) (again)? (with us|with me|to me|to us)? (again)? (in|next|after|later in|at the end of|early|end of|around|toward|towards|sometime in|once|when|early in|at the start of|at the beginning of|start of|beginning of) (about|around|roughly|approximately|maybe|perhaps|say|another|like)? (a|an|the|a few|a couple of|few|couple of|two|three|six|#Value|our|my)? .? ${WHEN}`,
        `(maybe|perhaps|possibly|probably|hopefully) (next|in|after|later in|early|by) (a|the|a few|a couple of)? ${WHEN}`,
        `(not|nothing) (until|before|till|til) (next|after|the end of|the new|the start of|early|late)? (the)? ${TIME}`,
        '(later|next) (this|in the) (year|quarter)',
        // No room for it until later: "I can't give this any headspace until February", "not progressing any evaluations this financial year".
        "(can't|cannot|can not|won't|will not|not able to|unable to) (give|spare|put|devote) (this|it|that|you) (any|much|the|real|proper|any real|much real)? (headspace|time|attention|thought|focus|bandwidth|energy) (until|till|before|this|right now|at the moment|for now)",
        "(not|n't|no longer) (progressing|pursuing|running|doing|starting|taking forward|entertaining|considering) (any)? (new)? (evaluations|evaluation|projects|procurements|tenders|reviews|purchases|pilots|trials|proposals) (this|until|till|before|for the rest of)",
        '(resubmit|re-submit|reapply|re-apply|re-pitch|repitch) (when|once|after|in|next)',
        // A far month named, then "talk to me then": "the budget resets in July so talk to me then".
        `(in|after|until|till|around|from|maybe|perhaps|like|say) ${FAR} .{0,8} (talk|speak|call|ring|chat|come back|get back|reach out|try me|try us|circle back|email me|drop me a line) (to me|to us|with me|with us|me|us)? then`,
        // Wait and watch: "let me see how your pilot customers get on over the next six months".
        'see how .{0,4} (get on|gets on|go|goes|pan out|pans out|play out|plays out|perform|performs|land|lands|do|does) (over|in|during) the (next|coming) .{0,2} (months|month|quarter|quarters|year|weeks)',
        // "We shall consider your proposal after Diwali", "maybe after Chinese New Year we discuss again", "check with me again in 2 months".
        `(we|i) (shall|will|'ll|can|could|would|might|may) (consider|look at|review|revisit|discuss|evaluate|think about) (it|this|that|your proposal|the proposal|your offer|your quote|things)? (again)? (after|post|once|in|next) (the)? ${LATER}`,
        // Put off to the next round of a periodic cycle: "I'll look at them when we next do the range reset", "we'll consider it at our next budget round".
        '(look at|review|consider|go through|revisit|discuss|pick up|come back to|look again at|assess) (it|this|that|them|these|those)? .{0,5} (when|once) (we|they|the team) next (do|run|review|refresh|reset|plan|budget|tender|go out to tender|look at)',
        '(look at|review|consider|go through|revisit|discuss|pick up|come back to|assess) (it|this|that|them|these|those)? .{0,4} (at|in|during) (our|the) next (range review|category review|budget round|budget cycle|planning round|planning cycle|review cycle|tender round|procurement round|funding round|reset|refresh|line review)',
        // Reading or sharing it put off to a named time: "I'll pass it round the department in September", "will take a proper look after Easter".
        `(we|i)? (shall|will|'ll|ill|can|could|might|may) (go through|go over|read through|look through|look over|dig into|pass|share|circulate|show|forward|present|table|have a look at|take a look at|have a proper look at|take a proper look at|have a good look at|have a look|take a look|have a proper look|take a proper look|have a good look) (it|this|that|them|these|those|everything|the lot)? (round|around|on|along|properly|with|to)? .{0,3} (after|post|once|in|next|over|during|around|early in) (the)? (new)? ${AWAY}`,
        `(after|post) (the)? ${LATER} (we|i) (can|will|shall|could|'ll)? (discuss|talk|speak|revisit|consider|look|connect|meet|chat) (again|further|then)?`,
        `check (in)? with (me|us) (again)? (in|after|next|around|closer to) (a|the|a few|a couple of|#Value|two|three|six)? ${WHEN}`,
        // "probably not for a few weeks", "not for another couple of months".
        '(probably|maybe|likely|realistically|definitely) not (for|until|till|before) (a few|a couple of|another|some|several|#Value|two|three|six) (weeks|months)', 'not for (another|a few more|several) (weeks|months)',
        '(circle back|revisit|reconnect|come back|pick this up|pick it up|talk|speak|chat|regroup|follow up|touch base|get back) .{0,6} (in|after) the new (year|financial year|fiscal year)',
        // Come back after our own milestone: "ping me after the go live", "try us again once the migration's done".
        '({ping}|{call}|{ring}|{email}|{try}|{contact}|{chase}|{nudge}|come back to|circle back with|check in with) (me|us) (again)? (after|once|when) (the|our|we) .{0,2} (go live|go-live|golive|launch|migration|rollout|roll-out|cutover|cut-over|move|merger|restructure|audit|reorg|year end|year-end|busy season|peak|refit|integration|implementation)',
        // Come back when we know more or have grown: "let's revisit once we see how Q3 lands", "maybe when we're bigger".
        '(revisit|reconnect|talk again|speak again|come back to this|come back to it|pick this up|pick it up|circle back|look again|regroup|try again|revisit this|revisit it) .{0,2} (once|when|after) (we|i) (see|know|have seen|\'ve seen|get a sense of|have a better sense of|have a clearer picture|have more clarity|have a better idea)',
        '(maybe|perhaps|possibly|probably|hopefully|come back|talk again|revisit|try us again|try again) (when|once|after) (we\'re|we are|we get|we\'ve|we have|we) (a bit|a little|much)? (bigger|larger|more established|grown|scaled|scaled up|raised|further along|profitable|up and running|in a better place|in better shape)',
        // A reminder set for months away: "send me a calendar reminder for like March".
        `(reminder|nudge) (for|in|around) (like|around|about|early|late|mid)? ${FAR}`,
        // After the event just named: "let's talk once that's done and dusted", "once that's finished we'll decide", "reconnect after that".
        "(reconnect|talk|speak|chat|revisit|regroup|catch up|pick this up|pick it up|pick this back up|come back to this|circle back|touch base|decide) (again)? (once|after|when) (that|that meeting|that trial|that pilot|that project) (is|'s|has|has been)? (done|finished|over|wrapped up|wraps|wraps up|complete|completed|out of the way|behind us|done and dusted|through)",
        "(once|when|after) (that|this) (is|'s|has been)? (done|finished|over|wrapped up|complete|completed|out of the way|behind us) .{0,3} (we'll|we will|i'll|i will|we can|let's) (decide|talk|revisit|reconnect|chat|look at|review|pick)", '(reconnect|revisit|regroup) (after|once) that$',
        // The customer keeps the next step, months off: "I'll give you a shout in April".
        `(i|we) (will|'ll|shall) (give|drop|send|flick|fire|shoot|ping) you (a|an) (shout|call|ring|line|bell|buzz|note|email|holler) (in|after|around|towards|toward|early|late|closer to|sometime in) (the)? ${AWAY}`,
        '(check|circle|reach|touch) back (later|another time|down the road|down the line|in a bit|some other time|at a later date)',
        '(at|maybe at|perhaps at|try|call|reach out|follow up|speak|talk|chat) (some|another|a better|a later) (other)? (time|date|day)',
      ],
      // A past promise recalled ("we said last time we'd look at it after Christmas") is not a new deferral.
      // A follow-up with an agenda is planning the work, not putting it off.
      unless: ['(speak|talk|chat|catch up) (next week|tomorrow|on monday|on tuesday|on wednesday|on thursday|on friday|monday|tuesday|wednesday|thursday|friday)$', '(at|during|in) (the)? (kickoff|kick-off|onboarding|training|rollout|roll-out|go-live|qbr|implementation)', '(to|for) (plan|planning|the quarterly|our quarterly|the qbr|a qbr|the kickoff|the kick-off|kick off|kick things off|kick it off|get started|get going|get things going|get the ball rolling|phase two|phase 2|the next phase|the renewal|renew|onboard|the onboarding|the training|expand|the expansion)', 'quarterly business review', 'with the (usage|report|numbers|data|stats|figures|results)', '(follow up|get back|circle back) .{0,3} with (the|a|our|my) (proposal|quote|contract|pricing|deck|agenda|notes|details|dates|numbers|figures)', 'another time (today|this afternoon|this morning|tomorrow|later today)', '(said|promised|told you|agreed) .{0,3} (we\'d|we would|i\'d|i would)', "(chat|talk|speak|meet) (next week|tomorrow|monday|tuesday|wednesday|thursday|friday) about (the|our) (rollout|roll-out|onboarding|kickoff|kick-off|go-live|launch|implementation|setup|plan)", '@buying_signal', '(start|kick off|launch|go live|begin|onboard|renew|roll out) (in|next)', '(meeting|meets|session|review|committee|board) (is|are|was)? (not)? (until|till|before)', '(see|meet|talk to) you (next|on|at|then)', 'next (week|month) (works|is fine|is good)',
        // A meeting next week with a purpose or already planned is a diary entry: "can we chat next week about what the paid plan would look like?".
        '(chat|talk|speak|meet|catch up|get together) (next week|next monday|next tuesday|next wednesday|next thursday|next friday|this week|on monday|on tuesday|on wednesday|on thursday|on friday) (about|to discuss|to go over|to go through|to talk about|to sort|to finalise|to finalize|to agree|as planned|as agreed|as arranged|as scheduled|as usual|for our)'],
    },
    {
      id: 'stall.think-it-over',
      category: 'stall',
      patterns: [
        "(sit|live) with (it|this|that) (for)? (a bit|a while|a few days|a little while|a little|a couple of days|a week|a few weeks|a couple of weeks|a couple weeks|a fortnight|a month|the weekend|some time|a day or two|another week|a few more days)",
        "(need|want|have|going|gonna) to sit on (it|this|that)", "sit on (it|this|that) for (a|the|another)",
        '(hold|holding) fire',
        '(put|putting) a pin in (it|this|that)',
        'let (the)? dust settle',
        '(not|n\'t) (saying)? (no|yes)[,]? (just|i\'m saying|i am saying|but)? not yet', "(not|n't) a (no|yes) .{0,2} (a)? not yet",
        // "Let's just leave it a couple of months".
        '(leave|park|shelve) (it|this|that) (for)? (a|a few|a couple of|a couple|another|#Value|two|three|six) (months|weeks|quarters)',
        // "Not yet" as the answer, not "the integration is not yet live".
        "^(oh|um|uh|well|so|no|nah|nope|honestly|sorry|but|and|yeah|yes|hmm|er|erm)? not yet",
        "not yet (no|sorry|i'm afraid|i am afraid|though|anyway|for us|maybe|but|at least|mate|thanks)",
        // "Give us the rest of the month to think".
        '(give|allow) (me|us) (until|till)? the rest of the (week|month|quarter|term|year)',
        '(give|get) (me|us) (a|a few|a couple of|a couple|few|couple of|two|three|some|another) (more)? (weeks|days|months|week|month|days)',
        '(do not|don\'t|can not|cannot|can\'t) (want to|wanna)? (decide|commit to|commit|make a decision|sign) (anything|on anything|to anything)? (right now|yet|today|at the moment|now)',
        '(we will|we\'ll|i will|i\'ll|let\'s) (talk|speak|chat|catch up) (again)? (later|another time|down the line|again later|soon)',
        '(more|better) clarity (in|after|once|when)',

        '{sleep} on (it|this|that)',
        '(have|having|take|taking|need|want) a (think|ponder|mull|proper think|good think|little think)',
        '{think} (it|this|that|things|everything) (over|through)',
        '{think} (about|on) (it|this|that|things|everything) (a bit|some more|a little|for a while|for a bit|more|first)?',
        '(mull|chew|turn) (it|this|that|things) over',
        '(mull|mulling|chew|chewing) (on)? (it|this|that)',
        '(need|needs|want|wants|would like|\'d like|let me|let us|give me|give us) (some|a bit of|a little|a few days|a week|more|a couple of days|a couple days|the weekend|some more|a little more|a bit more|a few more)? (time|days|weeks|a week|a day|a while|space) (to)? (think|consider|mull|digest|reflect|process|decide|weigh|chew|discuss|review|evaluate|deliberate|ponder|confer)?',
        // A span of time asked for must be for weighing it up: "a few days to digest", not "a few days to raise the PO".
        '(need|needs|want|wants|would like|\'d like|let me|let us|give me|give us|allow me|allow us) (some|a|a bit of|a little|a few|a couple of|a couple|more|the|some more|a little more|a bit more|a few more|#Value) (time|days|day|weeks|week|minute|while|space|weekend) (or two|or so)? to (think|consider|mull|digest|reflect|process|decide|weigh|chew|discuss|review|evaluate|deliberate|ponder|confer)',
        '(get|have|take|taking) (some|a bit of|a little|a few days|a week|more|a couple of days|the weekend)? (time|days|weeks|a week|a while) to (think|consider|mull|digest|reflect|process|decide|weigh|chew)',
        // Not the filler "let me think, the ticket number is...": an object, a "first", or nothing after it.
        '(let me|let us|i need to|we need to|i want to|we want to|i\'d like to|i would like to) (just)? (think|consider|reflect|process|digest) (about|on|over|it|this|that|things|through|more|some more|a bit|first|before|properly|carefully|harder)', '(let me|let us|i need to|we need to|i want to|we want to|i\'d like to|i would like to) (think|consider|reflect|process|digest)$',
        '(i|we) (will|\'ll|would|should|have to|need to|must|might|may) (think|reflect) (about|on|over)? (it|this|that|things)',
        '(take|taking) (a|some)? (step back|beat|pause|breather)',
      ],
      unless: ['@buying_signal', '(think|thinking) (about|of) (lunch|dinner|the weekend|you|it and yes)', // Social plans, not "a big decision for a small restaurant".
        '(think|thinking) (about|of) (the|a|our|some)? (pub|curry|restaurant|drinks|party|bbq|barbecue|takeaway|pizza|christmas do|team lunch|team dinner|footy|golf)', '(pub|curry|drinks|party|bbq|barbecue|takeaway|pizza|christmas do|team lunch|team dinner|footy|golf) (tonight|later|after work|this weekend|on friday|on saturday|or)', '(which|what|a good|a nice|the best) (pub|curry|restaurant|takeaway|pizza|bar|venue)',
        // Thinking over a small setup detail, not the deal: "I'll have a think about the team names".
        '(think|thinking|ponder|mull) (about|of|on|over) (the|a|some|our)? .{0,2} (names|name|naming|colours|colors|colour|color|logo|wording|title|titles|layout|font|theme|template|usernames|username)',
        // Thinking waits on someone else's sign-off first (the authority objection): "before I could even think about it".
        '(before|until) (i|we) (could|can|would) even (think|consider|look)',
        // Thinking that is over: "we thought about it over the weekend and it's a no-brainer".
        '(i|we) (have|\'ve|had)? (thought|slept|mulled|chewed|reflected) (it)? (about|on|over)? (it|this|that|things)',
        // Thinking how to buy or roll out is planning: "I need to think about how many seats we need".
        '(think|thinking|consider|considering|decide|work out|figure out) (about|on|through)? (how many|how much|the best way|how best|how to roll|how we roll|how to set|who should|where to start|when to start|which sites|which teams|which add-ons|which modules|which plan|which tier|which package|which features|which licences|which licenses|what we need|what add-ons)', '(i|we) (have|\'ve)? had (a|our|my) (think|ponder|mull|proper think|good think)', '(think|decide|check) (about|on)? (which|what) (day|date|time|slot|week|room|venue|location|tier|plan|package|option|seats)',
        // Choosing who or what goes first is planning the rollout: "I'll have a think about which team goes first".
        '(think|thinking|consider|considering|decide|deciding|work out|figure out) (about|on|through)? (is|was)? (which|who|what|where) .{0,3} (goes|go|should go|first|to start|starts|to switch on|to turn on|to roll out)', '^let me think .{0,1} (yes|yeah|yep|right|ok|okay|so|i believe|i reckon|i think)',
        // A candidate or an interview panel weighing a job offer is hiring, not a buyer stalling.
        '(candidate|applicant|interviewee|interview panel|hiring panel|interviewers|job offer|two offers|other offers|the role|the position|new hire)',
        // Time asked for a task, not to weigh it up: "give me a bit of time to pull the user list together".
        '(time|while|day|days|week|minute|minutes|sec|second|moment) to (pull|put|get|gather|collect|compile|sort out|sort it|sort this|sort the|prepare|finish|send|dig|find|round|line|set|book|arrange|confirm|raise|process|load|upload|migrate|clean|tidy|finalise|finalize|count|list|draft|write|fill|complete|order)',
        '(think|thinking|consider|considering) (about|on|through)? (the|our)? (rollout|roll-out|implementation|onboarding|migration|setup|set-up|training|go-live|launch) (order|plan|schedule|sequence|timeline|dates|approach)',
        // Denied: "I'm not gonna pretend we need more time".
        '(not|n\'t|never) .{0,2} (pretend|claim) (that)? (we|i)', 'which (day|date|time|slot) (works|suits|is best)', 'i think (so|that|it|you|this)', 'thanks for (thinking|taking)'],
    },
    {
      id: 'stall.get-back',
      category: 'stall',
      // An out-of-office promises a reply after the absence, not a deferral of the deal.
      unlessInText: ['(urgent matters|anything urgent|for urgent|if urgent|out of (the)? office|in my absence|limited access to (email|e-mail))'],
      patterns: [
        "(and|then) (get|come|circle) back to (you|ya|u) (at some stage|at some point|in due course|eventually|sometime|down the track|down the line|one of these days)",
        '(let me|i\'ll have to|i will have to|i have to|i need to|i\'ll need to|we\'ll have to|we need to) (get|come) back to (you|ya)',

        '(we|i|they|someone) (will|\'ll|shall|can|going to|are going to|am going to) (get|come|circle) (back|across) to (you|ya|u)',
        '(circle back|regroup|confer|talk|discuss|chat|review|consider|mull) (it|this|that)? (over|through)? internally .{0,2} (let you know|get back|revert|come back|be in touch|circle back)',
        // "Can we pause till then?", "happy to revisit then": the date was named in the sentence before.
        '(revisit|pause|hold off|wait|hold fire|reconnect|circle back) (on)? (it|this|that|things)? (till|until|til) then', '(revisit|reconnect on|pick up) (it|this|that|things) then',
        '(maybe|perhaps|possibly|see|revisit|again|sometime|somewhere|further|later|one day|look|this|it|that) (down the track|down the line|down the road)',
        // Come back when the vendor has proved something: "let's revisit once you've got a few more customers".
        '(revisit|talk again|reconnect|come back to this|look again|try again|speak again) (once|when|after) (you\'ve|you have|you) (got|have|built|proven|proved|added|had|signed|landed)',
        // "I'll go through it and let you know": reading as the reason to wait. A bare "I will go through and revert" is the formal
        // acknowledgement of material asked for (the info brush-off), so "revert" counts only with a later time (stall.timing).
        '(i will|i\'ll|we will|we\'ll|we shall|let me|let us) (go through|look through|read|review|have a look at|look at|look over|read through|digest|check out|have a proper look|have a look|have a good look|take a look|look into) (it|this|that|them|everything)? (and|then) (let you know|get back to you|be in touch|come back to you|circle back)',
        '(talk|speak|chat|revisit|reconnect|try|come back|reach out|look) (again)? (when|once|after) (that\'s|that is|the contract is|our contract is|the deal is|our deal is|our contract|the contract|our deal|it\'s|it is) (closer to renewal|nearer renewal|nearer to renewal|up|up for renewal|expired|runs out|expires|ends)',
        // A bare "I'll let you know" closes many messages that carry another objection: it counts only after reading or an internal talk (above).
        '(we|i|they) (will|\'ll|shall) (be in touch|reach out|keep you posted|keep you in mind|keep you on file|keep your details|holler)',
        '(we|i) (will|\'ll) (keep|hold onto|hang onto) (your|the) (card|details|number|info|information|email|contact)',
        'keep (in touch|us posted|in contact)',
        "(do not|don't) call us,? we('ll| will) call you",
      ],
      unless: ['get back to you with (the|some|a few|your)? (dates|times|availability|slot|slots|options)',
        // Reaching out to someone else, a quick look-up mid-call, a host's Q&A, a hiring round: not the deal put off.
        '(reach out|get in touch|be in touch|touch base) (to|with) (him|her|them|#Person|#ProperNoun) (directly)?', '(give me|gimme|hang on|hold on|bear with me|one) (a|one)? (sec|second|moment|min|minute|tick|mo|jiffy)', "(just|i'm just|i am just) (checking|looking up|pulling up|grabbing|finding|digging out)",
        '(run|running|ran) out of time',
        // Coming back with a fact after a quick check: "let me get back to you on the exact pallet count once I've checked the system".
        '(on|about|with|re) the (exact|precise|final|correct|right)? (count|number|numbers|figure|figures|quantity|quantities|total|totals|serial|model|spec|specs|address|holiday cover|leave cover|shift cover|cover)', '(once|after|when) (i\'ve|i have|i) (checked|looked at|looked in|pulled up) (the)? (system|records|stock|diary|rota|calendar|spreadsheet|inventory|database|numbers)', 'keep (them|those|the questions|your questions|questions) coming', '(about|regarding|re|with|on) (the)? (next|second|third|final|later) (round|stage|interview)', 'get back to you (with|on) .{0,3} (today|tomorrow|this afternoon|later today|first thing|monday|tuesday|wednesday|thursday|friday|shortly)', 'up and running', '(add|adding|expand|expanding|scale|scaling|extend|extending) (more)? (seats|licences|licenses|users|sites|it|to)', "(get|come) back to (you|ya) (today|tomorrow|this afternoon|tonight|later today|first thing|within the hour|shortly|in an hour|on monday|on tuesday|on wednesday|on thursday|on friday)", "(be in touch|get back to you|let you know|reach out|contact you|call you) (if|should) (needed|necessary|required|we need|there is a need|there's a need|anything comes up|relevant|it's relevant|interested)", "(at some stage|at some point|sometime) (today|tomorrow|this week|this afternoon|this morning|tonight|later today)", '@buying_signal', '(get|come) back to (you|ya) (on|with|about) (the|your|that|this) (question|point|query|detail|details|figure|figures|number|numbers|contract|paperwork|signed)', '(if|when|once) (it\'s|it is|this is|that\'s|it looks|anything is|anything looks|anything jumps out|something jumps out|it seems) (like)? (relevant|of interest|interesting|useful|a fit|worth)', 'by (today|tomorrow|end of day|eod|monday|tuesday|wednesday|thursday|friday|this afternoon|noon|midday|lunch|lunchtime|close of play|cop|cob)',
        // "If anything changes we'll reach out" closes a no; "I'll keep you posted as best I can" closes a hand-off upstairs.
        '(if|should|when) (anything|something|things|that|circumstances|the situation|our needs|needs|our situation|our plans|plans|our priorities|priorities) (changes|change|changed|shifts|shift)', '(if|should) (there\'s|there is) (anything|something)', '(if|when) (it|this|that|anything|something) (looks|seems|sounds) (like)? (something|relevant|useful|interesting|a fit|a good fit|worth)', '(happy|glad|feel free) to (keep|stay) in touch', '(keep you posted|keep you updated|keep you in the loop|let you know) (as best|as soon as|when|once) (i|we) (can|hear)',
        // Soon, not put off: "I'll be in touch next week once I've cleared my inbox".
        '(be in touch|reach out|get in touch|touch base|get back to you|come back to you) (early|later)? (next week|this week|tomorrow|shortly|on monday|on tuesday|on wednesday|on thursday|on friday|monday|tuesday|wednesday|thursday|friday)'],
    },
    {
      id: 'stall.timing',
      category: 'stall',
      patterns: [
        "(not|n't) (near|at|anywhere near|close to) the top (of the list|of our list|of the pile|of my list)?", "(not|n't) (really|exactly)? (at)? (the)? top of (the|our|my) (list|pile|agenda|priorities|priority list|to-do list)", "(low|lower|bottom|way down) (down)? (on|of) (the|our|my) (priorities|priority list)",
        "before (deciding|making a decision|making any decision|committing to) (anything|on anything)", "(and|n|&|will|'ll|shall) revert (back)? (to you)? (next|in|after|later|soon|once|when|shortly|in due course)",
        "(anything|everything|all) (new|else) (is|are|'s) on (ice|hold|pause|the back burner|the backburner)",
        "(can't|cannot|can not|won't|will not|not able to|unable to) (make|take|sign off) (any|a|the)? (decisions|decision|purchases|commitments) (until|till|before|while|for)",
        "(now|today|this|it) (is|'s)? (just)? (not|n't) (really|quite)? (the|a) (good|great|right|best|ideal)? (time|moment) (for us|for this|for that|to be|right now)?",
        "(timing|the timing) (is|'s) (not|n't) (great|good|right|ideal|there)", "(timing|the timing) (is|'s|feels|seems) (just)? (a bit|a little|kind of|kinda|sort of|all|totally|completely)? (off|wrong|awful|terrible|lousy)", "(timing|the timing) (isn't|is not|'s not) (great|good|right|ideal|there)", // A spending freeze on its own is the money objection (price); a freeze on projects or purchases is timing.
        "({freeze}|{pause}|{halt}|{suspend}) (all|any)? (new)? (software|it|tech|technology|external)? (projects|purchases|purchasing|hiring|initiatives|procurement|software purchases)", "(all|any)? (new)? (projects|purchases|purchasing|initiatives|procurement) (are|is) (frozen|on hold|paused|on ice)", "(leave|park) (it|this|that) with (me|us) (for)? (a|a few|a couple of|the|some)? (days|weeks|months|while|bit)", "(in the middle of|in middle of|in the midst of|in the thick of|mid-way through|midway through|knee deep in|knee-deep in|halfway through|busy with) (moving|migrating|switching|rolling|implementing|restructuring|merging|relocating|rebuilding|changing|replacing|bedding in|onboarding|a|an|the|our)? .{0,3} (migration|restructure|reorg|reorganisation|reorganization|merger|audit|rollout|move|relocation|implementation|transition|refit|rebuild|acquisition|takeover)", `(not|n't|won't|nothing) .{0,2} (do|doing|decide|deciding|buy|buying|commit|committing|sign|signing|change|changing|spend|spending|happen|happening|start|starting) (anything|any decision|a decision|this|a thing|much)? (before|until|till|prior to) (q1|q2|q3|q4|the new year|next year|the summer|#Date|${TIME})`, "(revert|get back|come back|respond|follow up|be in touch) (to you)? in due course", "(review|discuss|consider) (this|it|the proposal|your proposal)? internally and (revert|get back|come back|be in touch)", "not this (term|semester|quarter|year|financial year|fiscal year|season|budget cycle|round|time round) (maybe|perhaps|possibly|but|probably)?", "(maybe|perhaps|possibly|probably|hopefully) (next|after) (term|semester|season|budget cycle|round|financial year|fiscal year)",
        '(push|pushed|pushing|move|moved|moving) (this|it|that|things)? (to|until|till) (after|next|the end|early|late|the new)',
        '(pick|picking) (this|it|things) (back)? up (again)? (when|after|once|in|next|later)',
        '(wait|waiting) and see',
        '(wait|waiting|hold off|holding off) (until|till|til) (things|the|our|next|after|we)', '(hold off|holding off) for (now|a bit|a while|the moment|the time being|things|next|the new|the end)',
        '(not|n\'t) in a position to (move|buy|commit|proceed|go ahead|decide|sign|do anything|take this on|look at|invest|make|respond|reply|answer|give you an answer|come back to you)',
        '(bit|little|too|way|rather) (early|soon) (for us|for this|in the year|to commit)',
        '(not|n\'t|can not|cannot) .{0,3} (until|till|before) (the|our|next|after) (new)? (fiscal|financial|academic|school|budget|calendar)? (year|quarter|cycle|period)',

        '(now|today|this|it|the timing|timing) (is)? (just)? not (a|the)? (good|great|right|best|ideal) (time|moment|timing)',
        '(timing|the timing) (is|was)? (just)? not (great|good|right|ideal|brilliant|the best|perfect|on our side|with us)',
        '^(not|maybe not|probably not) (right now|at the moment|now|just now|this year|this quarter|at this stage|at this point|for now)',
        'not (a|the)? (good|great|right|best|ideal) (time|moment|timing)',
        '(put|putting|puts|placed|placing|go|going) (this conversation|the conversation|this discussion|talks|the decision|this decision|the whole thing|our plans|plans|the idea|it|this|that|everything|things|the project|the initiative|this project|projects|all new projects|new purchases|purchasing|buying|any new|it all)? on (hold|the back burner|the backburner|ice|pause|the shelf)',
        // "I'm putting our expansion to the other sites on hold".
        '(put|putting|puts|placed|placing) (our|the|any|all) (expansion|rollout|roll-out|upgrade|extension|renewal|order|purchase|plans|plan|project|decision|evaluation|review|trial|pilot) .{0,4} on (hold|the back burner|the backburner|ice|pause|the shelf)',
        '(it|this|that|everything|things|the project|projects|purchasing|buying|spend|spending|budget|initiative|decision) (is|are|has been|have been|was|were) on (hold|ice|pause|the back burner|the shelf)',
        '(on|onto) the (back burner|backburner)',
        '(push|pushed|pushing|punt|punted|punting|defer|deferred|deferring|delay|delayed|delaying|postpone|postponed|postponing|park|parked|parking|shelve|shelved|tabled) (this|it|that|things|the project|the decision|the conversation|this conversation|any decision|everything)? (back|out|off|down the road|to next|until|till|for now|a bit|a few|for a|into)',
        '(once|after|when) (the|our)? .? (reorg|restructure|restructuring|merger|acquisition|audit|migration|busy season|rollout|launch|dust settles|budget cycle|fiscal year|new fiscal year|hiring freeze) (is)? (done|over|finished|complete|settles|wraps up|is over|lifts|starts)?',
        // Too early to commit, not "too early to tell whether the fix worked".
        '(too early|too soon|premature|early days) (for us|for this|for that|for me|in the year)', '(too early|too soon|premature|early days) to (commit|decide|sign|buy|make|say yes|be talking|talk|discuss|look at|consider|think about|move|go ahead|invest|change|switch)',
        '(not|no longer|isn\'t|is not) (a|the|our|my)? (top|high|big|real)? (priority|focus) (right now|at the moment|for us|this quarter|this year|this month|now|just now)?',
        '(low|lower) (on the)? (priority|priority list)',
        // Not ready to decide, not "the data isn't ready for import".
        '(not|no) (ready|rush) yet', '(not|no) (ready|rush) to (commit|buy|sign|decide|move|proceed|go ahead|make|invest|change|switch|look|talk|do anything|take|start talking|think)', '(not|no) (ready|rush) for (this|that|something|anything|a change|change|a new|new|it|a decision|any decision|a commitment|that step|that conversation|this conversation)',
        // Indian English "post": "let us connect post Diwali", "we will revert post the budget approval".
        `(connect|talk|revert|speak|chat|reconnect|circle back|touch base|come back|get back|revisit|discuss) (back)? (to you|with you)? post (the)? .? (${WHEN.slice(1, -1)}|budget|approval|approvals|restructure|merger|audit|launch|festival|festivities|elections|results)`,
        '(we|i) .{0,3} (sit|sitting) tight', 'not (for|during) (this|the current) (financial year|fiscal year|year|quarter|budget cycle|term|round)',
        '(timing|the timing) (does not|doesn\'t) (really|just)? (work|suit)', '(a|more of a) (next year|next quarter|next financial year|new year|future) (thing|project|conversation|job|problem)', 'not a this (year|quarter|month|term) (thing|project|conversation|job|problem|priority)',
        '(ask|try|check with) (me|us)? again (later|another time|down the line|in a bit|some other time|at a later date|next year)',
        // Once the new thing has settled: "not until the new system's bedded in", "once the new CEO's settled in".
        '(until|till|til) .{0,4} (bedded in|beds in|bedded down|settled in|settles in|settles down|settled down|found (his|her|their|its) feet)',
        '(revisit|reconnect|talk again|speak again|come back to this|pick this up|circle back|look again|regroup|try again|revisit this|revisit it) (once|when|after) (the|our|my|things|it|everything)? (new)? .{0,2} (has|have|is|are|\'s)? (bedded|settled) (in|down)',
        '(not|n\'t) (looking|planning|going|intending) to (make|consider) (any)? (changes|change|switch|move|decisions|decision) (before|until|till) (our|the) .{0,2} (review|renewal|year end|year-end|audit|budget|reorg|restructure|merger|move|planning)',
        '(in a better position|better placed|in a position) to (talk|decide|look at|consider|commit|discuss|revisit|move|have this conversation) (after|once|when|in|next|later)',
        'not this side of', '(hold|holding|held) off on (new|any|anything|buying|purchasing|spending|decisions|committing|signing|this|it|that|the project) .{0,2} (until|till|for now|for the moment|for a while)', '(let\'s|let us|we\'ll|we will|going to|gonna) table (this|it|that)', 'table (this|it|that) (for now|for the moment|until|till|for a while)',
        // Not on the radar for a stated period is a deferral ("not on our radar this year", "not on the agenda for this quarter"); bare, it is a rejection.
        "(not|n't|isn't|is not|'s not) (really)? on (our|my|the) (radar|agenda|roadmap|list|cards) (for)? (this|the current) (year|quarter|financial year|fiscal year|half|term)",
        '(deprioritised|deprioritized|deprioritise|deprioritize|de-prioritised|de-prioritized)',
        '(focus|focusing|concentrate|concentrating) on (other|some other|more pressing|more urgent|a few other) (things|stuff|priorities|projects) (first|right now|at the moment|for now|this quarter|this year)?',
        '^(just)? leave (it|this|that) with (me|us)$',
        '(not|n\'t) in (a|any|much of a) (rush|hurry)', '(let\'s|let us) not rush', '(do not|don\'t|not) (want to|wanna|going to)? rush (this|it|things|anything)',
        '(not|n\'t) (something|anything) (we|i) (can|could|are able to|want to|are going to|will) (look at|consider|do|take on|prioritise|prioritize|think about) (right now|at the moment|now|this year|this quarter|just now|yet|currently)',
        'earliest (we|i) (could|can|would|will|might|\'d) (look at|consider|talk|revisit|think about|move on|get to)',
        '(check in|come back|circle back|talk|speak|touch base|reach out|follow up|get in touch|chat|ask me|try me|try us) .{0,3} (closer to|nearer to|nearer) (the time|the date|then|renewal|the renewal|year end|the end of)',
        'let (things|everything|it|the dust|the changes) (settle|calm down|bed in|die down)',
        '(leave|park|shelve|drop) (it|this|that|things) (there)? (for now|for the moment|for the time being|for a bit|for a while)',
        '(on|onto|in) (the|our|my)? (list|plan|roadmap|radar|agenda) for (next|the new|later|the next) (year|quarter|financial year|fiscal year|budget|round|cycle)',
        'see how (things|it|we|the year|business|trading|the numbers|everything|the budget) (look|looks|go|goes|pan out|pans out|shake out|shakes out|land|lands|stand|play out|plays out)',
        '(do|have|continue|finish|pick up) (this|it|that) (another|some other) (time|day)',
        '(we are|we\'re|i am|i\'m) (just)? not (quite|really)? there yet',
        '(get|getting) (through|past|over) (the|our)? (year end|year-end|busy season|peak season|peak|audit|migration|merger|launch|christmas|holidays|quarter end|quarter-end|end of quarter|end of the quarter|exams|harvest|month end|tax season|budget season|restructure|reorg|move|rollout)',
        '(weeks|months|years|quarters|year|while|long way) (away|off) from (looking|considering|buying|deciding|doing anything|starting on this|thinking about|revisiting|any decision|a decision|that|this)',
        '(might|may|could|maybe|perhaps|possibly|probably) be (ready|in a position|able) .{0,3} (in|by|around|next|after) (a|the|#Value|a few|a couple of|six|twelve)? (year|years|months|quarter|quarters|spring|summer|autumn|fall|winter|new year)',
        '(this|it|that|everything|things|we|the project|any decision|the decision) (will|\'ll|would|\'d|is going to|going to|gonna|may|might) (have to|need to) wait',
        '(in the middle of|in the midst of|midway through|mid-way through|halfway through|knee deep in|knee-deep in|in the thick of) (moving|migrating|switching|rolling|implementing|restructuring|merging|relocating|rebuilding|replacing|bedding in|onboarding|integrating|consolidating)',
        '(anything new|anything else|everything else|everything new|new stuff|new things|new projects|new tools|all of this|all this|this|it|that) (has to|have to|must|needs to|will just have to) wait',
        // Weeks away before there is room: "it's going to be a few weeks before I can come up for air", "allow us until the end of the quarter".
        '(a few|a couple of|several|#Value|two|three|four|six) (more)? (weeks|months) (before|until|till) (i|we) (can|could|will|\'ll|are able to|am able to|get to)', '(allow|give) (us|me) (until|till) (the end of|end of|the start of|start of|after|next|#Date)',
        // Commitment held back until a later point: "I'd rather not commit to anything until Q3".
        `(rather not|not want to|n't want to|not going to|n't going to|won't|will not) (commit|sign|decide|agree) (to)? (anything|this|it)? (until|till|before) (like|around|about)? (the)? (end of|start of|after)? (the)? ${WHEN}`,
        // Indian English: "kindly revert after Diwali", "please revert post the budget".
        `(kindly|please|pls|plz|do) revert (back)? (to us|to me)? (after|post|in|next|once) (the)? ${WHEN}`,
        '(bandwidth|capacity|headspace) (is|\'s)? (zero|nil|non-existent|nonexistent|maxed out|at zero)', '(a|more of a) later (thing|problem|project|conversation|job)', 'not a now (thing|problem|project|conversation|job)',
        // Low priority, however it is put: "low down the pecking order", "keeps sliding down the list".
        '(low|lower|way|far|further|slipping|sliding|slid|slipped|slips|slides|pushed|bumped|dropped|falling|fallen) down (the|our|my) (list|pecking order|priorities|priority list|pile|queue|agenda|order)',
        '(bottom|low|lower) (of|on|in) (the|our|my) (pecking order|pile|totem pole)', 'bottom of (the|our|my) (list|queue)',
        // No hurry: "I'd rather not rush into it", "no rush on our side", "we'll get to it when we get to it".
        '(rather not|not|never)? {rush} (into|in to) (it|this|that|anything|a decision|any decision|things|something|signing|committing)',
        'no (rush|hurry) (on|from) (our|my) (side|end|part)',
        '(not|n\'t) (really)? (urgent|pressing|time-sensitive|time sensitive|burning) (for us|for me|right now|at the moment|at this stage|at this point|on our end|on our side|just now)',
        '(not|n\'t) (saying)? (no|yes) .{0,4} not (now|right now|at the moment|today|this year|this quarter|just now)',
        '(timing|the timing) (is|was)? (just|really|a bit|simply|all)? (bad|off|wrong|awful|terrible|poor|tricky|difficult|lousy|rubbish)',
        '(wrong|tricky|awkward|difficult|challenging) (moment|timing|period|time of year)',
        '(mid|mid-) (a|an|the|our)? .{0,2} (migration|restructure|reorg|merger|move|relocation|transition|refit|rebuild|acquisition|takeover)',
        // Off the table until later: "off the table till next year", "not on the agenda until the next cycle".
        `(off the table|off the cards|not on the cards|not on the agenda|not happening|not an option) (till|until|before|this) .{0,2} (${WHEN.slice(1, -1)}|cycle|#Date|then)?`,
        '({pause}|{halt}|{shelve}|{suspend}|{postpone}|{park}|{defer}|tabled|tabling) .{0,3} (indefinitely|for now|for the time being|for the moment|for a while|till further notice|until further notice)',
        '(hold|holding|held) off (for now|for the moment|for a bit|for a while|for the time being|on this|on it|on that|on deciding|on any decision|on committing|on signing|on making a decision)',
        // Blocked until something happens: "nothing will happen until she's back", "we won't have an answer before May".
        `(not|n't) (looking|planning|going|intending) to (buy|purchase|spend|invest|commit to|make|change) (anything|any|much|new)? (changes|change)? .{0,2} (this|until|till|before) (the)? (year|quarter|financial year|fiscal year|side of|next|new|${FAR.slice(1, -1)})`,
        '(waiting|wait) (on|for) (the|our|a)? .{0,2} (meeting|review|decision|approval|budget|board|sign-off|results|outcome) (meeting|review|decision|approval)? before (we|i) (decide|commit|sign|do|move)',
        `(nothing|not|n't|no decision) .{0,3} (happen|happening|move|moving|progress|progressing|ready|able to progress|able to move|able to proceed|able to decide|move forward|moving forward|look at|looking at|answer|decision|decide|deciding|decided|signed|agreed|approved|committed|proceed|proceeding|talk about|discuss) .{0,4} (until|till|til|before) (she|he|they|we|i|the|our|after|next|#Date|then|${WHEN.slice(1, -1)})`,
        `(next)? (board|committee|trustees|partners|governors|budget|steering group|exec|leadership) (meeting|meets|review|cycle|round|session) (is|was)? (not)? (again)? (until|till) ${FAR}`,
        `(does not|doesn't|do not|don't|won't|will not) (meet|sit|convene) (again)? (until|till|before) ${FAR}`,
        // The person who must decide is away for weeks, or away until next week: "he's away till next week".
        "(he's|she's|he is|she is|they're|they are) (on leave|away|travelling|traveling|on holiday|on vacation|off sick|overseas|abroad|out of the country) (until|till|til) (next week|the end of|next month)",
        `(on leave|away|travelling|traveling|on holiday|on vacation|off sick|on sabbatical|on maternity leave|on paternity leave|overseas|abroad) (for|until|till|this|all) (the)? (next)? (#Value|a|a few|a couple of|two|three|four|five|six|several)? (weeks|months|month|${FAR.slice(1, -1)})`,
        '(once|after|when) (we\'ve|we have|i\'ve|i have|we|i) (finished|completed|wrapped up|got through|sorted out|finalised|finalized|bedded in|settled in|finish|complete|wrap up|get through) (the|our|this|that)? .{0,3} (pilot|trial|migration|project|rollout|roll-out|implementation|audit|evaluation|restructure|move|merger|transition|tender)',
      ],
      // Auto-replies say who is away, not that the deal waits.
      unlessInText: ['(will be|\'ll be|is|are) covering', '(in my absence|while i\'m away|while i am away|whilst i\'m away|whilst away|while away)', 'has full context'],
      unless: ['(will|\'ll) (cover|be covering|look after|handle)',
        // No hurry to leave us is loyalty, not a deferral: "we're not in any hurry to cancel".
        '(hurry|rush|rushing|hurrying) to (cancel|leave|switch away|move away|drop you|drop it|get rid)',
        // A trading season that has not begun is a reason money is short, not the deal put off: "the season not starting till May".
        "(the|our) (season|tourist season|summer season|trade|footfall|harvest) .{0,3} (not|n't) (start|starting|pick up|picking up|open|opening|begin|beginning)",
        // A question ranked low or a ticket waiting on a reply is not the deal put off: "not a priority question really, but...".
        '(priority|urgent) (question|query|request|ask|item|point)', '(ticket|case|support request|request) .{0,6} on hold', 'pending (your|a|the) (reply|response|feedback)',
        // One part sequenced after the core, not the deal put off: "not in a hurry on the integrations, core platform first".
        '(in|for|until|till) (phase two|phase 2|phase ii|the second phase|a second phase|the next phase|a later phase)', '(core|main|base) (platform|product|system|module|modules|licence|license|package)? first',
        // Too busy for calls is the request for material: "not able to join any calls as we are in the middle of audit season".
        '(not able to|unable to|can\'t|cannot|can not|no time to|won\'t be able to) (join|take|do|attend|make|schedule|fit in) (any|a|the)? (calls|call|meetings|meeting|demo|demos|presentation|presentations)',
        // Waiting on the decider is the authority objection: "I'd have to get the nod from our council before committing to anything".
        '(nod|approval|sign-off|sign off|go-ahead|okay|blessing|green light|say-so) .{0,5} before (committing|deciding|making|signing)', '(once|when|after) (we|i)? (have|\'ve|had|\'d)? (received|heard|had|got|get|hear|have|receive) (back)? (from)? (his|her|their|the board\'s|management\'s) (feedback|approval|decision|sign-off|input|go-ahead|views)',
        // Replying after reading what was asked for is the info brush-off's acknowledgement: "I will review the document once received and respond in due course".
        '(once|when|after) (received|i receive|we receive|i have read|i\'ve read|i have gone through|i\'ve gone through|i go through|we go through|i have reviewed|i\'ve reviewed|reviewed)',
        // Busy rolling out a rival is the competitor objection: "halfway through onboarding with another supplier".
        '(rolling out|rolling|onboarding|implementing|moving|switching|migrating|bedding in) (with|to|onto|over to)? (a|an|the)? (rival|competing|competitor|different|other|another)',
        // Resisting, not delaying: "I need to push back on the pricing", "finance will push back hard".
        '(push|pushed|pushing|pushes) back (hard|strongly|a bit|a little|really hard)? (on|against)',
        // Bad timing because a rival was just chosen is the competitor objection: "we signed up with another platform last month, so the timing's not great".
        '(signed|signed up|went|gone|committed|locked in|tied in|switched|moved) (up)? (with|to|into) (another|a different|someone else|a new|the other|a rival|a competing)',
        // Parking one detail while the rest goes ahead: "park the logo question for now, everything else is approved".
        '(park|parking|parked|table|tabling|shelve|leave|put) the .{0,3} (question|point|issue|item|detail|details|bit|piece|topic|query|request)', 'everything else (is|\'s|has been) (approved|signed|agreed|fine|good|sorted|done|ready|signed off|on track)',
        // Someone else's delay is a complaint or logistics, not the customer putting the deal off.
        '(shipment|delivery|deliveries|order|parcel|package|engineer|install|installation|release|fix|patch|update|feature|invoice|refund|payment|flight|train|courier|sprint|build|version|ticket) .{0,3} (delayed|pushed|pushed back|pushed out|postponed|put back|held up|slipped|moved)', '(because of|due to|thanks to) .{0,4} (your side|your end|your team|your bug|you guys|your engineers|your support)',
        // Our own go-live waiting on our own setup is buying: "not ready to go live until the migration is done".
        '(go live|go-live|launch|cut over|cutover|switch over) (until|till|before|after|once|when)',
        // No hurry for a delivery or an invoice is logistics: "happy to wait until after Christmas for delivery".
        '(for|on|with) (the|your|an|a)? (invoice|payment|delivery|deliveries|shipment|install|installation|parts|hardware|paperwork|reply|response|w-9|w9|refund)', '(you|your team|you guys|your side|your end|your engineers|your developers|your support) .{0,2} (delayed|delaying|pushed|pushing|postponed|postponing|put back|putting back|held up|holding up|moved|moving)', '(like|want|need|keen|hoping) to (get it done|get this done|get it sorted|get this sorted|get going|get started|wrap it up|wrap this up|have it done|have it live|sign)', '(wait|back) .{0,4} (lunch|a minute|an hour|this afternoon|later today|tomorrow|monday|tuesday|wednesday|thursday|friday)', '(limited access|urgent matters|in my absence|out of office|out of the office|automatic reply|auto-reply|auto reply)', 'no reason to (wait|delay|hold off)', '(pilot|trial|rollout|roll-out|implementation|migration|onboarding|setup|integration) (with|of) (you|your)', '(leave|leaving|drop|dropping|switch from|cancel|cancelling|canceling|replace|replacing) (you|your)', 'behalf', 'your (pilot|trial)', '(sorry|apologies|apologise|apologize) .{0,8} (get back|getting back|reply|replying|respond|responding|delay|slow reply|slow response|slow to reply|slow to respond|slow in replying|slow getting back)', "(is|'s) (a|our|the)? (top|high|real|big)? priority", "(let's|we'll|we will|we can|i'll|i will) (make|find) (the)? time", "(do|move|have|hold|push|run) the (kickoff|kick-off|onboarding|training|go-live|launch|demo|call|meeting) (on|to)", '@rep_framing', '@buying_signal', '(timing|time|now) (works|is fine|is perfect|is great|is good|is right)', 'not too busy', 'no rush on (your|the) (end|side)', '(meeting|session|call|demo|appointment|planning|catch-up|catchup|workshop|webinar|review|kickoff|kick-off|interview|training|standup|stand-up) (has|have|was|is|\'s|had)? (been)? (moved|pushed|rescheduled|shifted|postponed|delayed|put back)'],
    },
    {
      // Being busy, said as the reason to be sent something to read, is the request for material, not a deferral.
      id: 'stall.busy',
      category: 'stall',
      patterns: [
        // Now, not "we had a tough quarter" or "hope you had a busy week".
        "(is|'s|are|'re|in|into|heading into|coming into|going into|entering|through|just) (a|an|the|our|my)? (really|very|super|bit of a|pretty|particularly|extremely|incredibly|real)? (bad|terrible|awful|tough|busy|hectic|crazy|manic) (time|timing|period|season|quarter|week|month|patch|few weeks|few months)",
        '^(bad|terrible|awful|tough|busy|hectic|crazy|manic) (time|timing|period|season|quarter|week|month)',
        '(we are|we\'re|i am|i\'m|we have been|we\'ve been|i have been|i\'ve been|things are|it is|it\'s|everyone is|everyone\'s|the team is|team\'s) (too|really|very|super|crazy|incredibly|so|pretty|just|absolutely)? (busy|swamped|slammed|stretched|overloaded|buried|snowed under|hectic|flat chat|flat out|run off our feet|rushed off our feet|under the pump|up to our eyeballs|up to our eyes|maxed out)',
        '(do not|don\'t|does not|doesn\'t) have (the)? (time|bandwidth|capacity|headspace|resources) (for this|right now|at the moment|now|this quarter|this year|to look at)?',
        '(no|zero|little) (time|bandwidth|capacity|headspace) (for|to|right now|at the moment)', "(nobody|no one|no-one|nobody here) (has|'s got|has got|got|will have|is going to have) (the)? (time|bandwidth|capacity|headspace) (for|to) (anything|anything else|anything new|new|a new|this|it|something|more|take on|look at|think about)",
        // Too much on: "a lot on our plate right now".
        '(a lot|lots|too much|loads|so much|plenty|a fair bit|a ton|tons|heaps|enough) (on|going on) (our|my)? (plate|plates|right now|at the moment|just now|at present|this quarter|this month)',
        '(full|overflowing) (plate|plates)',
        '^(a|been|just|so|honestly)? (bit|little|pretty|really|very|super|quite|rather|too|so|crazy|incredibly)? (busy|swamped|slammed|snowed under|flat out|stretched|hectic|manic|mental) (at the moment|right now|just now|this week|this month|this quarter|these days|at present|lately)',
        '(when|once|until|till|after) (things|everything|it|life|work) (calm|calms|settle|settles|quiet|quiets|die|dies|slow|slows) (down)?',
        '(got|have|has|with) (other|bigger|more pressing|more urgent|competing) priorities (right now|at the moment|just now|this quarter|this year|for now|at present|currently)', '(bigger|other) fish to fry',
      ],
      // Auto-replies say who is away, not that the deal waits.
      unless: ['(since|because) (we|i) (started|began|switched|moved) (using|to|with|over)',
        // No time for calls is the request for material, not a deferral: "I don't have time for discovery calls, send the white paper".
        '(time|bandwidth|capacity) for (a|any|the|more|another)? .{0,2} (calls|call|meetings|meeting|demos|demo|presentations|presentation|walkthrough|walk-through|discovery)',
        // Busy as the reason to buy: "we're swamped with manual entry, which is why we need this".
        '(we|i) need (this|it|you|something) (yesterday|now|asap|urgently|fast|quickly|live|in place)', '(since|because) (we|i) (launched|opened|grew|expanded|went live|doubled|took on|hired)',
        // Busy now but a slot is offered: "I'm slammed today but let's do 10am tomorrow".
        "(let's|let us|can we|could we|how about|shall we|we can) (do|say|make it|meet|talk|chat|speak|catch up|jump on) .{0,3} (tomorrow|monday|tuesday|wednesday|thursday|friday|later today|this afternoon|tonight|next week)",
        '@why_we_called', '(still|is still|are still) (fine|good|ok|okay|on|happening|going ahead|on track|works|work)', '(kickoff|kick-off|onboarding|go-live|training|rollout|roll-out|demo|call|meeting) (is|are|\'s) (still)? (on|fine|going ahead|happening|confirmed)',
        'so (we|i) (need|want|have to get|must get) (this|it|something|a|an|help|you)', 'so (we|i) (need|want) to (get|start|move|sign|buy|go)', '(swamped|buried|drowning|snowed under|busy) (with|in) (manual|admin|paperwork|spreadsheets|data entry|tickets|calls|orders|requests|emails)', '(thanks to|because of) (you|your)', '(is|was) (now|this|it) (a|an)? (bad|good|convenient|inconvenient|ok|okay) (time|moment)', '(free|available) (at|from|after|on)', '(add|expand|extend|roll) .{0,2} (more|sites|seats|licences|licenses|users|out)', 'sooner .{0,4} the better', '(get|getting) (this|it) live', '(limited access|urgent matters|in my absence|out of office|out of the office|automatic reply|auto-reply|auto reply)', 'no reason to (wait|delay|hold off)', '(pilot|trial) with (you|your)', 'your (pilot|trial)', '(sorry|apologies|apologise|apologize) .{0,8} (get back|getting back|reply|replying|respond|responding|delay|slow reply|slow response|slow to reply|slow to respond|slow in replying|slow getting back)', "(is|'s) (a|our|the)? (top|high|real|big)? priority", "(let's|we'll|we will|we can|i'll|i will) (make|find) (the)? time", "(do|move|have|hold|push|run) the (kickoff|kick-off|onboarding|training|go-live|launch|demo|call|meeting) (on|to)", '@rep_framing', '@buying_signal', '(timing|time|now) (works|is fine|is perfect|is great|is good|is right)', 'not too busy', 'no rush on (your|the) (end|side)', '(meeting|session|call|demo|appointment|planning|catch-up|catchup|workshop|webinar|review|kickoff|kick-off|interview|training|standup|stand-up) (has|have|was|is|\'s|had)? (been)? (moved|pushed|rescheduled|shifted|postponed|delayed|put back)'],
      unlessInText: [
        `({send}|{email}|{pop}|{drop}|{flick}|{shoot}|{forward}|{mail}|{attach}) (me|us|over|across|through|it)? .{0,3} ${MATERIAL}`,
        '({drop}|{send}|{shoot}) (me|us) a (short|quick|brief)? (email|note|line|summary|message) (with|about|on|covering)',
        '(put|set) (everything|it|it all|something|this|that|the details) (down)? in writing',
        // "Chuck the options in an email", "pop it in a message", "bung it all in an email".
        '(chuck|chucking|bung|bunging|stick|sticking|pop|popping|throw|put|putting) .{0,4} (in|into) (an|a) (email|e-mail|mail|message|note)',
        // Busy as the reason to read up alone: "no time for a presentation, I'll browse your site".
        '(browse|look at|look through|check out|have a look at|have a look on|poke around|read up on|dig through) (your|the) (site|website|web site|homepage|home page|blog|docs|resources|materials)', '(browse|have a browse|poke around|have a nosey|look around) (there|on there|on your site|your site|the site|online|myself)', '(your|the) (site|website|web site) (probably|should|will|might|likely)? (covers|cover|has|explains|answers)', '{post} (me|us)? (a|an|the|some|your)? (information|info|brochure|pack|information pack|info pack|catalogue|catalog)',
      ],
    },
  ],
};
