/**
 * A thing named as a compound of its owner and a noun, where the graph names it with the owner's
 * possessive (round 30): "Rufus attended the League opening" for a thing the graph labels "the
 * League's opening". People drop the "'s" of such names ("the League opening", "the bank
 * inauguration"); the graph does not take the compound as a label, because labels are compared by
 * their stems and "the League opening" would then also be "the League opened" (a deed, not the
 * event). Here the compound is read only as written, with "the" before it, and only where a
 * possessive label of the graph says exactly those words: the claim is read again with the
 * possessive ("the League's opening") and the readers of that name decide.
 *
 * Not read so: a compound followed by a determiner, a pronoun or "up" ("the League opening its
 * doors": a participle with its object), a compound that runs on into a label of its own ("the
 * League opening ceremony" is read by the linker), and words no possessive label says.
 */
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import { rewrittenHeld, type ReaderInput, type ReaderOutcome, type UnreadReader } from './reader-kit.js';
import { nameKey, normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** A possessive label split into its owner and its noun ("the bank's opening" -> bank, opening). */
interface PossessiveLabel { owner: string; noun: string }

const LABEL_PREDICATES = [`${NS.rdfs}label`, `${NS.skos}altLabel`];
// "[the] Owner's noun words": an owner of at most four words, a lower-case noun of at most three
// (a capitalised noun is an office, "Freedonia's President", read by the office readers)
const POSSESSIVE_LABEL = /^(?:the\s+)?([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,3})'s\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})$/;
// after the compound, a word that makes it a participle with its object ("the League opening its doors")
const OBJECT_AFTER = /^(?:its|his|her|their|the|a|an|up|our|my|your|new)\b/i;

const labelsOf = new WeakMap<CheckContext, PossessiveLabel[]>();

/** The graph's possessive labels whose owner is itself a name of the graph. */
function possessiveLabels(ctx: CheckContext): PossessiveLabel[] {
  let out = labelsOf.get(ctx);
  if (out) return out;
  const seen = new Set<string>();
  out = [];
  for (const p of LABEL_PREDICATES) {
    for (const q of ctx.store.getQuads(null, p, null, null)) {
      const m = POSSESSIVE_LABEL.exec(normalizeTypography(q.object.value).trim());
      if (!m) continue;
      const [owner, noun] = [m[1]!, m[2]!];
      const key = `${owner.toLowerCase()}|${noun}`;
      // the owner is a name of the graph ("Zenda") or the label opens with "the" ("the bank's
      // opening"): "countering China's rise" is a deed, no owner's noun
      const definite = /^the\s/i.test(q.object.value.trim());
      if (seen.has(key) || (!definite && !ctx.labelIndex.has(nameKey(owner, ctx.morph)))) continue;
      seen.add(key);
      out.push({ owner, noun });
    }
  }
  // longest nouns first: "opening ceremony" before "opening"
  out.sort((a, b) => b.noun.split(/\s+/).length - a.noun.split(/\s+/).length || b.owner.length - a.owner.length);
  labelsOf.set(ctx, out);
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * The claim with its first compound of owner and noun written as the owner's possessive, when a
 * possessive label of the graph says those words; undefined otherwise.
 *
 * @example
 * ```ts
 * compoundPossessiveRewrite(ctx, 'Rufus addressed the League opening.'); // "Rufus addressed the League's opening."
 * compoundPossessiveRewrite(ctx, 'With the League opening its doors, Rufus left.'); // undefined
 * ```
 */
export function compoundPossessiveRewrite(ctx: CheckContext, input: string): string | undefined {
  const text = normalizeTypography(input);
  for (const { owner, noun } of possessiveLabels(ctx)) {
    const re = cachedRegExp(`\\b(the\\s+)(${escape(owner)})\\s+(${escape(noun)})\\b`, 'gi');
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      const rest = text.slice(end);
      if (/^'s\b/.test(rest) || OBJECT_AFTER.test(rest.trimStart())) continue;
      // a compound that is a label itself ("the Zenda groundbreaking") is the linker's
      if (ctx.labelIndex.has(nameKey(`${m[2]} ${m[3]}`, ctx.morph))) continue;
      // a compound running on into a label of its own is the linker's ("the League opening ceremony")
      const next = rest.match(/^\s+([A-Za-z][A-Za-z-]*)/)?.[1];
      if (next && ctx.labelIndex.has(nameKey(`${m[2]} ${m[3]} ${next}`, ctx.morph))) continue;
      return `${text.slice(0, m.index)}${m[1]}${m[2]}'s ${m[3]}${rest}`;
    }
  }
  return undefined;
}

/**
 * The compound-possessive reader: the claim with the owner's possessive, rechecked; an undecided
 * reading is held, so a later reader may still read the claim as written.
 *
 * @example
 * await readCompoundPossessive(input); // "Rufus addressed the League opening" -> "... the League's opening"
 */
export function readCompoundPossessive(input: ReaderInput): Promise<ReaderOutcome | undefined> {
  return rewrittenHeld(compoundPossessiveRewrite, 'a thing named by its owner and a noun, said as the owner\'s possessive of a label of the graph')(input);
}

/** The reader's entry in the table of src/check/readers.ts (after the event readers, before the counts). */
export const COMPOUND_POSSESSIVE_READERS: readonly UnreadReader[] = [
  { name: 'compound-possessive', module: 'compound-possessive.ts', read: readCompoundPossessive, needs: /\bthe\s+\S+\s+[a-z]/i,
    reads: '"Rufus addressed the League opening": a thing named by its owner and a noun, where a label of the graph says it with the owner\'s possessive ("the League\'s opening"); undecided held (round 30)' },
];
