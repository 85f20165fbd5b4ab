// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { db } from '@/lib/storage/db';
import { fakeMoment } from '@/lib/storage/test-moments';
import { DataControls } from './DataControls';

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
});
