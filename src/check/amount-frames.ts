/**
 * Amounts said in frames the lexicon's patterns do not take (round 11), said again in ones they do:
 *
 * - a value verb of estimating: "X's cost is put / pegged / placed / set at V", "the price is
 *   reckoned at V": "is estimated at V" (the estimate the source states), else the copula "is V";
 * - the cost said as the price: "X's price tag", "the price of X" are "X's cost", "the cost of X";
 * - the giver said as a demonym of what was got: "R got V in Freedonian aid", "R received V of
 *   Freedonian grants": "R got V in aid from Freedonia" (the demonym must name one country the
 *   graph knows: src/check/resolver.ts).
 *
 * Each rewrite is rechecked: the verdict is the graph's on the claim in those words. Nothing here
 * knows an entity.
 */
import type { CheckContext } from './context.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { resolveMention } from './resolver.js';
import { normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';

/** A value follows: a currency, a number, or a bound before one. */
const VALUE = '(?=\\s*(?:(?:about|around|some|roughly|approximately|nearly|almost|over|under|more than|less than|at least|at most|up to)\\s+)?(?:US\\$|\\$|\u00A5|\u20AC|\u00A3|USD|JPY|EUR|\\d))';
const ESTIMATE_VERB = new RegExp(`\\b(?:is|was|are|were|has been|have been|will be|had been)\\s+(?:currently\\s+|now\\s+|officially\\s+)?(?:put|pegged|placed|set|reckoned|priced|pitched|projected|forecast|calculated)\\s+at${VALUE}`, 'gi');
const GIVEN = '(?:got|gets|received|receives|obtained|secured|won|was given|has received|has got|will get|will receive|may get|may receive)';

/** One rewrite: the claim in other words and what was read. */
export interface AmountRewrite {
  claim: string;
  note: string;
}

/**
 * The claim said in the frames the patterns read, in the order they are tried; empty when no
 * frame of this module is in it.
 *
 * @example
 * ```ts
 * amountFrameRewrites(ctx, "The canal's price tag is put at $5bn.").map((r) => r.claim);
 * // ["The canal's cost is estimated at $5bn.", "The canal's cost is $5bn."]
 * ```
 */
export function amountFrameRewrites(ctx: CheckContext, text: string): AmountRewrite[] {
  const t = normalizeTypography(text).trim();
  const notes: string[] = [];
  let out = t;
  // the price (tag) of a thing is its cost
  const priced = out.replace(/('s|s')\s+price(?:\s+tag)?\b/gi, '$1 cost').replace(/\b(the\s+)price(?:\s+tag)?\s+of\b/gi, '$1cost of');
  if (priced !== out) notes.push('"price (tag)" read as the cost');
  out = priced;
  // "R got V in Freedonian aid": the demonym names the giver
  const demonym = new RegExp(`^(.+?\\s+${GIVEN}\\s+)(.+?)\\s+(in|of)\\s+([A-Z][a-z]+)\\s+((?:[a-z-]+\\s+){0,2}(?:aid|assistance|grants?|loans?|funding|financing|help|support|investment))\\b(.*)$`).exec(out);
  if (demonym) {
    const [, head, amount, prep, adjective, noun, rest] = demonym as unknown as [string, string, string, string, string, string, string];
    const hit = resolveMention(ctx, tokenize(adjective, ctx.morph));
    // only a word that is not the country's own name ("Freedonian", not "Freedonia")
    if (hit.length === 1 && hit[0]!.label.toLowerCase() !== adjective.toLowerCase()) {
      out = `${head}${amount} ${prep} ${noun} from ${hit[0]!.label}${rest}`;
      notes.push(`"${adjective}" read as the giver, ${hit[0]!.label}`);
    }
  }
  const rewrites: AmountRewrite[] = [];
  if (ESTIMATE_VERB.test(out)) {
    ESTIMATE_VERB.lastIndex = 0;
    const note = [...notes, 'a value verb of estimating read as "estimated at"'].join('; ');
    rewrites.push({ claim: out.replace(ESTIMATE_VERB, 'is estimated at'), note });
    rewrites.push({ claim: out.replace(ESTIMATE_VERB, 'is'), note: [...notes, 'a value verb of estimating read as the copula'].join('; ') });
  } else if (out !== t) rewrites.push({ claim: out, note: notes.join('; ') });
  return rewrites;
}

/**
 * The reader of amount frames (table entry `amount-frame`): the first rewrite the graph decides
 * decides; else the first one read is held.
 */
export async function readAmountFrame({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  let held: CheckResult | undefined;
  for (const rw of amountFrameRewrites(ctx, text)) {
    const r = await recheck(rw.claim);
    if (!r) continue;
    const told: CheckResult = {
      ...r, claim: text.trim(),
      interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), rw.note] },
      explanation: `Read as "${rw.claim}" (${rw.note}). ${r.explanation}`,
    };
    if (r.verdict !== 'NOT_ENOUGH_INFO') return { decided: told };
    held ??= told;
  }
  return held ? { held } : undefined;
}
