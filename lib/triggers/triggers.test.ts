import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PACK } from '../detection/default-pack';
import { createDetector } from '../detection/engine';
import type { TriggerDef } from '../detection/types';
import { customCategories, effectivePack, responsesFor } from './effective';
import { applyImport, exportPack, parsePack, previewImport, PACK_FORMAT, type ImportPreview } from './pack';
import {
  EMPTY_STORE,
  fitsInSync,
  loadTriggerStore,
  localTriggersItem,
  newTriggerId,
  normalizeStore,
  saveTriggerStore,
  syncTriggersItem,
  watchTriggerStore,
  type TriggerStore,
} from './store';
import { readTeamPolicy } from './team';

const WAGONS: TriggerDef = { id: 'custom.wagons', category: 'stall', phrases: ['circle the wagons'] };
const store = (over: Partial<TriggerStore> = {}): TriggerStore => ({ ...EMPTY_STORE, ...over });

describe('trigger store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is empty at first, in sync storage', async () => {
    expect(await loadTriggerStore()).toEqual({ store: EMPTY_STORE, where: 'sync' });
  });

  it('upgrades a v1-shaped value to v2 without losing anything', async () => {
    const v1 = { triggers: [WAGONS, { id: 'custom.two', category: 'price', patterns: ['too (pricey|dear)'], speakers: 'anyone' }], disabled: ['info.send-material'] };
    await fakeBrowser.storage.sync.set({ triggers: v1, triggers$: { v: 1 } });
    await syncTriggersItem.migrate();
    const { store: loaded } = await loadTriggerStore();
    expect(loaded).toEqual({ custom: v1.triggers, disabledBuiltIns: ['info.send-material'], responses: {}, categories: [] });
    expect(await syncTriggersItem.getMeta()).toMatchObject({ v: 2 });
  });

  it('round-trips through sync storage and notifies watchers', async () => {
    const seen = vi.fn();
    const stop = watchTriggerStore(seen);
    expect(await saveTriggerStore(store({ custom: [WAGONS] }))).toBe('sync');
    expect((await loadTriggerStore()).store.custom).toEqual([WAGONS]);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ store: store({ custom: [WAGONS] }), where: 'sync' }));
    stop();
  });

  it('moves to local storage when the store outgrows a sync item (8 KB), flags it, and moves back when it fits', async () => {
    const many = Array.from({ length: 120 }, (_, i): TriggerDef => ({ id: `custom.t${i}`, category: 'stall', phrases: [`circle the wagons number ${i} again`] }));
    const big = store({ custom: many });
    expect(fitsInSync(big)).toBe(false);
    expect(await saveTriggerStore(big)).toBe('local');
    expect(await loadTriggerStore()).toEqual({ store: big, where: 'local' });
    // The last edit that fitted is still in sync (other browsers keep working); nothing was lost here.
    expect(await localTriggersItem.getValue()).toEqual(big);

    expect(await saveTriggerStore(store({ custom: many.slice(0, 3) }))).toBe('sync');
    expect(await loadTriggerStore()).toEqual({ store: store({ custom: many.slice(0, 3) }), where: 'sync' });
    expect(await fakeBrowser.storage.local.get('triggers')).toEqual({});
  });

  it('falls back to local storage when sync refuses the write', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await saveTriggerStore(store({ custom: [WAGONS] }))).toBe('local');
    expect(await loadTriggerStore()).toEqual({ store: store({ custom: [WAGONS] }), where: 'local' });
  });

  it('keeps every valid entry of a damaged value and drops hostile patterns', () => {
    const damaged = { custom: [WAGONS, { id: 'x', category: 'stall', patterns: ['/(a+)+$/'] }, { id: 'y' }, WAGONS], disabledBuiltIns: ['a', 3, 'a'], responses: { stall: [{ id: 'r', email: 'Hi', spoken: '' }, { nope: 1 }] }, categories: [{ id: 'renewal', label: 'Renewal', colour: 'red' }] };
    expect(normalizeStore(damaged)).toEqual({ custom: [WAGONS], disabledBuiltIns: ['a'], responses: { stall: [{ id: 'r', email: 'Hi', spoken: '' }] }, categories: [] });
    expect(normalizeStore('garbage')).toEqual(EMPTY_STORE);
  });

  it('keeps the second-look choice when it is a boolean, leaves it out (on) when absent, and drops anything else', async () => {
    expect(normalizeStore(store({ secondLookAdds: false }))).toEqual({ ...EMPTY_STORE, secondLookAdds: false });
    expect(normalizeStore(store({ secondLookAdds: true })).secondLookAdds).toBe(true);
    expect('secondLookAdds' in normalizeStore(store())).toBe(false);
    expect('secondLookAdds' in normalizeStore({ ...EMPTY_STORE, secondLookAdds: 'no' })).toBe(false);
    // A store written before the field existed (version 2, no migration) reads as on, and the choice round-trips.
    await fakeBrowser.storage.sync.set({ triggers: { custom: [WAGONS], disabledBuiltIns: [], responses: {}, categories: [] }, triggers$: { v: 2 } });
    expect((await loadTriggerStore()).store.secondLookAdds).toBeUndefined();
    await saveTriggerStore(store({ custom: [WAGONS], secondLookAdds: false }));
    expect((await loadTriggerStore()).store).toEqual(store({ custom: [WAGONS], secondLookAdds: false }));
  });

  it('keeps an edited built-in even when its untouched built-in patterns break the rules for new ones', () => {
    const builtIn = DEFAULT_PACK.triggers.find((t) => t.id === 'info.send-material')!;
    const edited = { ...builtIn, note: 'edited' };
    expect(normalizeStore(store({ custom: [edited] })).custom).toEqual([edited]);
  });

  it('limits the lines a rep writes per field, not the built-in lines an edited copy keeps', () => {
    const builtIn = DEFAULT_PACK.triggers.find((t) => (t.patterns?.length ?? 0) > 50)!;
    const own = Array.from({ length: 50 }, (_, i) => `wagon number ${i}`);
    const edited = { ...builtIn, patterns: [...builtIn.patterns!, ...own] };
    expect(normalizeStore(store({ custom: [edited] })).custom).toEqual([edited]);
    const tooMany = { ...builtIn, patterns: [...builtIn.patterns!, ...own, 'one wagon too many'] };
    expect(normalizeStore(store({ custom: [tooMany] })).custom).toEqual([]);
    expect(normalizeStore(store({ custom: [{ ...WAGONS, phrases: [...own, 'one wagon too many'] }] })).custom).toEqual([]);
  });

  it('makes readable unique ids', () => {
    expect(newTriggerId('Circle the wagons!', new Set())).toMatch(/^custom\.circle-the-wagons-[a-z0-9]{1,4}$/);
  });
});

