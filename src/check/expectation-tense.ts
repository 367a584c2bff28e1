/**
 * Round 36 (precision36): the tense of an expectation. "Freedonia and Sylvania were set to become full
 * members of the League by 2016" reports what was expected then (a 2015 source's "are set to"); a
 * later source's "not expected before 2017" says what is expected now, which does not make the
 * earlier expectation unsaid. The latest source decides a present expectation ("is set to"); a
 * past one ("was set to", "were expected to", "had been due to") is supported by a source that
 * states it at a time no denying source shares (src/check/verdict.ts byTime).
 *
 * @example
 * ```ts
 * pastExpectation('Freedonia was set to join the League by 2016.', interp); // true (interp.modality 'expected')
 * pastExpectation('Freedonia is set to join the League by 2016.', interp); // false
 * ```
 */
import type { CheckResult, Interpretation } from './types.js';
import { undecidedResult } from './result.js';
import { NS, type CheckContext } from './context.js';
import { isA } from './claim-index.js';
import type { Dated } from './timeline.js';

/**
 * A past form of "be" (grammar) before an expectation's marker word (the lexicon's cg:Expected
 * markers that take "be": "set to", "expected to", "due to", "poised to", "slated to",
 * "scheduled to", "about to", "going to"), with a denial and at most one adverb between.
 */
