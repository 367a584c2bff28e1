/**
 * Fact checking against the claim graph: `checkClaim(store, text)` parses a sentence with the
 * lexicon's patterns and the graph's labels, and answers SUPPORTED / REFUTED / NOT_ENOUGH_INFO
 * from the graph's claim nodes, citing the sentences behind them.
 *
 * @example
 * ```ts
 * import { loadGraphStore, checkClaim, checkResultToJSON } from 'claimgraph';
 * const store = await loadGraphStore('.');
 * const result = await checkClaim(store, 'Freedonia is a member of the League.', { dir: '.' });
 * console.log(JSON.stringify(checkResultToJSON(result)));
 * ```
 */
import { readAttribution, describeScope } from './attribution.js';
import { buildCheckContext, loadCheckContext, scopedContext, type CheckContext } from './context.js';
import { checkMetadata } from './metadata.js';
import { parseClaim, parseStructured, validateClaimText } from './parser.js';
import { combineParts, readCompound, readRefutedPart, type CompoundPart } from './compound.js';
import { readByWords } from './by-words.js';
import { inPresentTense, readClaimTime } from './claim-time.js';
import { readComparison } from './comparisons.js';
import { decideKind } from './kinds.js';
import { evaluateViaHeadOffice } from './heads.js';
import { readPredecessor } from './predecessor.js';
import { readRankComparison, superlativeRewrite } from './rank-comparisons.js';
import { impliedParties } from './implied-party.js';
import { readSpan } from './spans.js';
import type { ClaimTime } from './timeline.js';
import { ClaimgraphError, hasErrorCode } from '../errors.js';
import type { CheckGraph, CheckOptions, CheckResult, Interpretation, StructuredClaim } from './types.js';
import { collectEvidence, describeInterpretation, evaluateClaim as evaluate, type Evaluation } from './verdict.js';

export type * from './types.js';
export { buildCheckContext, loadCheckContext, type CheckContext } from './context.js';
export { parseClaim, parseStructured, validateClaimText, MAX_CLAIM_LENGTH } from './parser.js';
export { evaluateClaim as evaluateInterpretation, describeInterpretation } from './verdict.js';
export { checkResultToJSON, toClaimReview, formatCheckText } from './format.js';
export { readSentence, type SentenceReading, type SentenceOptions } from './sentence.js';
export {
  parseBatch as parseCheckBatch, runBatch as runCheckBatch, scoreBatch as scoreCheckBatch,
  batchLineJSON as checkBatchLineJSON, formatBatchSummary as formatCheckBatchSummary, type BatchInput as CheckBatchInput,
} from './batch.js';

/** How many readings of an ambiguous claim are evaluated before settling. */
const MAX_READINGS = 8;

/** Two readings that differ at most in the entities named as subject and object. */
function sameShape(a: Interpretation, b: Interpretation): boolean {
  const strip = (i: Interpretation): string => JSON.stringify([i.predicate, i.polarity, i.modality, i.pattern,
    Object.entries(i.qualifiers).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => [k, { ...v, mention: undefined }]),
    i.subject.kind === 'entity' ? 'entity' : { ...i.subject, mention: undefined }, i.object.kind === 'entity' ? 'entity' : { ...i.object, mention: undefined }]);
  return strip(a) === strip(b);
}

const timedContexts = new WeakMap<CheckContext, Map<string, CheckContext>>();

/** The context for a claim stated for a time (one per context and period). */
function timedContext(ctx: CheckContext, time: ClaimTime): CheckContext {
  let m = timedContexts.get(ctx);
  if (!m) timedContexts.set(ctx, (m = new Map()));
  const key = `${time.period}|${time.mention}`;
  let c = m.get(key);
  if (!c) m.set(key, (c = { ...ctx, asOf: time }));
  return c;
}

const tensedContexts = new WeakMap<CheckContext, Map<boolean, CheckContext>>();

/** The context for a claim in the present tense, or not (src/check/claim-time.ts `inPresentTense`). */
function tensedContext(ctx: CheckContext, present: boolean): CheckContext {
  let m = tensedContexts.get(ctx);
  if (!m) tensedContexts.set(ctx, (m = new Map()));
  let c = m.get(present);
  if (!c) m.set(present, (c = { ...ctx, present }));
  return c;
}

function contextOf(store: CheckGraph, opts: CheckOptions): CheckContext {
  return (opts.context as CheckContext | undefined) ?? loadCheckContext(store, { dir: opts.dir });
}

