/**
 * A work begun, said as a whole claim in the words a span's side uses (round 18, branch
 * compare18): "The canal broke ground on a Saturday", "Ground was broken on the canal in May
 * 2015", "Work on the canal began in 2016" are "Construction of the canal began <the rest>", which
 * the agentless reading (src/check/agentless.ts) dates by the graph's construction start. The words
 * are those of src/check/span-clause-sides.ts. Only a thing that is no agent may "break ground" so:
 * "Freedonia broke ground on the canal" names who did it and is left to the lexicon.
 */
import { NS, type CheckContext } from './context.js';
import { isA } from './claim-index.js';
import { resolveMention } from './resolver.js';
import { spanSideRewrite } from './span-clause-sides.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { DENIAL } from './denials.js';

// where a time, a place or a span may follow the clause
const CUT = /\s+(?=(?:on|in|at|near|during|around|before|after|when|by|with)\s)/gi;

/**
 * The claim said as "Construction of X began <rest>"; undefined when it opens with no such clause,
 * or the clause's X is not one thing the graph names, or is an agent.
 *
 * @example
 * ```ts
 * workBegunRewrite(ctx, 'The canal broke ground on a Saturday.'); // 'Construction of the canal began on a Saturday.'
 * ```
 */
export function workBegunRewrite(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  if (DENIAL.test(t) || /\?$/.test(t) || /^construction of\b/i.test(t)) return undefined;
  // "the X construction began" is agentless.ts's own form already
  if (/^(?:the\s+)?(?:[\w-]+\s+){1,5}(?:construction|building)\s+(?:began|started)\b/i.test(t)) return undefined;
  const cuts = [...[...t.matchAll(CUT)].map((m) => m.index!), t.length];
  for (const cut of cuts) {
    const said = spanSideRewrite(t.slice(0, cut));
    const x = said && /^construction of (.+) began$/i.exec(said)?.[1];
    if (!x) continue;
    const hits = resolveMention(ctx, dropIgnorable(tokenize(x, ctx.morph), ctx.morph));
    if (hits.length !== 1 || isA(ctx, hits[0]!.iri, `${NS.cg}Agent`)) return undefined;
    return `Construction of ${x.replace(/^The\s/, 'the ')} began${t.slice(cut)}.`;
  }
  return undefined;
}
