import { SOURCE_LABELS, SOURCES, type Source } from '@/lib/sources';

/** One checkbox per site we read; the chosen list keeps the sites' usual order. */
export function SourceCheckboxes({ chosen, onChange }: { chosen: readonly Source[]; onChange(next: Source[]): void }) {
  return (
    <>
      {SOURCES.map((s) => (
        <label key={s} className="inline">
          <input
            type="checkbox"
            checked={chosen.includes(s)}
            onChange={(e) => onChange(SOURCES.filter((x) => (x === s ? e.target.checked : chosen.includes(x))))}
          />
          {SOURCE_LABELS[s]}
        </label>
      ))}
    </>
  );
}
