/**
 * A person named the way news copy and users write a name (round 11): a courtesy title before
 * the name or surname ("Mr Firefly", "Dr. Teasdale": lexicon `cg:honorific`), an initial for the
 * first name ("R. Firefly", "G. Teasdale"), or a bare office title ("President Firefly", "PM Firefly",
 * "Pres. Firefly": the role keys of `ctx.offices`, with the lexicon's `cg:roleAlias` "pm", "vp",
 * "pres"). Each reading keeps what the words say and checks what can be checked:
 *
 * - an honorific says nothing the graph records, so the rest must name a person;
 * - an initial must be the first letter of the person's first name in the graph's label
 *   ("K. Firefly" is not Rufus Firefly: no reading, so not enough information);
 * - two words in the other order ("Firefly Rufus") name the person whose two-word label they reverse;
 * - a bare title must be one the person holds or held by the graph's claims (an office of that
 *   role, any state): "Vice President Firefly" for a prime minister is no reading. A title with its
 *   state ("Sylvanian President X", "President X of Sylvania") is left to src/check/titled-name.ts,
 *   which checks the office as a statement of its own.
 */
import { isA, officeHolders } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { keyOf, tokenize, type Token } from './text.js';
import type { CheckValue } from './types.js';

/** How a mention was corrected (src/check/fuzzy.ts, src/check/spelling-variants.ts). */
type Corrected = NonNullable<Extract<CheckValue, { kind: 'entity' }>['corrected']>;

// the longest title looked at, in tokens ("his excellency", "vice president")
const MAX_TITLE = 3;

const honorifics = new WeakMap<object, Set<string>>();

/** The lexicon's courtesy titles, as token keys ("mr", "his excellency"). */
function honorificKeys(ctx: CheckContext): Set<string> {
  let keys = honorifics.get(ctx.lexicon);
  if (!keys) {
    keys = new Set(ctx.lexicon.getQuads(null, `${NS.cg}honorific`, null, null).map((q) => keyOf(tokenize(q.object.value, ctx.morph))));
    honorifics.set(ctx.lexicon, keys);
  }
  return keys;
}

/**
 * The people a span names through a courtesy title, an initial or a bare office title; empty when
 * it is none of these, or the rest names no person the title fits.
 *
 * @example
 * ```ts
 * personNameReading(ctx, tokenize('Mr Firefly', ctx.morph), 0);        // ['…/rufus-firefly']
 * personNameReading(ctx, tokenize('R. Firefly', ctx.morph), 0);        // ['…/rufus-firefly']
 * personNameReading(ctx, tokenize('President Firefly', ctx.morph), 0); // [] (he is prime minister)
 * ```
 * `corrections`, when given, receives the people whose name was read through a correction.
 */
export function personNameReading(ctx: CheckContext, tokens: readonly Token[], depth: number, corrections?: Map<string, Corrected>): string[] {
  if (tokens.length < 2 || tokens.some((t) => t.kind !== 'word')) return [];
  // a name after the title read through a correction ("President Fyrefly"): the caller reports it
  const people = (rest: readonly Token[]): string[] =>
    resolveMention(ctx, rest, depth + 1).filter((e) => isA(ctx, e.iri, `${NS.cg}Person`)).map((e) => {
      if (e.corrected) corrections?.set(e.iri, e.corrected);
      return e.iri;
    });
  const out = new Set<string>();
  for (let k = 1; k <= Math.min(MAX_TITLE, tokens.length - 1); k++) {
    const title = keyOf(tokens.slice(0, k));
    const rest = tokens.slice(k);
    if (honorificKeys(ctx).has(title)) for (const p of people(rest)) out.add(p);
    const offices = ctx.offices.get(title);
    if (offices) {
      const held = [...offices.values()];
      for (const p of people(rest)) if (held.some((o) => officeHolders(ctx, o).includes(p))) out.add(p);
    }
  }
  // "R. Firefly": one capital letter, the first letter of the first name the graph gives the person
  const first = tokens[0]!;
  if (/^[A-Z]$/.test(first.raw)) {
    const rest = tokens.slice(1);
    for (const p of people(rest)) {
      const label = (ctx.entityLabel.get(p) ?? '').split(/\s+/);
      const restKey = rest.map((t) => t.raw.toLowerCase()).join(' ');
      if (label.length > 1 && label[0]![0] === first.raw && label[0]!.toLowerCase() !== restKey && label.slice(1).join(' ').toLowerCase() === restKey) out.add(p);
    }
  }
  // "Firefly Rufus", "teasdale gloria": a two-word name in the other order (family name first, as
  // some languages write it, or given name first) is the person whose label it reverses (round 12)
  if (tokens.length === 2 && !out.size) {
    const said = tokens.map((t) => t.raw.toLowerCase());
    for (const p of people([tokens[1]!, tokens[0]!])) {
      const label = (ctx.entityLabel.get(p) ?? '').toLowerCase().split(/\s+/);
      if (label.length === 2 && label[0] === said[1] && label[1] === said[0]) out.add(p);
    }
  }
  return [...out].sort();
}
