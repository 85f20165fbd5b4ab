import { useEffect, useRef, useState } from 'react';
import { db } from '@/lib/storage/db';
import { deleteEverything, exportBackup, restoreBackup } from '@/lib/storage/maintenance';
import { redactStoredHistory, type RedactProgress } from '@/lib/privacy/redact-history';
import { getSettings, settingsItem } from '@/lib/settings/settings';
import { storageProblemItem, type StorageProblem } from '@/lib/background/storage-health';
import { downloadText } from '../download';

const MAX_BACKUP_BYTES = 200_000_000;
const moments = (n: number) => `${n.toLocaleString('en-US')} moment${n === 1 ? '' : 's'}`;

/** The rep's own data: a backup file, restoring one (all or nothing), and deleting everything. */
export function DataControls() {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [redacting, setRedacting] = useState<'ask' | RedactProgress | null>(null);
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  // The redaction flow swaps its buttons out: keyboard focus follows (question → progress → the button again)
  // instead of falling back to the page body.
  const redactButton = useRef<HTMLButtonElement>(null);
  const progress = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);
  const redactPhase = redacting === 'ask' ? 'ask' : redacting ? 'progress' : 'idle';
  useEffect(() => {
    if (redactPhase === 'idle') {
      if (returnFocus.current) redactButton.current?.focus();
      returnFocus.current = false;
    } else {
      returnFocus.current = true;
      if (redactPhase === 'progress') progress.current?.focus();
    }
  }, [redactPhase]);
  useEffect(() => {
    // A change seen while the first read is under way is newer than what that read returns.
    let changed = false;
    const stop = storageProblemItem.watch((value) => {
      changed = true;
      setProblem(value);
    });
    void storageProblemItem.getValue().then((value) => changed || setProblem(value));
    return stop;
  }, []);

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

  const redactHistory = async () => {
    setError(null);
    setStatus('');
    try {
      // Redaction for new moments goes on first: a Gmail thread opened again re-reports its messages, which would
      // otherwise overwrite the redacted moments with the raw text.
      const current = await getSettings();
      if (!current.redact) await settingsItem.setValue({ ...current, redact: true });
      const done = await redactStoredHistory(db, { onProgress: (p) => setRedacting(p) });
      setStatus(
        done.changed
          ? `Redacted ${moments(done.changed)} of ${done.scanned.toLocaleString('en-US')}: email addresses, phone numbers and card numbers in stored history are now [email], [phone] and [card].`
          : `Checked ${moments(done.scanned)}: none held an email address, phone number or card number.`,
      );
    } catch (e) {
      // Each chunk is its own transaction: what was redacted stays redacted, and running it again finishes the job.
      setError(`Redaction stopped: ${(e as Error).message} Moments already redacted stay redacted; run it again to finish.`);
    } finally {
      setRedacting(null);
    }
  };

  return (
    <section aria-labelledby="data-title" className="card">
      <h2 id="data-title">Your data</h2>
      <p className="meta">
        Everything Truth Serum keeps is in this browser. Back it up to a file, restore a backup, or delete it all. Redaction in the settings applies to new moments; redact stored history to apply it to those already kept.
      </p>
      {problem && (
        <p className="field-error" role="alert" data-testid="storage-problem">
          Truth Serum could not save moments since {new Date(problem.since).toLocaleString()} ({problem.failures} {problem.failures === 1 ? 'try' : 'tries'}; {problem.error}). The open
          tabs keep them and send them again until they are saved: free some disk space, or delete old history below.
        </p>
      )}
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
      <div className="actions">
        {redacting === 'ask' ? (
          <>
            <p className="meta" id="redact-question">
              Replace email addresses, phone numbers and card numbers in every stored moment with [email], [phone] and [card], and forget sender addresses? Redaction is also turned on for new moments. This cannot be undone.
            </p>
            <button type="button" className="danger" data-testid="confirm-redact-history" aria-describedby="redact-question" onClick={() => void redactHistory()}>
              Yes, redact stored history
            </button>
            <button type="button" autoFocus onClick={() => setRedacting(null)}>
              Cancel
            </button>
          </>
        ) : redacting ? (
          <div ref={progress} tabIndex={-1} className="redact-progress">
            <label htmlFor="redact-progress">Redacting stored history…</label>
            <progress id="redact-progress" data-testid="redact-progress" max={Math.max(redacting.total, 1)} value={redacting.scanned}>
              {redacting.scanned} of {redacting.total}
            </progress>
            <span className="meta">
              {redacting.scanned.toLocaleString('en-US')} of {moments(redacting.total)} checked
            </span>
          </div>
        ) : (
          <button type="button" ref={redactButton} data-testid="redact-history" onClick={() => setRedacting('ask')}>
            Redact stored history now…
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
