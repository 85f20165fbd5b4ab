import { describe, expect, it } from 'vitest';
import { getDefaultDetector } from '../index';
import type { Channel } from '../types';

const detector = getDefaultDetector();
const categoriesOf = (text: string, channel: Channel) => detector.analyze(text, { channel }).categories;

// Our own paraphrases, written for these tests (none taken from a corpus).
const POSITIVES: [Channel, string][] = [
  // Reading, browsing or googling alone, later.
  ['caption', 'i will probably just have a look at your website over the weekend'],
  ['caption', 'yeah ill look you up online later mate'],
  ['email', "I'll have a browse of your site tonight and see what's what."],
  ['caption', "we'll just google your company after this"],
  ['caption', 'i might have a nose around when things calm down'],
  ['email', 'Noted your details. We will go through them and revert if there is anything.'],
  ['email', 'The committee shall review the documents and get back to you in due course.'],
  ['caption', 'send whatever you have and we will have a read when i get a chance'],
  ['email', 'Happy to get a brochure, but that is as far as it goes for now.'],
  // Paper by post, attachments, soft copies.
  ['email', 'A leaflet through the post would be easier for me than a video call.'],
  ['caption', 'can you post us a catalogue or something'],
  ['email', 'Please share the product specifications as a soft copy at your earliest convenience.'],
  ['email', 'Could you just attach a short overview to your reply?'],
  ['email', 'Kindly forward your company profile and brochure to the undersigned.'],
  ['caption', 'got a video walkthrough or something you can link me to'],
  ['email', 'Can you write up a brief summary of the pricing tiers? I would rather not hop on a call.'],
  ['caption', 'just flick the deck through to reception and i will pass it round'],
  ['email', 'If anything jumps out I will reply.'],
  // Preferring the written word.
  ['caption', 'honestly im more of a reading person'],
  ['email', "I'm not really a phone person, so just bung it on an email."],
  ['caption', 'can you point me at your docs'],
  ['caption', 'where could i find out more'],
  ['caption', "i'll take one of your leaflets and have a think"],
  ['caption', 'ill do a bit of digging myself'],
  // Formal and Indian English requests, and deciding whether a call is worth it.
  ['email', 'Kindly mail across your product catalogue for our perusal.'],
  ['email', 'Do send a mail with the brochure, I will go through it and revert.'],
  ['email', 'I would want to see the details in writing first.'],
  ['caption', 'could i just grab a pdf or something'],
  ['email', "I'll read your literature first and decide whether a call is worth it."],
  ['caption', 'just leave a flyer at the front desk'],
  ['email', "Email works best for me, I don't really take sales calls."],
  ['caption', 'ping me an email with the details yeah'],
  ['email', "I'd need something in writing that I could pass to the partners."],
  ['email', 'I would prefer a summary setting out the main options.'],
  // Round 2: terse, non-native and regional ways of saying it.
  ["caption", "just write it all down and send it over, I'll get to it"],
  ["email", "fling whatever brochures you've got my way and I'll take a look"],
  ["caption", "honestly mate, whack the details in an email, I'm not doing a demo"],
  ["email", "you're welcome to post a brochure to the practice, the manager reads the post on Fridays"],
  ["caption", "can you lay it out in writing first, I don't want a sales call"],
  ["email", "I'll have a poke around your site over the weekend"],
  ["caption", "flick over whatever deck or one-pager you have and I'll go through it at my end"],
  ["caption", "can't you just email it over, I'm between patients"],
  ["email", "could you not just bung it all in an email"],
  ["caption", "we'll keep your literature on file"],
  ["email", "i'll stick your brochure in the file and see"],
];

