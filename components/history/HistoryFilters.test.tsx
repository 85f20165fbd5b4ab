// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { HistoryFilters, parseDateInput } from './HistoryFilters';

afterEach(cleanup);

describe('HistoryFilters', () => {
  it('labels every control', () => {
    render(<HistoryFilters value={{}} onChange={() => undefined} />);
    for (const name of ['Category', 'Where', 'From', 'To', 'Prospect', 'Suggestion used', 'Helpful', 'Words']) expect(screen.getByLabelText(name)).toBeTruthy();
  });
  it('reports the whole filter on each change and drops emptied fields', () => {
    const onChange = vi.fn();
    const { rerender } = render(<HistoryFilters value={{ source: 'zoom' }} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'price' } });
    expect(onChange).toHaveBeenLastCalledWith({ source: 'zoom', category: 'price' });
    fireEvent.change(screen.getByLabelText('Suggestion used'), { target: { value: 'no' } });
    expect(onChange).toHaveBeenLastCalledWith({ source: 'zoom', used: false });
    fireEvent.change(screen.getByLabelText('Helpful'), { target: { value: 'yes' } });
    expect(onChange).toHaveBeenLastCalledWith({ source: 'zoom', helpful: true });
    fireEvent.change(screen.getByLabelText('Where'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({});
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-02' } });
    expect(onChange).toHaveBeenLastCalledWith({ source: 'zoom', from: parseDateInput('2026-03-02') });
    rerender(<HistoryFilters value={{ to: parseDateInput('2026-03-04', true) }} onChange={onChange} />);
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2026-03-04');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenLastCalledWith({});
  });
  it('offers custom categories found in the history', () => {
    render(<HistoryFilters value={{}} onChange={() => undefined} extraCategories={['price', 'legal_review']} />);
    const options = Array.from((screen.getByLabelText('Category') as HTMLSelectElement).options).map((o) => o.value);
    expect(options.filter((o) => o === 'price')).toHaveLength(1);
    expect(options).toContain('legal_review');
  });
});
