/**
 * A purpose infinitive said first (round 18): "To repair Sylvania's canals, Rufus pledged aid",
 * "In order to help its farms, Freedonia gave grants to Sylvania", "So as to ..., ...". The
 * sentence says the same as with the purpose after the deed ("Rufus pledged aid to repair
 * Sylvania's canals"), the order the purpose readers take (src/check/purpose.ts and the readers it
 * leads to), so the claim is said again so and rechecked. The purpose may hold a comma of its own
 * ("To repair roads, bridges and schools, ..."): the deed is what follows the last comma.
 */
import { decided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { normalizeTypography } from './text.js';
import { restate } from './result.js';

/** "To V", "In order to V", "So as to V" opening a sentence, V a lower-case word. */
const FRONTED = /^(?:in\s+order\s+|so\s+as\s+)?to\s+(?=[a-z])/i;
/** A determiner, pronoun or number after "to" is a place or a recipient, no verb ("To the region, ..."). */
const NOT_A_VERB = /^(?:the|a|an|its|their|his|her|this|that|these|those|each|every|all|some|any|no|date|me|us|them|him)$/i;

/**
 * The claim with its fronted purpose moved after the deed (one wording, or none when the claim
 * does not open with a purpose infinitive).
 *
 * @example
 * ```ts
 * frontedPurposeRewrites("To repair Sylvania's canals, Rufus pledged aid.");
 * // ["Rufus pledged aid to repair Sylvania's canals."]
 * ```
 */
export function frontedPurposeRewrites(text: string): string[] {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  const m = FRONTED.exec(t);
  if (!m) return [];
  const body = t.slice(m[0].length);
  if (NOT_A_VERB.test(body.split(/\s+/)[0] ?? '')) return [];
  // the deed runs from the last comma: a list in the purpose keeps its commas ("To build roads,
  // bridges and clinics, X gave ..."), a deed with a comma of its own is not read
  const i = body.lastIndexOf(', ');
  if (i <= 0) return [];
  const [purpose, deed] = [body.slice(0, i), body.slice(i + 2)];
  // the deed is a statement of its own: a subject and a verb at least
  if (deed.split(/\s+/).length < 2) return [];
  return [`${deed.charAt(0).toUpperCase()}${deed.slice(1)} ${m[0].trim().toLowerCase()} ${purpose}.`];
}

/**
 * Reads a claim with a fronted purpose as its rewording (the first that reads), shown as such.
 *
 * @example
 * ```ts
 * await readFrontedPurpose({ ctx, text: 'To repair canals, Rufus pledged aid to Sylvania.', recheck });
 * ```
 */
export async function readFrontedPurpose({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  for (const claim of frontedPurposeRewrites(text)) {
    const r = await recheck(claim);
    if (r) return decided(restate(r, text, { explanation: `Read as "${claim}" (the purpose said first, said after the deed). ${r.explanation}` }));
  }
  return undefined;
}
