import type { MomentRecord } from './db';

/** A plausible moment for tests; override what a test is about. */
export function fakeMoment(overrides: Partial<MomentRecord> & { id: string }): MomentRecord {
  return {
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    source: 'gmail',
    kind: 'email',
    conversationId: 'conv-1',
    conversationTitle: 'Re: Pilot',
    role: 'customer',
    speaker: 'Dana Ortiz',
    speakerEmail: 'Dana.Ortiz@Contoso.example',
    text: 'Could you just send me some information?',
    categories: ['info_brushoff'],
    detections: [{ category: 'info_brushoff', trigger: 'send-info', start: 15, end: 39, text: 'send me some information', speakers: 'customer' }],
    tabId: null,
    composeKey: null,
    seen: 0,
    feedback: null,
    usedSuggestionId: null,
    ...overrides,
  };
}
