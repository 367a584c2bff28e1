// A slot spec (src/check/slot-specs.ts) is worked out once per context and pattern; these tests
// fail when it differs from what the slot takes (the property's domain, range, a qualifier's
// range) or when two slots of different type or class share the numbers that key their readings.
import { describe, expect, it } from 'vitest';
import { NS, slotTypeOf } from '../../src/check/context.js';
import { slotSpecOf } from '../../src/check/slot-specs.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture();
const memberOf = ctx.relations.find((r) => r.property === `${NS.cg}memberOf` && r.pattern.slots.includes('o'))!;

describe('slot specs', () => {
  it('give s the domain and o the range of the property', () => {
    expect(memberOf).toBeDefined();
    const s = slotSpecOf(ctx, memberOf, 's');
    const o = slotSpecOf(ctx, memberOf, 'o');
    expect(s.type).toBe('entity');
    expect(s.cls).toBe(ctx.axioms.domain.get(memberOf.property));
    expect(o.cls).toBe(ctx.axioms.range.get(memberOf.property));
  });

  it('give a qualifier slot its own type and range', () => {
    const q = slotSpecOf(ctx, memberOf, 'year');
    expect(q.type).toBe(slotTypeOf(ctx, `${NS.cg}year`));
    expect(q.cls).toBe(ctx.axioms.range.get(`${NS.cg}year`));
  });

  it('are the same object when asked again, and number kinds apart', () => {
    const s = slotSpecOf(ctx, memberOf, 's');
    expect(slotSpecOf(ctx, memberOf, 's')).toBe(s);
    const year = slotSpecOf(ctx, memberOf, 'year');
    expect(year.local).not.toBe(s.local);
    const all = [...s.kinds, ...s.unknownKinds, ...year.kinds, ...year.unknownKinds];
    expect(new Set(all).size).toBe(all.length);
  });
});
