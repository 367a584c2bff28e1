/**
 * A narrower kind denied with its noun elided (round 18): "Freedonia is a member of the League,
 * though not a founding one", "Sylvania is a League member but not an active one", "... yet not
 * an active member". Two statements: the first as it stands, and the same noun phrase, narrowed
 * by the adjective, denied ("Freedonia is not a founding member of the League"). The compound
 * rule decides (either refuted: REFUTED; both supported: SUPPORTED); the denial is read by the
 * sub-property logic (a founding member is a member: src/check/broader-denial.ts).
 */
import { indefiniteArticle, normalizeTypography } from './text.js';

/** "<statement>[,] but|though|although|yet not a|an <adjective> one|<noun>" */
const ELIDED = /^(.+?),?\s+(?:but|though|although|yet)\s+not\s+(?:an?\s+)?([a-z][\w-]*)\s+([a-z][\w-]*)$/i;
/** The copula and the indefinite noun phrase of the first statement. */
const COPULA = /^(.+?\b(?:is|are|was|were|remains|remained|became|has been|had been))\s+(?:an?)\s+(.+)$/i;

/**
 * The two statements of a claim with an elided narrower noun, each wording of the denial as one
 * cut; empty when the claim is not of that shape.
 *
 * @example
 * ```ts
 * elidedOneCuts('Freedonia is a member of the League, though not a founding one');
 * // [['Freedonia is a member of the League', 'Freedonia is not a founding member of the League']]
 * ```
 */
export function elidedOneCuts(claim: string): string[][] {
  const t = normalizeTypography(claim).trim().replace(/[.!]+$/, '');
  const m = ELIDED.exec(t);
  if (!m) return [];
  const [, first, adjective, noun] = m as unknown as [string, string, string, string];
  const c = COPULA.exec(first);
  if (!c) return [];
  const [, verb, phrase] = c as unknown as [string, string, string];
  const words = phrase.split(/\s+/);
  // the head noun: the one named again, or, for "one", the word before "of" (else the last word)
  const of = words.findIndex((w) => /^of$/i.test(w));
  const head = noun.toLowerCase() === 'one' ? (of > 0 ? of - 1 : words.length - 1) : words.findIndex((w) => w.toLowerCase() === noun.toLowerCase());
  if (head < 0 || /[,;]/.test(phrase)) return [];
  const narrowed = (at: number): string => [...words.slice(0, at), adjective, ...words.slice(at)].join(' ');
  const denial = (np: string): string => `${verb} not ${indefiniteArticle(np)} ${np}`;
  // the adjective before the head noun ("a League founding member"), or before the whole phrase ("a founding League member")
  const places = [...new Set([head, 0])];
  return places.map((at) => [first, denial(narrowed(at))]);
}
