// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeMoment } from '@/lib/storage/test-moments';
import type { Suggestion } from '@/lib/playbook/fill';
import type { StoryRecord } from '@/lib/storage/db';
import { MomentCard } from './MomentCard';
import { CustomizationsContext, customizationsFrom } from './customizations';
import { EMPTY_STORE } from '@/lib/triggers/store';
import { DEFAULT_PLAYBOOK } from '@/lib/playbook/default-playbook';

afterEach(cleanup);

const evil = '<img src=x onerror="window.pwned=1"><b>bold</b> could you send me some information?';
const start = evil.indexOf('send me some information');
const moment = fakeMoment({
  id: 'gmail:c1:u1',
  text: evil,
  detections: [{ category: 'info_brushoff', trigger: 'send-info', start, end: start + 'send me some information'.length, text: 'send me some information', speakers: 'customer' }],
  conversationTitle: '<script>alert(1)</script>',
  composeKey: 'k1',
});

function renderCard(props: Partial<Parameters<typeof MomentCard>[0]> = {}) {
  const actions = { onCopy: vi.fn(async (_s: Suggestion) => undefined), onInsert: vi.fn(async (_s: Suggestion) => ({ ok: true })) };
  const onFeedback = vi.fn();
  const utils = render(<MomentCard moment={moment} expanded actions={actions} onFeedback={onFeedback} {...props} />);
  return { ...utils, actions, onFeedback };
}

