import { useState } from 'react';
import { applyImport, exportPack, previewImport, type ImportPreview } from '@/lib/triggers/pack';
import type { TriggerStore } from '@/lib/triggers/store';
import { downloadText } from '../download';

const MAX_FILE_BYTES = 1_000_000;

export function PackTransfer({ store, save }: { store: TriggerStore; save(next: TriggerStore): Promise<unknown> }) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const download = () => {
    downloadText(`truth-serum-pack-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(exportPack(store), null, 2), 'application/json');
    setStatus(`Exported ${store.custom.length} trigger${store.custom.length === 1 ? '' : 's'}.`);
  };

  const read = async (file: File | undefined) => {
    setPreview(null);
    setError(null);
    setStatus('');
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setError(`${file.name} is ${Math.round(file.size / 1024)} KB; a pack is at most 1 MB.`);
    const result = previewImport(store, await file.text());
    if (result.ok) setPreview(result);
    else setError(`${file.name}: ${result.error}`);
  };

  return (
    <section aria-labelledby="share-title" className="card">
      <h2 id="share-title">Share your triggers</h2>
      <p className="meta">Export your triggers, edited built-ins and responses as a file a colleague can import. Importing shows what would change first.</p>
      <div className="actions">
        <button type="button" onClick={download}>
          Export pack
        </button>
        <label className="button">
          Import pack…
          <input type="file" accept="application/json,.json" className="sr-only" data-testid="import-file" onChange={(e) => void read(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
        </label>
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {preview && (
        <div className="import-preview" data-testid="import-preview">
          <h3>Import {preview.pack.name ? `“${preview.pack.name}”` : 'this pack'}?</h3>
          <ul>
            <li>
              {preview.added.length} new trigger{preview.added.length === 1 ? '' : 's'}
              {preview.added.length > 0 && `: ${preview.added.map((t) => t.phrases?.[0] ?? t.id).join(', ')}`}
            </li>
            <li>
              {preview.changed.length} changed{preview.changed.length > 0 && `: ${preview.changed.map((c) => c.after.id).join(', ')}`}
            </li>
            <li>{preview.unchanged.length} already the same</li>
            {preview.responses.length > 0 && <li>Responses replaced for: {preview.responses.join(', ')}</li>}
            {preview.categories.length > 0 && <li>Categories: {preview.categories.map((c) => c.label).join(', ')}</li>}
          </ul>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={async () => {
                await save(applyImport(store, preview));
                setPreview(null);
                setStatus(`Imported: ${preview.added.length} added, ${preview.changed.length} changed.`);
              }}
            >
              Apply import
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status" className="meta">
        {status}
      </p>
    </section>
  );
}