function withParts(ctx: CheckContext, claim: string, parts: CompoundPart[]): CheckResult {
  const r = finish(ctx, claim, parts[0]!.interpretation, combineParts(parts));
  r.parts = parts.map((p) => ({ text: p.text, verdict: p.evaluation.verdict, interpretation: p.interpretation, evidence: collectEvidence(ctx, p.evaluation.bearings, { byDate: p.evaluation.byDate }), explanation: p.evaluation.explanation }));
  return r;
}

function finish(ctx: CheckContext, claim: string, interpretation: Interpretation, ev: Evaluation): CheckResult {
  const evidence = collectEvidence(ctx, ev.bearings, { byDate: ev.byDate });
  if (ctx.asOf) interpretation = { ...interpretation, asOf: ctx.asOf.period };
  // a reader's comment is not the article's word: say so
  const fromComments = ev.reason !== 'article-metadata' && evidence.length > 0 && evidence.every((e) => e.segment === 'comment');
  return {
    claim,
    verdict: ev.verdict,
    interpretation,
    evidence,
    explanation: fromComments ? `${ev.explanation} The source is a reader comment, asserted by its commenter, not by the article's author.` : ev.explanation,
    reason: ev.reason,
    conflict: ev.conflict,
  };
}

/**
 * Checks a claim sentence against the graph. The context (labels, lexicon, axioms) is built on
 * the first call for a store and reused afterwards.
 *
 * Throws `ClaimgraphError` `CHECK_INPUT` (empty, oversized, binary input) or
 * `CHECK_UNINTERPRETABLE` (names the part it could not read).
 *
 * @example
 * ```ts
 * const r = await checkClaim(store, 'Freedonia is not a member of the League.');
 * r.verdict; // 'SUPPORTED' when the graph holds the explicit negative claim
 * ```
 */
