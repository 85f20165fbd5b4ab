import { describe, expect, it } from 'vitest';
import type { StoryRecord } from '../storage/db';
import { talkingPointsFor } from './stories';

const story = (o: Partial<StoryRecord> & { id: string }): StoryRecord => ({ title: '', text: 'They bought.', categories: ['price'], shareable: false, createdAt: 1, updatedAt: 1, ...o });

describe('talkingPointsFor', () => {
  const stories = [
    story({ id: 'old-price', title: 'Acme', text: 'Acme bought once the pilot paid for itself. Then acme renewed.', categories: ['price'], shareable: false, updatedAt: 1 }),
    story({ id: 'new-price', title: 'Globex', text: 'Globex compared three vendors.', categories: ['price', 'competitor'], shareable: true, updatedAt: 5 }),
    story({ id: 'stall', title: 'Initech', text: 'Initech waited a quarter, then bought.', categories: ['stall'], shareable: true, updatedAt: 9 }),
  ];

  it('offers stories tagged with any of the categories, primary category first, newest first', () => {
    expect(talkingPointsFor(stories, ['price']).map((p) => p.storyId)).toEqual(['new-price', 'old-price']);
    expect(talkingPointsFor(stories, ['stall', 'price'], 3).map((p) => p.storyId)).toEqual(['stall', 'new-price', 'old-price']);
    expect(talkingPointsFor(stories, ['complaint'])).toEqual([]);
    expect(talkingPointsFor(stories, [])).toEqual([]);
  });

  it("names the customer only when the story is shareable, and takes the name out of an unshareable story's words", () => {
    const [shared, kept] = talkingPointsFor(stories, ['price']);
    expect(shared).toEqual({ storyId: 'new-price', customer: 'Globex', text: 'Globex compared three vendors.' });
    expect(kept).toEqual({ storyId: 'old-price', customer: null, text: 'A customer bought once the pilot paid for itself. Then a customer renewed.' });
  });

  it('takes out the capitalised words of a longer title too, so a private customer is never named', () => {
    const [p] = talkingPointsFor([story({ id: 'x', title: 'Initech pilot 2024', text: 'Initech stalled for a quarter. Then the Initech team bought; the pilot paid off.' })], ['price']);
    expect(p!.text).toBe('A customer stalled for a quarter. Then the a customer team bought; the pilot paid off.');
    const [q] = talkingPointsFor([story({ id: 'y', title: 'Acme Freight (Leeds)', text: 'Acme Freight renewed, and Acme expanded.' })], ['price']);
    expect(q!.text).toBe('A customer renewed, and a customer expanded.');
  });

  it('treats the name as text, not a pattern', () => {
    const [p] = talkingPointsFor([story({ id: 'x', title: 'A.B (UK)', text: 'A.B (UK) liked it; AxB did not.' })], ['price']);
    expect(p!.text).toBe('A customer liked it; AxB did not.');
  });
});
