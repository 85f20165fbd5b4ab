import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK } from '../playbook/default-playbook';
import { evaluateScorer, parsePracticeCorpus } from './evaluate';
import { scoreAnswer, sentences, type PracticePrincipleId } from './scorer';

const principle = (r: ReturnType<typeof scoreAnswer>, id: PracticePrincipleId) => r.principles.find((p) => p.id === id)!;

describe('scoreAnswer', () => {
  it('marks a good answer met, with the words that met each principle', () => {
    const answer = "Happy to. What would it need to answer for you? And if this isn't a priority, that's completely fine to say.";
    const r = scoreAnswer(answer, { category: 'info_brushoff', channel: 'caption' });
    const q = principle(r, 'customer_question');
    expect(q.met).toBe(true);
    expect(q.evidence.map((e) => e.text)).toEqual(['What would it need to answer for you?']);
    for (const e of [...q.evidence, ...principle(r, 'ok_to_say_no').evidence]) expect(answer.slice(e.start, e.end)).toBe(e.text);
    expect(principle(r, 'ok_to_say_no').met).toBe(true);
    expect(principle(r, 'no_pressure').met).toBe(true);
    expect(principle(r, 'concise').met).toBe(true);
    expect(principle(r, 'acknowledge_problem').applies).toBe(false);
    expect(principle(r, 'advice_not_commitment').met).toBe(false);
    expect(r.score).toBe(80);
  });

  it('flags pressure language with the words, but not softened phrases', () => {
    const r = scoreAnswer('Act now: this is a limited time offer and you need to sign today. Last chance!', { category: 'price', channel: 'caption' });
    const p = principle(r, 'no_pressure');
    expect(p.met).toBe(false);
    expect(p.against.map((a) => a.text.toLowerCase())).toEqual(expect.arrayContaining(['act now', 'limited time', 'you need to', 'last chance']));
    expect(principle(scoreAnswer('Take what time you need to think. If you need to check with anyone, that is fine.', { category: 'stall', channel: 'caption' }), 'no_pressure').met).toBe(true);
    expect(principle(scoreAnswer('Today only, 20% off.', { category: 'price', channel: 'caption' }), 'no_pressure').against[0]!.text).toBe('Today only');
  });

  it('wants advice, not a commitment', () => {
    expect(principle(scoreAnswer('Could I ask your advice on what I left out?', { category: 'stall', channel: 'caption' }), 'advice_not_commitment').met).toBe(true);
    const pushy = principle(scoreAnswer('What would you suggest? Also, can we book a demo this week?', { category: 'stall', channel: 'caption' }), 'advice_not_commitment');
    expect(pushy.met).toBe(false);
    expect(pushy.against[0]!.text).toMatch(/book a demo/);
  });

  it('scores acknowledging the problem for complaints and skepticism, and catches ducking', () => {
    const good = scoreAnswer("I'm sorry, that's on us. What went wrong from your side?", { category: 'complaint', channel: 'caption' });
    expect(principle(good, 'acknowledge_problem')).toMatchObject({ applies: true, met: true });
    expect(principle(good, 'acknowledge_problem').evidence.map((e) => e.text)).toEqual(["I'm sorry", "that's on us"]);
    const duck = scoreAnswer("Sorry, but that's not our fault: company policy.", { category: 'complaint', channel: 'caption' });
    expect(principle(duck, 'acknowledge_problem').met).toBe(false);
    expect(principle(duck, 'acknowledge_problem').against.map((a) => a.text)).toEqual(expect.arrayContaining(["not our fault"]));
    expect(principle(scoreAnswer('That is healthy skepticism.', { category: 'skepticism', channel: 'caption' }), 'acknowledge_problem').met).toBe(true);
  });

  it('counts words against the channel limit', () => {
    const long = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    expect(principle(scoreAnswer(long, { category: 'stall', channel: 'caption' }), 'concise')).toMatchObject({ met: false });
    expect(principle(scoreAnswer(long, { category: 'stall', channel: 'caption' }), 'concise').against[0]!.text.startsWith('word80')).toBe(true);
    expect(principle(scoreAnswer(long, { category: 'stall', channel: 'email' }), 'concise').met).toBe(true);
  });

  it('gives nothing for an empty answer, and handles curly quotes with exact offsets', () => {
    const empty = scoreAnswer('   ', { category: 'stall', channel: 'caption' });
    expect(empty.score).toBe(0);
    expect(empty.principles.every((p) => !p.met)).toBe(true);
    const curly = 'I’m sorry. That’s on us — what’s gone wrong for you?';
    const r = scoreAnswer(curly, { category: 'complaint', channel: 'caption' });
    for (const e of principle(r, 'acknowledge_problem').evidence) expect(curly.slice(e.start, e.end)).toBe(e.text);
    expect(principle(r, 'acknowledge_problem').evidence[0]!.text).toBe('I’m sorry');
  });

  it('splits sentences with offsets', () => {
    expect(sentences('One. Two?\nThree')).toEqual([
      { start: 0, end: 4, text: 'One.' },
      { start: 5, end: 9, text: 'Two?' },
      { start: 10, end: 15, text: 'Three' },
    ]);
  });

  it('never reports pressure in the built-in playbook, and finds a question in every built-in question', () => {
    for (const entry of Object.values(DEFAULT_PLAYBOOK)) {
      for (const line of [...entry.questions, ...entry.responses]) {
        const r = scoreAnswer(line.spoken, { category: entry.category, channel: 'caption' });
        expect(principle(r, 'no_pressure').met, line.id).toBe(true);
        expect(principle(r, 'concise').met, line.id).toBe(true);
      }
      for (const line of entry.questions) expect(line.spoken.includes('?'), line.id).toBe(true);
    }
  });
});

describe('the labelled practice corpus', () => {
  const lines = parsePracticeCorpus(readFileSync(resolve(import.meta.dirname, '../../corpus/practice-answers.jsonl'), 'utf8'));
  it('has at least 60 answers across every category, good and weak', () => {
    expect(lines.length).toBeGreaterThanOrEqual(60);
    expect(new Set(lines.map((l) => l.category)).size).toBe(8);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    const scores = lines.map((l) => scoreAnswer(l.answer, { category: l.category, channel: l.channel }).score);
    expect(scores.some((s) => s >= 80)).toBe(true);
    expect(scores.some((s) => s <= 40)).toBe(true);
  });
  it('keeps precision and recall per principle from slipping', () => {
    for (const r of evaluateScorer(lines)) {
      expect(r.precision, r.id).toBeGreaterThanOrEqual(0.8);
      expect(r.recall, r.id).toBeGreaterThanOrEqual(0.8);
    }
  });
});