describe('effectivePack', () => {
  const team = { name: 'Acme sales', triggers: [{ id: 'team.renewal', category: 'renewal', phrases: ['renewal is off'] }, { id: 'custom.wagons', category: 'complaint', phrases: ['wagons'] }] };

  it('is the built-in pack when nothing is customised', () => {
    const pack = effectivePack(DEFAULT_PACK, EMPTY_STORE);
    expect(pack.triggers.map((t) => t.id)).toEqual(DEFAULT_PACK.triggers.map((t) => t.id));
    expect(pack.sets).toBe(DEFAULT_PACK.sets);
  });

  it('drops switched-off built-ins, replaces edited ones, adds custom, then the team’s locked triggers', () => {
    const edited = { ...DEFAULT_PACK.triggers[1]!, phrases: ['totally edited'], patterns: [] };
    const pack = effectivePack(DEFAULT_PACK, store({ custom: [WAGONS, edited], disabledBuiltIns: ['info.send-material'] }), team);
    const ids = pack.triggers.map((t) => t.id);
    expect(ids).not.toContain('info.send-material');
    expect(pack.triggers.find((t) => t.id === edited.id)).toEqual({ ...edited, origin: 'override' });
    // The team's trigger with the same id wins over the rep's.
    expect(pack.triggers.filter((t) => t.id === 'custom.wagons')).toEqual([{ ...team.triggers[1], origin: 'team', locked: true }]);
    expect(pack.triggers.at(-2)).toEqual({ ...team.triggers[0], origin: 'team', locked: true });
  });

  it('feeds a detector that fires on the rep’s phrase', () => {
    const detector = createDetector(effectivePack(DEFAULT_PACK, store({ custom: [WAGONS] })));
    expect(detector.analyze('Honestly we need to circle the wagons internally first.', { channel: 'email' }).detections).toEqual([
      expect.objectContaining({ category: 'stall', trigger: 'custom.wagons', text: 'circle the wagons' }),
    ]);
  });

  it('takes responses from the team, then the rep, else the playbook', () => {
    const mine = store({ responses: { stall: [{ id: 'a', email: 'Mine', spoken: '' }] }, categories: [{ id: 'renewal', label: 'Renewal', colour: '#123456' }] });
    expect(responsesFor('stall', mine)).toEqual([{ id: 'a', email: 'Mine', spoken: '' }]);
    expect(responsesFor('price', mine)).toBeUndefined();
    expect(responsesFor('stall', mine, { triggers: [], responses: { stall: [{ id: 't', email: 'Team', spoken: '' }] } })?.[0]?.email).toBe('Team');
    expect(customCategories(mine, { triggers: [], categories: [{ id: 'renewal', label: 'Team renewal', colour: '#000000' }] })).toEqual([{ id: 'renewal', label: 'Team renewal', colour: '#000000' }]);
  });
});

