import { useId, useState } from 'react';
import { downloadText } from '@/components/download';
import type { TruthSerumDB } from '@/lib/storage/db';
import { exportPracticePack, importPracticePack } from '@/lib/practice/pack';

/** Export the rep's own drills and shareable stories as a JSON pack; import a colleague's. */
export function PackPanel({ db }: { db: TruthSerumDB }) {
  const [message, setMessage] = useState('');
  const id = useId();
  const exportNow = async () => {
    const pack = await exportPracticePack(db);
    downloadText(`truth-serum-practice-${new Date().toISOString().slice(0, 10)}.json`, `${JSON.stringify(pack, null, 2)}\n`, 'application/json');
    setMessage(`Exported ${pack.drills.length} drills and ${pack.stories.length} shareable stories.`);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 2_000_000) {
      setMessage('That file is too big for a practice pack; nothing was changed.');
      return;
    }
    const r = await importPracticePack(db, await file.text());
    setMessage(
      r.ok
        ? `Imported: ${r.summary.drillsAdded} new drills, ${r.summary.drillsUpdated} updated; ${r.summary.storiesAdded} new stories, ${r.summary.storiesUpdated} updated.`
        : `Not imported: ${r.error} Nothing was changed.`,
    );
  };
  return (
    <section className="practice-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Practice packs</h2>
      <p className="muted">Share drills and stories with your team as a file. Only stories marked shareable are exported.</p>
      <div className="actions">
        <button type="button" onClick={() => void exportNow()}>
          Export practice pack
        </button>
        <label htmlFor={`${id}-file`}>Import practice pack</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <p className="muted status-line" role="status" data-testid="pack-status">
        {message}
      </p>
    </section>
  );
}
