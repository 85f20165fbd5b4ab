import { useDeferredValue, useMemo, useState } from 'react';
import { DEFAULT_PACK } from '@/lib/detection/default-pack';
import { addedBySecondLook } from '@/lib/detection/second-look/missed';
import { categoryLabel } from '@/lib/detection/taxonomy';
import type { Channel, Detection, Role } from '@/lib/detection/types';
import { suggestionsFor } from '@/lib/playbook/fill';
import { customCategories, effectivePack, responsesFor, type TeamPack } from '@/lib/triggers/effective';
import { detectorForPack } from '@/lib/triggers/pack-detector';
import type { TriggerStore } from '@/lib/triggers/store';

/** The text with each detection marked; React text nodes only, so pasted markup stays text. */
function Marked({ text, detections }: { text: string; detections: Detection[] }) {
  const parts: { text: string; d?: Detection }[] = [];
  let cursor = 0;
  for (const d of [...detections].sort((a, b) => a.start - b.start)) {
    if (d.start < cursor) continue;
    if (d.start > cursor) parts.push({ text: text.slice(cursor, d.start) });
    parts.push({ text: text.slice(d.start, d.end), d });
    cursor = d.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });
  return (
    <p className="quote" data-testid="bench-text">
      {parts.map((p, i) =>
        p.d ? (
          <mark key={i} title={`${categoryLabel(p.d.category)} (${addedBySecondLook(p.d) ? 'found by the second look' : p.d.trigger})`} data-category={p.d.category}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

export function TestBench({ store, team }: { store: TriggerStore; team: TeamPack | null }) {
  const [text, setText] = useState('');
  const [channel, setChannel] = useState<Channel>('email');
  const [role, setRole] = useState<Role>('customer');
  const input = useDeferredValue(text);
  const detector = useMemo(() => detectorForPack(effectivePack(DEFAULT_PACK, store, team), store), [store, team]);
  const result = useMemo(() => (input.trim() ? detector.analyze(input, { channel, role }) : null), [detector, input, channel, role]);
  const categories = customCategories(store, team);
  const label = (id: string) => categories.find((c) => c.id === id)?.label ?? categoryLabel(id);
  const first = result?.categories[0];
  const own = first ? responsesFor(first, store, team) : undefined;
  const playbook = result ? suggestionsFor(result.categories, { channel, count: 2 }) : null;

  return (
    <section aria-labelledby="bench-title" className="card">
      <h2 id="bench-title">Test bench</h2>
      <p className="meta">Type or paste what a customer might say. Nothing leaves this page.</p>
      <label htmlFor="bench-input">Text to test</label>
      <textarea id="bench-input" rows={4} value={text} onChange={(e) => setText(e.target.value)} placeholder="Let's circle back next quarter." />
      <div className="toolbar" role="group" aria-label="Where the words come from">
        <label className="inline">
          <input type="radio" name="bench-channel" checked={channel === 'email'} onChange={() => setChannel('email')} /> Email
        </label>
        <label className="inline">
          <input type="radio" name="bench-channel" checked={channel === 'caption'} onChange={() => setChannel('caption')} /> Call captions
        </label>
        <label className="inline">
          <input type="checkbox" checked={role === 'rep'} onChange={(e) => setRole(e.target.checked ? 'rep' : 'customer')} /> These are my own words
        </label>
      </div>
      <div aria-live="polite" data-testid="bench-result">
        {result && result.detections.length === 0 && (
          <p className="meta">
            Nothing fires on this text.
            {store.secondLookAdds === false && role === 'customer' && ' The second look’s own moments are switched off (under Triggers).'}
          </p>
        )}
        {result?.setAside && result.setAside.length > 0 && (
          <ul className="meta bench-set-aside">
            {result.setAside.map((d, i) => (
              <li key={i} data-testid="bench-set-aside" data-category={d.category} data-trigger={d.trigger}>
                Set aside: <strong>{label(d.category)}</strong> from <code>{d.trigger}</code> on “{d.text}”. The words around it read like
                a look-alike (a buying signal, a problem already fixed, someone else’s story), so the built-in trigger stays quiet. Your own
                trigger on these words would fire.
              </li>
            ))}
          </ul>
        )}
        {result && result.detections.length > 0 && (
          <>
            <Marked text={input} detections={result.detections} />
            <ul className="bench-hits">
              {result.detections.map((d, i) => (
                <li key={i} data-testid="bench-hit" data-category={d.category} data-trigger={d.trigger}>
                  {addedBySecondLook(d) ? (
                    <>
                      Found by the second look: no trigger matched “{d.text}”, but the words{d.cues?.length ? <> ({d.cues.map((c) => `“${c}”`).join(', ')})</> : null} read like{' '}
                      <strong>{label(d.category)}</strong>. Add
                      your own trigger if you want it named, or <a href="#second-look-adds">switch the second look off</a>.
                    </>
                  ) : (
                    <>
                      <strong>{label(d.category)}</strong> from <code>{d.trigger}</code> on “{d.text}”
                    </>
                  )}
                </li>
              ))}
            </ul>
            {(own || playbook) && (
              <div className="suggestions">
                <h3>Suggestions</h3>
                <ul>
                  {own
                    ? own.map((r) => <li key={r.id}>{channel === 'caption' && r.spoken ? r.spoken : r.email}</li>)
                    : [...(playbook?.questions ?? []), ...(playbook?.responses ?? [])].map((s) => <li key={s.id}>{s.text}</li>)}
                </ul>
              </div>
            )}
          </>
        )}
        {result?.truncated && <p className="meta">Only the first 100,000 characters were tested.</p>}
      </div>
    </section>
  );
}
