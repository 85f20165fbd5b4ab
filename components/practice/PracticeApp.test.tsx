// @vitest-environment happy-dom
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TruthSerumDB } from '@/lib/storage/db';
import { fakeMoment } from '@/lib/storage/test-moments';
import { PracticeApp } from './PracticeApp';

const names: string[] = [];
afterEach(async () => {
  cleanup();
  for (const name of names.splice(0)) await Dexie.delete(name);
});
const freshDb = () => {
  const name = `practice-app-${Date.now()}-${Math.random()}`;
  names.push(name);
  return new TruthSerumDB(name);
};

describe('PracticeApp', () => {
  it('runs a drill from history, shows the verdicts as text and counts the attempt', async () => {
    const db = freshDb();
    await db.moments.put(fakeMoment({ id: 'm1', text: 'Could you just send me some information? <img src=x onerror=alert(1)>' }));
    render(<PracticeApp db={db} />);
    await screen.findByText(/1 drills come from your own conversations/);
    fireEvent.click(screen.getByLabelText(/Choose categories/));
    fireEvent.click(within(screen.getByRole('group', { name: 'Categories' })).getByLabelText('"Send me some information"'));
    fireEvent.click(screen.getByRole('button', { name: 'Start round' }));
    const drill = await screen.findByTestId('drill');
    expect(within(drill).getByText('send me some information').tagName).toBe('MARK');
    const answer = '<b>Happy to.</b> What would it need to answer for you? If it is not a fit, that is fine.';
    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: answer } });
    fireEvent.click(screen.getByRole('button', { name: 'Score my answer' }));
    const result = await screen.findByTestId('practice-result');
    const q = result.querySelector('[data-principle="customer_question"]')!;
    expect(q.getAttribute('data-state')).toBe('met');
    expect(q.querySelector('mark')!.textContent).toBe('What would it need to answer for you?');
    expect(result.querySelector('b')).toBeNull();
    expect(within(screen.getByTestId('model-answers')).getAllByRole('listitem').length).toBeGreaterThan(3);
    await waitFor(async () => expect(await db.practiceAttempts.count()).toBe(1));
    await waitFor(() => expect(screen.getByTestId('progress-attempts').textContent).toBe('1'));
    expect(screen.queryByRole('button', { name: 'Answer aloud' })).toBeNull();
    db.close();
  });

  it('shows the microphone only where speech recognition exists', async () => {
    const db = freshDb();
    (globalThis as Record<string, unknown>).webkitSpeechRecognition = class {
      start() {}
      stop() {}
    };
    try {
      render(<PracticeApp db={db} />);
      await screen.findByText(/drills come from your own conversations/);
      fireEvent.click(screen.getByRole('button', { name: 'Start round' }));
      expect(await screen.findByRole('button', { name: 'Answer aloud' })).toBeTruthy();
    } finally {
      delete (globalThis as Record<string, unknown>).webkitSpeechRecognition;
      db.close();
    }
  });
});
