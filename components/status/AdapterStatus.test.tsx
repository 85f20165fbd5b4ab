// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { AdapterStatus } from './AdapterStatus';
import { EmptyState } from '../panel/EmptyState';

afterEach(cleanup);

describe('AdapterStatus', () => {
  it('says when no page is connected', () => {
    render(<AdapterStatus status={undefined} />);
    expect(screen.getByRole('status').getAttribute('data-state')).toBe('none');
    expect(screen.getByRole('status').textContent).toContain('Not connected');
  });
  it('shows state, source and the hint as text', () => {
    render(<AdapterStatus status={{ key: '1:meet', tabId: 1, source: 'meet', state: 'captions_off', detail: 'Press <c> to turn captions on', conversationId: null, updatedAt: 1 }} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('data-state')).toBe('captions_off');
    expect(status.textContent).toBe('Captions are off · Google Meet — Press <c> to turn captions on');
    expect(status.querySelector('c')).toBeNull();
  });
});

describe('EmptyState', () => {
  it('explains where to go and that nothing leaves the browser', () => {
    render(<EmptyState />);
    expect(screen.getByRole('heading', { name: 'Nothing to answer yet' })).toBeTruthy();
    expect(screen.getByTestId('empty-state').textContent).toContain('Nothing is sent anywhere');
  });
});
