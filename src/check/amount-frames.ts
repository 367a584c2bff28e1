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
import { SCALE_WORDS } from './values.js';
import type { CheckContext } from './context.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { resolveMention } from './resolver.js';
import { normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { cachedRegExp } from './regex-memo.js';

/** A value follows: a currency, a number, or a bound before one. */
const VALUE = '(?=\\s*(?:(?:about|around|some|roughly|approximately|nearly|almost|over|under|more than|less than|at least|at most|up to)\\s+)?(?:US\\$|\\$|\u00A5|\u20AC|\u00A3|USD|JPY|EUR|\\d))';
const ESTIMATE_VERB = new RegExp(`\\b(?:is|was|are|were|has been|have been|will be|had been)\\s+(?:currently\\s+|now\\s+|officially\\s+)?(?:put|pegged|placed|set|reckoned|priced|pitched|projected|forecast|calculated)\\s+at${VALUE}`, 'gi');
/** "S puts X's N at V": a source, a verb of estimating in the active, the thing's figure, the value. */
const ACTIVE_ESTIMATE = cachedRegExp(`^(?<src>[A-Z].*?)\\s+(?:puts|put|pegs|pegged|places|placed|estimates|estimated|reckons|reckoned)\\s+(?<thing>[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)*(?:'s|\u2019s)\\s+(?:[a-z-]+\\s+){0,2}(?:cost|price|length|capacity|throughput|value|worth|size))\\s+at\\s+(?<value>${VALUE}.+?)[.!]?$`);
const GIVEN = '(?:got|gets|received|receives|obtained|secured|won|was given|has received|has got|will get|will receive|may get|may receive|could get|could receive|might get|might receive|is to get|is to receive|' +
  // (round 12) the recipient as a passive's subject: the giver is its agent ("by Freedonia")
  '(?:was|were|is|are|has been|have been|had been)\\s+(?:pledged|promised|granted|awarded|offered|handed|given|allotted|allocated))';
/** A passive's verb: the giver follows "by", not "from". */
const PASSIVE = /\b(?:was|were|is|are|been)\s+[a-z]+ed\b|\b(?:was|were|is|are|been)\s+given\b/i;
/** An amount said right after the verb ("US$ 5 million", "¥13bn", "12.7 billion yen"). */
const AMOUNT = String.raw`(?:(?:about|around|some|roughly|approximately|nearly|almost|over|under|more than|less than|at least|at most|up to)\s+)?(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD\s|JPY\s)?\s?\d[\d.,]*\s*(?:${SCALE_WORDS})?(?:\s+(?:US\s+)?(?:dollars|yen|euros))?`;

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
  // (round 12) the recipient's frame in the tenses the patterns read: "is getting" as "gets", "is set
  // to receive" as "will receive", "stands to get" as "may get", "received V of N" as "V in N"
  const framed = out.replace(/\b(is|are)\s+(getting|receiving)\b/gi, (_all, be: string, v: string) => (be.toLowerCase() === 'is' ? (v === 'getting' ? 'gets' : 'receives') : (v === 'getting' ? 'get' : 'receive')))
    .replace(/\b(?:is|are)\s+(?:set|due|slated|poised)\s+to\s+(receive|get)\b/gi, 'will $1')
    .replace(/\bstands?\s+to\s+(receive|get|gain)\b/gi, 'may $1')
    .replace(cachedRegExp(`(${GIVEN}\\s+${AMOUNT})\\s+of\\s+(?=[a-zA-Z])`, 'i'), '$1 in ');
  if (framed !== out) notes.push('the recipient\'s verb in the tense and frame the patterns read');
  out = framed;
  // (round 22) "promised R V of aid", "handed R V of financial help": the amount of a package, "V in aid"
  const ofAid = out.replace(cachedRegExp(`(\\s${AMOUNT})\\s+of\\s+(?=(?:[a-z-]+\\s+){0,2}(?:aid|assistance|grants?|loans?|funding|financing|help|support)\\b)`, 'i'), '$1 in ');
  if (ofAid !== out) notes.push('"V of aid" read as "V in aid", the amount of the package');
  out = ofAid;
  // (round 24) "R was promised aid of V[, or about W]": the amount first, "V in aid"
  const aidOf = out.replace(cachedRegExp(`(${GIVEN})\\s+((?:[a-z-]+\\s+){0,2}(?:aid|assistance|grants?|loans?|funding|financing|help|support))\\s+of\\s+(${AMOUNT}(?:,?\\s+or\\s+${AMOUNT})?)(?=\\s*[.!?]?\\s*$)`, 'i'), '$1 $3 in $2');
  if (aidOf !== out) notes.push('"aid of V" read as "V in aid", the amount of the package');
  out = aidOf;
  // "R got V in Freedonian aid": the demonym names the giver (the agent of a passive: "by")
  const demonym = cachedRegExp(`^(.+?\\s+${GIVEN}\\s+)(.+?)\\s+(in|of)\\s+([A-Z][a-z]+)\\s+((?:[a-z-]+\\s+){0,2}(?:aid|assistance|grants?|loans?|funding|financing|help|support|investment))\\b(.*)$`).exec(out);
  if (demonym) {
    const [, head, amount, prep, adjective, noun, rest] = demonym as unknown as [string, string, string, string, string, string, string];
    const hit = resolveMention(ctx, tokenize(adjective, ctx.morph));
    // only a word that is not the country's own name ("Freedonian", not "Freedonia")
    if (hit.length === 1 && hit[0]!.label.toLowerCase() !== adjective.toLowerCase()) {
      out = `${head}${amount} ${prep} ${noun} ${PASSIVE.test(head) ? 'by' : 'from'} ${hit[0]!.label}${rest}`;
      notes.push(`"${adjective}" read as the giver, ${hit[0]!.label}`);
    }
  }
  const rewrites: AmountRewrite[] = [];
  // (round 32, users24 "The Gazette story puts the canal's length at around 800 km") the estimate
  // with its source as the subject: "S puts X's N at V" is "According to S, X's N is estimated at
  // V", so the attribution reader checks S as a source of the graph and the estimate against it
  const active = ACTIVE_ESTIMATE.exec(out);
  // a denial, a modal or a question's auxiliary in the source's words is no source: left to their readers
  if (active && !/\b(?:not|never|no|n't|does|did|do|will|would|may|might|could|should|can|if|whether)\b/i.test(active.groups!.src!)) {
    const g = active.groups!;
    rewrites.push({ claim: `According to ${g.src}, ${g.thing} is estimated at ${g.value}`, note: [...notes, 'a source putting a value at V read as "according to the source, ... is estimated at V"'].join('; ') });
    return rewrites;
  }
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
