/**
 * The giver said as an adjective in a comparison of what two recipients got (round 20):
 * "Sylvania got more Freedonian aid than Marsovia" is "Sylvania got more aid from Freedonia than
 * Marsovia", the form the clause comparisons read (src/check/clause-comparisons.ts). The adjective
 * must name one agent the graph knows (its labels hold the demonym: "Freedonian" for Freedonia),
 * and the noun after it must be one of the nouns of aid; anything else is no rewrite.
 */
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import { isA } from './claim-index.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { cachedRegExp } from './regex-memo.js';

// verbs of receiving and the nouns of what is given (the nouns the assistance patterns of
// ontology/lexicon.ttl read after "more": aid, assistance, money ...)
const GOT = '(?:got|gets|get|received|receives|receive|obtained|obtains|secured|secures|was given|were given|was promised|were promised|was offered|were offered)';
// the hedges of a likeness ("about as much ... as")
const ALIKE_HEDGE = '(?:about|roughly|approximately|nearly|almost|around|just)';
const NOUN = '(?:aid|assistance|money|funding|funds|financing|grants?|loans?|support|investment|credits?)';

/**
 * "<R> got more <Demonym> <aid> than <R2>" (or "about as much ... as <R2>") said with the giver after "from", or undefined.
 *
 * @example
 * ```ts
 * demonymGiverRewrite(ctx, 'Sylvania got more Freedonian aid than Marsovia.'); // 'Sylvania got more aid from Freedonia than Marsovia.'
 * demonymGiverRewrite(ctx, 'Sylvania got about as much Freedonian aid as Marsovia.'); // 'Sylvania got about as much aid from Freedonia as Marsovia.'
 * ```
 */
export function demonymGiverRewrite(ctx: CheckContext, text: string): string | undefined {
  const claim = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  // round 21: also the likeness, "Sylvania got about as much Freedonian aid as Marsovia" (src/check/equal-amounts.ts)
  const m = cachedRegExp(`^(.+?\\s+${GOT}\\s+(?:(?:far\\s+|much\\s+|slightly\\s+|a\\s+little\\s+)?(?:more|less|fewer)|(?:${ALIKE_HEDGE}\\s+)?as\\s+(?:much|many)))\\s+([A-Z][\\w-]+)\\s+(${NOUN})\\s+((?:than|as)\\s+.+)$`).exec(claim);
  // "more ... than", "as much ... as": the second word must go with the first
  if (m && /\bas\s+(?:much|many)$/i.test(m[1]!) !== /^as\s/i.test(m[4]!)) return undefined;
  if (!m) return undefined;
  const [, head, adjective, noun, rest] = m as unknown as [string, string, string, string, string];
  const hit = resolveMention(ctx, dropIgnorable(tokenize(adjective, ctx.morph), ctx.morph));
  if (hit.length !== 1 || !isA(ctx, hit[0]!.iri, `${NS.cg}Agent`)) return undefined;
  // the adjective itself, not a name the claim spells as such ("Freedonia aid" is no demonym)
  if (hit[0]!.label.toLowerCase() === adjective.toLowerCase()) return undefined;
  return `${head} ${noun} from ${hit[0]!.label} ${rest}.`;
}
