/**
 * Comparisons with a degree (round 27): "A's aid to B was slightly larger than C's", "A's deals are
 * far bigger than its aid to B", "A's grants were much smaller than ...", "A slightly exceeds B".
 * The degree word (ontology/lexicon.ttl `cg:slightDegreeWord`, `cg:wideDegreeWord`) before a
 * comparative word or a verb of exceeding is a meaning word: the comparison without it is checked
 * by the whole reader, and its two amounts (when a comparison of amounts decided it, the
 * result's `amounts`, set by src/check/comparisons.ts `compareSides`) check the degree:
 *
 * - a slight degree is closeness (round 31: the one rule of src/check/closeness.ts): it holds when
 *   the gap is at most 10% of the larger amount, and fails beyond 15% (from 50% above before);
 * - a wide degree holds from 50% above, and fails where the two are close (at most 10% apart);
 * - in between, or when the comparison is decided without two amounts (ranks, an ordering), the
 *   claim is NOT_ENOUGH_INFO with the reading shown.
 *
 * A comparison refuted without the degree is refuted with it ("slightly larger" says larger).
 * A verb that says the slight degree itself ("edges out", lexicon `cg:slightExceedVerb`, round 28)
 * is read as its plain verb of exceeding with that degree; one that says the wide degree ("dwarfs",
 * `cg:wideExceedVerb`, round 36) likewise, with the least ratio the lexicon gives it ("dwarfs" holds
 * when the larger is at least three times the smaller) in place of the 50% above. Such a verb after
 * a denial ("does not dwarf") is not read: the degree check below is of a claim that says it.
 */