export async function checkClaim(store: CheckGraph, text: string, opts: CheckOptions = {}): Promise<CheckResult> {
  let ctx = contextOf(store, opts);
  validateClaimText(text);
  // the tense of the whole claim, kept by the claims read inside it (a time, a source, parts)
  if (ctx.present === undefined) ctx = tensedContext(ctx, inPresentTense(text));
  // "as of 2016, ...", "in 2015, X was expected ...": the claim for that time (src/check/timeline.ts)
  const timed = ctx.asOf ? undefined : readClaimTime(ctx, text);
  if (timed) {
    const inner = await checkClaim(store, timed.inner, { ...opts, context: timedContext(ctx, timed.time) }).catch((err: unknown) => {
      if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) return undefined;
      throw err;
    });
    if (inner && (timed.always || inner.interpretation.modality !== 'stated')) {
      return { ...inner, claim: text.trim(), explanation: `Read as a claim about ${timed.time.period} ("${timed.time.mention}"): only sources of that time or earlier decide it. ${inner.explanation}` };
    }
  }
  // about the article itself: its author, title, date, reader comments
  const meta = ctx.scope ? undefined : checkMetadata(ctx, text);
  if (meta) return finish(ctx, text.trim(), meta.interpretation, meta.evaluation);
  // "according to a reader, ...": the claim inside, against that source's claims only (a frame
  // whose inside cannot be read is no frame: "the article was written by X" is not "X, says the article")
  const attribution = ctx.scope ? undefined : readAttribution(ctx, text);
  if (attribution) {
    const scopedCtx = scopedContext(ctx, attribution.scope);
    const inner = await checkClaim(store, attribution.inner, { ...opts, context: scopedCtx }).catch((err: unknown) => {
      if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) return undefined;
      throw err;
    });
    if (inner) {
      const who = describeScope(attribution.scope);
      let explanation = `Read as a claim about what ${who} states: "${attribution.inner}". ${inner.explanation}`;
      if (inner.verdict === 'NOT_ENOUGH_INFO') {
        const any = await checkClaim(store, attribution.inner, { ...opts, context: ctx }).catch(() => undefined);
        if (any && any.verdict !== 'NOT_ENOUGH_INFO') explanation += ` The graph has it from another source (${any.verdict === 'SUPPORTED' ? 'supporting' : 'refuting'} it), not from ${who}.`;
      }
      return { ...inner, claim: text.trim(), explanation, interpretation: { ...inner.interpretation, attributedTo: who } };
    }
  }
  // "the canal pipeline is a town": what kind of thing the graph says X is (src/check/kinds.ts)
  const checkRest = (claim: string): Promise<CheckResult | undefined> => checkClaim(store, claim, { ...opts, context: ctx }).catch((err: unknown) => {
    if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) return undefined;
    throw err;
  });
  const kind = await decideKind(ctx, text, checkRest);
  if (kind) return kind;
  let readings: ReturnType<typeof parseClaim>['readings'];
  try {
    ({ readings } = parseClaim(ctx, text));
  } catch (err) {
    // two statements in one sentence: check each
    const unread = hasErrorCode(err, 'CHECK_UNINTERPRETABLE');
    // "A three weeks after B": the days the graph gives A and B (src/check/spans.ts)
    const span = unread ? readSpan(ctx, text) : undefined;
    if (span) return finish(ctx, text.trim(), span.interpretation, span.evaluation);
    // "A's aid to B was larger than its grants to C": two amounts of the graph (src/check/comparisons.ts)
    // ... or two ranks, or a superlative (src/check/rank-comparisons.ts)
    const comparison = unread ? readComparison(ctx, text) ?? readRankComparison(ctx, text) : undefined;
    if (comparison) return finish(ctx, text.trim(), comparison.interpretation, comparison.evaluation);
    // "A has more N than any other country": "A has the most N"
    const superlative = unread ? superlativeRewrite(ctx, text) : undefined;
    const most = superlative ? await checkClaim(store, superlative, { ...opts, context: ctx }).catch((e: unknown) => {
      if (hasErrorCode(e, 'CHECK_UNINTERPRETABLE')) return undefined;
      throw e;
    }) : undefined;
    if (most) return { ...most, claim: text.trim(), explanation: `Read as "${superlative}" (more than any other is the most). ${most.explanation}` };
    // "X's predecessor as O was Y": the holders' places in the office's line (src/check/predecessor.ts)
    const predecessor = unread ? readPredecessor(ctx, text) : undefined;
    if (predecessor) return finish(ctx, text.trim(), predecessor.interpretation, predecessor.evaluation);
    // "the canal is the Freedonian leader who ...": an office, of a thing that cannot hold one
    const officeKind = unread ? await decideKind(ctx, text, checkRest, { offices: true }) : undefined;
    if (officeKind) return officeKind;
    // "The deals with X were worth ...": the one party the graph gives (src/check/implied-party.ts)
    const implied = unread ? await decideImpliedParty(store, ctx, text, opts) : undefined;
    if (implied) return implied;
    const parts = unread ? readCompound(ctx, text) : undefined;
    if (parts) return withParts(ctx, text.trim(), parts);
    // no pattern in order: one pattern's words in another order (src/check/by-words.ts)
    const byWords = unread ? decideByWords(ctx, text) : undefined;
    if (byWords) return byWords;
    // "A and B" where B reads and is refuted, A not at all: refuted (src/check/compound.ts)
    const partial = unread ? readRefutedPart(ctx, text) : undefined;
    if (partial) {
      const r = withParts(ctx, text.trim(), [partial.part]);
      return { ...r, explanation: `Read in part: "${partial.unread}" could not be read, but "${partial.part.text}" is refuted, and a conjunction with a refuted part is refuted. ${partial.part.evaluation.explanation}` };
    }
    throw err;
  }
  let first: { interp: Interpretation; ev: Evaluation } | undefined;
  let decided: { interp: Interpretation; ev: Evaluation } | undefined;
  for (const read of readings.slice(0, MAX_READINGS)) {
    let r = read;
    let ev = evaluate(ctx, r.interpretation);
    // "X heads Y" undecided by leads claims: X holding Y's head office (src/check/heads.ts)
    const viaHead = ev.verdict === 'NOT_ENOUGH_INFO' && !ev.conflict ? evaluateViaHeadOffice(ctx, r.interpretation, text) : undefined;
    if (viaHead) ({ r, ev } = { r: { ...r, interpretation: viaHead.interpretation }, ev: viaHead.evaluation });
    if (!first) first = { interp: r.interpretation, ev };
    if (ev.verdict === 'NOT_ENOUGH_INFO' && !ev.conflict) continue;
    // the best-ranked reading the graph can decide wins; but when a name is ambiguous ("the
    // Freedonian Prime Minister": a person the article calls so, or the office and so any holder
    // of it), a reading that differs only in which entity is meant and is supported wins over a
    // refuted one: the claim is true of the entity it can mean
    if (!decided) decided = { interp: r.interpretation, ev };
    if (ev.verdict === 'SUPPORTED' && sameShape(decided.interp, r.interpretation)) return finish(ctx, text.trim(), r.interpretation, ev);
    if (decided.ev.verdict === 'SUPPORTED' || decided.ev.conflict) break;
  }
  if (decided) return finish(ctx, text.trim(), decided.interp, decided.ev);
  // undecided as one statement: it may be two ("X is a member and Y is too")
  const parts = readCompound(ctx, text);
  if (parts) {
    if (combineParts(parts).verdict !== 'NOT_ENOUGH_INFO') return withParts(ctx, text.trim(), parts);
  }
  return finish(ctx, text.trim(), first!.interp, first!.ev);
}

