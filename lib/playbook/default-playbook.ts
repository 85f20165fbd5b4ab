import type { BuiltInCategoryId } from '../detection/taxonomy';
import type { CategoryPlaybook } from './types';

/**
 * The built-in playbook: for each moment we detect, coaching for the rep, customer-focused questions,
 * honest responses and a nudge for when the rep's own draft caves in.
 *
 * Writing rules (see docs/playbook.md):
 * - Placeholders are only {firstName} and {company}. {firstName} only opens a line ("{firstName}, ..."),
 *   so the line still reads when it is dropped; {company} is always a noun phrase, so "your team" fits.
 * - `spoken` lines are one short sentence (at most 140 characters).
 * - No pressure, no tricks: every line should be something the rep would be happy for the customer to see explained.
 */
export const DEFAULT_PLAYBOOK: Record<BuiltInCategoryId, CategoryPlaybook> = {
  info_brushoff: {
    category: 'info_brushoff',
    coaching:
      "A request for material is often a polite way out of the conversation, so aim to learn what the information would actually need to answer rather than filling their inbox.",
    questions: [
      {
        id: 'info_brushoff-q1',
        principle: 'find_where_interest_went',
        email:
          "{firstName}, happy to send something. So I pick the right thing, was there a point in our conversation where this stopped sounding useful to you?",
        spoken: 'Happy to send something. Was there a moment where this stopped sounding relevant to you?',
      },
      {
        id: 'info_brushoff-q2',
        principle: 'customer_focus',
        email:
          "{firstName}, what would the information need to answer for it to be worth your time? I'd rather send one page that fits {company} than a brochure that doesn't.",
        spoken: 'What would it need to answer for you, so I send one useful page instead of a brochure?',
      },
      {
        id: 'info_brushoff-q3',
        principle: 'ok_to_say_no',
        email:
          "{firstName}, an honest question: is the information for a next step you have in mind, or a kind way of closing this off? Either answer is completely fine with me.",
        spoken: 'Honest question: is the info for a next step, or a kind way to close this off? Either is fine.',
      },
      {
        id: 'info_brushoff-q4',
        principle: 'advice_not_sponsorship',
        email:
          "{firstName}, could I ask your advice? If you were in my position, what would you want to understand about {company} before sending anything at all?",
        spoken: 'Could I ask your advice? What should I understand about your situation before I send anything?',
      },
    ],
    responses: [
      {
        id: 'info_brushoff-r1',
        principle: 'ok_to_say_no',
        email:
          "{firstName}, of course. And if this simply isn't a fit for {company} right now, please tell me so; a clear no saves us both time, and I won't take it personally.",
        spoken: "Of course. And if it isn't right for you at the moment, tell me straight; a clear no is genuinely fine.",
      },
      {
        id: 'info_brushoff-r2',
        principle: 'advice_not_sponsorship',
        email:
          "{firstName}, I'll send it today. I'd also value your honest view on what I left out when I explained this; I'm asking so I can get better at it, not to book another meeting.",
        spoken: "I'll send it. Could I also ask what I left out when I explained this? I'm asking to learn, not to pitch.",
      },
      {
        id: 'info_brushoff-r3',
        principle: 'honesty',
        email:
          "{firstName}, to be straight with you, general packs rarely get read, and I don't want to waste your time. Would a short note answering the one question that matters most to {company} be more useful?",
        spoken: 'To be straight, general packs rarely get read. Would a short note on the one question that matters to you help more?',
      },
      {
        id: 'info_brushoff-r4',
        principle: 'customer_focus',
        email:
          "{firstName}, happy to. I recently asked a few customers why they chose to work with us, and their reasons varied a lot; if you tell me what {company} is trying to fix, I'll send the example closest to your situation.",
        spoken: "Sure. Tell me what you're trying to fix and I'll send the customer example closest to your situation.",
      },
    ],
    caveInCoaching:
      'Sending a brochure straight away feels helpful but usually ends the conversation; try asking what the information would need to answer first.',
  },

  not_interested: {
    category: 'not_interested',
    coaching:
      'A flat no deserves respect: accept it gracefully, and if the moment allows, ask one curious question to learn where the interest dropped away.',
    questions: [
      {
        id: 'not_interested-q1',
        principle: 'find_where_interest_went',
        email:
          "{firstName}, understood. So I don't repeat the same mistake with others, was there a particular point where this stopped being interesting?",
        spoken: "Understood. Was there a point where it stopped sounding interesting? It'd help me a lot to know.",
      },
      {
        id: 'not_interested-q2',
        principle: 'customer_focus',
        email:
          "{firstName}, fair enough. What is {company} most focused on this year? If it's nothing I can help with, I'll say so.",
        spoken: "Fair enough. What are you most focused on this year? If I can't help with it, I'll say so.",
      },
      {
        id: 'not_interested-q3',
        principle: 'advice_not_sponsorship',
        email:
          '{firstName}, could I ask your advice before I go? From what you heard, who do you think this would genuinely be useful for?',
        spoken: 'Can I ask your advice before I go? Who do you think this would genuinely be useful for?',
      },
      {
        id: 'not_interested-q4',
        principle: 'honesty',
        email:
          "{firstName}, is it the idea itself that doesn't fit, the timing, or the way I approached you? Any honest answer is useful to me.",
        spoken: 'Is it the idea, the timing, or the way I approached you? Any honest answer helps.',
      },
    ],
    responses: [
      {
        id: 'not_interested-r1',
        principle: 'ok_to_say_no',
        email:
          "{firstName}, thank you for being direct. A clear no is far more useful to me than silence, and I won't keep chasing you.",
        spoken: "Thanks for being direct. A clear no really helps, and I won't keep chasing you.",
      },
      {
        id: 'not_interested-r2',
        principle: 'advice_not_sponsorship',
        email:
          "{firstName}, one thing before I go, and not to change your mind: what would have made this worth a conversation for {company}? Your view would help me approach people better.",
        spoken: 'Not to change your mind, but what would have made this worth a conversation for you?',
      },
      {
        id: 'not_interested-r3',
        principle: 'honesty',
        email:
          "{firstName}, I'd rather be honest than persistent: if this doesn't solve a real problem for {company}, you shouldn't buy it. If that ever changes, you know where to find me.",
        spoken: "Honestly, if this doesn't solve a real problem for you, you shouldn't buy it. I'm here if that changes.",
      },
      {
        id: 'not_interested-r4',
        principle: 'customer_focus',
        email:
          "{firstName}, understood. If something else on your plate could use an introduction or an idea from me, I'm glad to help, with no strings attached.",
        spoken: "Understood. If something else on your plate could use an intro or an idea, I'm glad to help, no strings.",
      },
    ],
    caveInCoaching:
      'Backing off with a quick apology loses the lesson; accept the no warmly and ask one honest question about where the interest went.',
  },

  stall: {
    category: 'stall',
    coaching:
      '"Let me think about it" or "check back next quarter" often covers a concern nobody has said out loud; aim to bring it up kindly and leave with a clear next step or a clear no.',
    questions: [
      {
        id: 'stall-q1',
        principle: 'find_where_interest_went',
        email:
          "{firstName}, when you say you'd like to think it over, which part are you still weighing up? I'd rather help with that now than leave you to work it out alone.",
        spoken: "Which part are you still weighing up? I'd rather help with it now than leave you to sort it out alone.",
      },
      {
        id: 'stall-q2',
        principle: 'customer_focus',
        email:
          '{firstName}, what else is happening for {company} right now that makes the timing tricky?',
        spoken: "What else is going on for your team right now that makes the timing tricky?",
      },
      {
        id: 'stall-q3',
        principle: 'ok_to_say_no',
        email:
          "{firstName}, if we spoke again next quarter, what would need to be different for this to be a yes? If the honest answer is nothing, that's fine to say.",
        spoken: "What would need to change by next quarter for this to be a yes? If nothing, that's fine to say.",
      },
      {
        id: 'stall-q4',
        principle: 'honesty',
        email:
          "{firstName}, on a scale from 'definitely not' to 'ready to go', where would you honestly put this today?",
        spoken: "Honestly, from 'definitely not' to 'ready to go', where would you put this today?",
      },
    ],
    responses: [
      {
        id: 'stall-r1',
        principle: 'ok_to_say_no',
        email:
          "{firstName}, take the time you need. If the answer ends up being no, please just tell me; I'd much rather know than keep following up.",
        spoken: "Take the time you need. If it ends up being a no, just tell me; I'd rather know than keep following up.",
      },
      {
        id: 'stall-r2',
        principle: 'honesty',
        email:
          "{firstName}, I'll be honest: in my experience, 'let's revisit later' often means something is bothering someone that hasn't been said yet. If that's the case here, I'd like to hear it.",
        spoken: "In my experience, 'later' often means there's an unspoken concern. If there is one, I'd like to hear it.",
      },
      {
        id: 'stall-r3',
        principle: 'advice_not_sponsorship',
        email:
          "{firstName}, there's no commitment needed today. Could I ask your advice on what a sensible next step would look like from where you sit?",
        spoken: 'No commitment needed. From where you sit, what would a sensible next step look like?',
      },
      {
        id: 'stall-r4',
        principle: 'customer_focus',
        email:
          "{firstName}, so your thinking time is well spent, would it help if I sent a short summary of {company}'s goals as I understood them, and you told me what I got wrong?",
        spoken: 'Would a short summary of your goals help, so you can tell me what I got wrong?',
      },
    ],
    caveInCoaching:
      'Agreeing to "check back next quarter" leaves the real concern unspoken; ask what they are still weighing up and settle on a concrete next step or an honest no.',
  },

  price: {
    category: 'price',
    coaching:
      'Pushback on cost usually means the value is not clear yet or the budget really is tight; find out which before talking numbers, and do not cut the price just to keep the conversation alive.',
    questions: [
      {
        id: 'price-q1',
        principle: 'customer_focus',
        email:
          "{firstName}, when you say it's too expensive, what are you comparing it with? That helps me understand how {company} weighs a cost like this.",
        spoken: "When you say it's too expensive, what are you comparing it with?",
      },
      {
        id: 'price-q2',
        principle: 'find_where_interest_went',
        email:
          "{firstName}, was there a part of what we'd include that didn't seem worth the money? I'd like to know where the value stopped adding up for you.",
        spoken: "Was there a part of it that didn't seem worth the money to you?",
      },
      {
        id: 'price-q3',
        principle: 'honesty',
        email:
          "{firstName}, is this about the budget not being there, or about not being sure it would pay off? They call for quite different conversations.",
        spoken: "Is it that the budget isn't there, or that you're not sure it'd pay off? Those are quite different.",
      },
      {
        id: 'price-q4',
        principle: 'ok_to_say_no',
        email:
          "{firstName}, if the numbers simply don't work for {company} this year, would you tell me? I'd rather know than try to force something that doesn't fit.",
        spoken: "If the numbers simply don't work this year, would you tell me? That's a perfectly fair answer.",
      },
    ],
    responses: [
      {
        id: 'price-r1',
        principle: 'honesty',
        email:
          "{firstName}, I'd rather not just drop the price; if the value isn't clear, a discount won't fix that. Could we look together at what this would actually change for {company}?",
        spoken: "I'd rather not just cut the price; if the value isn't clear, a discount won't fix it. Can we look at that together?",
      },
      {
        id: 'price-r2',
        principle: 'ok_to_say_no',
        email:
          "{firstName}, if the budget isn't there, that's a completely fair reason to say no, and I'd rather hear it now than later.",
        spoken: "If the budget just isn't there, that's a fair reason to say no, and I'd rather hear it now.",
      },
      {
        id: 'price-r3',
        principle: 'customer_focus',
        email:
          '{firstName}, setting the cost aside for a moment, which of the problems we discussed matters most to {company}? If we only solved that one, would it be worth it?',
        spoken: 'Setting cost aside, which problem matters most to you? If we only solved that one, would it be worth it?',
      },
      {
        id: 'price-r4',
        principle: 'advice_not_sponsorship',
        email:
          "{firstName}, I'm not asking you to commit to anything. What would you suggest I change so this fits the way {company} buys?",
        spoken: 'No commitment needed. What would you change so this fits the way your team buys?',
      },
    ],
    caveInCoaching:
      'Offering a discount straight away suggests the first price was not honest; ask what they are comparing it with before you touch the number.',
  },

  competitor: {
    category: 'competitor',
    coaching:
      'They already have something that works well enough; respect that choice, stay curious about what it does not do for them, and never run the other vendor down.',
    questions: [
      {
        id: 'competitor-q1',
        principle: 'customer_focus',
        email:
          "{firstName}, what do you like most about your current setup? I'd like to understand what's working before I suggest anything.",
        spoken: 'What do you like most about what you use today?',
      },
      {
        id: 'competitor-q2',
        principle: 'find_where_interest_went',
        email:
          '{firstName}, when you compared us with your current provider, where did we fall short for you? Knowing that would help me a lot.',
        spoken: 'When you compared us with what you have, where did we fall short?',
      },
      {
        id: 'competitor-q3',
        principle: 'ok_to_say_no',
        email:
          "{firstName}, if what you have today does the job well, is there any reason to look at alternatives at all? It's fine if the answer is no.",
        spoken: "If what you have does the job, is there any reason to look at alternatives? It's fine if not.",
      },
      {
        id: 'competitor-q4',
        principle: 'advice_not_sponsorship',
        email:
          '{firstName}, could I ask your advice: what would a new provider have to do better for a switch to be worth the hassle for {company}?',
        spoken: 'What would someone new have to do better to make switching worth the hassle for you?',
      },
    ],
    responses: [
      {
        id: 'competitor-r1',
        principle: 'ok_to_say_no',
        email:
          "{firstName}, if your current provider is serving {company} well, staying with them is a perfectly good decision, and I won't push you to switch.",
        spoken: "If they're serving you well, staying put is a good decision, and I won't push you to switch.",
      },
      {
        id: 'competitor-r2',
        principle: 'honesty',
        email:
          "{firstName}, they're a solid company and I won't pretend otherwise. The real differences between us are narrower than most pitches suggest, so I'd rather check whether they matter to you at all.",
        spoken: "They're a solid company. The real differences are narrow, so let's check whether they even matter to you.",
      },
      {
        id: 'competitor-r3',
        principle: 'customer_focus',
        email:
          "{firstName}, I recently asked a few customers who switched why they did it, and their reasons were about their own situation rather than our features. If any of that sounds like {company}, I'm happy to share what they told me.",
        spoken: 'I asked customers who switched why they did it. If their reasons sound like your situation, happy to share.',
      },
      {
        id: 'competitor-r4',
        principle: 'advice_not_sponsorship',
        email:
          "{firstName}, I'm not asking you to change anything. Would you tell me what we'd need to get right to even be worth comparing? That advice would help me a great deal.",
        spoken: "I'm not asking you to switch. What would we need to get right to be worth comparing at all?",
      },
    ],
    caveInCoaching:
      'Criticising the other vendor or rushing to match their price rarely helps; ask what they like about their current setup and what they would change.',
  },

  authority: {
    category: 'authority',
    coaching:
      'Someone else signs off, so help your contact look good inside their own organisation rather than trying to go around them.',
    questions: [
      {
        id: 'authority-q1',
        principle: 'customer_focus',
        email:
          '{firstName}, who else in {company} would care about this, and what would matter most to each of them?',
        spoken: 'Who else would care about this, and what would matter most to them?',
      },
      {
        id: 'authority-q2',
        principle: 'advice_not_sponsorship',
        email:
          "{firstName}, how would you advise me to put this to the person who decides, so it's useful to them and doesn't leave you in an awkward spot?",
        spoken: 'How would you advise me to put this to the person who decides, without leaving you in an awkward spot?',
      },
      {
        id: 'authority-q3',
        principle: 'find_where_interest_went',
        email:
          '{firstName}, when ideas like this have gone to them before, where have they usually got stuck?',
        spoken: 'When ideas like this have gone to them before, where did they usually get stuck?',
      },
      {
        id: 'authority-q4',
        principle: 'honesty',
        email:
          "{firstName}, setting the sign-off aside, what's your own view? If you don't think it's right for {company}, I'd rather hear that from you.",
        spoken: "Setting the sign-off aside, what's your own view? If you don't think it fits, I'd rather hear it from you.",
      },
    ],
    responses: [
      {
        id: 'authority-r1',
        principle: 'ok_to_say_no',
        email:
          "{firstName}, please don't feel you have to champion this. If you don't think it's worth taking forward, just say so and I'll respect that.",
        spoken: "You don't have to champion this. If it's not worth taking forward, just say so and I'll respect it.",
      },
      {
        id: 'authority-r2',
        principle: 'customer_focus',
        email:
          "{firstName}, would a short, plain summary you could forward be useful? I'd focus it on {company}'s goals rather than on us, and you're welcome to edit it however you like.",
        spoken: 'Would a short summary you can forward help? Focused on your goals, not on us, and yours to edit.',
      },
      {
        id: 'authority-r3',
        principle: 'advice_not_sponsorship',
        email:
          "{firstName}, I'm not asking you to sponsor anything. I'd simply value your advice on what the decision maker would need to see, so I don't waste their time.",
        spoken: "I'm not asking you to back this, just for your advice on what the decision maker would need to see.",
      },
      {
        id: 'authority-r4',
        principle: 'honesty',
        email:
          "{firstName}, to be upfront, I'd welcome the chance to speak with them directly, but only if you think it would help and you're part of the conversation.",
        spoken: "To be upfront, I'd welcome talking to them directly, but only if you think it helps and you're there too.",
      },
    ],
    caveInCoaching:
      'Asking to be passed to someone more senior, or simply waiting to hear back, leaves your contact on their own; ask how you can help them make the case, or whether they would rather not.',
  },

  complaint: {
    category: 'complaint',
    coaching:
      'They are upset for a reason: face it head on, take responsibility for your part, fix what you can, and thank them for making you better.',
    questions: [
      {
        id: 'complaint-q1',
        principle: 'face_it_take_it_fix_it',
        email:
          "{firstName}, I'm sorry this happened. So I get it right this time, could you walk me through what went wrong from your side?",
        spoken: "I'm sorry this happened. Could you walk me through what went wrong from your side?",
      },
      {
        id: 'complaint-q2',
        principle: 'customer_focus',
        email:
          '{firstName}, what would a good outcome look like for {company} from here? I want to aim at what matters to you, not at what is easiest for us.',
        spoken: 'What would a good outcome look like for you from here?',
      },
      {
        id: 'complaint-q3',
        principle: 'find_where_interest_went',
        email:
          "{firstName}, when did this start to go wrong for you? I'd like to find the moment we let you down so it doesn't happen again.",
        spoken: 'When did this start going wrong for you? I want to find where we let you down so it never happens again.',
      },
      {
        id: 'complaint-q4',
        principle: 'honesty',
        email:
          "{firstName}, is there anything else that's been bothering you that we haven't heard about yet? I'd rather know all of it now.",
        spoken: "Is there anything else that's been bothering you? I'd rather hear all of it now.",
      },
    ],
    responses: [
      {
        id: 'complaint-r1',
        principle: 'face_it_take_it_fix_it',
        email:
          "{firstName}, you're right to raise this, and I'm not going to make excuses. I'm taking ownership of it, and I'll come back to you with a concrete fix and a date you can hold me to.",
        spoken: "You're right to raise this, and I won't make excuses. I'll own it and come back with a fix and a date.",
      },
      {
        id: 'complaint-r2',
        principle: 'thank_the_tough_customer',
        email:
          "{firstName}, thank you for telling us this so plainly. It isn't comfortable to hear, but it makes us better, and other customers will benefit from it too.",
        spoken: "Thank you for being so direct. It's not comfortable, but it genuinely makes us better.",
      },
      {
        id: 'complaint-r3',
        principle: 'ok_to_say_no',
        email:
          "{firstName}, if you decide to move on after this, I'll understand and help make it as smooth as possible. I'd still like the chance to put it right first.",
        spoken: "If you decide to move on, I'll understand and make it smooth. I'd still like the chance to put it right first.",
      },
      {
        id: 'complaint-r4',
        principle: 'advice_not_sponsorship',
        email:
          "{firstName}, you've seen this from the inside. What would you advise us to change so that no other customer has to go through it?",
        spoken: "You've seen this from the inside. What would you advise us to change so no one else goes through it?",
      },
    ],
    caveInCoaching:
      'Explaining why it was not really our fault, or pointing at what the customer did, makes things worse; acknowledge the problem, own your part, say what you will fix, and thank them.',
  },

  skepticism: {
    category: 'skepticism',
    coaching:
      'Doubt is healthy; swap big promises for evidence they can check, be honest about the limits, and let them judge for themselves.',
    questions: [
      {
        id: 'skepticism-q1',
        principle: 'customer_focus',
        email:
          '{firstName}, what evidence would make you confident this works for {company}?',
        spoken: 'What evidence would make you confident this works for you?',
      },
      {
        id: 'skepticism-q2',
        principle: 'find_where_interest_went',
        email:
          "{firstName}, which part sounded too good to be true? I'd like to address that directly rather than repeat the pitch.",
        spoken: "Which part sounded too good to be true? I'd rather tackle that than repeat the pitch.",
      },
      {
        id: 'skepticism-q3',
        principle: 'honesty',
        email:
          "{firstName}, have you been let down by a promise like this before? If so, I'd like to hear what happened.",
        spoken: "Have you been burned by a promise like this before? I'd like to hear what happened.",
      },
      {
        id: 'skepticism-q4',
        principle: 'advice_not_sponsorship',
        email:
          "{firstName}, if you were checking out a vendor like us, how would you go about it? I'd rather follow your test than mine.",
        spoken: "If you were testing a vendor like us, how would you do it? I'd rather use your test than mine.",
      },
    ],
    responses: [
      {
        id: 'skepticism-r1',
        principle: 'honesty',
        email:
          "{firstName}, that's a fair challenge. I'll be clear about where this works well and where it doesn't, so you can judge for yourself.",
        spoken: "Fair challenge. I'll tell you where it works well and where it doesn't, and you can judge.",
      },
      {
        id: 'skepticism-r2',
        principle: 'customer_focus',
        email:
          "{firstName}, rather than take my word for it, would it help to speak with a customer in a situation like {company}'s? I'll stay out of that call so you can ask them anything.",
        spoken: "Rather than take my word for it, want to talk to a customer in a similar spot? I'll stay off the call.",
      },
      {
        id: 'skepticism-r3',
        principle: 'ok_to_say_no',
        email:
          "{firstName}, if the evidence doesn't convince you, then it's the wrong choice for {company}, and that's a perfectly good outcome.",
        spoken: "If the evidence doesn't convince you, then it isn't right for you, and that's a perfectly good outcome.",
      },
      {
        id: 'skepticism-r4',
        principle: 'advice_not_sponsorship',
        email:
          "{firstName}, I'm not asking you to believe anything yet. What would a fair, small test look like from your point of view?",
        spoken: "I'm not asking you to believe it yet. What would a fair, small test look like to you?",
      },
    ],
    caveInCoaching:
      'Piling on more claims usually deepens doubt; acknowledge the challenge and offer a way for them to check for themselves.',
  },
};