const PAST_EXPECTED = /\b(?:was|were|had\s+been|wasn['\u2019]t|weren['\u2019]t|hadn['\u2019]t\s+been)\s+(?:not\s+)?(?:[a-z]+ly\s+|also\s+|then\s+|once\s+|still\s+)?(?:set|expected|due|poised|slated|scheduled|about|going)\s+to\b/i;

/** Whether the claim says its expectation in the past tense ("were set to become ..."). */
export function pastExpectation(claim: string, interp: Interpretation): boolean {
  return interp.modality === 'expected' && PAST_EXPECTED.test(claim);
}

/**
 * Round 40 (fix33b, users33's F1): a present frame of what is still to come. "Freedonia is set to join
 * the League", "is about / due / slated / scheduled / poised / expected / likely to", "plans to", "may
 * eventually", "might still" say the deed is not yet done: a source that states it done does not
 * support them (cg:entailsModality holds of a fact and what was to be expected of it, not of a
 * prospect it has overtaken). Round 41 (modal41, the lead's F1 rule): "will", a bare "may / might /
 * could / can" and a leading "Maybe:" on a deed are such a frame too (`modalDeed`); on a state ("may be
 * a member", "could hold the largest share") they stay a hedge a fact entails.
 */
const PROSPECT = /\b(?:(?:is|are|am|['\u2019]s|['\u2019]re)\s+(?:[a-z]+ly\s+|also\s+|now\s+|still\s+)?(?:set|due|poised|slated|scheduled|about|expected|likely|going)\s+to|plans?\s+to|(?:is|are|am)\s+planning\s+to|(?:may|might|could|can)\s+(?:still|eventually)|(?:will|may|might|could)\s+(?:soon|finally|eventually)\s+be\s+about\s+to)\b/i;

/**
 * Whether the claim says its deed as a present prospect (`PROSPECT`), under cg:Expected or cg:Possible.
 *
 * @example
 * ```ts
 * presentProspect('Freedonia is set to join the League.', { modality: 'expected' } as Interpretation); // true
 * presentProspect('Freedonia will join the League.', { modality: 'expected' } as Interpretation);      // true (round 41)
 * presentProspect('Freedonia may be a League member.', { modality: 'possible' } as Interpretation);   // false (a state)
 * ```
 */
export function presentProspect(claim: string, interp: Pick<Interpretation, 'modality'>): boolean {
  if (interp.modality === 'pledged') return (modalDeed(claim) && PLEDGE_AFTER_MODAL.test(claim)) || PLEDGE_AFTER_PROSPECT.test(claim);
  return (interp.modality === 'expected' || interp.modality === 'possible') && (PROSPECT.test(claim) || modalDeed(claim));
}

/** "will pledge", "may promise": the pledge itself said as still to come (a pledge done overtakes it). */
const PLEDGE_AFTER_MODAL = /\b(?:will|may|might|could|can|['\u2019]ll)\s+(?:[a-z]+ly\s+|also\s+|soon\s+)?(?:pledge|promise|vow|commit)\b/i;
/** (round 41, users34's F3) "is scheduled / set / going to pledge": the pledge itself said as still to come. */
const PLEDGE_AFTER_PROSPECT = /\b(?:set|due|poised|slated|scheduled|about|expected|likely|going|plans?|planning)\s+to\s+(?:[a-z]+ly\s+|also\s+)?(?:pledge|promise|vow|commit)\b/i;
/** An adverb a modal may carry before its verb ("will also host", "may well open"). */
const MODAL_ADVERB = String.raw`(?:(?:also|still|yet|soon|even|well|indeed|then|now|again|finally|eventually|first|jointly|formally|officially|[a-z]+ly)\s+)?`;
/** A bare modal and its verb, and the word after it ("may be elected": the auxiliary and the participle). */
const BARE_MODAL = new RegExp(String.raw`\b(?:will|may|might|could|can|['\u2019]ll)\s+${MODAL_ADVERB}([a-z]+)(?:\s+([a-z]+))?`, 'gi');
/** "Maybe: P" (a hedge before a colon), and the clause P. */
const MAYBE = /^\s*(?:maybe|perhaps)\s*:\s*(.+)$/i;
/**
 * Verbs of a state (grammar, no entity): having, holding, being somewhere or something. "will run
 * 1,800 km" and "will cost" are states of a planned thing, whose source has its own modality.
 */
const STATE_VERB = /^(?:be|have|hold|holds|held|own|owns|count|counts|remain|remains|stay|stays|rank|ranks|lie|lies|border|borders|belong|belongs|contain|contains|possess|possesses|lead|leads|run|runs|cost|costs|cross|crosses|carry|carries|depend|depends|rely|relies|lack|lacks|exist|exists|seem|seems|appear|appears|look|looks|continue|continues|share|shares|consist|consists|include|includes|number|numbers|control|controls|keep|keeps|know|knows|need|needs|want|wants|is|are|am|was|were|has|had)$/i;
/** A past participle after "be" / "have" that says a state, not a deed done to the subject ("is based in"). */
const STATE_PARTICIPLE = /^(?:located|based|situated|headquartered|landlocked|named|called|known|listed|linked|connected|related|interested|involved|owned|controlled|endowed|ranked|regarded|considered|perceived|marred|committed|dependent|placed|positioned|represented|composed|made)$/i;
/** A past participle (regular, or an irregular one of a deed). */
const PARTICIPLE = /^(?:[a-z]+ed|[a-z]+en|built|held|made|set|led|won|put|begun|laid|sent|met|hit|cut|sought|bought|brought|taught|struck|undertaken|done|gone|run|become|come|paid|signed|opened|hosted)$/i;
/** Words that name no verb after a modal: the modal's own reading is another reader's. */
const NOT_VERB = /^(?:not|never|no|n['\u2019]t|to|of|and|or|the|a|an)$/i;

/**
 * Whether the claim puts a bare modal ("will", "may", "might", "could", "can") or a leading "Maybe:" on a
 * deed: the modal's verb is no verb of a state, and "be" / "have" are followed by the participle of a
 * deed ("could be elected", "may have opened"). A modal on a state ("may be a member", "could hold the
 * largest share", "may be based in") is no prospect: a source that states the state entails it.
 *
 * @example
 * ```ts
 * modalDeed('Ada Quill may address the gala.');           // true
 * modalDeed('Ada Quill could be elected chair.');          // true
 * modalDeed('Maybe: Ada Quill opened the gala.');          // true
 * modalDeed('Freedonia may be a member of the League.');   // false
 * modalDeed('Freedonia could hold the largest reserves.'); // false
 * ```
 */
export function modalDeed(claim: string): boolean {
  const maybe = MAYBE.exec(claim);
  if (maybe) return !stateClause(maybe[1]!);
  for (const m of claim.matchAll(BARE_MODAL)) {
    const verb = m[1]!;
    const next = m[2] ?? '';
    if (NOT_VERB.test(verb)) return false;
    if (/^(?:be|have)$/i.test(verb)) return PARTICIPLE.test(next) && !STATE_PARTICIPLE.test(next) && !/^(?:been)$/i.test(next);
    return !STATE_VERB.test(verb);
  }
  return false;
}

/** The clause after "Maybe:" says a state: its first verb is one of a state, or "be" / "have" without a deed's participle. */
function stateClause(clause: string): boolean {
  const words = clause.toLowerCase().match(/[a-z]+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^(?:is|are|am|was|were|has|have|had)$/.test(w)) return !(PARTICIPLE.test(words[i + 1] ?? '') && !STATE_PARTICIPLE.test(words[i + 1] ?? ''));
    if (STATE_VERB.test(w) && i > 0) return true;
    if (/^[a-z]+ed$/.test(w) && i > 0) return false;
  }
  return false;
}

/** The act of committing itself ("will extend / offer / pledge"), which a commitment made has overtaken. */
const COMMITMENT_ACT = /\b(?:will|may|might|could|can|['\u2019]ll|to)\s+(?:[a-z]+ly\s+|also\s+)?(?:extend|offer|pledge|promise|commit|announce|approve)\b/i;

/**
 * Whether a prospect is the delivery of a commitment (round 41): the relation is one of `commitments`
 * (cg:commitment: aid, grants, loans, whose stated fact is an offer delivered later) and the claim's
 * verb is no act of committing. "Freedonia will provide Sylvania with aid" restates aid extended;
 * "Freedonia may extend aid" is the extending, done.
 *
 * @example
 * ```ts
 * deliveredLater(new Set([aid]), 'Freedonia will provide Sylvania with 5 million.', { predicate: aid } as Interpretation); // true
 * deliveredLater(new Set([aid]), 'Freedonia may extend 5 million to Sylvania.', { predicate: aid } as Interpretation);     // false
 * ```
 */
export function deliveredLater(commitments: ReadonlySet<string>, claim: string, interp: Pick<Interpretation, 'predicate'>): boolean {
  return commitments.has(interp.predicate) && !COMMITMENT_ACT.test(claim);
}

/**
 * The same rule for a reading built by another reader (a rewrite that loses the frame's words, "is
 * poised to become a League founding member"): a SUPPORTED result of a claim said as a present prospect,
 * decided by a fact's entailment, is held as NOT_ENOUGH_INFO; not where `exempt` says the prospect is
 * no deed to come (a commitment's delivery, a facility's function).
 *
 * @example
 * ```ts
 * capProspect('Freedonia is poised to become a League member.', r).verdict; // 'NOT_ENOUGH_INFO' (r: a fact's entailment)
 * ```
 */
export function capProspect(text: string, r: CheckResult, exempt: (interp: Interpretation) => boolean = () => false): CheckResult {
  if (r.verdict !== 'SUPPORTED' || !presentProspect(text, r.interpretation) || !/\bas a fact, which entails it as\b/.test(r.explanation)) return r;
  // (round 41) a commitment's fact (cg:commitment: aid extended) is delivered later: "will provide" restates it
  if (exempt(r.interpretation)) return r;
  return undecidedResult(r, `Read as a present prospect (the deed still to come), which a source that states the deed done does not support. Without it: ${r.verdict}: ${r.explanation}`, 'modality');
}

/**
 * For a past expectation with no claim time, sources that disagree: the source that states the
 * expectation (`stated`: its claim is positive) at a time no source of the other side shares (each
 * wholly earlier or later), or undefined. It decides: "were set to" is supported by it, "were not
 * set to" refuted by it, whatever a source of another time expected. Undated sources decide nothing.
 */
export function pastExpectationSource<B>(xs: Array<Dated<B>>, stated: (b: B) => boolean): Dated<B> | undefined {
  if (xs.some((x) => !x.time)) return undefined;
  return xs.find((x) => stated(x.b) && xs.every((y) => y.stance === x.stance || y.time!.lo > x.time!.hi || y.time!.hi < x.time!.lo));
}

/**
 * A past expectation denied only by sources that deny an expectation ("not expected before
 * 2017"), none stating it: the denial is of its own source's time, not of the time the claim
 * reports, so it refutes nothing.
 *
 * @example
 * ```ts
 * deniedOnlyLater(refutes, (b) => b.claim.modality === 'expected' && b.claim.polarity === 'negative'); // true
 * ```
 */
export function deniedOnlyLater<B>(refutes: B[], deniedExpectation: (b: B) => boolean): boolean {
  return refutes.length > 0 && refutes.every(deniedExpectation);
}

/**
 * Whether the subject is a facility (cg:Infrastructure, round 41): what it "will" do ("the canal will
 * draw water from Marsovia") is its function, which a source stating that it does so says; no deed a
 * fact has overtaken (design-purpose.ts rewrites "is meant to V" so).
 *
 * @example
 * ```ts
 * facilityFunction(ctx, readingOf('The canal pipeline will draw gas from Marsovia.')); // true
 * ```
 */
export function facilityFunction(ctx: CheckContext, interp: Pick<Interpretation, 'subject'>): boolean {
  return interp.subject.kind === 'entity' && isA(ctx, interp.subject.iri, `${NS.cg}Infrastructure`);
}

/**
 * Whether a present prospect is no deed still to come (round 41): a commitment's delivery
 * ({@link deliveredLater}) or a facility's function ({@link facilityFunction}). One test for the
 * parser (which then sets no `prospect`) and the prospect cap (src/check/verdict-caps.ts).
 *
 * @example
 * ```ts
 * prospectExempt(ctx, 'The canal pipeline will draw gas from Marsovia.', reading); // true (a facility)
 * ```
 */
export function prospectExempt(ctx: CheckContext, claim: string, interp: Pick<Interpretation, 'predicate' | 'subject'>): boolean {
  return deliveredLater(ctx.axioms.commitment, claim, interp) || facilityFunction(ctx, interp);
}
