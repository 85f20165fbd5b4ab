// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { db } from '@/lib/storage/db';
import { fakeMoment } from '@/lib/storage/test-moments';
import { DataControls } from './DataControls';
import { getSettings } from '@/lib/settings/settings';
import { storageProblemItem } from '@/lib/background/storage-health';

afterEach(cleanup);
beforeEach(async () => {
  await db.moments.clear();
  await db.moments.bulkPut([fakeMoment({ id: 'gmail:t1:m1' }), fakeMoment({ id: 'gmail:t1:m2' })]);
});

function chooseFile(testId: string, name: string, text: string): void {
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(screen.getByTestId(testId), { target: { files: [file] } });
}

describe('your data', () => {
  it('deletes everything only after a second, explicit click', async () => {
    render(<DataControls />);
    fireEvent.click(screen.getByTestId('delete-all'));
    expect(await db.moments.count()).toBe(2);
    fireEvent.click(screen.getByTestId('confirm-delete-all'));
    await waitFor(async () => expect(await db.moments.count()).toBe(0));
    expect(screen.getByRole('status').textContent).toMatch(/Deleted everything/);
  });

  it('refuses a malformed backup with the reason and changes nothing', async () => {
    render(<DataControls />);
    chooseFile('restore-file', 'broken.json', '{"format":"truth-serum-backup","version":9,"moments":[]}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^broken\.json: .*version.*Nothing was changed\.$/);
    expect(await db.moments.count()).toBe(2);
  });

  it('redacts stored history only after confirmation, shows the count, and keeps highlights on their words', async () => {
    const text = 'Call me on 555-123-4567. Could you just send me some information?';
    const start = text.indexOf('send me');
    await db.moments.clear();
    await db.moments.bulkPut([
      fakeMoment({ id: 'gmail:t1:m1', text, speakerEmail: null, detections: [{ category: 'info_brushoff', trigger: 't', start, end: start + 24, text: 'send me some information', speakers: 'customer' }] }),
      fakeMoment({ id: 'gmail:t1:m2', speakerEmail: null }),
      fakeMoment({ id: 'gmail:t1:m3', speakerEmail: null }),
    ]);
    render(<DataControls />);
    fireEvent.click(screen.getByTestId('redact-history'));
    // Keyboard focus moves to the safe choice, and back to the button when the question goes.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByTestId('redact-history'));
    expect((await db.moments.get('gmail:t1:m1'))!.text).toBe(text);

    fireEvent.click(screen.getByTestId('redact-history'));
    expect(screen.getByText(/This cannot be undone/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('confirm-redact-history'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Redacted 1 moment of 3: email addresses, phone numbers and card numbers in stored history are now [email], [phone] and [card].'));
    const m = (await db.moments.get('gmail:t1:m1'))!;
    expect(m.text).toBe('Call me on [phone]. Could you just send me some information?');
    expect(m.text.slice(m.detections[0]!.start, m.detections[0]!.end)).toBe('send me some information');
    // New moments are redacted too, so a thread read again cannot bring the raw text back.
    expect((await getSettings()).redact).toBe(true);
    // Done: the action is offered again, and running it again finds nothing left.
    fireEvent.click(screen.getByTestId('redact-history'));
    fireEvent.click(screen.getByTestId('confirm-redact-history'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Checked 3 moments: none held an email address, phone number or card number.'));
  });

  it('warns while the background cannot save moments, and the warning goes when it can again', async () => {
    await storageProblemItem.setValue(null);
    render(<DataControls />);
    expect(screen.queryByTestId('storage-problem')).toBeNull();
    await storageProblemItem.setValue({ since: Date.UTC(2026, 0, 5, 9, 30), at: Date.UTC(2026, 0, 5, 9, 31), error: 'QuotaExceededError: The quota has been exceeded.', failures: 3 });
    expect((await screen.findByTestId('storage-problem')).textContent).toMatch(/could not save moments since .*\(3 tries; QuotaExceededError: The quota has been exceeded\.\)/);
    await storageProblemItem.setValue(null);
    await waitFor(() => expect(screen.queryByTestId('storage-problem')).toBeNull());
  });
});
