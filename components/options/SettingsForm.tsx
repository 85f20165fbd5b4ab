import { useEffect, useState, type FormEvent } from 'react';
import * as v from 'valibot';
import { getSettings, normalizeSettings, settingsItem, SettingsSchema, type Settings } from '@/lib/settings/settings';
import { Field } from './Field';
import { SourceCheckboxes } from './SourceCheckboxes';

type Draft = Omit<Settings, 'cooldownSeconds' | 'retentionDays'> & { cooldownSeconds: string; retentionDays: string };
const toDraft = (s: Settings): Draft => ({ ...s, cooldownSeconds: String(s.cooldownSeconds), retentionDays: String(s.retentionDays) });

const MESSAGES: Partial<Record<keyof Settings, string>> = {
  repName: 'At most 120 characters.',
  activeSources: 'Unknown site.',
  cooldownSeconds: 'A whole number of seconds from 0 to 3600.',
  retentionDays: 'A whole number of days from 0 (keep forever) to 3650.',
};

function parse(draft: Draft): { settings: Settings | null; errors: Partial<Record<keyof Settings, string>> } {
  const candidate: Record<string, unknown> = {
    ...draft,
    cooldownSeconds: draft.cooldownSeconds.trim() === '' ? NaN : Number(draft.cooldownSeconds),
    retentionDays: draft.retentionDays.trim() === '' ? NaN : Number(draft.retentionDays),
  };
  const errors: Partial<Record<keyof Settings, string>> = {};
  for (const [key, schema] of Object.entries(SettingsSchema.entries)) {
    if (!v.safeParse(schema, candidate[key]).success) errors[key as keyof Settings] = MESSAGES[key as keyof Settings] ?? 'Not valid.';
  }
  return { settings: Object.keys(errors).length ? null : v.parse(SettingsSchema, candidate), errors };
}

export function SettingsForm() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void getSettings().then((s) => setDraft(toDraft(s)));
    // "Redact stored history now" (Your data) turns redaction on: the checkbox follows without losing other edits.
    return settingsItem.watch((value) => {
      const redact = normalizeSettings(value).redact;
      setDraft((d) => (d && d.redact !== redact ? { ...d, redact } : d));
    });
  }, []);
  if (!draft) return null;
  const { settings, errors } = parse(draft);
  const set = <K extends keyof Draft>(k: K, value: Draft[K]) => {
    setDraft({ ...draft, [k]: value });
    setStatus('');
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!settings) return setStatus('Fix the marked fields first.');
    await settingsItem.setValue(settings);
    setStatus('Settings saved.');
  };
  return (
    <section aria-labelledby="settings-title" className="card">
      <h2 id="settings-title">Settings</h2>
      <form onSubmit={submit} noValidate aria-labelledby="settings-title">
        <Field id="settings-repName" label="Your name as it appears in Zoom and Teams captions" hint="So your own words are coached, not flagged as the customer's. Meet shows you as “You”." error={errors.repName}>
          {(aria) => <input {...aria} value={draft.repName} onChange={(e) => set('repName', e.target.value)} autoComplete="name" />}
        </Field>
        <fieldset className="field">
          <legend>Sites Truth Serum reads</legend>
          <SourceCheckboxes chosen={draft.activeSources} onChange={(next) => set('activeSources', next)} />
          <p className="field-hint">A site switched off is not read at all.</p>
        </fieldset>
        <Field id="settings-cooldownSeconds" label="Quiet time per category (seconds)" hint="The same kind of moment does not show again in a conversation within this time." error={errors.cooldownSeconds}>
          {(aria) => <input {...aria} type="number" min={0} max={3600} step={1} inputMode="numeric" value={draft.cooldownSeconds} onChange={(e) => set('cooldownSeconds', e.target.value)} />}
        </Field>
        <label className="inline">
          <input type="checkbox" checked={draft.showChip} onChange={(e) => set('showChip', e.target.checked)} /> Show the small chip on the page that opens the panel
        </label>
        <Field id="settings-retentionDays" label="Keep moments for (days)" hint="0 keeps them until you delete them." error={errors.retentionDays}>
          {(aria) => <input {...aria} type="number" min={0} max={3650} step={1} inputMode="numeric" value={draft.retentionDays} onChange={(e) => set('retentionDays', e.target.value)} />}
        </Field>
        <label className="inline">
          <input type="checkbox" checked={draft.redact} onChange={(e) => set('redact', e.target.checked)} /> Blank out email addresses, phone numbers and card numbers before anything is stored
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            Save settings
          </button>
          <span role="status" className="meta">
            {status}
          </span>
        </div>
      </form>
    </section>
  );
}