describe('packs: export, preview, import', () => {
  const mine = store({ custom: [WAGONS, { id: 'custom.old', category: 'price', phrases: ['too dear'] }], responses: { stall: [{ id: 's1', email: 'When would be a good time?', spoken: 'When?' }] } });

  it('exports a versioned file', () => {
    const file = exportPack(mine);
    expect(file).toMatchObject({ format: PACK_FORMAT, version: 1, triggers: mine.custom, responses: mine.responses });
  });

  it('round-trips: export, reset, import gives the same store back', () => {
    const json = JSON.stringify(exportPack(mine));
    const preview = previewImport(EMPTY_STORE, json);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.added.map((t) => t.id)).toEqual(['custom.wagons', 'custom.old']);
    expect(preview.responses).toEqual(['stall']);
    expect(applyImport(EMPTY_STORE, preview)).toEqual(mine);
  });

  it('leaves the second-look choice out of an export, and an import neither carries nor resets it', () => {
    const off = store({ ...mine, secondLookAdds: false });
    const file = exportPack(off);
    expect('secondLookAdds' in file).toBe(false);
    // A hand-made pack with the field: it is not part of the format, so the rep's choice stands either way.
    const onFromColleague = { ...exportPack(mine), secondLookAdds: true };
    const preview = previewImport(off, JSON.stringify(onFromColleague));
    if (!preview.ok) throw new Error(preview.error);
    expect(applyImport(off, preview).secondLookAdds).toBe(false);
    const intoDefault = previewImport(EMPTY_STORE, JSON.stringify({ ...exportPack(mine), secondLookAdds: false }));
    if (!intoDefault.ok) throw new Error(intoDefault.error);
    expect('secondLookAdds' in applyImport(EMPTY_STORE, intoDefault)).toBe(false);
  });

  it('previews added, changed and unchanged triggers', () => {
    const incoming = { format: PACK_FORMAT, version: 1, triggers: [WAGONS, { id: 'custom.old', category: 'price', phrases: ['too dear', 'too steep'] }, { id: 'custom.new', category: 'stall', phrases: ['kick the can'] }], responses: {} };
    const preview = previewImport(mine, JSON.stringify(incoming)) as ImportPreview;
    expect(preview.ok).toBe(true);
    expect(preview.unchanged.map((t) => t.id)).toEqual(['custom.wagons']);
    expect(preview.changed.map((c) => [c.before.phrases, c.after.phrases])).toEqual([[['too dear'], ['too dear', 'too steep']]]);
    expect(preview.added.map((t) => t.id)).toEqual(['custom.new']);
    const after = applyImport(mine, preview);
    expect(after.custom.map((t) => t.id)).toEqual(['custom.wagons', 'custom.old', 'custom.new']);
    expect(after.responses).toEqual(mine.responses);
  });

  it.each([
    ['not json', '{"format":', /not valid JSON/],
    ['an array', '[]', /holds no object/],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, triggers: [] }), /"format" is "something-else", expected "truth-serum-pack"/],
    ['a newer version', JSON.stringify({ format: PACK_FORMAT, version: 2, triggers: [] }), /version 2, made by a newer Truth Serum.*Update/],
    ['a missing version', JSON.stringify({ format: PACK_FORMAT, triggers: [] }), /"version" is missing; expected 1/],
    ['a hostile pattern', JSON.stringify({ format: PACK_FORMAT, version: 1, triggers: [WAGONS, { id: 'custom.evil', category: 'stall', patterns: ['/(a+)+$/'] }] }), /^triggers\[1\] \(custom\.evil\) › patterns\[0\]: Regular expressions/],
    ['an unknown tag', JSON.stringify({ format: PACK_FORMAT, version: 1, triggers: [{ id: 'custom.t', category: 'stall', patterns: ['#Nuon please'] }] }), /patterns\[0\]: #Nuon is not a tag/],
    ['an empty trigger', JSON.stringify({ format: PACK_FORMAT, version: 1, triggers: [{ id: 'custom.t', category: 'stall' }] }), /triggers\[0\] \(custom\.t\): a trigger needs at least one phrase or pattern/],
    ['a bad category', JSON.stringify({ format: PACK_FORMAT, version: 1, triggers: [{ id: 'custom.t', category: 'Stall!', phrases: ['x'] }] }), /category: a category id/],
    ['a duplicate id', JSON.stringify({ format: PACK_FORMAT, version: 1, triggers: [WAGONS, WAGONS] }), /triggers\[1\] \(custom\.wagons\): the id is used twice/],
  ])('refuses %s with a precise error, changing nothing', (_what, json, expected) => {
    const before = structuredClone(mine);
    const preview = previewImport(mine, json);
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.error).toMatch(expected);
    expect(mine).toEqual(before);
  });

  it('parses an already-parsed pack (a policy value)', () => {
    expect(parsePack({ format: PACK_FORMAT, version: 1, triggers: [WAGONS] })).toMatchObject({ ok: true, pack: { triggers: [WAGONS], responses: {} } });
  });
});

