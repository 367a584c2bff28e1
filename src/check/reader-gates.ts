/**
 * Word gates of the readers of src/check/readers.ts (`needs` of an UNREAD_READERS entry): a test a
 * text must pass for the reader to be called at all. Readers that read nothing are most of a
 * batch's time (bench/README.md, rounds 23-24); a gate spares them their rewrite, scan or parse.
 * A gate is implied by the reader's own test: the reader tests the same RegExp (or the same
 * lexicon list) first, so the two cannot drift (tests/check/reader-gates.test.ts).
 *
 * @example
 * ```ts
 * export const TRIP_NEEDS = lexiconGate((ctx) => literals(ctx.lexicon, null, cg('cancelledTripNoun')));
 * // in the reader: if (!TRIP_NEEDS(ctx).test(text)) return undefined;
 * // in its table entry: needs: TRIP_NEEDS
 * ```
 */
import type { CheckContext } from './context.js';
import { escapeRegExp } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** A reader's word gate ({@link UnreadReader.needs}): a RegExp, or one built from the context's lexicon. */
export type Gate = RegExp | ((ctx: CheckContext) => RegExp);

/**
 * A gate built from lexicon words, once per lexicon: any of `words(ctx)` (case-insensitive, as a
 * substring, so a word's inflections and glued forms still pass; spaces match any white space).
 * An empty list gives a gate no text passes.
 *
 * @example
 * ```ts
 * const needs = lexiconGate((ctx) => literals(ctx.lexicon, null, cg('cancelledTripNoun')));
 * needs(ctx).test('X called off his visit to Y'); // true when "visit" is a cg:cancelledTripNoun
 * ```
 */
export function lexiconGate(words: (ctx: CheckContext) => Iterable<string>): (ctx: CheckContext) => RegExp {
  const built = new WeakMap<object, RegExp>();
  return (ctx) => {
    let re = built.get(ctx.lexicon);
    if (!re) {
      const alts = [...new Set([...words(ctx)].map((w) => w.trim().toLowerCase()).filter(Boolean))].sort()
        .map((w) => w.split(/\s+/).map(escapeRegExp).join('\\s+'));
      re = alts.length ? cachedRegExp(alts.join('|'), 'i') : /(?!)/;
      built.set(ctx.lexicon, re);
    }
    return re;
  };
}

/**
 * "than" between spaces: every "more ... than" shape of the comparison readers has it (the gate
 * of clause-comparison, rank-comparison and superlative, each testing it first).
 *
 * @example
 * ```ts
 * THAN_NEEDS.test('A gave more aid to B than to C'); // true
 * ```
 */
export const THAN_NEEDS = /\sthan\s/i;
