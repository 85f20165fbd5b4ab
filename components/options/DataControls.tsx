import { useState } from 'react';
import { db } from '@/lib/storage/db';
import { deleteEverything, exportBackup, restoreBackup } from '@/lib/storage/maintenance';
import { downloadText } from '../download';

const MAX_BACKUP_BYTES = 200_000_000;

/** The rep's own data: a backup file, restoring one (all or nothing), and deleting everything. */
export function DataControls() {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const backup = async () => {
    setError(null);
    const file = await exportBackup(db);
    downloadText(`truth-serum-backup-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(file), 'application/json');
    setStatus(`Saved a backup of ${file.moments.length} moment${file.moments.length === 1 ? '' : 's'}.`);
  };

  const restore = async (file: File | undefined) => {
    setError(null);
    setStatus('');
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) return setError(`${file.name} is larger than a Truth Serum backup can be.`);
    try {
      const count = await restoreBackup(db, await file.text());
      setStatus(`Restored ${count} moment${count === 1 ? '' : 's'} from ${file.name}.`);
    } catch (e) {
      // restoreBackup validates everything before writing: on any error nothing changed.
      setError(`${file.name}: ${(e as Error).message} Nothing was changed.`);
    }
  };

  const wipe = async () => {
    await deleteEverything(db);
    setConfirming(false);
    setStatus('Deleted everything Truth Serum kept in this browser.');
  };

  return (
    <section aria-labelledby="data-title" className="card">
      <h2 id="data-title">Your data</h2>
      <p className="meta">Everything Truth Serum keeps is in this browser. Back it up to a file, restore a backup, or delete it all.</p>
      <div className="actions">
        <button type="button" onClick={() => void backup()}>
          Back up to a file
        </button>
        <label className="button">
          Restore a backup…
          <input type="file" accept="application/json,.json" className="sr-only" data-testid="restore-file" onChange={(e) => void restore(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
        </label>
        {confirming ? (
          <>
            <button type="button" className="danger" data-testid="confirm-delete-all" onClick={() => void wipe()}>
              Yes, delete everything
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="danger" data-testid="delete-all" onClick={() => setConfirming(true)}>
            Delete everything…
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="meta">
        {status}
      </p>
    </section>
  );
}