describe('team policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is absent without a policy', async () => {
    expect(await readTeamPolicy()).toEqual({ pack: null });
  });

  it('reads a pack (object or JSON text) from managed storage', async () => {
    const pack = { format: PACK_FORMAT, version: 1, name: 'Acme', triggers: [WAGONS] };
    await fakeBrowser.storage.managed.set({ teamPack: pack });
    expect(await readTeamPolicy()).toEqual({ pack: { name: 'Acme', triggers: [WAGONS], responses: {}, categories: [] } });
    await fakeBrowser.storage.managed.set({ teamPack: JSON.stringify(pack) });
    expect((await readTeamPolicy()).pack?.triggers).toEqual([WAGONS]);
  });

  it('reports a broken policy instead of applying it', async () => {
    await fakeBrowser.storage.managed.set({ teamPack: { format: PACK_FORMAT, version: 1, triggers: [{ id: 'x', category: 'stall', patterns: ['.* .* .* .* .*'] }] } });
    expect(await readTeamPolicy()).toEqual({ pack: null, error: expect.stringMatching(/not applied: triggers\[0\] \(x\) › patterns\[0\]/) });
  });

  it('survives a browser where managed storage throws (Firefox without a policy)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readTeamPolicy()).toEqual({ pack: null });
  });
});

describe('live detector (the background’s)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the rep’s triggers after the first read and rebuilds when they change', async () => {
    const { createLiveDetector } = await import('./live-detector');
    const live = createLiveDetector();
    await live.ready;
    const text = 'We need to circle the wagons first.';
    expect(live.current().analyze(text, { channel: 'email' }).categories).toEqual([]);
    await saveTriggerStore(store({ custom: [WAGONS] }));
    await vi.waitFor(() => expect(live.current().analyze(text, { channel: 'email' }).categories).toEqual(['stall']));
    await saveTriggerStore(store({ disabledBuiltIns: ['info.send-material'] }));
    await vi.waitFor(() => expect(live.current().analyze(text, { channel: 'email' }).categories).toEqual([]));
    expect(live.current().analyze('Just send me some information.', { channel: 'email' }).categories).not.toContain('info_brushoff');
    live.stop();
  });

  it('gives the built-ins’ hits the second look, and fires the rep’s own triggers as written', async () => {
    const { createLiveDetector } = await import('./live-detector');
    const live = createLiveDetector();
    await live.ready;
    // The shipped model reads the "nightmare" here as a story that ends with us, not a complaint about us.
    const text = "We did a tender last year and it was a nightmare, so we'd rather just go with you.";
    expect(live.current().analyze(text, { channel: 'email' }).categories).toEqual([]);
    await saveTriggerStore(store({ custom: [{ id: 'mine.nightmare', category: 'complaint', phrases: ['it was a nightmare'] }] }));
    await vi.waitFor(() => expect(live.current().analyze(text, { channel: 'email' }).categories).toEqual(['complaint']));
    live.stop();
  });

  it('stops and restarts the second look’s added moments when the rep switches them', async () => {
    const { createLiveDetector } = await import('./live-detector');
    const live = createLiveDetector();
    await live.ready;
    // No trigger matches this (our own line); the second look reads it as price pushback (p > 0.9).
    const text = 'Our budget was a fraction of that quote, it is far more money than we planned.';
    const triggers = () => live.current().analyze(text, { channel: 'caption' }).detections.map((d) => d.trigger);
    expect(triggers()).toEqual(['second-look.price']);
    await saveTriggerStore(store({ secondLookAdds: false }));
    await vi.waitFor(() => expect(triggers()).toEqual([]));
    await saveTriggerStore(store({ secondLookAdds: true }));
    await vi.waitFor(() => expect(triggers()).toEqual(['second-look.price']));
    live.stop();
  });

  it('adds the team’s triggers from policy', async () => {
    await fakeBrowser.storage.managed.set({ teamPack: { format: PACK_FORMAT, version: 1, triggers: [{ ...WAGONS, id: 'team.wagons', category: 'complaint' }] } });
    const { createLiveDetector } = await import('./live-detector');
    const live = createLiveDetector();
    await live.ready;
    expect(live.current().analyze('circle the wagons', { channel: 'email' }).detections[0]).toMatchObject({ trigger: 'team.wagons', category: 'complaint' });
    live.stop();
  });
});
