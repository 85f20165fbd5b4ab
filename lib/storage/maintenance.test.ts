import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TruthSerumDB, type MomentRecord } from './db';
import { applyRetention, BACKUP_FORMAT, BackupError, CHUNK_SIZE, deleteConversation, deleteEverything, exportBackup, parseBackup, restoreBackup } from './maintenance';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 1);

function moment(id: string, overrides: Partial<MomentRecord> = {}): MomentRecord {
  const text = 'Could you just send me some information?';
  return {
    id,
    createdAt: NOW,
    updatedAt: NOW,
    source: 'gmail',
    kind: 'email',
    conversationId: 'thread-1',
    conversationTitle: 'Fleet tracking',
    role: 'customer',
    speaker: 'Dana Ortiz',
    speakerEmail: 'dana@northwind.example',
    text,
    categories: ['info_brushoff'],
    detections: [{ category: 'info_brushoff', trigger: 'send-info', start: 15, end: 39, text: 'send me some information', speakers: 'customer' }],
    tabId: 7,
    composeKey: 'draft-r-1',
    seen: 0,
    feedback: null,
    usedSuggestionId: null,
    ...overrides,
  };
}

const ids = async (db: TruthSerumDB) => (await db.moments.toCollection().primaryKeys()).sort();

describe('storage maintenance', () => {
  let db: TruthSerumDB;
  beforeEach(() => {
    db = new TruthSerumDB(`maintenance-${Math.random()}`);
  });

  describe('applyRetention', () => {
    it('deletes moments first seen more than N days ago and keeps the rest', async () => {
      await db.moments.bulkPut([
        moment('old', { createdAt: NOW - 31 * DAY, updatedAt: NOW }),
        moment('edge', { createdAt: NOW - 30 * DAY }),
        moment('new', { createdAt: NOW - DAY }),
      ]);
      expect(await applyRetention(db, 30, NOW)).toBe(1);
      expect(await ids(db)).toEqual(['edge', 'new']);
    });

    it('keeps everything when retention is 0 (forever) or invalid', async () => {
      await db.moments.bulkPut([moment('a', { createdAt: 0 })]);
      expect(await applyRetention(db, 0, NOW)).toBe(0);
      expect(await applyRetention(db, -3, NOW)).toBe(0);
      expect(await applyRetention(db, Number.NaN, NOW)).toBe(0);
      expect(await db.moments.count()).toBe(1);
    });

    it('deletes in transactions of at most CHUNK_SIZE moments', async () => {
      const total = CHUNK_SIZE * 2 + 17;
      await db.moments.bulkPut(Array.from({ length: total }, (_, i) => moment(`m${i}`, { createdAt: NOW - 100 * DAY + i })));
      await db.moments.put(moment('keep', { createdAt: NOW }));
      const bulkDelete = vi.spyOn(db.moments, 'bulkDelete');
      expect(await applyRetention(db, 7, NOW)).toBe(total);
      expect(bulkDelete.mock.calls.map(([keys]) => keys.length)).toEqual([CHUNK_SIZE, CHUNK_SIZE, 17]);
      expect(await ids(db)).toEqual(['keep']);
    });
  });

  it('deletes one conversation only', async () => {
    await db.moments.bulkPut([moment('a'), moment('b'), moment('c', { conversationId: 'thread-2' })]);
    expect(await deleteConversation(db, 'thread-1')).toBe(2);
    expect(await ids(db)).toEqual(['c']);
    expect(await deleteConversation(db, 'nope')).toBe(0);
  });

  it('deletes everything in the history, but not the live adapter status', async () => {
    await db.moments.bulkPut([moment('a'), moment('b')]);
    await db.adapters.put({ key: '7:gmail', tabId: 7, source: 'gmail', state: 'listening', detail: '', conversationId: null, updatedAt: NOW });
    await deleteEverything(db);
    expect(await db.moments.count()).toBe(0);
    expect(await db.adapters.count()).toBe(1);
  });

  describe('backup', () => {
    it('exports a versioned object that restores into an empty database (through JSON)', async () => {
      await db.moments.bulkPut([moment('a', { feedback: 'helpful', usedSuggestionId: 's1', seen: 1 }), moment('b', { createdAt: NOW - DAY })]);
      const backup = await exportBackup(db, NOW);
      expect(backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, exportedAt: NOW });
      expect(backup.moments.map((m) => m.id)).toEqual(['b', 'a']);

      const other = new TruthSerumDB(`restore-${Math.random()}`);
      expect(await restoreBackup(other, JSON.stringify(backup))).toBe(2);
      const restored = (await other.moments.get('a'))!;
      // Tab ids mean nothing in another session: restored moments are tied to no tab.
      expect(restored).toMatchObject({ ...moment('a', { feedback: 'helpful', usedSuggestionId: 's1', seen: 1 }), tabId: null });
    });

    it('merges by default (the backup wins on the same id) and replaces on request', async () => {
      await db.moments.bulkPut([moment('a', { text: 'Could you just send me some information? (old)' }), moment('only-here')]);
      const backup = { format: BACKUP_FORMAT, version: 1, exportedAt: NOW, moments: [moment('a'), moment('z')] };
      await restoreBackup(db, backup);
      expect(await ids(db)).toEqual(['a', 'only-here', 'z']);
      expect((await db.moments.get('a'))!.text).toBe('Could you just send me some information?');
      await restoreBackup(db, backup, { mode: 'replace' });
      expect(await ids(db)).toEqual(['a', 'z']);
    });

    const good = () => ({ format: BACKUP_FORMAT, version: 1, exportedAt: NOW, moments: [moment('x'), moment('y')] as unknown[] });
    it.each<[string, unknown, RegExp]>([
      ['not JSON', '{"format": ', /not valid JSON/],
      ['an array', '[]', /expected a JSON object/],
      ['null', null, /expected a JSON object/],
      ['another format', { ...good(), format: 'other-app' }, /format is "other-app", expected "truth-serum-backup"/],
      ['no format', { version: 1, moments: [] }, /format is missing/],
      ['a newer version', { ...good(), version: 2 }, /version 2 is not supported.*reads version 1/],
      ['the version as a string', { ...good(), version: '1' }, /version "1" is not supported/],
      ['no moments', { ...good(), moments: undefined }, /moments: Invalid type: Expected Array/],
      ['a moment with a bad date', { ...good(), moments: [moment('x'), { ...moment('y'), createdAt: 'yesterday' }] }, /moments\[1\]\.createdAt: Invalid type: Expected number/],
      ['a moment from an unknown site', { ...good(), moments: [{ ...moment('x'), source: 'myspace' }] }, /moments\[0\]\.source: Invalid type/],
      ['a moment without text', { ...good(), moments: [{ ...moment('x'), text: undefined }] }, /moments\[0\]\.text/],
      ['a moment without categories', { ...good(), moments: [moment('x', { categories: [] })] }, /moments\[0\]\.categories/],
      ['a detection outside the text', { ...good(), moments: [moment('x', { detections: [{ category: 'price', trigger: 't', start: 5, end: 500, text: 'x', speakers: 'customer' }] })] }, /moments\[0\]: a detection points outside/],
      ['a malformed detection', { ...good(), moments: [{ ...moment('x'), detections: [{ start: 'a' }] }] }, /moments\[0\]\.detections\[0\]\.category/],
      ['duplicate ids', { ...good(), moments: [moment('x'), moment('x')] }, /moments\[1\]\.id: "x" appears twice/],
      ['a string moment', { ...good(), moments: ['hello'] }, /moments\[0\]: Invalid type: Expected Object/],
    ])('rejects %s with a precise message and leaves the history untouched', async (_name, input, message) => {
      await db.moments.bulkPut([moment('existing')]);
      const before = await db.moments.toArray();
      const error = await restoreBackup(db, input, { mode: 'replace' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(message);
      expect(await db.moments.toArray()).toEqual(before);
    });

    it('rolls back completely when the write itself fails half-way', async () => {
      await db.moments.bulkPut([moment('existing')]);
      const before = await db.moments.toArray();
      const many = Array.from({ length: CHUNK_SIZE + 10 }, (_, i) => moment(`r${i}`));
      const real = db.moments.bulkPut.bind(db.moments);
      let calls = 0;
      vi.spyOn(db.moments, 'bulkPut').mockImplementation(((...args: Parameters<typeof real>) => {
        if (++calls === 2) throw new Error('disk full');
        return real(...args);
      }) as typeof real);
      await expect(restoreBackup(db, { format: BACKUP_FORMAT, version: 1, exportedAt: NOW, moments: many }, { mode: 'replace' })).rejects.toThrow('disk full');
      vi.restoreAllMocks();
      expect(await db.moments.toArray()).toEqual(before);
    });

    it('accepts derived fields from newer exports and recomputes them', () => {
      const parsed = parseBackup({ ...good(), moments: [{ ...moment('x'), primaryCategory: 'bogus', prospectKey: 'x', used: 1 }] });
      expect(parsed.moments[0]).not.toHaveProperty('primaryCategory');
    });
  });
});