import { CLOSE_BEYOND, CLOSE_WITHIN, closeness } from './closeness.js';
import type { CheckContext } from './context.js';
import { alternation, comparisonWords, degreeWords, type Degree } from './lexicon-words.js';
import { lexiconGate } from './reader-gates.js';
import { claimOf, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { escapeRegExp, normalizeTypography } from './text.js';
import { cg, literals } from './context-vocab.js';
import type { CheckResult } from './types.js';
import { cachedRegExp } from './regex-memo.js';

/** A verb that carries its degree: as written, the plain verb it is read as, the degree, and the least ratio (wide). */
interface DegreeVerb { verb: string; plain: string; degree: Degree; ratio?: number }

/**
 * Verbs that carry a degree themselves, longest first: round 28's slight ones (lexicon
 * `cg:slightExceedVerb`, "edges out|exceeds") and round 36's wide ones (`cg:wideExceedVerb`,
 * "dwarfs|exceeds|3", the third part the least ratio of the larger amount to the smaller).
 */
const degreeVerbCache = new WeakMap<object, DegreeVerb[]>();
function degreeVerbs(ctx: CheckContext): DegreeVerb[] {
  let v = degreeVerbCache.get(ctx.lexicon);
  if (!v) {
    v = [];
    for (const [p, degree] of [['slightExceedVerb', 'slight'], ['wideExceedVerb', 'wide']] as const) {
      for (const x of literals(ctx.lexicon, null, cg(p))) {
        const [verb, plain, ratio] = x.toLowerCase().split('|').map((w) => w.trim());
        const least = ratio ? Number(ratio) : undefined;
        if (!verb || !plain || (degree === 'wide' && !(least && least > 1))) continue;
        v.push({ verb, plain, degree, ...(least ? { ratio: least } : {}) });
      }
    }
    v.sort((a, b) => b.verb.length - a.verb.length);
    degreeVerbCache.set(ctx.lexicon, v);
  }
  return v;
}

/** The gate: a degree word of the lexicon, or a verb of slightly or far exceeding, is in the text. */
export const DEGREE_NEEDS = lexiconGate((ctx) => [...degreeWords(ctx).keys(), ...degreeVerbs(ctx).map(({ verb }) => verb)]);

/** A denial before a verb of far exceeding ("does not dwarf", "isn't dwarfed by", "never dwarfed"). */
const DENIED_BEFORE = /(?:\b(?:not|never|no\s+longer)|n't)\s+(?:\w+\s+){0,2}$/i;

const patterns = new WeakMap<object, RegExp>();

/** "<degree> <comparative word | exceeding verb | falling-short verb>", built from the lexicon. */
function degreePattern(ctx: CheckContext): RegExp {
  let re = patterns.get(ctx.lexicon);
  if (!re) {
    const w = comparisonWords(ctx);
    const heads = alternation([...w.greater.keys(), ...w.less.keys(), ...w.exceed, ...w.fallShort]);
    re = cachedRegExp(`\\b(${alternation(degreeWords(ctx).keys())})\\s+(?=(?:${heads})\\b)`, 'i');
    patterns.set(ctx.lexicon, re);
  }
  return re;
}

/**
 * The claim with its degree word left out, and the degree; undefined when no degree word stands
 * before a comparative word or a verb of exceeding, or there is no comparison ("than", a verb).
 *
 * @example
 * ```ts
 * degreeRewrite(ctx, "A's aid was slightly larger than B's"); // { plain: "A's aid was larger than B's", word: 'slightly', degree: 'slight' }
 * ```
 */
export function degreeRewrite(ctx: CheckContext, text: string): { plain: string; word: string; degree: Degree; ratio?: number } | undefined {
  const said = normalizeTypography(text).trim();
  const m = degreePattern(ctx).exec(said);
  if (!m) return degreeVerbRewrite(ctx, said);
  const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const degree = degreeWords(ctx).get(word);
  if (!degree) return undefined;
  const plain = `${said.slice(0, m.index)}${said.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ');
  return { plain, word, degree };
}

/**
 * "A edges out B" as "A exceeds B" with the slight degree its verb says (round 28); "A dwarfs B" as
 * "A exceeds B" with the wide degree and the verb's ratio (round 36), not after a denial.
 */
function degreeVerbRewrite(ctx: CheckContext, said: string): { plain: string; word: string; degree: Degree; ratio?: number } | undefined {
  for (const { verb, plain: plainVerb, degree, ratio } of degreeVerbs(ctx)) {
    const m = cachedRegExp(`\\b${verb.split(/\s+/).map(escapeRegExp).join('\\s+')}\\b`, 'i').exec(said);
    if (!m) continue;
    if (degree === 'wide' && DENIED_BEFORE.test(said.slice(0, m.index))) return undefined;
    return { plain: `${said.slice(0, m.index)}${plainVerb}${said.slice(m.index + m[0].length)}`, word: m[0].toLowerCase(), degree, ...(ratio ? { ratio } : {}) };
  }
  return undefined;
}

/**
 * Reads "<A> <degree> <comparative> than <B>" by the comparison without the degree, then checks
 * the degree against the two amounts (see the module's comment).
 *
 * @example
 * ```ts
 * await readDegree({ ctx, text: "Freedonia's aid to Sylvania was slightly larger than its grants to Marsovia", recheck });
 * ```
 */
export async function readDegree({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const d = degreeRewrite(ctx, text);
  if (!d) return undefined;
  const r = await recheck(d.plain);
  if (!r) return undefined;
  const least = d.ratio ?? 1.5;
  const wide = d.ratio ? `the larger at least ${least} times the smaller` : 'the larger at least 50% above the smaller';
  const read = `Read as "${d.plain}" with the degree "${d.word}" (${d.degree === 'slight' ? `close: the one closeness rule, within ${CLOSE_WITHIN * 100}% of the larger holds, beyond ${CLOSE_BEYOND * 100}% refutes` : `${wide}; close (within ${CLOSE_WITHIN * 100}% of the larger) refutes`}).`;
  const claim = claimOf(text);
  if (r.verdict === 'REFUTED') return { decided: { ...r, claim, explanation: `${read} Without the degree the comparison is refuted, so it is with it. ${r.explanation}` } };
  const amounts = r.verdict === 'SUPPORTED' ? r.amounts : undefined;
  if (!amounts || amounts.smaller <= 0) {
    const why = r.verdict === 'SUPPORTED' ? 'the comparison holds, but the graph gives no two amounts to measure the degree by' : 'the comparison is not decided';
    const result: CheckResult = { ...r, claim, verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', explanation: `${read} Not enough information: ${why}. ${r.explanation}` };
    // final, not held: a later reader would read the degree word as part of a side and decide the
    // bare comparison (a false SUPPORTED of "slightly larger" at fourteen times)
    return { decided: result };
  }
  const ratio = amounts.larger / amounts.smaller;
  const pct = Math.round((ratio - 1) * 1000) / 10;
  // the comparison holds, so the larger is on the side the claim says: a slight degree is
  // closeness (src/check/closeness.ts), a great one its opposite with a wider bound
  const close = closeness(amounts.larger, amounts.smaller, 'near-over', false, { written: false });
  const holds = d.degree === 'slight' ? close.holds : (ratio >= least ? true : close.holds ? false : undefined);
  const arithmetic = `the larger amount is ${pct}% above the smaller (${amounts.larger} / ${amounts.smaller} = ${Math.round(ratio * 1000) / 1000})`;
  if (holds === undefined) {
    return { decided: { ...r, claim, verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', explanation: `${read} The comparison holds and ${arithmetic}: between the bounds of "${d.word}", so not decided. ${r.explanation}` } };
  }
  return {
    decided: {
      ...r, claim, verdict: holds ? 'SUPPORTED' : 'REFUTED',
      evidence: r.evidence.map((e) => ({ ...e, stance: holds ? 'supports' : 'refutes' })),
      explanation: `${read} The comparison holds and ${arithmetic}, so "${d.word}" ${holds ? 'holds' : 'does not hold'}. ${r.explanation}`,
    },
  };
}