// Look-alikes: live-deal logistics, recaps of an agreement, the customer's own paperwork, buying signals.
const LOOK_ALIKES: [Channel, string][] = [
  ['caption', 'can you resend the link again i cannot get into the meeting'],
  ['caption', 'the teams link keeps dropping me out'],
  ['email', 'Please send a short recap of everything we agreed on pricing for the board pack.'],
  ['email', 'I am writing to put my concerns on record about the late delivery.'],
  ['email', 'Can you send over the order form so we can get started on Monday?'],
  ['email', 'I have been asked to put together a summary of our vendor renewals for the board.'],
  ['caption', 'we looked at your website last month and that is why i called'],
  ['caption', 'the kickoff notes went out this morning'],
  ['email', 'Our auditors need the SOC 2 report, please email it across.'],
  ['caption', 'send me the contract and we will sign this week'],
  ['email', 'Please send the statement of work so we can kick off.'],
  ['caption', 'what time is the session tomorrow'],
  ['email', 'I posted the signed agreement back to you yesterday.'],
  ['caption', 'we have been reading about you for months and want to roll it out now'],
  ['email', 'Thanks for sending the deck over, the board loved it and wants to go ahead.'],
  ['caption', 'can you send me the login details for the trial we started'],
  ['caption', 'he is more of a numbers person than me'],
  ['caption', 'could you point me to the meeting room'],
  ['email', 'Where can I find the invoice you sent last week?'],
  ['caption', 'could you flick me the deck you just presented so the team has it'],
  ['email', 'Please send the API documentation so our engineers can start the integration.'],
  ['email', 'Could you email me the reference letter? I need it on file before we sign.'],
  ['email', 'Please send the admin guide to our IT manager, who sets accounts up once we buy.'],
  ['caption', 'can you send me some info on the bigger plan we are looking to upgrade'],
  ['email', 'Please send the signed contract across for our records and we will countersign.'],
  ['caption', 'can i get the invoice first so finance can pay it'],
  ['caption', 'could you send a brochure for my director who is keen to get started'],
  ['email', 'Do you have an overview of the security setup for our IT manager?'],
  // Round 2: reading before the call, jokes taken back, reported words, verdicts on one part, internal lists.
  ["caption", "could you pop the dial-in details in an email for the team"],
  ["email", "can you write up the action items and email them round to everyone"],
  ["caption", "feel free to send the signed contract back whenever suits"],
  ["email", "they promised they would send the brochure last month and nothing came"],
  ["caption", "I'll have a browse of your site before Thursday's call so I've got questions ready"],
  ["email", "I'll check your pricing page and then pick a plan for the team"],
  ["caption", "send me the brochure, only joking, I've read it twice already"],
  ["email", "can you confirm in writing that the discount carries over next year"],
  ["caption", "we're signing either way, just put the start date in writing for finance"],
  ["email", "leave the samples with reception and we'll start the trial on Monday"],
  ["caption", "please put the revised quote in an email so I can raise a PO today"],
  ["email", "drop me a text with your ETA, the gate code is 4412"],
  ["caption", "the new starters could do with a printed brochure for the induction pack"],
  ["email", "we're welcome to send feedback on the beta through the portal"],
  ["caption", "shoot me the login link again, the old one expired"],
  ["email", "yeah I'll send the link over in the chat now"],
  ["caption", "drop me an email with a time that works for the demo"],
  ["email", "our last vendor said they'd send info and never did"],
  ["caption", "customers often say just send me information"],
  ["email", "i'll have a look at your site and book the demo"],
  ["caption", "I'll check out your pricing page tonight and come back with seat numbers"],
  ["email", "put it in an email and I'll forward it to accounts so they can pay"],
  // Round 2: thanks for a fix, small talk, no to the other vendor, material for a keen boss.
  ["caption", "could you put together a short summary for my director so she can approve the spend"],
  ["email", "can I get a recording of the demo to show my boss, he's keen"],
  ["caption", "do you have a brochure for the conference stand, we're showcasing your product"],
  ["email", "please share your company profile for vendor onboarding, we've approved the PO"],
  ["caption", "send me a summary of what we agreed on the call"],
  ["email", "i'll read the terms tonight and sign tomorrow"],
  ["caption", "I'm not after a brochure, I want a trial"],
  ["email", "email me the quote and I'll get it signed this week"],
  ["caption", "send me your bank details for the payment"],
  ["email", "send me the slides from your talk, our team loved it"],
  ["caption", "can you not send it over until we sign the NDA"],
  ["email", "we'll keep the signed order form on file for the audit"],
  ["caption", "\"send me some information\" is often code for no"],
  ["email", "we ended up with no interest from the other bidders so it's yours"],
  // Round 2: material about the account we already run (a ticket, a payment, the recording) or to order, budget or add a site.
  ["caption", "send me the link to the recording when it's ready"],
  ["email", "send over the details for the venue and I'll book the train"],
  ["caption", "send me your profile photo for the conference badge"],
  ["email", "could you send me the pricing for the enterprise plan, we want to budget for it"],
  ["caption", "can you email me the summary of the changes you made to our account"],
  ["email", "please forward the details of the outage to our IT team"],
  ["caption", "send me the specs for the new server so I can order it"],
  ["email", "send the documentation for the API changes to our dev lead"],
  ["caption", "send me a download link for the update"],
  ["email", "share the case study with your marketing team, we're happy to be named"],
  ["caption", "can you send us some more of the stickers, the team loves them"],
  ["email", "send me the spreadsheet you mentioned with the route times"],
  ["caption", "please send the information requested by our auditors"],
  ["email", "send me a summary of the ticket so I can escalate it internally"],
  ["caption", "email me the tracking link please"],
  ["email", "can you send the materials for Thursday's training"],
  ["caption", "we need the product information sheet for our compliance file before go-live"],
  ["email", "send me the info for the wire transfer"],
  ["caption", "please send more info about the referral programme, I have three friends who want it"],
  ["email", "can you send me some info about adding the Spanish office to our contract"],
  ["caption", "send me the details of your support escalation path"],
];

describe('info_brushoff: our own paraphrases', () => {
  it.each(POSITIVES)('fires on (%s) %s', (channel, text) => {
    expect(categoriesOf(text, channel)).toContain('info_brushoff');
  });
});

describe('info_brushoff: look-alikes', () => {
  it.each(LOOK_ALIKES)('stays quiet on (%s) %s', (channel, text) => {
    expect(categoriesOf(text, channel)).not.toContain('info_brushoff');
  });
});
