/**
 * Focus particles before a name (round 34, branch shapes34): "Even Freedonia stayed out of the
 * League", "Only Sylvania did not join the League", "Just Rufus attended the gala", "Freedonia
 * alone joined the League". The parser took the particle for part of the relation ("Only join"),
 * so the claim was unread although its fact is read elsewhere.
 *
 * - An additive or emphatic particle (even, also, too, indeed, notably, in fact, actually) asserts
 *   the claim without it (what it adds is that others did too, or surprise): the claim is read
 *   without it, its verdict the claim's.
 * - An exclusive particle (only, just, merely, solely, alone) asserts the claim without it AND that
 *   no other did: the claim without it refuted refutes it (the named one did not), while its
 *   support leaves it undecided (whether another did is a second claim no reader checks here).
 *
 * Only a particle before a capitalised word (a name) is read: before a number ("only one", "just
 * 57") it is a count, which the count readers take (src/check/count-frames.ts, only-member.ts).
 * A particle is a closed grammatical word, never an entity: the graph's names are not consulted.
 */
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import { normalizeTypography } from './text.js';
import { CARDINALS } from './values.js';
import { cachedRegExp } from './regex-memo.js';

/** Particles that add or stress: the claim without one says the same of the name. */
const ADDITIVE = /^(?:even|also|indeed|notably|in\s+fact|actually|certainly|surely)\s*,?\s+(?=[A-Z])/i;
/** Particles that exclude the others before their name. */
const EXCLUSIVE_BEFORE = /^(?:only|just|merely|solely|exclusively)\s+(?=[A-Z])/i;
/** "X alone" / "X only" after a name at the start: the same exclusion. */
const EXCLUSIVE_AFTER = /^((?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+(?:alone|only)\s+(?=[a-z])/;

/** A count word after the particle: a count, not a name ("Only One ..." written in a title's capitals). */
const COUNT_AFTER = cachedRegExp(`^(?:${[...Object.keys(CARDINALS), 'a', 'an', 'the', 'some', 'few', 'several'].join('|')})\\b|^\\d`, 'i');

/** The gate: a particle the reader reads at the claim's start, or "alone" / "only" after a name. */
export const FOCUS_PARTICLE_NEEDS = /^\s*(?:even|also|indeed|notably|in\s+fact|actually|certainly|surely|only|just|merely|solely|exclusively)\b|\b(?:alone|only)\b/i;

/** What a claim says without its particle, and whether the particle excludes the others. */
export interface WithoutParticle { claim: string; exclusive: boolean }

/**
 * The claim without its focus particle, or undefined when it has none before a name.
 *
 * @example
 * ```ts
 * withoutFocusParticle('Even Freedonia stayed out of the League.'); // { claim: 'Freedonia stayed out of the League.', exclusive: false }
 * withoutFocusParticle('Only Sylvania did not join the League.'); // { claim: 'Sylvania did not join the League.', exclusive: true }
 * withoutFocusParticle('Only one state did not join the League.'); // undefined (a count)
 * ```
 */
export function withoutFocusParticle(text: string): WithoutParticle | undefined {
  const t = normalizeTypography(text).trim();
  const add = ADDITIVE.exec(t);
  if (add && !COUNT_AFTER.test(t.slice(add[0].length))) return { claim: t.slice(add[0].length), exclusive: false };
  const ex = EXCLUSIVE_BEFORE.exec(t);
  if (ex && !COUNT_AFTER.test(t.slice(ex[0].length))) return { claim: t.slice(ex[0].length), exclusive: true };
  const after = EXCLUSIVE_AFTER.exec(t);
  // "Not only did X ...", "If only X ...": the capitalised word before "only" is no name
  if (after && !COUNT_AFTER.test(after[1]!) && !/^(?:not|nor|if|but|and|or|so|yet|it|this|that|there|they|we|he|she)\b/i.test(after[1]!)) return { claim: `${after[1]} ${t.slice(after[0].length)}`, exclusive: true };
  return undefined;
}

/**
 * The reader (table entry `focus-particle`): an additive particle's claim decided as the claim
 * without it; an exclusive one's refuted when that is, else held undecided with what was read.
 */
export async function readFocusParticle({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const w = withoutFocusParticle(text);
  if (!w) return undefined;
  const r = await recheck(w.claim);
  if (!r) return undefined;
  const said = `Read as "${w.claim}"`;
  if (!w.exclusive) {
    const told = restate(r, text, { explanation: `${said} (an additive or emphatic particle before a name adds nothing the source must state). ${r.explanation}` });
    // an undecided reading is held: a later reader may still decide the claim
    return r.verdict === 'NOT_ENOUGH_INFO' ? { held: told } : { decided: told };
  }
  if (r.verdict === 'REFUTED') return { decided: restate(r, text, { explanation: `${said} (an exclusive particle: the claim says at least this, which the source excludes). ${r.explanation}` }) };
  return { held: undecidedResult(restate(r, text), `${said} and that no other did (an exclusive particle before a name): the first is ${r.verdict === 'SUPPORTED' ? 'supported' : 'not decided'}, but no reader checks that no other did. ${r.explanation}`) };
}