/**
 * A claim opening with a definite noun phrase without its agent, read with each party the graph
 * gives: used only when the parties whose readings are decided agree on the verdict and its claims.
 */
async function decideImpliedParty(store: CheckGraph, ctx: CheckContext, text: string, opts: CheckOptions): Promise<CheckResult | undefined> {
  const decided: Array<{ party: string; r: CheckResult }> = [];
  for (const { party, claim } of impliedParties(ctx, text)) {
    // a rewrite the lexicon's patterns read in order, not by its words or in parts (bounded work)
    try {
      parseClaim(ctx, claim);
    } catch (err) {
      if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) continue;
      throw err;
    }
    const r = await checkClaim(store, claim, { ...opts, context: ctx }).catch((err: unknown) => {
      if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) return undefined;
      throw err;
    });
    if (r && r.verdict !== 'NOT_ENOUGH_INFO') decided.push({ party, r });
  }
  // parties that reach one verdict on the same claims (a state and the person acting for it) are one
  const key = (r: CheckResult): string => `${r.verdict}|${[...new Set(r.evidence.map((e) => e.claim))].sort().join(' ')}`;
  if (!decided.length || decided.some((d) => key(d.r) !== key(decided[0]!.r))) return undefined;
  const { r } = decided[0]!;
  const party = decided.map((d) => d.party).join(' / ');
  const note = `read the phrase's agent as ${party}: ${decided.length > 1 ? 'the parties the graph gives for it, which agree' : 'the only party the graph gives for it'}`;
  return { ...r, claim: text.trim(), interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] }, explanation: `Read as ${party}'s (${note}). ${r.explanation}` };
}

/**
 * The verdict of a claim read by its words: the readings the graph decides must agree (two
 * patterns that read the same words as different facts with different verdicts leave the claim
 * NOT_ENOUGH_INFO); undefined when no pattern accounts for the words.
 */
function decideByWords(ctx: CheckContext, text: string): CheckResult | undefined {
  const readings = readByWords(ctx, text).slice(0, MAX_READINGS);
  if (!readings.length) return undefined;
  const evaluated = readings.map((r) => ({ interp: r.interpretation, ev: evaluate(ctx, r.interpretation) }));
  const decided = evaluated.filter((e) => e.ev.verdict !== 'NOT_ENOUGH_INFO');
  const verdicts = new Set(decided.map((e) => e.ev.verdict));
  if (verdicts.size === 1) return finish(ctx, text.trim(), decided[0]!.interp, decided[0]!.ev);
  const first = evaluated[0]!;
  if (verdicts.size > 1) {
    const ev: Evaluation = { ...first.ev, verdict: 'NOT_ENOUGH_INFO', bearings: [], explanation: `Read by its words only, the claim has readings the graph decides differently (${decided.map((e) => `${e.interp.predicateName}: ${e.ev.verdict}`).join(', ')}); not enough information to choose.` };
    return finish(ctx, text.trim(), first.interp, ev);
  }
  return finish(ctx, text.trim(), first.interp, first.ev);
}

/**
 * Checks a structured claim (subject, predicate, object by id, IRI or label).
 *
 * @example
 * ```ts
 * const r = await checkStructured(store, { subject: 'freedonia', predicate: 'memberOf', object: 'league', negated: true });
 * ```
 */
export async function checkStructured(store: CheckGraph, claim: StructuredClaim, opts: CheckOptions = {}): Promise<CheckResult> {
  const ctx = contextOf(store, opts);
  const interp = parseStructured(ctx, claim);
  const text = describeInterpretation(ctx, interp);
  return finish(ctx, text, interp, evaluate(ctx, interp));
}

/**
 * A fresh context for a store (tests and long-running servers that reload the graph).
 *
 * @example
 * ```ts
 * const ctx = prepareCheck(store, { dir: '.' });
 * await checkClaim(store, 'Freedonia is a member of the League.', { context: ctx });
 * ```
 */
export function prepareCheck(store: CheckGraph, opts: { dir?: string } = {}): CheckContext {
  return buildCheckContext(store, opts);
}
