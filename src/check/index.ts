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
import { answerWhyQuestion } from './why-questions.js';
import { misattribution } from './misattribution.js';
import { heldMisquote, heldSwapEvaluation, heldSwapResult, isBeliefFrame } from './belief-frame.js';
import { misquotedWords } from './comment-misquote.js';
import { exclusiveBelief } from './belief-exclusive.js';
import { headlineSays } from './headline-says.js';
import { capAttitude, capUnstatedAdverbs } from './unstated-adverbs.js';
import { capConsequence, capSequence } from './consequence-links.js';
import { capProspect } from './expectation-tense.js';
import { capObligation } from './obligation-frames.js';
import { capUpTo } from './up-to-ceiling.js';
import { hedgeAsCertainty } from './hedge-certainty.js';
import { firstRival } from './first-rival.js';
import { saidWords } from './said-words.js';
import { saidContent } from './said-content.js';
import { readAttribution, describeScope, type ClaimScope } from './attribution.js';
import { saidNowhere } from './said-nowhere.js';
import { appraisalHeld, authorWords } from './author-words.js';
import { namedAs } from './appraisal-frames.js';
import { articlesOf } from './articles.js';
import { checkMetadataWhen } from './metadata-when.js';
import { NS, buildCheckContext, loadCheckContext, scopedContext, type CheckContext } from './context.js';
import { checkMetadata } from './metadata.js';
import { parseClaim, validateClaimText } from './parser.js';
import { parseStructured } from './structured.js';
import { combineParts, readCompound } from './compound.js';
import { inPresentPerfect, inPresentTense, readClaimTime } from './claim-time.js';
import { decideKind } from './kinds.js';
import { evaluateViaHeadOffice } from './heads.js';
import { evaluateAsDesign } from './design-present.js';
import { readUndecided, readUnread } from './readers.js';
import { classAnaphoraRewrite } from './class-anaphora.js';
import { overExtentReadings, plusBoundRewrite } from './plus-bound.js';
import { checkDefiniteChoice, choiceHeld } from './definite-choice.js';
import { holdAmbiguous } from './ambiguous-readings.js';
import { negativeQuestion } from './negative-questions.js';
import { answerDoQuestion } from './do-questions.js';
import { spellBareContractions } from './bare-contractions.js';
import { restatedDuration } from './restated-duration.js';
import { capBareFraction, decimalShare } from './decimal-share.js';
import { decideNumberRange, numberRange } from './number-ranges.js';
import { invertedConditional } from './inverted-conditional.js';
import { capVagueCount } from './vague-quantity.js';
import { capObjectUniversal } from './object-universal.js';
import { majorityUnsaid } from './said-in-words.js';
import { capAmbiguousRole } from './ambiguous-role.js';
import { correctWordTypos } from './word-typos.js';
import { finish, MAX_READINGS, restate, undecidedResult, withParts } from './result.js';
import type { ClaimTime } from './timeline.js';
import { ClaimgraphError, hasErrorCode } from '../errors.js';
import { checkDepth, DEFAULT_CLAIM_BUDGET_MS, nested } from './recheck-depth.js';
import { memoUnread } from './unread-memo.js';
import { normalizeTypography } from './text.js';
import type { CheckGraph, CheckOptions, CheckResult, Interpretation, StructuredClaim } from './types.js';
import { describeInterpretation, evaluateClaim as evaluate, type Evaluation } from './verdict.js';
import { holdNoLonger } from './no-longer.js';
import { decideDeniedWhole, deniedWholeConjunction, firstSentence, framedDenialOfMany, framedDenialOfSeveral, opensWithDenialFrame, spelledDenialFrame } from './denied-whole.js';
import { commentedSentences, correctedClaim, decideCommentedSentences, decideCorrection, decideTruthComment, trailingRemark, truthComment, type SeveralComment } from './truth-comment.js';
import { answerBeforeDash, unplacedRemark } from './unplaced-remarks.js';
import { decideDottedThousands, thousandsReading } from './dotted-thousands.js';
import { holdScopedRank } from './rank-scope.js';
import { holdOtherYearEvent } from './event-year.js';
import { peelDiscourse } from './discourse-layer.js';

export type * from './types.js';
export { buildCheckContext, loadCheckContext, type CheckContext } from './context.js';
export { parseClaim, validateClaimText, MAX_CLAIM_LENGTH } from './parser.js';
export { parseStructured } from './structured.js';
export { evaluateClaim as evaluateInterpretation, describeInterpretation } from './verdict.js';
export { checkResultToJSON, toClaimReview, formatCheckText } from './format.js';
export { readSentence, type SentenceReading, type SentenceOptions } from './sentence.js';
export { UNREAD_READERS, type UnreadReader, type ReaderInput, type ReaderOutcome } from './readers.js';
export {
  parseBatch as parseCheckBatch, runBatch as runCheckBatch, scoreBatch as scoreCheckBatch,
  batchLineJSON as checkBatchLineJSON, formatBatchSummary as formatCheckBatchSummary, type BatchInput as CheckBatchInput,
} from './batch.js';

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
  const key = `${time.period}|${time.mention}|${time.deedDone ? 1 : 0}`;
  let c = m.get(key);
  if (!c) m.set(key, (c = { ...ctx, asOf: time }));
  return c;
}

const tensedContexts = new WeakMap<CheckContext, Map<string, CheckContext>>();

/** The context for a claim in the present tense, or the present perfect, or neither (src/check/claim-time.ts `inPresentTense`, `inPresentPerfect`). */
function tensedContext(ctx: CheckContext, present: boolean, perfect: boolean): CheckContext {
  let m = tensedContexts.get(ctx);
  if (!m) tensedContexts.set(ctx, (m = new Map()));
  const key = `${present}|${perfect}`;
  let c = m.get(key);
  if (!c) m.set(key, (c = { ...ctx, present, perfect }));
  return c;
}

