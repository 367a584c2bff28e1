/**
 * A denial carried by the object's determiner (round 16): "Acme Bank had approved no loans for
 * Sylvania" is "Acme Bank had not approved any loans for Sylvania", and "Freedonia signed no deals
 * with Sylvania" is "Freedonia did not sign any deals with Sylvania": the same claim with its "not"
 * on the verb, where the patterns and the denial readers look for it. "Freedonia is no member of
 * the League" is "Freedonia is not a member of the League".
 *
 * Not read: "no longer", "no more / fewer / less than" (a bound), "no one", "no doubt", a claim with
 * another "not" (a double denial), and "no" after a modal or "to" ("is to approve no loans": the
 * denial of what is planned, whose scope a rewrite would move).
 */
import { indefiniteArticle, normalizeTypography, pastBase } from './text.js';

// the words after "no" that make it no determiner of the object
const NOT_DETERMINER = /^(?:longer|more|fewer|less|later|earlier|sooner|one|doubt|matter|way|other\s+than)\b/i;
// a verb form before "no": a perfect ("had approved"), a past ("approved", "signed"), a copula
const OBJECT_NO = /^(?<subject>.+?)\s+(?:(?<have>has|have|had)\s+(?<participle>[a-z]+)|(?<copula>is|are|was|were)|(?<past>[a-z]+ed))\s+no\s+(?<object>.+)$/i;

/**
 * The claim with its "no" moved to the verb; undefined when the claim has no such "no".
 *
 * @example
 * ```ts
 * objectNoRewrite('Acme Bank had approved no loans for Sylvania.'); // 'Acme Bank had not approved any loans for Sylvania.'
 * objectNoRewrite('Freedonia is no member of the League.'); // 'Freedonia is not a member of the League.'
 * ```
 */
export function objectNoRewrite(text: string, lemmas: ReadonlyMap<string, string> = new Map()): string | undefined {
  const said = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  if (/\b(?:not|never|nor|neither|none|nobody|nothing)\b|n't\b/i.test(said)) return undefined;
  if ((said.match(/\bno\b/gi) ?? []).length !== 1) return undefined;
  const m = OBJECT_NO.exec(said);
  if (!m) return undefined;
  const g = m.groups as Record<string, string | undefined>;
  if (NOT_DETERMINER.test(g.object!) || /\b(?:to|will|would|could|should|may|might|must|can|shall)$/i.test(g.subject!)) return undefined;
  // the subject is a noun phrase, not a clause: no verb of its own before the "no"
  // ("Rufus said Freedonia had approved no loans": the report's, src/check/attribution.ts)
  if (/\b(?:is|are|was|were|has|have|had|did|does|do|said|says?|told|tells|thinks?|thought|believes?|that|who|which|[a-z]+ed)\b/.test(g.subject!)) return undefined;
  const end = /[.!]$/.test(g.object!) ? '' : '.';
  if (g.have) {
    if (!/(?:ed|en|wn|ne|lt|nt|ld|ght|de|id|ot)$/i.test(g.participle!)) return undefined;
    return `${g.subject} ${g.have} not ${g.participle} any ${g.object}${end}`;
  }
  if (g.copula) {
    // "is no member" -> "is not a member"; a plural ("are no members") takes no article
    const singular = /^(?:is|was)$/i.test(g.copula);
    const article = singular ? `${indefiniteArticle(g.object!)} ` : '';
    return `${g.subject} ${g.copula} not ${article}${g.object}${end}`;
  }
  return `${g.subject} did not ${pastBase(g.past!, lemmas)} any ${g.object}${end}`;
}
