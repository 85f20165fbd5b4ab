import type { Detection } from '@/lib/detection/types';

/**
 * The customer's words with the matched parts marked. Page text is only ever rendered as React text nodes,
 * never as HTML, so a caption or email containing markup stays inert text.
 */
export function HighlightedText({ text, detections, maxChars = 600 }: { text: string; detections: Detection[]; maxChars?: number }) {
  const spans = [...detections].sort((a, b) => a.start - b.start);
  const first = spans[0];
  // Long emails: show a window around the first match rather than the whole message.
  const windowStart = first && text.length > maxChars ? Math.max(0, first.start - Math.floor(maxChars / 3)) : 0;
  const windowEnd = Math.min(text.length, windowStart + maxChars);
  const parts: { text: string; marked: boolean }[] = [];
  let cursor = windowStart;
  for (const d of spans) {
    const start = Math.max(d.start, cursor);
    const end = Math.min(d.end, windowEnd);
    if (end <= start) continue;
    if (start > cursor) parts.push({ text: text.slice(cursor, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < windowEnd) parts.push({ text: text.slice(cursor, windowEnd), marked: false });
  return (
    <p className="quote">
      {windowStart > 0 && '…'}
      {parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
      {windowEnd < text.length && '…'}
    </p>
  );
}
