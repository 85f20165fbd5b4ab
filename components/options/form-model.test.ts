import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '@/lib/detection/default-pack';
import { triggerFromValues, validateTriggerForm, valuesFromTrigger } from './form-model';

describe('trigger form model', () => {
  it('keeps what the form does not show when a built-in is edited (negation, whole-text exceptions)', () => {
    const builtIn = DEFAULT_PACK.triggers.find((t) => t.unlessInText?.length);
    expect(builtIn).toBeDefined();
    const values = { ...valuesFromTrigger(builtIn!), phrases: 'just send me the deck' };
    const { trigger } = triggerFromValues(builtIn!.id, values, builtIn!);
    expect(trigger.phrases).toEqual(['just send me the deck']);
    expect(trigger.unlessInText).toEqual(builtIn!.unlessInText);
    expect(trigger.negatable).toBe(builtIn!.negatable);
  });

  it('writes nothing extra for a new trigger', () => {
    const { trigger } = triggerFromValues('custom.x', { ...valuesFromTrigger(null), category: 'stall', phrases: 'circle the wagons' }, null);
    expect(trigger).toEqual({ id: 'custom.x', category: 'stall', phrases: ['circle the wagons'] });
  });

  it('lets a rep edit a built-in with more lines than a rep may write, counting only their own', () => {
    const builtIn = DEFAULT_PACK.triggers.find((t) => (t.patterns?.length ?? 0) > 50)!;
    const values = valuesFromTrigger(builtIn);
    const ctx = { categories: [], setNames: Object.keys(DEFAULT_PACK.sets ?? {}) };
    expect(validateTriggerForm(values, ctx)).toEqual({});
    const own = Array.from({ length: 51 }, (_, i) => `wagon number ${i}`).join('\n');
    expect(Object.values(validateTriggerForm({ ...values, patterns: `${values.patterns}\n${own}` }, ctx)).join(' ')).toMatch(/At most 50 .* of your own; this has 51/);
  });
});