/** A check of a claim inside another: one that cannot be read is undefined, any other error thrown. */
function unreadAsUndefined(check: Promise<CheckResult>): Promise<CheckResult | undefined> {
  return check.catch((err: unknown) => {
    // a claim said again by a reader ("2015.", a fragment of a rewrite) that is no sentence is unread
    if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE') || hasErrorCode(err, 'CHECK_INPUT')) return undefined;
    throw err;
  });
}

function contextOf(store: CheckGraph, opts: CheckOptions): CheckContext {
  return (opts.context as CheckContext | undefined) ?? loadCheckContext(store, { dir: opts.dir });
}

/**
 * A claim that opens with a denied count: "Not one of the X ...", "Not a single X ...", "Not even
 * one X", or a denied whole: "Not all (of) the X ...", "Not every X ..." (some X did not, which
 * the group readings would take as "every X did not").
 */
const NEGATED_COUNT = /^\s*not\s+(?:even\s+)?(?:one|a\s+single|a\s+one|any|all|every|each)\b/i;
/** "Is it true that P?" / "Is it the case that P?": the statement P asked about (round 37). */
const TRUTH_QUESTION = /^(?:is|was)\s+it\s+(?:true|the\s+case|correct|right)\s+that\s+(.+?)\s*\?$/i;

/**
 * A denied count said as "none" or "no" ("Not one of the X P" -> "None of the X P", "Not a single
 * X P" -> "No X P"); undefined for a denied whole ("not all", "not every") or another opening.
 *
 * @example
 * ```ts
 * noneForDeniedCount('Not a single Sylvanian town hosted the gala.'); // 'No Sylvanian town hosted the gala.'
 * ```
 */
export function noneForDeniedCount(text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  const of = /^not\s+(?:even\s+)?(?:one|a\s+single\s+one|a\s+one|any)\s+of\s+(\S.*)$/i.exec(t);
  if (of) return `None of ${of[1]}`;
  const no = /^not\s+(?:even\s+)?(?:one|a\s+single|a\s+one|any)\s+(?!of\b|but\b)([a-z]\S*.*)$/i.exec(t);
  return no ? `No ${no[1]}` : undefined;
}

/**
 * "All (of) the X did not P" in one clause: either "no X did P" or "not every X did P" (as in
 * "all that glitters is not gold"); the group readings would take only the first. Left unread.
 * ("Each X did not P" and "every X did not P" are read: each member is denied.)
 */
const ALL_NOT = /^\s*all\b[^,;:]*?\b(?:not|never)\b|^\s*all\b[^,;:]*?n't\b/i;
/**
 * A fronted exclusion ("Excluding X, all G ...", "Barring X, every G ...", "Save X, ..."): it takes X
 * out of the group the clause after it is about, so it is no part of its own (round 38, users31's F5:
 * cut off at its comma, the clause about the whole group refuted the claim by X). Not read.
 * round 40 (fix32d, users32's F13): "But for X, ..." too (except X, or "were it not for X"): read
 * past "But" as a discourse word, "For X, all G ..." was refuted by X.
 */
const FRONTED_EXCLUSION = /^\s*(?:but\s+for|excluding|excepting|except(?:\s+for)?|without|barring|bar|save|saving|ignoring|omitting|discounting|disregarding|leaving\s+out|setting\s+aside|not\s+including|exclusive\s+of)\s+[^,;:]{1,60},\s*\S/i;

/**
 * A denied whole inside the claim: "A and B did not both join Y", "X and Z weren't all members",
 * "it is not the case that both A and B ...": the denial of the conjunction (one of them did
 * not), which the group readings would take as "neither did" (round 27: "Freedonia and Sylvania
 * are not both members of the League", true, was REFUTED by Freedonia's membership).
 */
const DENIED_WHOLE = /\b(?:not|never)\s+(?:both|all)\b|n't\s+(?:both|all)\b|\bnot\s+the\s+case\s+that\s+(?:both|all|every|each)\b/i;

/** Words struck through in markdown or HTML ("~~not~~", "<s>not</s>", "<del>not</del>"). */
const STRUCK = /~~[^~\n]+~~|<(s|del|strike)>[^<]*<\/\1>/i;

/** A wh- question: a wh-word first and a question mark (the answer may follow: "Who wrote it? Rufus."). */
const WH_QUESTION = /^\s*(?:who|whom|whose|what|which|where|when|how)\b[^?]*\?/i;

/**
 * checkClaim's gates of unread claims, asked in order after a truth comment that decides with the
 * claim (src/check/truth-comment.ts): each names what it finds in the claim (undefined: nothing),
 * and the first that finds something leaves the claim unread with its message.
 */
