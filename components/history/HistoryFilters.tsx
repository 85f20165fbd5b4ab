import { useId } from 'react';
import { CATEGORY_IDS } from '@/lib/detection/taxonomy';
import { useCustomizations } from '../moments/customizations';
import { SOURCES, SOURCE_LABELS, type Source } from '@/lib/sources';
import type { HistoryFilter } from '@/lib/storage/history';

const DAY = 86_400_000;

/** yyyy-mm-dd (local) ↔ ms. `to` dates mean the end of that day. */
export function dateInputValue(ms: number | undefined, end = false): string {
  if (ms === undefined) return '';
  const d = new Date(end ? ms - DAY + 1 : ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
export function parseDateInput(value: string, end = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const start = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return end ? start + DAY - 1 : start;
}

export interface HistoryFiltersProps {
  value: HistoryFilter;
  onChange(next: HistoryFilter): void;
  /** Custom categories found in the history, besides the built-in ones. */
  extraCategories?: string[];
  /** Known prospects (lower-cased), offered as suggestions. */
  prospects?: string[];
  /** The rep is about to type a prospect: time to read the suggestions. */
  onProspectsWanted?: () => void;
}

function tri(v: boolean | undefined): string {
  return v === undefined ? '' : v ? 'yes' : 'no';
}
function untri(v: string): boolean | undefined {
  return v === '' ? undefined : v === 'yes';
}

/** Every control is labelled; changing one calls onChange with the whole filter. */
export function HistoryFilters({ value, onChange, extraCategories = [], prospects = [], onProspectsWanted }: HistoryFiltersProps) {
  const id = useId();
  const { categoryName } = useCustomizations();
  const set = (patch: Partial<HistoryFilter>) => {
    const next: HistoryFilter = { ...value, ...patch };
    for (const k of Object.keys(next) as (keyof HistoryFilter)[]) if (next[k] === undefined || next[k] === '') delete next[k];
    onChange(next);
  };
  const categories = [...CATEGORY_IDS, ...extraCategories.filter((c) => !(CATEGORY_IDS as readonly string[]).includes(c) && c !== 'unknown')];
  return (
    <form className="history-filters" role="search" aria-label="Filter moments" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-category`}>Category</label>
        <select id={`${id}-category`} value={value.category ?? ''} onChange={(e) => set({ category: e.target.value || undefined })}>
          <option value="">All categories</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {categoryName(c)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>Where</label>
        <select id={`${id}-source`} value={value.source ?? ''} onChange={(e) => set({ source: (e.target.value || undefined) as Source | undefined })}>
          <option value="">Everywhere</option>
          {SOURCES.map((s) => (
            <option key={s} value={s}>
              {SOURCE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={dateInputValue(value.from)} onChange={(e) => set({ from: parseDateInput(e.target.value) })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={dateInputValue(value.to, true)} onChange={(e) => set({ to: parseDateInput(e.target.value, true) })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-prospect`}>Prospect</label>
        <input
          id={`${id}-prospect`}
          type="search"
          list={`${id}-prospects`}
          placeholder="Email or name"
          onFocus={onProspectsWanted}
          value={value.prospect ?? ''}
          onChange={(e) => set({ prospect: e.target.value || undefined })}
        />
        <datalist id={`${id}-prospects`}>
          {prospects.slice(0, 500).map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor={`${id}-used`}>Suggestion used</label>
        <select id={`${id}-used`} value={tri(value.used)} onChange={(e) => set({ used: untri(e.target.value) })}>
          <option value="">Either</option>
          <option value="yes">Used</option>
          <option value="no">Not used</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-helpful`}>Helpful</label>
        <select id={`${id}-helpful`} value={tri(value.helpful)} onChange={(e) => set({ helpful: untri(e.target.value) })}>
          <option value="">Either</option>
          <option value="yes">Marked helpful</option>
          <option value="no">Not marked helpful</option>
        </select>
      </div>
      <div className="field field-wide">
        <label htmlFor={`${id}-text`}>Words</label>
        <input id={`${id}-text`} type="search" placeholder="Search the words said" value={value.text ?? ''} onChange={(e) => set({ text: e.target.value || undefined })} />
      </div>
      <div className="field field-button">
        <button type="button" onClick={() => onChange({})} disabled={Object.keys(value).length === 0}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