describe('MomentCard', () => {
  it('keeps the data attributes the e2e tests and panel rely on', () => {
    renderCard();
    const card = screen.getByTestId('moment');
    expect(card.getAttribute('data-category')).toBe('info_brushoff');
    expect(card.getAttribute('data-source')).toBe('gmail');
    expect(card.getAttribute('data-kind')).toBe('email');
  });

  it('renders page text and the highlight as text, never as HTML', () => {
    const { container } = renderCard();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('.quote b')).toBeNull();
    expect(screen.getByText('send me some information', { selector: 'mark' })).toBeTruthy();
    expect(container.querySelector('.quote')?.textContent).toContain('<img src=x onerror="window.pwned=1">');
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('offers Copy and Insert per suggestion, and reports the outcome', async () => {
    const { actions } = renderCard();
    const first = screen.getAllByTestId('suggestion')[0]!;
    fireEvent.click(within(first).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(within(first).getByRole('status').textContent).toBe('Copied'));
    expect(actions.onCopy).toHaveBeenCalledTimes(1);
    fireEvent.click(within(first).getByRole('button', { name: 'Insert' }));
    await waitFor(() => expect(within(first).getByRole('status').textContent).toBe('Inserted into your draft'));
    expect(actions.onInsert.mock.calls[0]![0].text).toBe(within(first).getByText(/./, { selector: 'p' }).textContent);
  });

  it("shows the rep's own responses for the category instead of the built-in ones", () => {
    const store = { ...EMPTY_STORE, responses: { info_brushoff: [{ id: 'mine', email: 'What would you do with it once it lands?', spoken: 'x' }] } };
    render(
      <CustomizationsContext.Provider value={customizationsFrom(store, null)}>
        <MomentCard moment={moment} expanded actions={{ onCopy: async () => undefined }} onFeedback={() => undefined} />
      </CustomizationsContext.Provider>,
    );
    const texts = screen.getAllByTestId('suggestion').map((el) => el.textContent ?? '');
    expect(texts.some((t) => t.includes('What would you do with it once it lands?'))).toBe(true);
    expect(texts.some((t) => t.includes(DEFAULT_PLAYBOOK.info_brushoff.responses[0]!.email.slice(0, 20)))).toBe(false);
  });

  it("names a custom category by the rep's name for it, in its colour", () => {
    const legal = fakeMoment({ id: 'gmail:c1:u2', text: 'legal has to review', categories: ['legal_review'], detections: [{ category: 'legal_review', trigger: 'custom.legal', start: 0, end: 5, text: 'legal', speakers: 'customer' }] });
    const store = { ...EMPTY_STORE, categories: [{ id: 'legal_review', label: 'Legal review', colour: '#123456' }] };
    render(
      <CustomizationsContext.Provider value={customizationsFrom(store, null)}>
        <MomentCard moment={legal} expanded actions={{ onCopy: async () => undefined }} onFeedback={() => undefined} />
      </CustomizationsContext.Provider>,
    );
    const name = screen.getByText('Legal review');
    expect(name.className).toContain('category');
    expect(name.style.borderColor).toBe('#123456');
  });

  it('has no Insert button without a draft to write into', () => {
    render(<MomentCard moment={moment} expanded actions={{ onCopy: async () => undefined }} onFeedback={() => undefined} />);
    expect(screen.queryAllByRole('button', { name: 'Insert' })).toHaveLength(0);
    expect(screen.getAllByRole('button', { name: 'Copy' }).length).toBeGreaterThan(0);
  });

  it('marks the used suggestion', () => {
    renderCard();
    const id = screen.getAllByTestId('suggestion')[1]!.getAttribute('data-suggestion-id')!;
    cleanup();
    renderCard({ moment: { ...moment, usedSuggestionId: id } });
    const used = screen.getAllByTestId('suggestion').filter((li) => li.getAttribute('data-used') === 'true');
    expect(used.map((li) => li.getAttribute('data-suggestion-id'))).toEqual([id]);
    expect(within(used[0]!).getByTestId('used-mark').textContent).toBe('Used');
  });

  it('sends Helpful / Not this and shows which is pressed', () => {
    const { onFeedback } = renderCard({ moment: { ...moment, feedback: 'not_this' } });
    expect(screen.getByRole('button', { name: 'Not this' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Helpful' }));
    expect(onFeedback).toHaveBeenCalledWith('helpful');
  });

  it('folds a repeat as "again", with a toggle to open it', () => {
    const onToggle = vi.fn();
    renderCard({ expanded: false, again: true, onToggle });
    const card = screen.getByTestId('moment');
    expect(card.getAttribute('data-again')).toBe('true');
    expect(screen.getByTestId('again').textContent).toBe('again');
    expect(card.querySelector('.quote')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(onToggle).toHaveBeenCalled();
  });

  it('offers customer stories for its categories as talking points, naming the customer only when shareable', async () => {
    const stories: StoryRecord[] = [
      { id: 's-open', title: 'Globex', text: 'They read our one-pager, then asked for a call.', categories: ['info_brushoff'], shareable: true, createdAt: 1, updatedAt: 2 },
      { id: 's-private', title: 'Initech', text: 'Initech wanted the numbers first.', categories: ['info_brushoff', 'price'], shareable: false, createdAt: 1, updatedAt: 1 },
      { id: 's-other', title: 'Umbrella', text: 'Price came up late.', categories: ['price'], shareable: true, createdAt: 1, updatedAt: 3 },
    ];
    const onCopyStory = vi.fn(async (_text: string) => undefined);
    renderCard({ stories, onCopyStory });
    const points = screen.getAllByTestId('story-point');
    expect(points.map((p) => p.getAttribute('data-story-id'))).toEqual(['s-open', 's-private']);
    expect(within(points[0]!).getByText('Globex')).toBeTruthy();
    expect(points[1]!.textContent).not.toContain('Initech');
    expect(within(points[1]!).getByText('A customer wanted the numbers first.')).toBeTruthy();
    fireEvent.click(within(points[1]!).getByRole('button', { name: 'Copy story' }));
    await waitFor(() => expect(within(points[1]!).getByRole('status').textContent).toBe('Copied'));
    expect(onCopyStory).toHaveBeenCalledWith('A customer wanted the numbers first.');
    fireEvent.click(within(points[0]!).getByRole('button', { name: 'Copy story' }));
    expect(onCopyStory).toHaveBeenLastCalledWith('Globex: They read our one-pager, then asked for a call.');
  });

  it('shows no story section without a matching story', () => {
    renderCard({ stories: [{ id: 's', title: 'X', text: 'Price.', categories: ['price'], shareable: true, createdAt: 1, updatedAt: 1 }] });
    expect(screen.queryAllByTestId('story-point')).toHaveLength(0);
    expect(screen.queryByRole('region', { name: 'A customer story' })).toBeNull();
  });
});