const UNREAD_GATES: ReadonlyArray<{ name: string; test: (ctx: CheckContext, text: string, several: SeveralComment | undefined) => string | undefined; message: (found: string) => string }> = [
  {
    // round 39 (lead: users31's F1 probes after the merge): a denying or hedging comment after several
    // sentences ("P; Q. Just kidding.") is about one of them or all, which is not said: unread
    name: 'comment over several sentences',
    test: (_ctx, _text, several) => several?.comment,
    message: (comment) => `"${comment}" comments on the truth of several sentences, and which of them it is about is not said`,
  },
  {
    // round 39 (users32's F11): "X did ~~not~~ V", "<del>...</del>": struck words are withdrawn, and
    // read as plain text they reversed the claim; which words stand is not read
    name: 'struck words',
    test: (_ctx, text) => STRUCK.exec(text)?.[0],
    message: () => 'it strikes words through, and the claim without them is not read',
  },
  {
    // round 40 (fix33, users33's F3, F5, F8, F12, F15): a remark whose direction no reader places
    // ("P. You wish.", "P \ud83e\udd21", "P (it did)", "P \u2717 \ud83d\ude42") must not let P decide alone
    name: 'unplaced remark',
    test: (ctx, text) => unplacedRemark(ctx, text),
    message: (remark) => `"${remark}" is a remark beside the statement, and whether it denies, doubts or changes it is not read`,
  },
  {
    // round 39: "P. Correction: Q.", "P. Except it didn't.", "P. The article says otherwise.": a later
    // sentence that withdraws, denies or judges the ones before it is read by no reader, and P must
    // not decide alone (src/check/truth-comment.ts, trailingRemark)
    name: 'trailing remark',
    test: (ctx, text) => trailingRemark(ctx, text) || undefined,
    message: (remark) => `"${remark}" comments on the sentences before it (a correction, a denial or the source disagreeing), and how it changes them is not read`,
  },
  {
    // round 39 (users32 F14): a frame or comment of denial in a first sentence of several ("Myth: X.
    // Fact: Y.", "It is false that X. Y."): read over every sentence, a false Y was masked by a false
    // X; cut after its sentence, the readers of parts took the frame into the clause. Unread
    name: 'denial in a first sentence',
    test: (ctx, text) => {
      const first = firstSentence(normalizeTypography(text));
      return first && (opensWithDenialFrame(first) || truthComment(ctx, first)?.kind === 'deny') ? first : undefined;
    },
    message: (first) => `"${first}" denies with a frame or comment, and what follows it is not said to be inside or outside the denial`,
  },
];

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
export function checkClaim(store: CheckGraph, text: string, opts: CheckOptions = {}): Promise<CheckResult> {
  // readers recheck other words through checkClaim: bounded nesting (src/check/recheck-depth.ts)
  // round 26: "Did X V ...?" also as its statement ("X V-ed ..."), which every reader reaches (src/check/do-questions.ts)
  return nested(text, async () => {
    const ctx = contextOf(store, opts);
    // another text read in this claim's context, unread as undefined (the readers below ask it)
    const recheck = (claim: string): Promise<CheckResult | undefined> => unreadAsUndefined(checkClaim(store, claim, { ...opts, context: ctx }));
    // round 40 (fix33, users33's F13): "No - P" answers someone or labels P, which is not said
    const answer = answerBeforeDash(text);
    if (answer) throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": "${answer}" before a dash may answer someone (then P is asserted) or rate P false, and which is not said`);
    // round 38: "P, which is untrue", "Baseless: P", "Is P? - No.": a comment on the truth of the
    // claim decides with it, never dropped (src/check/truth-comment.ts)
    const whole = (claim: string): Promise<CheckResult> => checkClaim(store, claim, { ...opts, context: ctx });
    const comment = truthComment(ctx, text, opensWithDenialFrame);
    if (comment && comment.kind !== 'several') return decideTruthComment(text, comment, whole);
    // round 40: "Myth: X. Fact: Y.": each sentence with its own comment, read as its own claim
    const commented = commentedSentences(ctx, text, opensWithDenialFrame);
    if (commented) return decideCommentedSentences(text, commented, whole);
    // round 40: "P. Correction: Q." with Q a full claim (or a figure in place of P's one figure): Q is
    // the claim (src/check/truth-comment.ts); struck words in Q leave Q, and so the claim, unread
    const corrected = correctedClaim(ctx, text);
    if (corrected) return decideCorrection(text, corrected, whole);
    // the gates that leave the claim unread, asked in order (UNREAD_GATES above)
    for (const gate of UNREAD_GATES) {
      const found = gate.test(ctx, text, comment);
      if (found !== undefined) throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": ${gate.message(found)}`);
    }
    const read = async (): Promise<CheckResult> => {
      // round 35: "Why did X V ...?" by its premise, "Did X V ...?" (src/check/why-questions.ts)
      const why = await answerWhyQuestion(text, recheck);
      if (why) return why;
      const asked = await answerDoQuestion(ctx, text, () => checkOnce(store, text, opts), recheck);
      // round 35: an adverb read past that adds a fact no source states caps the verdict (src/check/unstated-adverbs.ts)
      // round 38: "A, so B" says B follows from A, which no source states (src/check/consequence-links.ts)
      // round 38: "up to X" far above the source's figure (src/check/up-to-ceiling.ts)
      // round 39: "many N did X" supported by one N (src/check/vague-quantity.ts)
      // round 40: a bare decimal fraction read as a percent (src/check/decimal-share.ts)
      // round 40: "X holds all of Y's voting power" read as holding some (src/check/object-universal.ts)
      // round 40: "a Freedonian leader" read as one of its leaders, refuted by that one's absence (src/check/ambiguous-role.ts)
      // round 40: "is set to join" supported by the fact that it joined (src/check/expectation-tense.ts)
      // round 41: "still has to V" / "has to V" read as the bare deed (src/check/obligation-frames.ts)
      return capObligation(text, await capBareFraction(text, capProspect(text, capAmbiguousRole(ctx, capObjectUniversal(text, capVagueCount(text, capSequence(text, capUpTo(ctx, text, capConsequence(text, capAttitude(ctx.attitudeWords, text, capUnstatedAdverbs(asked ?? await checkOnce(store, text, opts)))))))))), (t) => checkOnce(store, t, opts).catch(() => undefined)));
    };
    // round 38: "1.800 km" with a decimal point and with a thousands separator (src/check/dotted-thousands.ts)
    const dotted = thousandsReading(text);
    if (dotted) return decideDottedThousands(text, dotted, read, recheck);
    return read();
  }, { scope: (opts.context as object | undefined) ?? store, key: `${opts.dir ?? ''}\u0000${text}` }, { ms: opts.budgetMs ?? DEFAULT_CLAIM_BUDGET_MS, clock: opts.clock });
}

