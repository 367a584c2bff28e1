/**
 * What a built thing is for (round 18): "The canal is meant to carry water to Sylvania", "the
 * pipeline is intended to give Freedonia a route to the sea", "the plant is being built to
 * supply power", "the canal is there to carry water" (round 41). A facility has no wishes of its own: the purpose it is built for is what it is
 * to do, so the claim says the thing will do it ("The canal will carry water to Sylvania"), and
 * is read so. Only for a subject that names one entity of the graph that is infrastructure (a
 * pipeline, an airport, a plant: `cg:Infrastructure`); a package of aid ("the aid is meant to
 * ...") is read by src/check/purpose-frames.ts, a person's or a state's aim is no such thing.
 *
 * The source's own word for it may be "would" or "will" ("the canal would give X its first route"):
 * the rewording keeps "will", which the modality rules read against either.
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { mainPurposeAdverbs, perLexicon } from './lexicon-words.js';
import { decided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { cachedRegExp } from './regex-memo.js';
import { restate } from './result.js';

/**
 * "<subject> is|was [mainly] meant|intended|designed|supposed|planned|built|being built|set up to <verb ...>";
 * (round 41) "is there to <verb>", what a thing exists for ("the canal is there to carry water").
 */
const DESIGN = perLexicon((ctx) => cachedRegExp(String.raw`^(.+?)\s+(?:is|was|are|were|has been|had been)\s+(?:(?:${mainPurposeAdverbs(ctx).alternation})\s+)?(?:being\s+)?(?:meant|intended|designed|supposed|planned|built|constructed|laid|there)\s+(?:(?:${mainPurposeAdverbs(ctx).alternation})\s+)?to\s+([a-z][\w-]*)\s+(.+)$`, 'i'));
/** A determiner or pronoun after "to" is a place or a recipient, not a verb ("built to the sea"). */
const NOT_A_VERB = /^(?:the|a|an|its|their|his|her|this|that|these|those|each|every|all|some|any|no|be)$/i;

/**
 * The claim said as what the facility will do, or undefined when it is not of that shape.
 *
 * @example
 * ```ts
 * designPurposeRewrite(ctx, 'The canal is meant to carry water to Sylvania.'); // 'The canal will carry water to Sylvania.'
 * ```
 */
export function designPurposeRewrite(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  const m = DESIGN(ctx).exec(t);
  if (!m) return undefined;
  const [, subject, verb, rest] = m as unknown as [string, string, string, string];
  if (NOT_A_VERB.test(verb) || /\b(?:not|never|no)\b|n't\b/i.test(t)) return undefined;
  const toks = dropIgnorable(tokenize(subject, ctx.morph), ctx.morph);
  const hit = toks.length ? resolveMention(ctx, toks) : [];
  if (hit.length !== 1 || !isA(ctx, hit[0]!.iri, `${NS.cg}Infrastructure`)) return undefined;
  return `${subject} will ${verb} ${rest}.`;
}

/**
 * Reads "<facility> is meant to V ..." as "<facility> will V ...", shown as such.
 *
 * @example
 * ```ts
 * await readDesignPurpose({ ctx, text: 'The canal is meant to carry water to Sylvania.', recheck });
 * ```
 */
export async function readDesignPurpose({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const claim = designPurposeRewrite(ctx, text);
  const r = claim ? await recheck(claim) : undefined;
  return decided(r && restate(r, text, { explanation: `Read as "${claim}" (what a facility is built for is what it is to do). ${r.explanation}` }));
}
