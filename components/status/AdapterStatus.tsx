import type { AdapterStatusRecord } from '@/lib/storage/db';
import { SOURCE_LABELS } from '@/lib/sources';

const STATE_TEXT: Record<AdapterStatusRecord['state'], string> = {
  listening: 'Listening',
  captions_off: 'Captions are off',
  lost: 'Not listening',
  idle: 'Waiting',
};

/** Always visible: losing the captions silently is the worst thing a caption reader can do. */
export function AdapterStatus({ status }: { status: AdapterStatusRecord | undefined }) {
  if (!status) {
    return (
      <p className="status status-none" data-testid="adapter-status" data-state="none" role="status">
        Not connected to a page yet.
      </p>
    );
  }
  return (
    <p className={`status status-${status.state}`} data-testid="adapter-status" data-state={status.state} role="status">
      <strong>{STATE_TEXT[status.state]}</strong> · {SOURCE_LABELS[status.source]}
      {status.detail && <span className="detail"> — {status.detail}</span>}
    </p>
  );
}
