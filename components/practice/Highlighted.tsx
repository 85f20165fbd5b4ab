import type { Span } from '@/lib/practice/scorer';

/** The rep's answer with spans marked. Text only: never HTML, so typed markup stays inert. */
export function Highlighted({ text, spans, kind }: { text: string; spans: Span[]; kind: 'evidence' | 'against' }) {
  const parts: { text: string; marked: boolean }[] = [];
  let cursor = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(s.start, cursor);
    const end = Math.min(s.end, text.length);
    if (end <= start) continue;
    if (start > cursor) parts.push({ text: text.slice(cursor, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), marked: false });
  return (
    <>
      {parts.map((p, i) =>
        p.marked ? (
          <mark key={i} className={kind === 'against' ? 'against' : undefined}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
