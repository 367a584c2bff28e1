/**
 * One key for a check context and every context derived from it by the fields that say how a
 * claim is judged, not how it is read: `scope`, `asOf`, `present`, `perfect`.
 *
 * Why: a claim's rechecks run in derived contexts (a source's claims only, a time, a tense, a
 * compound's part), each a new object, and the memos of reading (parses, slot readings, mentions)
 * were kept per context object: the users' set parsed ~2,700 texts of which ~2,030 were
 * different, ~9% of the loop's CPU spent parsing again a text another context had parsed.
 *
 * Premise: reading a text (`parseClaim` and what it calls: slots, mentions) uses none of these
 * four fields (tests/check/context-base.test.ts fails when a parse differs between a context
 * and its derived ones). Contexts that differ in any other field (another lexicon, other labels)
 * get keys of their own: two contexts share a key only when every other field holds the same
 * value (the same object).
 *
 * Lifetime: a key lives as long as a context that has it (WeakMaps on the context and on its
 * shared pattern list).
 */
import type { CheckContext } from './context.js';

/** The fields a derived context changes, none of which reading a text uses. */
export const JUDGING_FIELDS: ReadonlyArray<keyof CheckContext> = ['scope', 'asOf', 'present', 'perfect'];

const judging = new Set<string>(JUDGING_FIELDS);
const keys = new WeakMap<CheckContext, object>();
// per pattern list (every derived context shares its base's): the contexts that made a key, with the key
const byRelations = new WeakMap<object, Array<{ ctx: CheckContext; key: object }>>();

function sameReading(a: CheckContext, b: CheckContext): boolean {
  const ka = Object.keys(a).filter((k) => !judging.has(k));
  const kb = Object.keys(b).filter((k) => !judging.has(k));
  if (ka.length !== kb.length) return false;
  const rec = (c: CheckContext) => c as unknown as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(b, k) && rec(a)[k] === rec(b)[k]);
}

/**
 * The memo key of a context: the same object for a context and every context derived from it by
 * {@link JUDGING_FIELDS} alone.
 *
 * @example
 * ```ts
 * readingKey({ ...ctx, present: true }) === readingKey(ctx); // true
 * ```
 */
export function readingKey(ctx: CheckContext): object {
  const hit = keys.get(ctx);
  if (hit) return hit;
  let made = byRelations.get(ctx.relations);
  if (!made) byRelations.set(ctx.relations, (made = []));
  let key = made.find((m) => sameReading(m.ctx, ctx))?.key;
  if (!key) {
    key = {};
    // a long-running server that reloads the graph makes new contexts: keep the list short
    if (made.length >= 16) made.shift();
    made.push({ ctx, key });
  }
  keys.set(ctx, key);
  return key;
}
