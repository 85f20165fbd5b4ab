import { describe, expect, it } from 'vitest';
import { formatRows, median, percentile, rowFromSamples, verdict } from './report';
import { mulberry32 } from './prng';

describe('bench report', () => {
  it('computes medians and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile(hundred, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
  });

  it('marks rows ok or over against every target', () => {
    const row = rowFromSamples('x', [0.5, 0.6, 0.7, 9], [{ stat: 'median', maxMs: 1 }, { stat: 'p99', maxMs: 5 }]);
    expect(verdict(row)).toBe('over');
    expect(verdict({ ...row, targets: [{ stat: 'median', maxMs: 1 }] })).toBe('ok');
    expect(verdict({ ...row, targets: undefined })).toBe('');
  });

  it('prints a table with the columns name | median | p95 | p99 | n | target | ok', () => {
    const out = formatRows([rowFromSamples('caption', [0.2, 0.4], [{ stat: 'median', maxMs: 1 }], 'a note')]);
    const [header, , first] = out.split('\n');
    expect(header!.split('|').map((s) => s.trim())).toEqual(['name', 'median', 'p95', 'p99', 'n', 'target', 'ok']);
    expect(first!.split('|').map((s) => s.trim())).toEqual(['caption', '0.300 ms', '0.400 ms', '0.400 ms', '2', 'median ≤ 1 ms', 'ok']);
    expect(out).toContain('caption: a note');
  });

  it('has a deterministic PRNG', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('an empty section', () => {
  it('prints no table', () => {
    expect(formatRows([])).toBe('');
  });
});
