import type { BuiltInCategoryId } from '../detection/taxonomy';

/** Customer lines to practise on for categories the rep has not met yet (written for Truth Serum). */
export const EXAMPLE_LINES: Record<BuiltInCategoryId, string[]> = {
  info_brushoff: [
    'Look, could you just pop something over by email and I will have a read when things calm down?',
    'Have you got a deck or a one-pager? Send that across and we can take it from there.',
    'Just put the details in writing for me, I will pass them around.',
  ],
  not_interested: [
    "Honestly, this isn't something we're looking at. Thanks, but no.",
    "We're fine as we are, I don't see us needing this.",
    'I appreciate the call but it is not for us.',
  ],
  stall: [
    "Let's pick this up again after the budget round, maybe in the new year.",
    'I need to mull it over with the team. Ping me in a few weeks?',
    'Timing is bad, we have a reorganisation going on. Circle back next quarter.',
  ],
  price: [
    "That's a lot more than we had pencilled in for this.",
    'The other quote we have is about half of yours.',
    "I like it, but I can't justify that number to finance.",
  ],
  competitor: [
    "We signed with another provider last spring and they're doing fine.",
    'Our IT team built something in-house that covers most of this.',
    "We've used the same vendor for eight years, switching would be a big deal.",
  ],
  authority: [
    "This would have to go through our head of operations, it's not my call.",
    'I can take it to the steering group but I have no say in the outcome.',
    "Procurement runs every purchase over a certain size, so you'd need to talk to them.",
  ],
  complaint: [
    "This is the second invoice in a row that's wrong and nobody has called me back.",
    "Your rollout broke our reporting for a week. I'm seriously thinking about cancelling.",
    "I've explained this problem three times to three different people.",
  ],
  skepticism: [
    "Every vendor tells me they'll cut costs by thirty percent. Why would you be different?",
    "Those case studies look hand-picked. I'd want to see it with our own data.",
    "I've been burned by tools that promised this before.",
  ],
};
