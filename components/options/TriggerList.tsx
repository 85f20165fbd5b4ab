import { useMemo, useState } from 'react';
import { DEFAULT_PACK } from '@/lib/detection/default-pack';
import type { TriggerDef } from '@/lib/detection/types';
import { categoryLabel } from '@/lib/detection/taxonomy';
import { customCategories } from '@/lib/triggers/effective';
import type { CustomCategory } from '@/lib/triggers/schema';
import { newTriggerId, type TriggerStore } from '@/lib/triggers/store';
import type { TeamPolicy } from '@/lib/triggers/team';
import { TriggerForm } from './TriggerForm';

type RowKind = 'builtin' | 'edited' | 'disabled' | 'custom' | 'team';
interface Row {
  trigger: TriggerDef;
  kind: RowKind;
}

const KIND_LABEL: Record<RowKind, string> = { builtin: 'Built-in', edited: 'Built-in, edited', disabled: 'Built-in, switched off', custom: 'Yours', team: 'From your team (locked)' };

type Editing = { mode: 'add' } | { mode: 'edit'; trigger: TriggerDef } | { mode: 'duplicate'; trigger: TriggerDef };

export function TriggerList({ store, team, save }: { store: TriggerStore; team: TeamPolicy; save(next: TriggerStore): Promise<unknown> }) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<{ text: string; undo?: TriggerStore } | null>(null);
  const categories = customCategories(store, team.pack);
  const addsOn = store.secondLookAdds !== false;
  const setNames = Object.keys(DEFAULT_PACK.sets ?? {});
  const label = (id: string) => categories.find((c) => c.id === id)?.label ?? categoryLabel(id);

  const rows = useMemo<Row[]>(() => {
    const custom = new Map(store.custom.map((t) => [t.id, t]));
    const disabled = new Set(store.disabledBuiltIns);
    const builtInIds = new Set(DEFAULT_PACK.triggers.map((t) => t.id));
    const out: Row[] = [];
    for (const t of team.pack?.triggers ?? []) out.push({ trigger: t, kind: 'team' });
    for (const t of store.custom) if (!builtInIds.has(t.id)) out.push({ trigger: t, kind: 'custom' });
    for (const t of DEFAULT_PACK.triggers) {
      const edited = custom.get(t.id);
      out.push({ trigger: edited ?? t, kind: disabled.has(t.id) ? 'disabled' : edited ? 'edited' : 'builtin' });
    }
    return out;
  }, [store, team]);

  const q = query.trim().toLowerCase();
  const shown = q
    ? rows.filter(({ trigger: t }) => [t.id, t.category, label(t.category), t.note ?? '', ...(t.phrases ?? []), ...(t.patterns ?? [])].some((s) => s.toLowerCase().includes(q)))
    : rows;

  const taken = new Set([...rows.map((r) => r.trigger.id)]);
  const change = async (next: TriggerStore, text: string, undo?: TriggerStore) => {
    await save(next);
    setNotice({ text, ...(undo ? { undo } : {}) });
  };

  const onSave = async (saved: TriggerDef, category: CustomCategory | null) => {
    // A new trigger (or a copy) is named after its first phrase, once the rep has written it.
    const trigger = editing?.mode === 'edit' ? saved : { ...saved, id: newTriggerId(saved.phrases?.[0] ?? saved.patterns?.[0] ?? 'trigger', taken) };
    const exists = store.custom.some((t) => t.id === trigger.id);
    const custom = exists ? store.custom.map((t) => (t.id === trigger.id ? trigger : t)) : [...store.custom, trigger];
    await change({ ...store, custom, categories: category ? [...store.categories, category] : store.categories }, `Saved "${trigger.phrases?.[0] ?? trigger.id}".`);
    setEditing(null);
  };

  const summary = (t: TriggerDef) => [...(t.phrases ?? []), ...(t.patterns ?? [])].slice(0, 2).join(' · ') + ((t.phrases?.length ?? 0) + (t.patterns?.length ?? 0) > 2 ? ' …' : '');

  return (
    <section aria-labelledby="triggers-title" className="card">
      <h2 id="triggers-title">Triggers</h2>
      <p className="meta">What Truth Serum listens for. Switch off built-ins that misfire for you, edit them, or add your own.</p>
      <div className="field second-look-switch">
        <label className="inline" htmlFor="second-look-adds">
          <input
            id="second-look-adds"
            type="checkbox"
            role="switch"
            aria-describedby="second-look-adds-hint"
            checked={addsOn}
            onChange={(e) =>
              void change(
                { ...store, secondLookAdds: e.target.checked },
                e.target.checked ? 'The second look shows moments no trigger caught again.' : 'The second look no longer adds moments of its own.',
                store,
              )
            }
          />{' '}
          Second look: also show moments no trigger caught
        </label>
        <p className="field-hint" id="second-look-adds-hint">
          A small model, run on this computer only, reads the customer’s words and adds a moment when they read like one of the built-in
          categories but no trigger matched. Off, it only sets aside look-alike hits. It never adds for a category whose built-ins you
          switched off or edited.
        </p>
      </div>
      <div className="toolbar">
        <label className="sr-only" htmlFor="trigger-search">
          Search triggers
        </label>
        <input id="trigger-search" type="search" placeholder="Search triggers" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="button" className="primary" onClick={() => setEditing({ mode: 'add' })}>
          Add trigger
        </button>
      </div>
      {notice && (
        <p role="status" className="notice">
          {notice.text}{' '}
          {notice.undo && (
            <button type="button" onClick={() => void change(notice.undo!, 'Undone.')}>
              Undo
            </button>
          )}
        </p>
      )}
      {editing && (
        <TriggerForm
          key={editing.mode === 'add' ? 'add' : `${editing.mode}:${editing.trigger.id}`}
          initial={editing.mode === 'add' ? null : editing.trigger}
          id={editing.mode === 'edit' ? editing.trigger.id : 'custom.new'}
          title={editing.mode === 'add' ? 'New trigger' : editing.mode === 'edit' ? `Edit ${editing.trigger.id}` : `Copy of ${editing.trigger.id}`}
          categories={categories}
          setNames={setNames}
          onSave={onSave}
          onCancel={() => setEditing(null)}
        />
      )}
      <p className="meta" aria-live="polite">
        {shown.length} of {rows.length} triggers
      </p>
      <ul className="trigger-list">
        {shown.map(({ trigger: t, kind }) => (
          <li key={`${kind}:${t.id}`} data-testid="trigger-row" data-trigger-id={t.id} data-kind={kind} className={kind === 'disabled' ? 'off' : undefined}>
            <div>
              <strong>{summary(t) || t.id}</strong>
              <div className="meta">
                <span className={`category category-${t.category}`} style={categories.find((c) => c.id === t.category) ? { borderColor: categories.find((c) => c.id === t.category)!.colour } : undefined}>
                  {label(t.category)}
                </span>{' '}
                · {KIND_LABEL[kind]} · <code>{t.id}</code>
              </div>
            </div>
            <div className="actions">
              {kind !== 'team' && kind !== 'disabled' && (
                <button type="button" onClick={() => setEditing({ mode: 'edit', trigger: t })} aria-label={`Edit ${t.id}`}>
                  Edit
                </button>
              )}
              <button type="button" onClick={() => setEditing({ mode: 'duplicate', trigger: t })} aria-label={`Duplicate ${t.id}`}>
                Duplicate
              </button>
              {(kind === 'builtin' || kind === 'edited') && (
                <button type="button" onClick={() => void change({ ...store, disabledBuiltIns: [...store.disabledBuiltIns, t.id] }, `Switched off ${t.id}.`, store)} aria-label={`Switch off ${t.id}`}>
                  Switch off
                </button>
              )}
              {(kind === 'disabled' || kind === 'edited') && (
                <button
                  type="button"
                  onClick={() => void change({ ...store, disabledBuiltIns: store.disabledBuiltIns.filter((id) => id !== t.id), custom: store.custom.filter((c) => c.id !== t.id) }, `Restored the built-in ${t.id}.`, store)}
                  aria-label={`Restore ${t.id}`}
                >
                  Restore
                </button>
              )}
              {kind === 'custom' && (
                <button type="button" onClick={() => void change({ ...store, custom: store.custom.filter((c) => c.id !== t.id) }, `Deleted "${summary(t)}".`, store)} aria-label={`Delete ${t.id}`}>
                  Delete
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
