import { useMemo, useState, type FormEvent } from 'react';
import type { SpeakerScope, TriggerDef } from '@/lib/detection/types';
import { CATEGORIES, CATEGORY_IDS } from '@/lib/detection/taxonomy';
import type { CustomCategory } from '@/lib/triggers/schema';
import { Field } from './Field';
import { SourceCheckboxes } from './SourceCheckboxes';
import { triggerFromValues, validateTriggerForm, valuesFromTrigger, type TriggerFormErrors, type TriggerFormField, type TriggerFormValues } from './form-model';

const NEW_CATEGORY = '__new__';

export interface TriggerFormProps {
  /** The trigger being edited or duplicated; null for a new one. */
  initial: TriggerDef | null;
  /** The id to save under (the same id edits, a fresh one adds). */
  id: string;
  title: string;
  categories: CustomCategory[];
  setNames: string[];
  onSave(trigger: TriggerDef, newCategory: CustomCategory | null): void | Promise<void>;
  onCancel(): void;
}

export function TriggerForm({ initial, id, title, categories, setNames, onSave, onCancel }: TriggerFormProps) {
  const [values, setValues] = useState<TriggerFormValues>(() => valuesFromTrigger(initial));
  const [touched, setTouched] = useState<Partial<Record<TriggerFormField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const errors = useMemo(() => validateTriggerForm(values, { categories, setNames }), [values, categories, setNames]);
  const shown: TriggerFormErrors = {};
  for (const [k, v] of Object.entries(errors) as [TriggerFormField, string][]) if (submitted || touched[k]) shown[k] = v;

  const set = <K extends keyof TriggerFormValues>(key: K, value: TriggerFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const blur = (field: TriggerFormField) => () => setTouched((t) => ({ ...t, [field]: true }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) {
      const first = Object.keys(errors)[0];
      document.getElementById(`trigger-${first}`)?.focus();
      return;
    }
    const { trigger, category } = triggerFromValues(id, values, initial);
    await onSave(trigger, category);
  };

  return (
    <form className="trigger-form" aria-label={title} onSubmit={submit} noValidate data-testid="trigger-form">
      <h3>{title}</h3>
      <Field id="trigger-category" label="Category" error={shown.category}>
        {(aria) => (
          <select
            {...aria}
            value={values.newCategory ? NEW_CATEGORY : values.category}
            onChange={(e) => {
              if (e.target.value === NEW_CATEGORY) set('newCategory', { label: '', colour: '#3a8f8f' });
              else setValues((v) => ({ ...v, category: e.target.value, newCategory: null }));
            }}
            onBlur={blur('category')}
          >
            {CATEGORY_IDS.map((c) => (
              <option key={c} value={c}>
                {CATEGORIES[c].label}
              </option>
            ))}
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
            <option value={NEW_CATEGORY}>New category…</option>
          </select>
        )}
      </Field>
      {values.newCategory && (
        <div className="field-row">
          <Field id="trigger-newCategoryLabel" label="New category name" error={shown.newCategoryLabel}>
            {(aria) => <input {...aria} value={values.newCategory!.label} onChange={(e) => set('newCategory', { ...values.newCategory!, label: e.target.value })} onBlur={blur('newCategoryLabel')} />}
          </Field>
          <Field id="trigger-newCategoryColour" label="Colour" error={shown.newCategoryColour}>
            {(aria) => <input {...aria} type="color" value={values.newCategory!.colour} onChange={(e) => set('newCategory', { ...values.newCategory!, colour: e.target.value })} onBlur={blur('newCategoryColour')} />}
          </Field>
        </div>
      )}
      <Field id="trigger-phrases" label="Phrases (one per line)" hint="Plain words. Each also matches its natural variants: tense, person, plurals, contractions." error={shown.phrases}>
        {(aria) => <textarea {...aria} rows={4} value={values.phrases} onChange={(e) => set('phrases', e.target.value)} onBlur={blur('phrases')} placeholder="circle the wagons" />}
      </Field>
      <details open={values.patterns !== '' || values.unless !== '' || !!shown.patterns || !!shown.unless}>
        <summary>Advanced</summary>
        <Field
          id="trigger-patterns"
          label="Advanced patterns (one per line)"
          hint="compromise match syntax: {send} any form of a verb, (a|b) choices, word? optional, . any one word, .{0,3} up to three words, #Value a tag."
          error={shown.patterns}
        >
          {(aria) => <textarea {...aria} rows={3} value={values.patterns} onChange={(e) => set('patterns', e.target.value)} onBlur={blur('patterns')} />}
        </Field>
        <Field id="trigger-unless" label="Do not fire when the sentence also has (one per line)" hint={`A phrase, a pattern, or a named set: ${setNames.map((s) => `@${s}`).join(', ')}.`} error={shown.unless}>
          {(aria) => <textarea {...aria} rows={2} value={values.unless} onChange={(e) => set('unless', e.target.value)} onBlur={blur('unless')} />}
        </Field>
      </details>
      <Field id="trigger-speakers" label="Listen to">
        {(aria) => (
          <select {...aria} value={values.speakers} onChange={(e) => set('speakers', e.target.value as SpeakerScope)}>
            <option value="customer">The customer</option>
            <option value="rep">Me (coaching on my own words)</option>
            <option value="anyone">Anyone</option>
          </select>
        )}
      </Field>
      <fieldset className="field" aria-describedby={shown.sources ? 'trigger-sources-error' : 'trigger-sources-hint'} aria-invalid={shown.sources ? true : undefined}>
        <legend>Only on these sites</legend>
        <SourceCheckboxes chosen={values.sources} onChange={(next) => set('sources', next)} />
        <p className="field-hint" id="trigger-sources-hint">
          None ticked: every site.
        </p>
        {shown.sources && (
          <p className="field-error" id="trigger-sources-error" role="alert">
            {shown.sources}
          </p>
        )}
      </fieldset>
      <Field id="trigger-note" label="Note (for whoever edits this later)" error={shown.note}>
        {(aria) => <input {...aria} value={values.note} onChange={(e) => set('note', e.target.value)} onBlur={blur('note')} />}
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          Save trigger
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
