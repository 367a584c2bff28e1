/**
 * What a relation pattern's slot takes (its type and class), worked out once per context and
 * pattern instead of on every span the matcher offers the slot.
 *
 * The parser asked for a slot's type and class, and built string keys from them, on each of the
 * ~450,000 slot lookups of the users' set (round 16's profile: `slotSpec`, the keys and their
 * hashing ~11% of a check). A spec depends only on the context's axioms and slot types and on
 * the pattern's property, so it is kept per context and pattern, with the small numbers that name
 * its readings in the parse's cache and in the memo of src/check/slot-memo.ts.
 *
 * Lifetime: per context (a WeakMap, as the slot memo), and per pattern object of its `relations`.
 */
import { NS, slotTypeOf, type CheckContext, type RelationPattern, type SlotType } from './context.js';
import { readingKind } from './slot-memo.js';

/** A slot of a relation pattern as the parser reads it. */
export interface SlotSpec {
  type: SlotType;
  cls?: string;
  /** Names (type, class) among the slots of one parse: a part of its cache's numeric keys. */
  local: number;
  /** `readingKind` of this slot's readings without unknown names, by typing (0 lax, 1 strict). */
  kinds: readonly [number, number];
  /** `readingKind` of its unknown-name readings, by typing. */
  unknownKinds: readonly [number, number];
}

const specs = new WeakMap<CheckContext, WeakMap<RelationPattern, Map<string, SlotSpec>>>();
// (type, class) pairs as small numbers: few, and the same in every context
const locals = new Map<string, number>();

/**
 * The spec of slot `name` of `rp` in `ctx`: `s` takes the property's domain, `o` its range (a date
 * property a year as well), a qualifier slot the qualifier's range.
 *
 * @example
 * ```ts
 * slotSpecOf(ctx, memberOfPattern, 'o').type; // 'entity'
 * ```
 */
export function slotSpecOf(ctx: CheckContext, rp: RelationPattern, name: string): SlotSpec {
  let byPattern = specs.get(ctx);
  if (!byPattern) specs.set(ctx, (byPattern = new WeakMap()));
  let byName = byPattern.get(rp);
  if (!byName) byPattern.set(rp, (byName = new Map()));
  let spec = byName.get(name);
  if (!spec) byName.set(name, (spec = build(ctx, rp, name)));
  return spec;
}

/**
 * `slotSpecOf` for one pattern, its per-pattern table looked up once: the parser asks a spec for
 * every span it offers a slot.
 *
 * @example
 * ```ts
 * const specOf = slotSpecsFor(ctx, memberOfPattern);
 * specOf('o').type; // 'entity'
 * ```
 */
export function slotSpecsFor(ctx: CheckContext, rp: RelationPattern): (name: string) => SlotSpec {
  let byPattern = specs.get(ctx);
  if (!byPattern) specs.set(ctx, (byPattern = new WeakMap()));
  let byName = byPattern.get(rp);
  if (!byName) byPattern.set(rp, (byName = new Map()));
  const table = byName;
  return (name) => {
    let spec = table.get(name);
    if (!spec) table.set(name, (spec = build(ctx, rp, name)));
    return spec;
  };
}

function build(ctx: CheckContext, rp: RelationPattern, name: string): SlotSpec {
  let type: SlotType;
  let cls: string | undefined;
  if (name === 's') {
    type = 'entity';
    cls = ctx.axioms.domain.get(rp.property);
  } else if (name === 'o') {
    const t = slotTypeOf(ctx, rp.property);
    type = t === 'date' ? 'date-or-year' : t;
    cls = ctx.axioms.range.get(rp.property);
  } else {
    const q = NS.cg + name;
    type = slotTypeOf(ctx, q);
    cls = ctx.axioms.range.get(q);
  }
  const pair = `${type}|${cls ?? ''}`;
  let local = locals.get(pair);
  if (local === undefined) locals.set(pair, (local = locals.size));
  return {
    type,
    ...(cls !== undefined ? { cls } : {}),
    local,
    kinds: [readingKind(`${pair}|false`), readingKind(`${pair}|true`)],
    unknownKinds: [readingKind(`?${pair}|false`), readingKind(`?${pair}|true`)],
  };
}
