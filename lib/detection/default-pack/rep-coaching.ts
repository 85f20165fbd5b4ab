import type { TriggerDef } from '../types';
import { MATERIAL, TIME } from './vocabulary';

/** The rep's own words caving in to a brush-off: coached, never counted as the customer's moment. */
export const REP_COACHING: TriggerDef[] = [
  {
    id: 'rep.caves-info',
    category: 'info_brushoff',
    speakers: 'rep',
    patterns: [
      `(sure|of course|absolutely|happy to|no problem|will do|certainly|definitely|ok|okay|no worries)? (i|we) (will|\'ll|can|would be happy to|\'d be happy to|am happy to|\'m happy to|are happy to|\'re happy to) (send|email|forward|shoot|drop|pass along|get) (you|over|along|across)? (you|over)? (some|a|an|the|our|my|more|a few)? (more)? ${MATERIAL}`,
      `(here is|here are|here\'s|attached is|attached are|i\'ve attached|i have attached|please find attached|attaching) (some|a|an|the|our|my|more)? (more)? ${MATERIAL}`,
    ],
    unless: ['@logistics', '@buying_signal'],
    note: 'The rep is about to cave in to an info brush-off; coach a question instead.',
  },
  {
    id: 'rep.caves-price',
    category: 'price',
    speakers: 'rep',
    patterns: [
      '(i|we) (can|could|will|\'ll|would|are happy to|\'re happy to|am happy to) (give|offer|do|knock|take|throw in|drop|discount|lower|cut|reduce|match) (you|the price|our price|it|a|an|#Value|some|that)? (a|an|#Value)? (discount|off|percent|%|lower|cheaper|for less|price|down|free)',
      '(special|best|extra|additional|exclusive|one-time|limited) (discount|deal|price|offer)',
    ],
    note: 'Discounting before understanding the objection.',
  },
  {
    id: 'rep.caves-stall',
    category: 'stall',
    speakers: 'rep',
    patterns: [
      '(no worries|no problem|totally understand|i understand|of course|sure|understood|makes sense)? (i|we) (will|\'ll) (check back|circle back|follow up|reach out|touch base|try you|call you|ping you) (again)? (in|next|after|later in|at the end of) (a|the|a few|a couple of)? ' + TIME,
    ],
    note: 'Accepting the stall without asking what would change by then.',
  },
];