// round 28: chat, e-mail and note words around the claim ("lol P", "re: your question - P", "P, no?",
// "From the X story: P") peeled first (src/check/discourse-layer.ts); the claim as written is
// still read when the claim inside is not decided, and wins when it decides
async function checkOnce(store: CheckGraph, text: string, opts: CheckOptions): Promise<CheckResult> {
  validateClaimText(text);
  const wrapped = peelDiscourse(contextOf(store, opts), text);
  if (!wrapped) return checkPlain(store, text, opts);
  const told = (r: CheckResult): CheckResult => {
    const note = `read as "${wrapped.core}" (discourse around the claim peeled: "${wrapped.peeled.join('", "')}")`;
    return restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] }, explanation: `Read as "${wrapped.core}" (words around the claim that are not part of it peeled: "${wrapped.peeled.join('", "')}"). ${r.explanation}` });
  };
  // round 29: "P, but I doubt it" is the asker's doubt, never the conjunction of P and an unread part
  if (wrapped.doubted) return told(await checkClaim(store, wrapped.core, { ...opts, context: contextOf(store, opts) }));
  const inner = await unreadAsUndefined(checkClaim(store, wrapped.core, { ...opts, context: contextOf(store, opts) }));
  if (inner && inner.verdict !== 'NOT_ENOUGH_INFO') return told(inner);
  const plain = inner ? await unreadAsUndefined(checkPlain(store, text, opts)) : await checkPlain(store, text, opts);
  if (plain && (plain.verdict !== 'NOT_ENOUGH_INFO' || !inner)) return plain;
  return told(inner!);
}

// round 29: "X was recieved by Y": an ordinary word with a slip of the keyboard, read as the one
// word of the lexicon or the labels it is nearest to (src/check/word-typos.ts), and said so; only
// when the claim as written is not decided, so a word the correction would misread ("whereas",
// an abbreviation) never costs a reading. The text was validated by checkOnce, the only caller.
async function checkPlain(store: CheckGraph, text: string, opts: CheckOptions): Promise<CheckResult> {
  const ctx = contextOf(store, opts);
  // only the claim as the user wrote it (depth 1): a reader's recheck of a part of it would try the
  // correction again at every depth, each try checking the part twice (a claim of users11 ran for
  // minutes); the claim corrected as a whole already reaches every part corrected
  if (checkDepth() !== 1) return checkWritten(store, text, opts);
  let unread: unknown;
  const plain = await checkWritten(store, text, opts).catch((err: unknown) => {
    if (!hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) throw err;
    unread = err;
    return undefined;
  });
  if (plain && (plain.verdict !== 'NOT_ENOUGH_INFO' || plain.conflict)) return plain;
  // looked for only now: a decided claim never needs it, and its word list costs a one-claim
  // process ~30 ms to build (the correction is a function of the context and the text alone)
  const typos = correctWordTypos(ctx, text);
  if (!typos) {
    if (plain) return plain;
    throw unread;
  }
  const fixed = await unreadAsUndefined(checkClaim(store, typos.claim, { ...opts, context: ctx }));
  if (!fixed || (plain && fixed.verdict === 'NOT_ENOUGH_INFO' && !fixed.conflict)) {
    if (plain) return plain;
    throw unread;
  }
  const note = typos.words.map((w) => `read '${w.from}' as '${w.to}'`).join(', ');
  return restate(fixed, text, { interpretation: { ...fixed.interpretation, notes: [...(fixed.interpretation.notes ?? []), note] }, explanation: `Read as "${typos.claim.trim()}" (${note}). ${fixed.explanation}` });
}

