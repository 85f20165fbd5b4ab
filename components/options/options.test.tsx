// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_STORE, loadTriggerStore, saveTriggerStore } from '@/lib/triggers/store';
import { getSettings } from '@/lib/settings/settings';
import { TriggerForm } from './TriggerForm';
import { TestBench } from './TestBench';
import { OptionsApp } from './OptionsApp';
import { categoryIdFrom, triggerFromValues, validateTriggerForm, valuesFromTrigger } from './form-model';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

describe('trigger form model', () => {
  const ctx = { categories: [], setNames: ['buying_signal'] };
  it('names the field and line of each problem', () => {
    const errors = validateTriggerForm({ ...valuesFromTrigger(null), phrases: 'fine phrase\nsend (me', patterns: '#Nuon x', unless: '@nope' }, ctx);
    expect(errors.phrases).toMatch(/^Line 2 \("send \(me"\): Phrases are plain words/);
    expect(errors.patterns).toMatch(/^Line 1: #Nuon is not a tag/);
    expect(errors.unless).toMatch(/no set called @nope/);
  });
  it('needs something to listen for, and a named new category', () => {
    const errors = validateTriggerForm({ ...valuesFromTrigger(null), newCategory: { label: ' ', colour: 'red' } }, ctx);
    expect(errors).toMatchObject({ phrases: expect.stringMatching(/at least one phrase/), newCategoryLabel: expect.any(String), newCategoryColour: expect.any(String) });
    expect(validateTriggerForm({ ...valuesFromTrigger(null), newCategory: { label: 'Stall', colour: '#123456' }, phrases: 'x' }, ctx).newCategoryLabel).toMatch(/already a category/);
  });
  it('builds a trigger and a new category', () => {
    expect(categoryIdFrom('Renewal risk!')).toBe('renewal_risk');
    const { trigger, category } = triggerFromValues('custom.x', { ...valuesFromTrigger(null), phrases: ' kick the can \n\n', newCategory: { label: 'Renewal risk', colour: '#112233' }, sources: ['gmail'] }, null);
    expect(trigger).toEqual({ id: 'custom.x', category: 'renewal_risk', phrases: ['kick the can'], sources: ['gmail'] });
    expect(category).toEqual({ id: 'renewal_risk', label: 'Renewal risk', colour: '#112233' });
  });
});

describe('TriggerForm', () => {
  it('shows each error on its field with aria-invalid and aria-describedby, and saves once valid', async () => {
    const onSave = vi.fn();
    render(<TriggerForm initial={null} id="custom.new" title="New trigger" categories={[]} setNames={['buying_signal']} onSave={onSave} onCancel={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save trigger' }));
    const phrases = screen.getByLabelText('Phrases (one per line)');
    expect(phrases.getAttribute('aria-invalid')).toBe('true');
    const describedBy = phrases.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(describedBy[0]!)!.textContent).toMatch(/at least one phrase/);
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Advanced patterns (one per line)'), { target: { value: '. . . . . wagons' } });
    expect(screen.getByLabelText('Advanced patterns (one per line)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toMatch(/5 wildcards/);

    fireEvent.change(screen.getByLabelText('Advanced patterns (one per line)'), { target: { value: '' } });
    fireEvent.change(phrases, { target: { value: 'circle the wagons' } });
    expect(phrases.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save trigger' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ id: 'custom.new', category: 'stall', phrases: ['circle the wagons'] }, null));
  });
});

describe('TestBench', () => {
  it('shows what fires, which trigger and which words, as text', async () => {
    const store = { ...EMPTY_STORE, custom: [{ id: 'custom.wagons', category: 'stall', phrases: ['circle the wagons'] }] };
    render(<TestBench store={store} team={null} />);
    fireEvent.change(screen.getByLabelText('Text to test'), { target: { value: '<b>x</b> We need to circle the wagons first.' } });
    const hit = await screen.findByTestId('bench-hit');
    expect(hit.dataset).toMatchObject({ category: 'stall', trigger: 'custom.wagons' });
    const text = screen.getByTestId('bench-text');
    expect(text.querySelector('mark')!.textContent).toBe('circle the wagons');
    expect(text.querySelector('b')).toBeNull();
    expect(within(screen.getByTestId('bench-result')).getByText('Suggestions')).toBeTruthy();
  });
  it('shows a built-in hit the second look set aside, and says the rep’s own trigger would fire', async () => {
    // The shipped model reads the "nightmare" here as a story that ends with us, not a complaint about us.
    const text = "We did a tender last year and it was a nightmare, so we'd rather just go with you.";
    const { unmount } = render(<TestBench store={EMPTY_STORE} team={null} />);
    fireEvent.change(screen.getByLabelText('Text to test'), { target: { value: text } });
    const setAside = await screen.findByTestId('bench-set-aside');
    expect(setAside.dataset.category).toBe('complaint');
    expect(setAside.textContent).toMatch(/read like a look-alike/);
    expect(screen.queryAllByTestId('bench-hit')).toEqual([]);
    unmount();

    const store = { ...EMPTY_STORE, custom: [{ id: 'custom.nightmare', category: 'complaint', phrases: ['it was a nightmare'] }] };
    render(<TestBench store={store} team={null} />);
    fireEvent.change(screen.getByLabelText('Text to test'), { target: { value: text } });
    await waitFor(() => expect(screen.getAllByTestId('bench-hit').map((h) => h.dataset.trigger)).toContain('custom.nightmare'));
  });
  it('explains a moment the second look added in plain words, and shows none when the rep switched that off', async () => {
    // No trigger matches this (our own line); the shipped model reads it as price pushback with probability > 0.9.
    const text = 'Our budget was a fraction of that quote, it is far more money than we planned.';
    const { unmount } = render(<TestBench store={EMPTY_STORE} team={null} />);
    fireEvent.change(screen.getByLabelText('Text to test'), { target: { value: text } });
    const hit = await screen.findByTestId('bench-hit');
    expect(hit.dataset).toMatchObject({ category: 'price', trigger: 'second-look.price' });
    expect(hit.textContent).toMatch(/^Found by the second look: no trigger matched “Our budget .*planned”, but the words \(“[^”]+”(, “[^”]+”)*\) read like Price or budget\. Add your own trigger/);
    expect(hit.querySelector('code')).toBeNull();
    expect(within(hit).getByRole('link', { name: 'switch the second look off' }).getAttribute('href')).toBe('#second-look-adds');
    expect(screen.getByTestId('bench-text').querySelector('mark')!.getAttribute('title')).toBe('Price or budget (found by the second look)');
    unmount();

    render(<TestBench store={{ ...EMPTY_STORE, secondLookAdds: false }} team={null} />);
    fireEvent.change(screen.getByLabelText('Text to test'), { target: { value: text } });
    expect((await screen.findByText(/^Nothing fires on this text\./)).textContent).toMatch(/second look’s own moments are switched off/);
    expect(screen.queryByTestId('bench-hit')).toBeNull();
  });
  it('says when nothing fires', async () => {
    render(<TestBench store={EMPTY_STORE} team={null} />);
    fireEvent.change(screen.getByLabelText('Text to test'), { target: { value: 'Lovely weather today.' } });
    expect(await screen.findByText('Nothing fires on this text.')).toBeTruthy();
  });
});

describe('OptionsApp', () => {
  it('adds a trigger through the form and stores it in sync storage', async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add trigger' }));
    fireEvent.change(screen.getByLabelText('Phrases (one per line)'), { target: { value: 'circle the wagons' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save trigger' }));
    await waitFor(async () => expect((await loadTriggerStore()).store.custom).toEqual([expect.objectContaining({ category: 'stall', phrases: ['circle the wagons'] })]));
    expect((await screen.findAllByTestId('trigger-row')).filter((r) => r.dataset.kind === 'custom')).toHaveLength(1);
  });

  it('shows a visible note when the triggers only fit in local storage', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ id: `custom.t${i}`, category: 'stall', phrases: [`circle the wagons number ${i} again`] }));
    expect(await saveTriggerStore({ ...EMPTY_STORE, custom: many })).toBe('local');
    render(<OptionsApp />);
    expect((await screen.findByTestId('storage-note')).textContent).toMatch(/this browser only/);
  });

  it('switches off a built-in and restores it', async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Switch off info.send-material' }));
    await waitFor(async () => expect((await loadTriggerStore()).store.disabledBuiltIns).toEqual(['info.send-material']));
    fireEvent.click(await screen.findByRole('button', { name: 'Restore info.send-material' }));
    await waitFor(async () => expect((await loadTriggerStore()).store.disabledBuiltIns).toEqual([]));
  });

  it('switches the second look’s added moments off and on, stored with the triggers, and the bench follows', async () => {
    render(<OptionsApp />);
    const toggle = await screen.findByRole('switch', { name: 'Second look: also show moments no trigger caught' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).toMatch(/on this computer only/);
    fireEvent.change(screen.getByLabelText('Text to test'), { target: { value: 'Our budget was a fraction of that quote, it is far more money than we planned.' } });
    expect((await screen.findByTestId('bench-hit')).dataset.trigger).toBe('second-look.price');

    fireEvent.click(toggle);
    await waitFor(async () => expect((await loadTriggerStore()).store.secondLookAdds).toBe(false));
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(await screen.findByText(/^Nothing fires on this text\./)).toBeTruthy();

    fireEvent.click(toggle);
    await waitFor(async () => expect((await loadTriggerStore()).store.secondLookAdds).toBe(true));
    expect((await screen.findByTestId('bench-hit')).dataset.trigger).toBe('second-look.price');
  });

  it('validates and saves settings field by field', async () => {
    render(<OptionsApp />);
    const cooldown = await screen.findByLabelText('Quiet time per category (seconds)');
    fireEvent.change(cooldown, { target: { value: '-3' } });
    expect(cooldown.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(cooldown, { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Your name as it appears in Zoom and Teams captions'), { target: { value: 'Sam Rivera' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Zoom' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(async () => expect(await getSettings()).toMatchObject({ cooldownSeconds: 30, repName: 'Sam Rivera', activeSources: ['gmail', 'meet', 'teams'] }));
  });
});
