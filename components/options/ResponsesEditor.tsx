import { useEffect, useState } from 'react';
import { CATEGORIES, CATEGORY_IDS, isBuiltInCategory } from '@/lib/detection/taxonomy';
import { DEFAULT_PLAYBOOK } from '@/lib/playbook/default-playbook';
import { customCategories, type TeamPack } from '@/lib/triggers/effective';
import type { ResponseLine } from '@/lib/triggers/schema';
import type { TriggerStore } from '@/lib/triggers/store';
import { Field } from './Field';

function builtInLines(category: string): ResponseLine[] {
  if (!isBuiltInCategory(category)) return [];
  return DEFAULT_PLAYBOOK[category].responses.map((r) => ({ id: r.id, email: r.email, spoken: r.spoken }));
}

function lineErrors(line: ResponseLine): { email?: string; spoken?: string } {
  const out: { email?: string; spoken?: string } = {};
  if (!line.email.trim()) out.email = 'Write the response, or remove it.';
  else if (line.email.length > 2000) out.email = `At most 2000 characters; this has ${line.email.length}.`;
  if (line.spoken.length > 300) out.spoken = `At most 300 characters; this has ${line.spoken.length}.`;
  return out;
}

export function ResponsesEditor({ store, team, save }: { store: TriggerStore; team: TeamPack | null; save(next: TriggerStore): Promise<unknown> }) {
  const categories = [...CATEGORY_IDS.map((id) => ({ id, label: CATEGORIES[id].label })), ...customCategories(store, team).map((c) => ({ id: c.id, label: c.label }))];
  const [category, setCategory] = useState<string>(categories[0]!.id);
  const saved = store.responses[category];
  const [draft, setDraft] = useState<ResponseLine[]>(() => saved ?? builtInLines(category));
  const [submitted, setSubmitted] = useState(false);
  const [status, setStatus] = useState('');
  const locked = !!team?.responses?.[category]?.length;

  useEffect(() => {
    setDraft(store.responses[category] ?? builtInLines(category));
    setSubmitted(false);
  }, [category, store.responses]);

  const update = (i: number, patch: Partial<ResponseLine>) => setDraft((d) => d.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const move = (i: number, by: number) =>
    setDraft((d) => {
      const j = i + by;
      if (j < 0 || j >= d.length) return d;
      const next = [...d];
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });
  const valid = draft.every((l) => Object.keys(lineErrors(l)).length === 0);

  return (
    <section aria-labelledby="responses-title" className="card">
      <h2 id="responses-title">Responses</h2>
      <p className="meta">The honest responses offered for each moment. Your list replaces the built-in one for that category.</p>
      <label htmlFor="responses-category">Category</label>
      <select id="responses-category" value={category} onChange={(e) => setCategory(e.target.value)}>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <p className="meta">{locked ? 'Your team sets the responses for this category.' : saved ? 'Your own list.' : 'The built-in list.'}</p>
      <ol className="response-list">
        {draft.map((line, i) => {
          const errors = submitted ? lineErrors(line) : {};
          return (
            <li key={line.id} data-testid="response-line">
              <Field id={`response-${i}-email`} label={`Response ${i + 1} (email)`} error={errors.email}>
                {(aria) => <textarea {...aria} rows={3} value={line.email} disabled={locked} onChange={(e) => update(i, { email: e.target.value })} />}
              </Field>
              <Field id={`response-${i}-spoken`} label={`Response ${i + 1} (said on a call; optional)`} error={errors.spoken}>
                {(aria) => <input {...aria} value={line.spoken} disabled={locked} onChange={(e) => update(i, { spoken: e.target.value })} />}
              </Field>
              {!locked && (
                <div className="actions">
                  <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move response ${i + 1} up`}>
                    ↑
                  </button>
                  <button type="button" onClick={() => move(i, 1)} disabled={i === draft.length - 1} aria-label={`Move response ${i + 1} down`}>
                    ↓
                  </button>
                  <button type="button" onClick={() => setDraft((d) => d.filter((_, j) => j !== i))} aria-label={`Remove response ${i + 1}`}>
                    Remove
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!locked && (
        <div className="actions">
          <button type="button" onClick={() => setDraft((d) => [...d, { id: `custom-${category}-${Date.now().toString(36)}`, email: '', spoken: '' }])}>
            Add response
          </button>
          <button
            type="button"
            className="primary"
            onClick={async () => {
              setSubmitted(true);
              if (!valid) return setStatus('Fix the marked responses first.');
              await save({ ...store, responses: { ...store.responses, [category]: draft } });
              setStatus('Responses saved.');
            }}
          >
            Save responses
          </button>
          <button
            type="button"
            disabled={!saved}
            onClick={async () => {
              const { [category]: _dropped, ...rest } = store.responses;
              await save({ ...store, responses: rest });
              setStatus('Back to the built-in responses.');
            }}
          >
            Reset to built-in
          </button>
        </div>
      )}
      <p role="status" className="meta">
        {status}
      </p>
    </section>
  );
}