async function checkWritten(store: CheckGraph, text: string, opts: CheckOptions): Promise<CheckResult> {
  let ctx = contextOf(store, opts);
  // "X isnt a member of Y": the contraction typed without its apostrophe, read as "isn't" (round 23)
  const spelled = spellBareContractions(text);
  if (spelled) {
    const r = await checkClaim(store, spelled.claim, { ...opts, context: ctx });
    return restate(r, text, { explanation: `Read "${spelled.words.join('", "')}" as a contraction with "not" ("${spelled.claim.trim()}"). ${r.explanation}` });
  }
  // round 40: "It's not true that P" as "It is not true that P", the frame the lexicon reads
  const unfolded = spelledDenialFrame(text);
  if (unfolded) {
    const r = await checkClaim(store, unfolded, { ...opts, context: ctx });
    return restate(r, text, { explanation: `Read as "${unfolded}" ("it's" spelled out). ${r.explanation}` });
  }
  // round 39: "Were X in Y, Z would ...": a counterfactual, unread as its "if" form (src/check/inverted-conditional.ts)
  if (invertedConditional(text)) throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": an inverted counterfactual ("Were X ..., Y would ...") says what would be, which no source states`);
  // round 39: "0.26 of the votes": a share's decimal fraction as its percent (src/check/decimal-share.ts)
  const share = decimalShare(text);
  if (share) {
    const r = await checkClaim(store, share, { ...opts, context: ctx });
    return restate(r, text, { explanation: `Read as "${share.trim()}" (a share's decimal fraction as its percent). ${r.explanation}` });
  }
  // round 40: "7\u00bd million", "50-odd members": the range the figure names, as its two bounds
  // (src/check/number-ranges.ts); never the whole number alone
  const range = numberRange(text);
  if (range && 'unread' in range) throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": ${range.unread}`);
  if (range) {
    const r = await decideNumberRange(text, range, (claim) => unreadAsUndefined(checkClaim(store, claim, { ...opts, context: ctx })));
    if (!r) throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}" as "${range.low.trim()}" ("${range.said}" read as ${range.range})`);
    return r;
  }
  // round 39: "a week (seven days)": a duration restated in an aside is read once, or not at all
  // when the two differ (src/check/restated-duration.ts)
  const restated = restatedDuration(ctx, text);
  if (restated && 'unread' in restated) throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": ${restated.unread}`);
  if (restated) {
    const r = await checkClaim(store, restated.claim, { ...opts, context: ctx });
    return restate(r, text, { explanation: `Read as "${restated.claim.trim()}" ("${restated.again}" restates "${restated.said}"). ${r.explanation}` });
  }
  // "Isn't X a member of Y?", "X is a member of Y, isn't it?": the statement asked, without the
  // "not" that only asks (src/check/negative-questions.ts); never read as a denial
  const asked = negativeQuestion(text);
  if (asked && 'unread' in asked) throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": ${asked.unread}`);
  if (asked) {
    const r = await checkClaim(store, asked.claim, { ...opts, context: ctx }).catch((err: unknown) => {
      if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}" as "${asked.claim}" (${asked.why}): ${(err as Error).message}`);
      throw err;
    });
    return restate(r, text, { explanation: `Read as "${asked.claim}" (${asked.why}). ${r.explanation}` });
  }
  // the tense of the whole claim, kept by the claims read inside it (a time, a source, parts)
  if (ctx.present === undefined) ctx = tensedContext(ctx, inPresentTense(text), inPresentPerfect(text));
  // "as of 2016, ...", "in 2015, X was expected ...": the claim for that time (src/check/timeline.ts)
  const timed = ctx.asOf ? undefined : readClaimTime(ctx, text);
  if (timed) {
    const inner = await unreadAsUndefined(checkClaim(store, timed.inner, { ...opts, context: timedContext(ctx, timed.time) }));
    if (inner && (timed.always || inner.interpretation.modality !== 'stated')) {
      return restate(inner, text, { explanation: `Read as a claim about ${timed.time.period} ("${timed.time.mention}"): only sources of that time or earlier decide it. ${inner.explanation}` });
    }
  }
  // about the article itself: its author, title, date, reader comments
  // round 14: a wh- question ("Who wrote the analysis -- Gloria Teasdale?") names no author in its
  // wh-word: the byline reader read "Who" as the author and refuted; the question reader says the
  // statement it asks ("Gloria Teasdale wrote the analysis"), which the byline reader then reads
  const meta = ctx.scope || WH_QUESTION.test(normalizeTypography(text)) ? undefined : checkMetadata(ctx, text) ?? checkMetadataWhen(ctx, text);
  // "the X story's headline says P": the headline as a speaker, kept to what it says (src/check/headline-says.ts)
  if (!ctx.scope && (!meta || (meta.evaluation.verdict === 'NOT_ENOUGH_INFO' && !meta.evaluation.conflict))) {
    const said = await headlineSays(ctx, text, (claim, context) => unreadAsUndefined(checkClaim(store, claim, { ...opts, context })));
    if (said) return finish(ctx, text.trim(), said.interpretation, said.evaluation);
  }
  // round 26: "the analysis calls X a Y", which the title reader reads loosely (maybe no title),
  // is first the article appraising X (src/check/appraisal-frames.ts); the title's reading after
  const metaLater = meta && meta.evaluation.verdict === 'NOT_ENOUGH_INFO' && !meta.evaluation.conflict
    && meta.interpretation.predicateName === 'headline' && namedAs(ctx, normalizeTypography(text).trim()) !== normalizeTypography(text).trim() ? meta : undefined;
  if (meta && !metaLater) return finish(ctx, text.trim(), meta.interpretation, meta.evaluation);
  // "according to a reader, ...": the claim inside, against that source's claims only (a frame
  // whose inside cannot be read is no frame: "the article was written by X" is not "X, says the article")
  const attribution = ctx.scope ? undefined : readAttribution(ctx, text);
  // an attribution whose inner claim is unread, in words its source never uses (src/check/said-nowhere.ts):
  // said in the unread claim's message when nothing else reads the whole claim
  let nowhere: (() => ReturnType<typeof saidNowhere>) | undefined;
  let heldAppraisal: (() => ReturnType<typeof appraisalHeld>) | undefined;
  if (attribution) {
    // "said the bank had approved": the reported present perfect (attribution.ts `backshifted`)
    // is the inner claim's tense, which the whole claim's past perfect does not show
    if (!ctx.perfect && inPresentPerfect(attribution.inner)) ctx = tensedContext(ctx, !!ctx.present, true);
    // the inner claim checked against what one source (an author, a commenter, an article) states
    const checkSaidBy = (scope: ClaimScope): Promise<CheckResult | undefined> =>
      unreadAsUndefined(checkClaim(store, attribution.inner, { ...opts, context: scopedContext(ctx, scope) }));
    let inner = await checkSaidBy(attribution.scope);
    // "the author says P" names no article: it is true when one article's author says P, though
    // another, later article says otherwise (each author is checked alone, not against the others)
    if (inner && inner.verdict !== 'SUPPORTED' && attribution.scope.kind === 'author') {
      for (const art of articlesOf(ctx)) {
        const one = await checkSaidBy({ kind: 'article', iris: [art.iri], label: art.headline });
        if (one?.verdict === 'SUPPORTED') { inner = one; break; }
      }
    }
    // an inner claim no pattern reads, in a commenter's own words (src/check/said-words.ts)
    // or in an author's own words (src/check/author-words.ts): supported only, never refuted
    const words = (inner && inner.verdict !== 'NOT_ENOUGH_INFO') || inner?.conflict ? undefined
      : (inner ? undefined : saidWords(ctx, attribution.scope, attribution.inner) ?? (attribution.questioned ? undefined : saidContent(ctx, attribution.scope, attribution.inner)))
        ?? (attribution.questioned ? undefined : authorWords(ctx, attribution.scope, attribution.inner));
    // "X is confident that P" where only another commenter said P: no refutation of a belief (belief-frame.ts)
    const belief = isBeliefFrame(ctx, text, attribution);
    if (words) return finish(ctx, text.trim(), { ...words.interpretation, attributedTo: describeScope(attribution.scope) }, belief && words.evaluation.reason === 'other-commenter' ? heldSwapEvaluation(words.evaluation) : words.evaluation);
    // a reader's words with one name or time word swapped: a misquote (src/check/comment-misquote.ts)
    const misquote = (inner && (inner.verdict !== 'NOT_ENOUGH_INFO' || inner.conflict)) || attribution.questioned ? undefined : misquotedWords(ctx, attribution.scope, attribution.inner);
    // "X reckons / is sure P" with a name swapped: what X said, not a belief X lacks (held)
    if (misquote) return finish(ctx, text.trim(), { ...misquote.interpretation, attributedTo: describeScope(attribution.scope) }, belief && !exclusiveBelief(ctx, attribution.inner, misquote.said) ? heldMisquote(misquote.evaluation) : misquote.evaluation);
    // only for the claim as written: a reader's other words for it (a synonym the source never
    // uses) are no reason to leave the words the user wrote undecided
    // (deferred: needed only when no reader reads the claim)
    if (!inner && checkDepth() === 1) nowhere = () => saidNowhere(ctx, attribution.scope, attribution.inner, describeScope(attribution.scope));
    // round 26: an appraisal the author makes of the same subject otherwise, held (also deferred)
    if (!inner && !attribution.questioned && checkDepth() === 1) heldAppraisal = () => appraisalHeld(ctx, attribution.scope, attribution.inner);
    if (inner) {
      const who = describeScope(attribution.scope);
      let explanation = `Read as a claim about what ${who} states: "${attribution.inner}". ${inner.explanation}`;
      // "a reader wondered whether P": supported only by the source's own speculation (a claim it
      // makes as possible); a statement or a denial of P by the source is not its wondering
      if (attribution.questioned) {
        const possible = inner.evidence.filter((e) => e.stance === 'supports')
          .every((e) => ctx.store.getObjects(e.claim, `${NS.cg}modality`, null).some((m) => m.value === `${NS.cg}Possible`));
        if (inner.verdict !== 'SUPPORTED' || !possible || !inner.evidence.length) {
          const who2 = describeScope(attribution.scope);
          return restate(inner, text, { verdict: 'NOT_ENOUGH_INFO', conflict: false, evidence: inner.evidence.map((e) => ({ ...e, stance: 'related' as const })),
            interpretation: { ...inner.interpretation, attributedTo: who2 },
            explanation: `Read as ${who2} raising "${attribution.inner}" as a question: only the source's own speculation (a claim it makes as possible) supports that, and ${inner.verdict === 'SUPPORTED' ? 'it states it otherwise' : inner.verdict === 'REFUTED' ? 'it does not raise it' : 'it raises no such claim'}. ${inner.explanation}` });
        }
        explanation = `Read as ${who} raising "${attribution.inner}" as a possibility, which it does. ${inner.explanation}`;
      }
      if (inner.verdict === 'NOT_ENOUGH_INFO') {
        const any = await checkClaim(store, attribution.inner, { ...opts, context: ctx }).catch(() => undefined);
        if (any && any.verdict !== 'NOT_ENOUGH_INFO') explanation += ` The graph has it from another source (${any.verdict === 'SUPPORTED' ? 'supporting' : 'refuting'} it), not from ${who}.`;
        // "said it would certainly ..." of a source that said it only as a possibility (src/check/hedge-certainty.ts)
        const hedge = hedgeAsCertainty(ctx, scopedContext(ctx, attribution.scope), attribution.inner, inner);
        if (hedge) return finish(ctx, text.trim(), { ...inner.interpretation, attributedTo: who }, hedge);
        // a commenter swap, or the very sentence reporting the source denying it (src/check/misattribution.ts)
        const mis = await misattribution(ctx, attribution.scope, any, checkSaidBy);
        const held = mis && belief && mis.reason === 'other-commenter' ? heldSwapResult(mis) : mis;
        if (held) return { ...inner, ...held, claim: text.trim(), conflict: false, explanation: `Read as a claim about what ${who} states: "${attribution.inner}". ${held.explanation}`, interpretation: { ...inner.interpretation, attributedTo: who } };
        // "predicted the first loan would go to Marsovia" when the source named Sylvania for it (src/check/first-rival.ts)
        const rival = await firstRival(ctx, attribution.inner, inner, (claim) => unreadAsUndefined(checkClaim(store, claim, { ...opts, context: scopedContext(ctx, attribution.scope) })));
        if (rival) return { ...inner, ...rival, claim: text.trim(), conflict: false, explanation: `Read as a claim about what ${who} states: "${attribution.inner}". ${rival.explanation}`, interpretation: { ...inner.interpretation, attributedTo: who } };
      }
      // round 40: "S says most of X's exports go to Y" when S's own sentence says only that Y is the largest importer (src/check/said-in-words.ts)
      const majority = majorityUnsaid(ctx, attribution.scope, attribution.inner, inner);
      if (majority) return undecidedResult(restate(inner, text, { interpretation: { ...inner.interpretation, attributedTo: who } }), `${explanation} But ${who} does not say "${majority}" in the sentences that state it: the graph has it in those words from another source only.`, 'partial-match');
      return restate(inner, text, { explanation, interpretation: { ...inner.interpretation, attributedTo: who } });
    }
  }
  if (metaLater) return finish(ctx, text.trim(), metaLater.interpretation, metaLater.evaluation);
  // "the canal pipeline is a town": what kind of thing the graph says X is (src/check/kinds.ts)
  const checkRest = (claim: string, context: CheckContext = ctx): Promise<CheckResult | undefined> => unreadAsUndefined(checkClaim(store, claim, { ...opts, context }));
  // round 38: "1,080+ km" is at least 1,080 km, never exactly 1,080 (src/check/plus-bound.ts)
  const plus = plusBoundRewrite(text);
  if (plus) {
    const r = await checkRest(plus);
    if (r) return restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read "N+" as "at least N"`] }, explanation: `Read as "${plus.trim()}" (a figure with "+" is at least the figure). ${r.explanation}` });
    throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": a figure with "+" is read as at least the figure, and "${plus.trim()}" is not read`);
  }
  // round 39: "will run over 1,000 km" is more than 1,000 km, or the distance run over: decided
  // only where the two readings agree (src/check/plus-bound.ts)
  const over = overExtentReadings(text);
  if (over) {
    const [bound, distance] = [await checkRest(over.bound), await checkRest(over.distance)];
    const shown = `"${over.bound.trim()}" (${bound?.verdict ?? 'unread'}) or "${over.distance.trim()}" (${distance?.verdict ?? 'unread'})`;
    if (bound && distance && bound.verdict === distance.verdict) return restate(bound, text, { explanation: `Read as ${shown}, which agree. ${bound.explanation}` });
    if (bound) return undecidedResult(restate(bound, text), `"over" before the figure may be a bound or the distance run over: read as ${shown}, which the graph does not decide alike: not decided. ${bound.explanation}`, 'partial-match');
    throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": "over" before the figure read as a bound ("${over.bound.trim()}"), which is not read`);
  }
  const kind = await decideKind(ctx, text, checkRest);
  if (kind) return kind;
  // the denial of a conjunction ("not both", "not all"), decided where the whole claim is one (src/check/denied-whole.ts)
  const deniedConjunction = async (conjunction: string | undefined, several = false): Promise<CheckResult | undefined> =>
    conjunction ? decideDeniedWhole(text, conjunction, await checkRest(conjunction), several) : undefined;
  // "it is not true that A and B joined Y": the frame denies the clause as a whole, not each of them
  // and "it is not the case that A joined Y but not B": the frame denies every statement the clause holds
  const many = framedDenialOfMany(text);
  const framed = many ?? framedDenialOfSeveral(text);
  if (framed) {
    const denied = await deniedConjunction(framed, !many);
    if (denied) return denied;
    throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": a denial framed around a clause about several things or of several statements ("it is not true that A and B ...", "it is false that A, unlike B, ...") denies the clause as a whole, and the clause is not read`);
  }
  // round 37 (lead, users30's F9 probes): "Is it true that not every X P?" asks the denied count
  // itself; read past the frame, the parser took "not every X P" as "every X did not P"
  const askedCount = TRUTH_QUESTION.exec(normalizeTypography(text).trim());
  if (askedCount && NEGATED_COUNT.test(askedCount[1]!)) {
    const statement = `${askedCount[1]!.charAt(0).toUpperCase()}${askedCount[1]!.slice(1)}.`;
    const r = await checkRest(statement);
    if (r) return restate(r, text, { explanation: `Read as the question whether "${statement}" holds. ${r.explanation}` });
    throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": a denied count asked about ("is it true that not every ...") is read as its statement, and the statement is not read`);
  }
  if (NEGATED_COUNT.test(normalizeTypography(text))) {
    // "not all X P", "not every X P": the denial of "all X P"; "not one of the X did P", "not a single
    // X did P" deny a whole count ("none"), which the count readings would take as "one X did not P":
    // left unread rather than read backwards
    const denied = await deniedConjunction(/^\s*not\s+(?:all|every)\b/i.test(normalizeTypography(text)) ? deniedWholeConjunction(text) : undefined);
    if (denied) return denied;
    // round 37: "not one of the X P" is "none of the X P", "not a single X P" is "no X P": the
    // whole count denied, as the group readings read "none" and "no"
    const none = noneForDeniedCount(text);
    const r = none ? await checkRest(none) : undefined;
    if (r) return restate(r, text, { explanation: `Read as "${none}" (a denied count: none of them). ${r.explanation}` });
    throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": a denied count ("not one of", "not a single", "not all", "not every") is not read`);
  }
  // round 39 (users32 F15): "Not only two X did P" says more than two did; read as "exactly two did
  // not P" it was refuted by the count of those that did not. Unread: the denial of "only two" does
  // not say on which side of two the count lies
  if (/^\s*not\s+(?:only|just|merely)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i.test(normalizeTypography(text))) {
    throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": "not only N" denies a count without saying on which side of N it lies, so it is not read`);
  }
  if (DENIED_WHOLE.test(normalizeTypography(text))) {
    const denied = await deniedConjunction(deniedWholeConjunction(text));
    if (denied) return denied;
    throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": a denied whole ("not both", "not all") says only that one of them did not, so it is not read`);
  }
  if (FRONTED_EXCLUSION.test(normalizeTypography(text))) {
    throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": a fronted exclusion ("excluding X, ...") takes X out of the group the clause is about, and that reading is not made`);
  }
  if (ALL_NOT.test(normalizeTypography(text).replace(/\b(?:but|while|whereas)\b.*$/i, ''))) {
    throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": "all ... not" may deny each or only the whole ("not all"), so it is not read`);
  }
  // "the bank" after the one bank the claim names is that bank, before any reading (a label
  // curated from one article, such as "the bank's opening", would name another): src/check/class-anaphora.ts
  const anaphor = classAnaphoraRewrite(ctx, text);
  const resolved = anaphor && await checkRest(anaphor.claim);
  if (anaphor && resolved) {
    return restate(resolved, text, { interpretation: { ...resolved.interpretation, notes: [...(resolved.interpretation.notes ?? []), anaphor.note] }, explanation: `Read as "${anaphor.claim}" (${anaphor.note}). ${resolved.explanation}` });
  }
  // "the ceremony" when the graph holds two: the one the claim's other names select, else each
  // candidate read and shown (src/check/definite-choice.ts); the claim as written only without a choice
  const chosen = await checkDefiniteChoice(ctx, text, checkRest, () => checkClaim(store, text, { ...opts, context: ctx }));
  if (chosen) return chosen;
  let readings: ReturnType<typeof parseClaim>['readings'];
  try {
    ({ readings } = parseClaim(ctx, text));
  } catch (err) {
    if (!hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) throw err;
    // no pattern reads it as it stands: the readers of src/check/readers.ts, in their order
    // the same text recurs in the rechecks of one claim: read once per context (src/check/unread-memo.ts)
    // (a text read without choosing its definite phrase is kept apart: its reading differs)
    const read = await memoUnread(store, ctx, choiceHeld() ? `\u0000held ${text}` : text, () => readUnread({ ctx, text, recheck: checkRest }));
    if (read) return read;
    const appraised = attribution && heldAppraisal?.();
    if (attribution && appraised) return finish(ctx, text.trim(), { ...appraised.interpretation, attributedTo: describeScope(attribution.scope) }, appraised.evaluation);
    // still unread (the inner claim is not read, and a paraphrase of the source is not found by its
    // words: on the held-out sets as often labelled SUPPORTED or REFUTED as not): the message says
    // which of the claim's words the source never uses, the claim counts as uninterpretable
    const said = nowhere?.();
    if (said) throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `${(err as Error).message}; ${said.evaluation.explanation.replace(/^Not enough information: /, '')}`);
    throw err;
  }
  let first: { interp: Interpretation; ev: Evaluation } | undefined;
  let decided: { interp: Interpretation; ev: Evaluation } | undefined;
  const tried: Array<{ interp: Interpretation; ev: Evaluation }> = [];
  for (const read of readings.slice(0, MAX_READINGS)) {
    let r = read;
    // "no longer" also says it once held: a support of the bare denial is held (src/check/no-longer.ts)
    // and a rank said within a place is another ranking than the source's (src/check/rank-scope.ts)
    // and an event named with a year its own time does not fall in is another event (src/check/event-year.ts)
    let ev = holdOtherYearEvent(ctx, text, r.interpretation, holdScopedRank(ctx, r.interpretation, holdNoLonger(text, r.interpretation, evaluate(ctx, r.interpretation))));
    // "X heads Y" undecided by leads claims: X holding Y's head office (src/check/heads.ts)
    const viaHead = ev.verdict === 'NOT_ENOUGH_INFO' && !ev.conflict ? evaluateViaHeadOffice(ctx, r.interpretation, text) : undefined;
    if (viaHead) ({ r, ev } = { r: { ...r, interpretation: viaHead.interpretation }, ev: viaHead.evaluation });
    // round 29: a facility's length, capacity or source said in the present is its design (src/check/design-present.ts)
    const viaDesign = ev.verdict === 'NOT_ENOUGH_INFO' && !ev.conflict ? evaluateAsDesign(ctx, r.interpretation, text) : undefined;
    if (viaDesign) ({ r, ev } = { r: { ...r, interpretation: viaDesign.interpretation }, ev: viaDesign.evaluation });
    if (!first) first = { interp: r.interpretation, ev };
    tried.push({ interp: r.interpretation, ev });
    if (ev.verdict === 'NOT_ENOUGH_INFO' && !ev.conflict) continue;
    // the best-ranked reading the graph can decide wins; but when a name is ambiguous ("the
    // Freedonian Prime Minister": a person the article calls so, or the office and so any holder
    // of it), a reading that differs only in which entity is meant and is supported wins over a
    // refuted one: the claim is true of the entity it can mean
    if (!decided) decided = { interp: r.interpretation, ev };
    if (ev.verdict === 'SUPPORTED' && sameShape(decided.interp, r.interpretation)) return finish(ctx, text.trim(), r.interpretation, ev);
    if (decided.ev.verdict === 'SUPPORTED' || decided.ev.conflict) break;
  }
  // a refuted reading of one thing a name may mean, another undecided: the claim's names decide
  // which, else both are shown undecided (src/check/ambiguous-readings.ts)
  const held = decided?.ev.verdict === 'REFUTED' && !decided.ev.conflict ? holdAmbiguous(ctx, decided, tried, sameShape) : undefined;
  if (held) return finish(ctx, text.trim(), held.interp, held.ev);
  if (decided) return finish(ctx, text.trim(), decided.interp, decided.ev);
  // undecided as one statement: it may be two ("X is a member and Y is too")
  const parts = readCompound(ctx, text);
  if (parts) {
    if (combineParts(parts).verdict !== 'NOT_ENOUGH_INFO') return withParts(ctx, text.trim(), parts);
  }
  // read, but not decided: a reader may read it otherwise (src/check/readers.ts, `whenUndecided`)
  const other = await readUndecided({ ctx, text, recheck: checkRest });
  if (other) return other;
  return finish(ctx, text.trim(), first!.interp, first!.ev);
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
