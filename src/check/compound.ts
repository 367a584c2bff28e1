/**
 * Compound claims: two statements joined by "but", "while", "whereas", a semicolon or "and"
 * ("Freedonia is a member of the League but Sylvania is not", "Rufus visited Sylvania but not
 * Marsovia"). Each part is checked on its own; a part that only makes sense with the first one
 * (an ellipsis: "but not X", "but X is not") borrows its relation from the first part with the
 * polarity turned. Supported when every part is, refuted when some part is, otherwise undecided.
 */
import { NEAR_OPENER } from './event-place.js';
import { NS, type CheckContext } from './context.js';
import { isA } from './claim-index.js';
import { bestReading, readImpliedDestination } from './implied-object.js';
import { evaluateAsDesign } from './design-present.js';
import { absoluteMemberCut, amongThem, type AmongThem, carriedPlace, doSoRewrite, gappingCut, listObjectRewrite, listPronounRewrite, neitherNorCuts, objectInsertions, possessiveRewrites, premodifierCut, pronounRewrites } from './part-rewrites.js';
import { decideMeans } from './means.js';
import { RESPECTIVELY, respectivelyCuts } from './respectively.js';
import { appositionStatement, concessiveRewrites, dashPairRewrite, ellipsisCut, heldEllipsis, notInsteadCut, possessiveFor, thingNamesIn, trailingWhoseCut } from './clause-links.js';
import { resolveMention, wholeName } from './resolver.js';
import { elidedOneCuts } from './elided-one.js';
import { spanInParts } from './span-parts.js';
import { possessiveOrdinal } from './rewrites.js';
import { rankGappingCut } from './rank-gapping.js';
import { alike, verbGappingCut } from './verb-gapping.js';
import { dropIgnorable, tokenize } from './text.js';
import type { Evidence, Interpretation } from './types.js';
import { evaluateClaim, type Evaluation } from './verdict.js';
import { textMemo, readingMemo } from './text-memo.js';
import { askPart, replayed } from './part-replay.js';
import { frontedWhose, kindWhoseCut } from './whose-clauses.js';
import { asRelated } from './related-bearings.js';
import { wordlessPattern } from './wordless-reading.js';
import { holdsTruthComment, opensWithTruthComment } from './truth-comment.js';

/** Where a claim may be cut into two statements, tried in order (a comma last: "A did X, did Y and did Z"). */
export const JOINERS: RegExp[] = [/\s*;\s*/g, /,?\s+(?:but|while|whereas|although)\s+/gi, /,?\s+and\s+/gi, /,\s+/g];

/** One checked part of a compound claim. */
export interface CompoundPart {
  text: string;
  interpretation: Interpretation;
  evaluation: Evaluation;
  /** True when the part was completed from the first one (an ellipsis). */
  elliptic: boolean;
  /** The part's evidence, already collected, when a reader of the table read it (src/check/compound-readers.ts). */
  evidence?: Evidence[];
}

/**
 * Reads a part no lexical pattern reads, by other means (the table's readers, through
 * src/check/compound-readers.ts); undefined when it cannot, or not yet.
 */
export type PartReader = (text: string) => CompoundPart[] | undefined;

/** How deep parts are cut again ("A, which B, did C and D"). */
const MAX_DEPTH = 3;

/**
 * Reads a claim as several statements when it can be cut so that every part is understood:
 * relative clauses and appositions ("X, which has Y, did Z"; "X, the largest economy, is Z"),
 * then conjunctions and lists, a part without its own subject taking the one before it ("X is a
 * member of Y and has consented to Z"); undefined when no cut works (the caller then reports the
 * claim as uninterpretable).
 *
 * @example
 * ```ts
 * const parts = readCompound(ctx, 'Freedonia is a member of the League but Sylvania is not.');
 * parts?.map((p) => p.evaluation.verdict); // ['SUPPORTED', 'SUPPORTED']
 * ```
 */
export function readCompound(ctx: CheckContext, text: string, depth = 0, more?: PartReader): CompoundPart[] | undefined {
  // without a reader of other parts, a function of the context, the text and the depth, asked of the
  // same parts by several readers and rechecks (the users' set: 13,838 calls): kept (text-memo.ts).
  // (round 27's depth memo, which also kept a part's clean failure for every deeper depth, was
  // removed in round 28: no CPU gain measured, bench/README.md)
  // with one, a function of the same and of the reader's answers: kept with them (part-replay.ts, round 35)
  if (more) return replayed(more, `${depth}|${text}`, () => readCompoundUncached(ctx, text, depth, more));
  return compounds(ctx, `${depth}|${text}`, () => readCompoundUncached(ctx, text, depth));
}

const compounds = textMemo<CompoundPart[] | undefined>();

function readCompoundUncached(ctx: CheckContext, text: string, depth: number, more?: PartReader): CompoundPart[] | undefined {
  const claim = text.trim().replace(/[.!?]+$/, '');
  // "lasted five days and two more days": one span in parts, not two statements (src/check/span-parts.ts)
  if (spanInParts(claim)) return undefined;
  // round 41: "P, and I'm the Emperor of the Moon": a retort, no second statement (firstPersonRetort)
  const tail = /(?:[,;]|\s[-\u2013\u2014])\s*(?:and|but)\s+(i\b.*)$/i.exec(claim);
  if (tail && firstPersonRetort(ctx, tail[1]!)) return undefined;
  // round 37: "Combined, A and B exceeded X" says a sum, not parts that each carry the total
  if (summedParts(claim)) return undefined;
  // round 37: "A and B V X and Y, respectively": A with X, B with Y, or no reading (src/check/respectively.ts)
  if (RESPECTIVELY.test(claim)) {
    for (const cut of respectivelyCuts(ctx, claim)) {
      const read = cut.map((t) => readPart(ctx, t, depth, more));
      if (read.every((r) => r)) return read.flatMap((r) => r!);
    }
    return undefined;
  }
  // "X did Y by doing Z" / "By doing Z, X did Y": the graph records what was done, not how; the
  // manner is a part of its own that stays undecided (so the claim is at best NOT_ENOUGH_INFO,
  // and REFUTED when what was done is)
  const manner = /^(.+?\S),?\s+(?:by|through)\s+([a-z]+ing\b.*)$/i.exec(claim) ?? /^by\s+([a-z]+ing\b[^,]*),\s*(.+)$/i.exec(claim);
  if (manner && depth === 0) {
    const [main, how] = /^by\s/i.test(claim) ? [manner[2]!, manner[1]!] : [manner[1]!, manner[2]!];
    const read = readPart(ctx, main, depth + 1, more);
    // what is done "by doing Z" is also said to be done: "X ... by lending" says X lends, so a
    // refuted means refutes the claim (whether or not the rest reads); a supported one says
    // nothing of it being the means
    const doer = read ? mentionOf(read[0]!.interpretation) : leadingMention(ctx, main);
    const means = doer ? bestReading(ctx, `${doer} ${how}`) : undefined;
    if (means?.evaluation.verdict === 'REFUTED') return [...(read ?? []), { text: `${doer} ${how}`, ...means, elliptic: true }];
    if (read) {
      const last = read[read.length - 1]!;
      // the means the graph gives the deed's claim (cg:means, src/check/means.ts)
      const stated = read.length === 1 ? decideMeans(ctx, last.interpretation, last.evaluation, how) : undefined;
      if (stated) return [...read, { text: `by ${how}`, elliptic: true, interpretation: last.interpretation, evaluation: stated }];
      const said = means?.evaluation.verdict === 'SUPPORTED' ? ` The graph states that ${doer} ${how}, but not that it was the means.` : '';
      return [...read, {
        text: `by ${how}`, elliptic: true, interpretation: means?.interpretation ?? last.interpretation,
        evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'no-claim', conflict: false, bearings: asRelated(means?.evaluation.bearings ?? []), explanation: `The graph records no manner of it ("by ${how}").${said}` },
      }];
    }
  }
  // "Although A, B": the same statements said as "A, but B" (src/check/clause-links.ts)
  if (depth < MAX_DEPTH) {
    for (const said of concessiveRewrites(claim)) {
      const read = readCompound(ctx, said, depth + 1, more);
      if (read) return read;
    }
  }
  // "X - which V1 - V2": the aside said with commas (src/check/clause-links.ts, round 24)
  const dashed = depth < MAX_DEPTH ? dashPairRewrite(claim) : undefined;
  if (dashed) {
    const read = readCompound(ctx, dashed, depth + 1, more);
    if (read) return read;
  }
  // round 35: "A V1 and V2, as did B" where "did" may resume more than V2, or V2 not at all
  // (src/check/ellipsis-conjuncts.ts): what is read, and B with the other predicates undecided;
  // no other cut (each would copy or drop a predicate the ellipsis may not resume)
  const held = heldEllipsis(ctx, claim);
  if (held) {
    const read = held.parts.map((t) => readPart(ctx, t, depth, more));
    if (!read.every((r) => r)) return undefined;
    const parts = read.flatMap((r) => r!);
    return [...parts, {
      text: held.open, elliptic: true, interpretation: parts[parts.length - 1]!.interpretation,
      evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'no-claim', conflict: false, bearings: [], explanation: `"${held.open}" is not read: the elliptic clause may resume more than one of the first clause's predicates (or none that can be told), so what it says of them is left undecided.` },
    }];
  }
  for (const cut of clauseCuts(ctx, claim)) {
    // round 39: a part that opens with a comment on the truth of the part before ("P; just
    // kidding - Q") is no statement of its own
    if (cut.slice(1).some((t) => opensWithTruthComment(ctx, t))) continue;
    const read = cut.map((t) => readPart(ctx, t, depth, more));
    if (read.every((r) => r)) return read.flatMap((r) => r!).map((p) => heldThen(ctx, p));
  }
  for (const joiner of JOINERS) {
    // (round 20) a comma before the joiner closes a clause ("X visited A and B, and pledged ..."):
    // those cuts go first, the bare ones (which often join a list) after, each in text order
    const matches = [...claim.matchAll(joiner)];
    const ordered = [...matches.filter((m) => m[0].startsWith(',') && m[0].trim() !== ','), ...matches.filter((m) => !m[0].startsWith(',') || m[0].trim() === ',')];
    for (const m of ordered) {
      const left = claim.slice(0, m.index).trim();
      const right = claim.slice(m.index! + m[0].length).trim();
      if (!left || !right) continue;
      // round 39: "P; just kidding - Q", "P, false, Q": the comment is on P, no cut before it
      if (opensWithTruthComment(ctx, right)) continue;
      // (round 35) ", close to <place>" is a place adjunct on the event before it, no clause
      // (src/check/event-place.ts reads it): never a second statement about the last noun
      if (NEAR_OPENER.test(right)) continue;
      // round 35: the "and" of an open "between" joins the range's two ends, no clauses
      if (/and/i.test(m[0]) && BETWEEN_OPEN.test(left)) continue;
      if (/but/i.test(m[0]) && FIXED_BUT.test(left)) continue;
      const first = readPart(ctx, left, depth, more);
      if (!first) continue;
      const second = readPart(ctx, right, depth, more);
      if (second) return [...first, ...second];
      const completed = completeEllipsis(ctx, first[first.length - 1]!.interpretation, right, left);
      // a remnant whose polarity cannot be told is read no other way (an object put after its
      // "didn't" would read the first part's denial again)
      if (completed === 'held') return undefined;
      if (completed) return [...first, { text: right, interpretation: completed, evaluation: evaluateClaim(ctx, completed), elliptic: true }];
      // (round 41) "..., and X is among them": X in the slot of the first part's plural, and X one of
      // its group (src/check/part-rewrites.ts)
      const among = amongThem(ctx, right, first[first.length - 1]!.interpretation);
      if (among) {
        const parts = amongParts(ctx, among, first[first.length - 1]!.interpretation, right, depth, more);
        if (parts) return [...first, ...parts];
      }
      // a bare name after the cut is a list's next member, no clause: given a subject or an object
      // of the first part it reads two names side by side ("Firefly Sylvania" as a nationality)
      if (wholeName(ctx, right)) continue;
      // (round 40) "A sent P to E, and B sent Q": the goal the verb took, shared (part-rewrites.ts)
      const placed = carriedPlace(left, right);
      const withPlace = placed ? readPart(ctx, placed, depth, more) : undefined;
      if (withPlace) return [...first, ...withPlace.map((p) => ({ ...p, elliptic: true }))];
      // "..., and it is also Y": the pronoun is the first part's subject (or else its object)
      // (round 41) "..., and he was the first to visit both": the pronoun and the list word each
      // stand for the first part's names
      const listedRight = listPronounRewrite(right, first[first.length - 1]!.interpretation);
      for (const said of [...pronounRewrites(right, first[0]!.interpretation), ...(listedRight ? pronounRewrites(listedRight, first[0]!.interpretation) : [])]) {
        const read = readPart(ctx, said, depth, more);
        if (read) return [...first, ...read.map((p) => ({ ...p, elliptic: true }))];
      }
      // a first part read by a reader may say its subject by more than the name ("A opened three
      // weeks after B, and it ..."): the pronoun is the name the first part opens with
      const pronoun = /^(?:it|he|she|they)\s+(.+)$/i.exec(right);
      const opening = pronoun ? leadingMention(ctx, left) : undefined;
      const reopened = opening ? readPart(ctx, `${opening} ${pronoun![1]}`, depth, more) : undefined;
      if (reopened) return [...first, ...reopened.map((p) => ({ ...p, elliptic: true }))];
      // "..., and X is one of its founding members": the possessor is the first part's subject or
      // object; read only when the two readings (where both read) agree
      const possessed = possessiveRewrites(right, first[0]!.interpretation).map((said) => readPart(ctx, said, depth, more)).filter((r) => r);
      if (possessed.length && possessed.every((r) => sameVerdicts(r!, possessed[0]!))) return [...first, ...possessed[0]!.map((p) => ({ ...p, elliptic: true }))];
      // "X became the Bank's first president, and Y is its largest shareholder": "its" is a thing
      // the first clause names inside it (the Bank); read only when the readings that read agree
      const owners = thingNamesIn(ctx, left).map((name) => possessiveFor(right, name))
        .filter((said): said is string => !!said).map((said) => readPart(ctx, said, depth, more)).filter((r) => r);
      if (owners.length && owners.every((r) => sameVerdicts(r!, owners[0]!))) return [...first, ...owners[0]!.map((p) => ({ ...p, elliptic: true }))];
      // "X is a member of Y, and the pipeline crosses it", "... and Rufus Firefly visited it in 2015": the first
      // part's subject or object in place of "it" after the part's subject; read only when the
      // readings that read agree
      const itObject = (right.match(/\bit\b/gi) ?? []).length === 1 ? /^(?!it\b)(.*?\S)\s+it\b(.*)$/i.exec(right) : null;
      const objects = itObject ? [first[0]!.interpretation.subject, first[0]!.interpretation.object]
        .map((v) => (v.kind === 'entity' ? v.mention : undefined)).filter((m): m is string => !!m)
        .map((m) => readPart(ctx, `${itObject![1]} ${m}${itObject![2]}`, depth, more)).filter((r) => r) : [];
      if (objects.length && objects.every((r) => sameVerdicts(r!, objects[0]!))) return [...first, ...objects[0]!.map((p) => ({ ...p, elliptic: true }))];
      // "A and B are members of Y, and the pipeline crosses both of them": the first part's list
      const listed = listObjectRewrite(right, first[0]!.interpretation);
      const withList = listed ? readPart(ctx, listed, depth, more) : undefined;
      if (withList) return [...first, ...withList.map((p) => ({ ...p, elliptic: true }))];
      // "X is a member of Y and has consented to Z": the right part borrows the left's subject
      const subject = first[0]!.interpretation.subject;
      const mention = subject.kind === 'entity' || subject.kind === 'entities' ? subject.mention : undefined;
      // (round 34, fix27) an apposition after a bare comma (", home to N") is
      // said of the noun before it (clauseCuts), never completed with the first part's subject
      const apposition = m[0].trim() === ',' && APPOSITION_OPENER.test(right);
      if (mention && !apposition && !right.toLowerCase().startsWith(mention.toLowerCase())) {
        // "X will run ... and carry ...": a bare verb after "and" shares the first verb's modal
        const modal = sharedModal(left, mention, right);
        const borrowed = (modal ? readPart(ctx, `${mention} ${modal} ${right}`, depth, more) : undefined) ?? readPart(ctx, `${mention} ${right}`, depth, more);
        // a part given the first part's subject is read through words of its own (src/check/wordless-reading.ts)
        if (borrowed && !borrowed.some((p) => wordlessPattern(p.interpretation.pattern))) return [...first, ...borrowed.map((p) => ({ ...p, elliptic: true }))];
        // "X visited B and C, becoming the first to visit either": the list in place of "either"
        const listed = listPronounRewrite(right, first[first.length - 1]!.interpretation);
        const withList = listed ? readPart(ctx, `${mention} ${listed}`, depth, more) : undefined;
        if (withList) return [...first, ...withList.map((p) => ({ ...p, elliptic: true }))];
        // "..., becoming the first to do so": the first part's verb phrase for "do so"
        const doSo = doSoRewrite(right, left, mention);
        const withDoSo = doSo ? readPart(ctx, `${mention} ${doSo}`, depth, more) : undefined;
        if (withDoSo) return [...first, ...withDoSo.map((p) => ({ ...p, elliptic: true }))];
      }
      // "A stayed out of Y, while B joined as founding members": the first part's object after B's verb
      const object = first[first.length - 1]!.interpretation.object;
      for (const said of objectInsertions(right, first[first.length - 1]!.interpretation)) {
        const read = bestReading(ctx, said);
        if (read && object.kind === 'entity' && read.interpretation.object.kind === 'entity' && read.interpretation.object.iri === object.iri) {
          return [...first, { text: said, ...read, elliptic: true }];
        }
      }
      // (round 39, users31) "..., and Y joined as a founding member", "...; X holds 26% of the votes":
      // the object left out is a thing the first part names inside it ("the Bank" of "Rufus became the
      // Bank's first president"), put where the part reads with it as its object, decided; read only
      // when the things that read agree
      // (round 39, lead: users22 compound-07) a part that only names things ("..., three of the five
      // states, Sylvania, Marsovia and Zenda") is an apposition to the first part, not a clause that
      // left out its object: given one, it was read as "Sylvania ... are part of the region" and the
      // list the count names went unchecked
      const inserted = namesOnly(ctx, right) ? [] : thingNamesIn(ctx, left).flatMap((name) => {
        const found = resolveMention(ctx, dropIgnorable(tokenize(name, ctx.morph), ctx.morph));
        if (found.length !== 1 || (object.kind === 'entity' && object.iri === found[0]!.iri)) return [];
        const thing = { kind: 'entity' as const, iri: found[0]!.iri, label: found[0]!.label, mention: name };
        for (const said of objectInsertions(right, { ...first[first.length - 1]!.interpretation, object: thing })) {
          const read = bestReading(ctx, said);
          // only a reading the graph decides: an undecided one may be a verb read out of its sense
          // ("X included" as "X has part Y") that would keep a later reader from the claim
          if (read && read.evaluation.verdict !== 'NOT_ENOUGH_INFO' && read.interpretation.object.kind === 'entity' && read.interpretation.object.iri === thing.iri) return [{ text: said, ...read, elliptic: true }];
        }
        return [];
      });
      if (inserted.length && inserted.every((p) => p.evaluation.verdict === inserted[0]!.evaluation.verdict)) return [...first, inserted[0]!];
    }
  }
  return undefined;
}

/**
 * The modal of the first part ("will", "may", "is expected to") that a second part without a
 * subject shares: only when the second part opens with a bare verb (not "-ed", "-s", nor an
 * auxiliary of its own), as in "X will run ... and carry ...". Undefined otherwise.
 *
 * @example
 * ```ts
 * sharedModal('The canal will run 10 km', 'canal', 'carry ships'); // 'will'
 * sharedModal('The canal will run 10 km', 'canal', 'carried ships'); // undefined
 * ```
 */
export function sharedModal(left: string, mention: string, right: string): string | undefined {
  const at = left.toLowerCase().indexOf(mention.toLowerCase());
  if (at < 0) return undefined;
  const m = /^\s+(will|would|may|might|could|can|shall|should|(?:is|are|was|were)\s+(?:set|expected|likely|due|poised|scheduled|slated|going)\s+to)\s/i.exec(left.slice(at + mention.length));
  const first = /^([a-z]+)\b/.exec(right)?.[1];
  if (!m || !first || /(?:ed|s)$/.test(first) || /^(?:is|are|was|were|has|have|had|will|would|may|might|could|can|did|does|do|not|never|also|then)$/.test(first)) return undefined;
  return m[1]!.replace(/\s+/g, ' ');
}

/**
 * The parts "X is among them" says (round 41): X one of the group the plural is counted over (read
 * as "X is part of G"; a group the part cannot read leaves the claim undecided: "them" may be more
 * than the group's members) and the first part's reading with X in the plural's slot; for a list,
 * X must be one of its names (the reading is then the list's own). Undefined when X is not one of
 * a listed plural or the group part is not read.
 */
function amongParts(ctx: CheckContext, among: AmongThem, first: Interpretation, text: string, depth: number, more?: PartReader): CompoundPart[] | undefined {
  const said = { ...first, [among.slot]: among.member } as Interpretation;
  const mine: CompoundPart = { text, interpretation: said, evaluation: evaluateClaim(ctx, said), elliptic: true };
  if (among.listed) return among.listed.some((x) => x.iri === among.member.iri) ? [mine] : undefined;
  const group = among.group && readPart(ctx, `${among.member.mention} is part of ${among.group.label}`, depth + 1, more);
  return group ? [...group.map((p) => ({ ...p, elliptic: true })), mine] : undefined;
}

/** The name a reading's subject was said by. */
function mentionOf(i: Interpretation): string | undefined {
  return i.subject.kind === 'entity' || i.subject.kind === 'entities' ? i.subject.mention : undefined;
}

/** Whether two readings of a part give the same verdicts, part by part. */
/**
 * The text is nothing but names of things the graph knows, joined by commas and "and" / "or"
 * ("Sylvania, Marsovia and Zenda"): a list, with no verb of its own.
 *
 * @example
 * ```ts
 * namesOnly(ctx, 'Sylvania, Marsovia and Zenda'); // true
 * namesOnly(ctx, 'Sylvania joined as a member'); // false
 * ```
 */
function namesOnly(ctx: CheckContext, text: string): boolean {
  const items = text.split(/\s*,\s*|\s+(?:and|or)\s+/i).map((x) => x.replace(/^(?:and|or)\s+/i, '').trim()).filter((x) => x);
  return items.length > 0 && items.every((x) => resolveMention(ctx, dropIgnorable(tokenize(x, ctx.morph), ctx.morph)).length > 0);
}

function sameVerdicts(a: CompoundPart[], b: CompoundPart[]): boolean {
  return a.length === b.length && a.every((p, k) => p.evaluation.verdict === b[k]!.evaluation.verdict);
}

/** A part read as one statement, or cut again. */
function readPart(ctx: CheckContext, text: string, depth: number, more?: PartReader): CompoundPart[] | undefined {
  // "X ended his visit on ...": the places the graph says X visited (src/check/implied-object.ts)
  const one = bestReading(ctx, text) ?? readImpliedDestination(ctx, text);
  // (round 39, users31) a facility's design said in the present ("the canal is priced at V") is read as
  // its plan in a part as in a whole claim (src/check/design-present.ts)
  const design = one && one.evaluation.verdict === 'NOT_ENOUGH_INFO' && !one.evaluation.conflict ? evaluateAsDesign(ctx, one.interpretation, text) : undefined;
  if (design) return [{ text, ...design, elliptic: false }];
  if (one) return [{ text, ...one, elliptic: false }];
  // the same statement in the words the lexicon reads ("the Bank's first president": src/check/rewrites.ts)
  const said = possessiveOrdinal(text);
  const reread = said ? bestReading(ctx, said) : undefined;
  if (reread) return [{ text, ...reread, elliptic: false }];
  // a span, a comparison, "the only X outside Y"...: the table's readers (src/check/compound-readers.ts)
  const other = more && askPart(more, text);
  if (other) return other;
  return depth < MAX_DEPTH ? readCompound(ctx, text, depth + 1, more) : undefined;
}

/**
 * Round 36 (precision36, fix28b's left F8): a part said in the present ("X is Freedonia's
 * vice-minister", an apposition's statement) of a claim in the past tense ("X, Freedonia's
 * vice-minister, was elected ...") holds at the main clause's time; a source's "former" holding
 * ("X, a former vice-minister, was elected") ended by the source's day, which says nothing of that
 * time: supported by former holdings only, the part is undecided.
 *
 * @example
 * ```ts
 * heldThen(ctx, part).evaluation.verdict; // 'NOT_ENOUGH_INFO' for "X is N" backed by "X, a former N"
 * ```
 */
function heldThen(ctx: CheckContext, part: CompoundPart): CompoundPart {
  // "X is a former N" says the former holding itself
  if (ctx.present !== false || part.evaluation.verdict !== 'SUPPORTED' || !/\b(?:is|are)\b/i.test(part.text) || /\bformer(?:ly)?\b/i.test(part.text) || part.interpretation.qualifiers.former) return part;
  const supports = part.evaluation.bearings.filter((b) => b.stance === 'supports');
  if (!supports.length || !supports.every((b) => (b.claim.qualifiers.get('former') ?? []).includes('true'))) return part;
  return {
    ...part,
    evaluation: {
      verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', conflict: false, bearings: supports.map((b) => ({ ...b, stance: 'related' as const })),
      explanation: `"${part.text}" is said at the time of the claim's past clause; the source says it only as former (held before the source's day), which does not say it held then.`,
    },
  };
}

/** The entity named by the longest suffix of `text` (the antecedent of ", which ..."). */
/**
 * The words only an apposition opens with ("home to N", "host to N"): a clause after the comma
 * never does. (A determiner may open either: ", the first to do so" may be said of the subject.)
 */
const APPOSITION_OPENER = /^(?:home|host)\s+to\s/i;

function antecedent(ctx: CheckContext, text: string): string | undefined {
  return antecedents(ctx, text)[0];
}

/**
 * The noun a closing apposition is said of (round 34, fix27, users27 family D): the name the
 * clause ends on, or undefined when that is unsure. A name inside a longer one after "of" ("the
 * opening of the League, the bank Freedonia leads") may be the apposition's noun as well as the
 * longer name: unsure, so the apposition is left unread rather than said of either.
 */
function nearestAntecedent(ctx: CheckContext, text: string): string | undefined {
  const all = antecedents(ctx, text);
  const first = all[0];
  if (!first) return undefined;
  const tail = (a: string): boolean => {
    const at = first.toLowerCase().lastIndexOf(a.toLowerCase());
    return at > 0 && at + a.length === first.length && /\bof\s+(?:the\s+|an?\s+)?$/i.test(first.slice(0, at));
  };
  return all.slice(1).some(tail) ? undefined : first;
}

/**
 * Every suffix of `text` that names an entity, the longest first: "the first president of the
 * Bank" names the office and "the Bank" the bank, and ", which opened in Metro" may be either's.
 */
function antecedents(ctx: CheckContext, text: string, pronoun = ''): string[] {
  const toks = dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
  const out: string[] = [];
  const heads: Array<{ said: string; iris: Set<string> }> = [];
  for (let k = Math.max(0, toks.length - 6); k < toks.length && out.length < 3; k++) {
    const hits = resolveMention(ctx, toks.slice(k));
    // "which" is said of a thing, never of a person or of an office held by one ("who")
    const personal = (iri: string): boolean => isA(ctx, iri, `${NS.cg}Person`) || isA(ctx, iri, `${NS.cg}Office`);
    if (/^which$/i.test(pronoun) && hits.length && hits.every((h) => personal(h.iri))) continue;
    if (!hits.length) continue;
    // (round 39, users31) the head noun of a longer name before it ("the opening ceremony" ->
    // "ceremony") is that thing, never another the short word names alone (the other ceremony):
    // kept only when it may name what the longer name does
    const said = text.slice(toks[k]!.start);
    const longer = heads.find((h) => h.said.toLowerCase().endsWith(said.toLowerCase()) && !/(?:\b(?:of|in|at|for|to|from|on|by|with|and|or)(?:\s+(?:the|an?))?|['\u2019]s)\s*$/i.test(h.said.slice(0, h.said.length - said.length)));
    if (longer && !hits.some((h) => longer.iris.has(h.iri))) continue;
    heads.push({ said, iris: new Set(hits.map((h) => h.iri)) });
    out.push(said);
  }
  return out;
}

/**
 * Whether the words after a copula can be a job title (a noun phrase naming an office: "Senior
 * Fellow", "chief economist", "managing director"), not a clause that says a deed (round 23):
 * "the first to visit four", "the one representing Freedonia", "the host who greeted Rufus",
 * "elected president and previously studied" are no titles, and reading them as one left a
 * "works at" part that could be decided of the clause's last noun. A title has no relative
 * pronoun, no infinitive "to", no coordinated clause, no passive's "by", no adverb in -ly, no "one" for its head,
 * and no verb form in -ing or -ed after its first word or as its head ("was anticipated in 2017").
 *
 * @example
 * ```ts
 * isTitlePhrase('Senior Fellow'); // true
 * isTitlePhrase('host who greeted Rufus'); // false
 * ```
 */
export function isTitlePhrase(words: string): boolean {
  const ws = words.trim().split(/\s+/);
  if (/^(?:one|ones)$/i.test(ws[0] ?? '')) return false;
  // (round 35) a title never opens with a preposition ("was among the guests at E": a place in a
  // group, not a job title)
  if (/^(?:among|amongst|at|in|on|with|from|near|inside|outside|under|over|between|behind|ahead|beside|into|onto|of|for|about|after|before|during|without)$/i.test(ws[0] ?? '')) return false;
  // (round 35) nor holds a determiner after its first word: "is confident the first loan ..." is a
  // state of mind and its clause, no title ("Associate Fellow", "first president" have none)
  if (ws.slice(1).some((w) => /^(?:the|a|an|its|their|his|her|this|that|these|those)$/i.test(w))) return false;
  // "by" names a passive's agent ("was recieved by Rufus", a misspelt participle first: users21)
  if (ws.some((w) => /^(?:who|whom|whose|which|that|to|and|or|but|than|by)$/i.test(w) || /^[a-z]{3,}ly$/.test(w))) return false;
  // a participle as the head ("was anticipated in 2017", "was elected in 2016") is a passive verb
  if (/^[a-z]{3,}(?:ing|ed)$/i.test(ws[ws.length - 1] ?? '')) return false;
  return !ws.slice(1).some((w) => /^[a-z]{3,}(?:ing|ed)$/.test(w));
}

/**
 * Cuts at relative clauses and appositions, each giving its own statement about the noun it
 * follows: "X, which V1, V2" -> "X V1" + "X V2"; "X, whose N is Y, V2" -> "X's N is Y" + "X V2";
 * "X, the N, V2" -> "X is the N" + "X V2"; "... Y, which V1" / "... Y, a N" at the end -> the
 * statement + "Y V1" / "Y is a N".
 */
export function clauseCuts(ctx: CheckContext, claim: string): string[][] {
  // a function of the context and the text, asked again of each text its readers and rechecks
  // see again (the users' set: about twice per text): kept per context (text-memo.ts, round 19), and
  // since round 38 per reading key, shared with the contexts derived to judge otherwise (it only reads)
  return clauseCutsMemo(ctx, claim, () => clauseCutsUncached(ctx, claim));
}

const clauseCutsMemo = readingMemo<string[][]>();

function clauseCutsUncached(ctx: CheckContext, claim: string): string[][] {
  const cuts: string[][] = [];
  // "A V O, as did B", "..., and neither did B": B in A's place (src/check/clause-links.ts)
  const elided = ellipsisCut(ctx, claim);
  if (elided) cuts.push(elided);
  // "X, not Y, V O": X does, Y does not
  const instead = notInsteadCut(ctx, claim);
  if (instead) cuts.push(instead);
  // "neither A nor B": two denials (src/check/part-rewrites.ts)
  cuts.push(...neitherNorCuts(ctx, claim));
  // "X is a member of Y, though not a founding one": the narrower noun denied (src/check/elided-one.ts)
  cuts.push(...elidedOneCuts(claim));
  // the clause runs to a comma, perhaps not the first ("X, who ended it on May 5, 2015, did Y")
  const rel = /^(.+?),\s+(?:which|who|that)\s+/i.exec(claim);
  if (rel) {
    for (let i = claim.indexOf(', ', rel[0].length); i > 0; i = claim.indexOf(', ', i + 1)) {
      cuts.push([`${rel[1]} ${claim.slice(rel[0].length, i)}`, `${rel[1]} ${claim.slice(i + 2)}`]);
    }
  }
  const whose = /^(.+?),\s+whose\s+(.+?),\s+(.+)$/i.exec(claim);
  // "whose" is the name right before it ("Y leads the Bank, whose president is Z, and ...": the Bank's)
  if (whose) cuts.push([`${antecedent(ctx, whose[1]!) ?? whose[1]}'s ${whose[2]}`, `${whose[1]} ${whose[3]}`]);
  // (round 32) "X, whose N the League recognised, V2": the noun is the clause's object (src/check/whose-clauses.ts)
  const fronted = whose ? frontedWhose(ctx, antecedent(ctx, whose[1]!) ?? whose[1]!, whose[2]!) : undefined;
  if (fronted) cuts.push([fronted, `${whose![1]} ${whose![3]}`]);
  // (round 32) "X is a K whose N is Y": X is a K, and X's N is Y
  const kindWhose = kindWhoseCut(ctx, claim);
  if (kindWhose) cuts.push(kindWhose);
  // "the Metro-based Bank ...": the Bank is Metro-based, and the rest
  const premodified = premodifierCut(ctx, claim);
  if (premodified) cuts.push(premodified);
  const appo = /^(.+?),\s+([^,]+?),\s+(.+)$/.exec(claim);
  // the whole opening must be the name ("The Bank, ..."; its determiner aside)
  if (appo && !/^(which|who|whose|that|and|but|while|or|not)\b/i.test(appo[2]!) && antecedent(ctx, appo[1]!) === appo[1]!.replace(/^(?:the|a|an)\s+/i, '')) {
    cuts.push([appositionStatement(appo[1]!, appo[2]!), `${appo[1]} ${appo[3]}`]);
  }
  // "X is a Senior Fellow at Y": a title and an affiliation, each checked
  const titled = /^(.+?)\s+(?:is|was|serves as|served as|works as|worked as)\s+(?:an?\s+|the\s+)?([A-Za-z][A-Za-z\s-]*?)\s+(?:at|of|with|for|in)\s+(.+)$/i.exec(claim);
  if (titled && isTitlePhrase(titled[2]!)) cuts.push([`${titled[1]}'s job title is ${titled[2]}`, `${titled[1]} works at ${titled[3]}`]);
  // "A leads the Bank, whose president is Y": the Bank's president is Y
  const whoseLast = trailingWhoseCut(ctx, claim);
  if (whoseLast) cuts.push(whoseLast);
  const trailingRel = /^(.+),\s+(which|who)\s+(.+)$/i.exec(claim);
  if (trailingRel) {
    // (round 20) each name the clause may follow, the longest first, and after "which" no person
    // or office ("the first president of the Bank, which opened in Metro": the Bank)
    for (const ante of antecedents(ctx, trailingRel[1]!, trailingRel[2]!)) cuts.push([trailingRel[1]!, `${ante} ${trailingRel[3]}`]);
  }
  // "A is led by B, C by D": the second clause borrows the first one's verb
  const gapped = gappingCut(ctx, claim);
  if (gapped) cuts.push(gapped);
  // "A leads the League and B the Pact", "A promised B $5m and C $7m": the verb left out (src/check/verb-gapping.ts)
  const verbless = verbGappingCut(ctx, claim);
  if (verbless) cuts.push(verbless);
  // "A is the Bank's largest member, and B the second largest": B borrows the predicate, with its rank (src/check/rank-gapping.ts)
  const ranked = rankGappingCut(ctx, claim);
  if (ranked) cuts.push(ranked);
  // "S opened with N members, X among them": X is among S's members
  const absolute = absoluteMemberCut(ctx, claim);
  if (absolute) cuts.push(absolute);
  // (round 34, fix27) "..., home to N" too: said of the noun before it, never of the subject
  const trailingAppo = /^(.+),\s+((?:a|an|the|one of|home to|host to)\s+[^,]+)$/i.exec(claim);
  if (trailingAppo) {
    const ante = nearestAntecedent(ctx, trailingAppo[1]!);
    if (ante) cuts.push([trailingAppo[1]!, `${ante} is ${trailingAppo[2]}`]);
  }
  return cuts;
}

/**
 * The verdict of a compound claim from its parts: refuted when a part is refuted, supported when
 * every part is, otherwise not enough information.
 *
 * @example
 * ```ts
 * combineParts(parts).verdict; // 'REFUTED' when the second part is refuted
 * ```
 */
export function combineParts(parts: CompoundPart[]): Evaluation {
  const say = (p: CompoundPart, k: number): string => `part ${k + 1} ("${p.text}"${p.elliptic ? ', completed from part 1' : ''}): ${p.evaluation.explanation}`;
  const refuted = parts.findIndex((p) => p.evaluation.verdict === 'REFUTED');
  const bearings = parts.flatMap((p) => p.evaluation.bearings);
  if (refuted >= 0) {
    return { verdict: 'REFUTED', reason: `compound-${parts[refuted]!.evaluation.reason}`, conflict: false, bearings, explanation: `Read as ${parts.length} statements; refuted by ${say(parts[refuted]!, refuted)}` };
  }
  if (parts.every((p) => p.evaluation.verdict === 'SUPPORTED')) {
    return { verdict: 'SUPPORTED', reason: 'compound', conflict: false, bearings, explanation: `Read as ${parts.length} statements, each supported. ${parts.map(say).join(' ')}` };
  }
  const open = parts.findIndex((p) => p.evaluation.verdict !== 'SUPPORTED');
  return {
    verdict: 'NOT_ENOUGH_INFO', reason: 'compound', conflict: parts.some((p) => p.evaluation.conflict), bearings,
    explanation: `Read as ${parts.length} statements; not enough information for ${say(parts[open]!, open)}`,
  };
}

/**
 * "not X" / "never X": the first part's relation with X in place of its object, denied;
 * "X is not" / "X does not" / "X isn't": with X in place of its subject, denied. A first part
 * whose denial is in its verb alone ("A stayed out of Y", "A skipped E": read as a negative
 * relation with no "not" said) is what the remnant denies: "..., but B didn't" / "but not B" say
 * B did not stay out, the relation affirmed (round 39, users32 F1: B's membership was refuted). A
 * first part that says "not" itself is left undecided under a bare denial ("A did not join Y. B
 * didn't.": B also stayed out, or B is the exception): 'held', no reading.
 */
function completeEllipsis(ctx: CheckContext, first: Interpretation, rightText: string, leftText: string): Interpretation | 'held' | undefined {
  let right = rightText;
  // "but X is not" turns the polarity; "and X is too", "so is X", "as is X" keep it
  const same = /\b(?:too|also|as well)$/i.test(right) || /^(?:so|as)\s/i.test(right);
  const turned = first.polarity === 'positive' ? 'negative' : 'positive';
  const flip = same ? first.polarity : turned;
  right = right.replace(/\s+(?:too|also|as well)$/i, '');
  const entity = (span: string) => {
    const toks = dropIgnorable(tokenize(span, ctx.morph), ctx.morph);
    return resolveMention(ctx, toks)[0];
  };
  // the polarity a bare denial of the first part gives (undefined: not to be told)
  const denied = first.polarity === 'positive' ? 'negative' : SAYS_NOT.test(leftText) ? undefined : 'positive';
  const objectGap = /^(?:not|never|except)\s+(.+)$/i.exec(right);
  if (objectGap) {
    // "A visited B but not C": C takes the place of whichever of A and B it is like (a country
    // for a country), the object first
    const x = entity(objectGap[1]!);
    if (x && !denied) return 'held';
    if (x && first.object.kind === 'entity' && alike(ctx, x.iri, first.object.iri)) return { ...first, object: x, polarity: denied! };
    if (x && first.subject.kind === 'entity' && alike(ctx, x.iri, first.subject.iri)) return { ...first, subject: x, polarity: denied! };
  }
  // (round 40, fix32d: users32's F1 "A stayed out of Y, B not") a bare "not" after the name too
  const subjectGap = /^(.+?)\s+(?:(?:(?:is|are|was|were|does|do|did|has|have|had)\s+)?not|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|hadn't)(?:\s+either)?$/i.exec(right);
  if (subjectGap && first.subject.kind === 'entity') {
    const x = entity(subjectGap[1]!);
    // "B didn't either" repeats the first part's denial, whichever way it was said
    const polarity = /\s+either$/i.test(right) ? first.polarity : denied;
    if (x) return polarity ? { ...first, subject: x, polarity } : 'held';
  }
  // "... but X is", "... and X does too": the same relation affirmed of X
  const affirmed = /^(?:so\s+(?:is|are|does|do|did|has|have)\s+(.+)|(.+?)\s+(?:is|are|was|were|does|do|did|has|have|had))$/i.exec(right);
  if (affirmed && first.subject.kind === 'entity') {
    const x = entity((affirmed[1] ?? affirmed[2])!);
    if (x) return { ...first, subject: x, polarity: same ? first.polarity : 'positive' };
  }
  return undefined;
}

/** The words before a "but" that make one phrase with it ("anything but", "nothing but", "everything but"). */
const FIXED_BUT = /\b(?:anything|everything|nothing)$/i;

/** A clause that says its denial in words ("not", "never", "n't", also typed "didnt"), not in its verb alone. */
const SAYS_NOT = /\b(?:not|never|no|nor|neither|none|cannot|(?:did|does|do|is|are|was|were|has|have|had|ca|wo|could|would|should|ai|di)nt)\b|n[\u0027\u2019]t\b/i;

/**
 * A "between" whose "and" has not come yet (no "and", comma or semicolon after it); a comma
 * inside a number ("between 1,500 and 2,000 km") is none (round 35, users28 F3).
 */
const BETWEEN_OPEN = /\bbetween\b(?:(?!\band\b)(?:[^,;]|(?<=\d),(?=\d)))*$/i;

/** Openings that make a clause conditional, reported or contrasted: its parts are not asserted. */
/**
 * Whether a claim says a figure of its parts together ("Combined, Freedonia's and Sylvania's grants
 * exceeded $5 million", "A and B together had 40 members"): cut into parts, each part would carry
 * the total, and one part below it would refute the true whole (round 37, users30 F16). Such a
 * claim is not read as several statements; "together with" joins a companion, not a sum.
 */
function summedParts(claim: string): boolean {
  return /\d/.test(claim) && SUMMED.test(claim);
}
const SUMMED = /\b(?:combined|together(?!\s+with\b)|in\s+total|altogether|collectively|jointly|between\s+them|in\s+all|all\s+told)\b/i;

/** An opening frame over what follows: a label ("Rumour: P") or a few words and "that" ("Nobody thinks that P"). */
const OPENING_FRAME = /^(?:[^:,;]{1,40}:\s|(?:\S+\s+){1,4}that\s)/i;

/**
 * Whether the part left unread may reverse the whole (round 38, users31's F1): a comment on the
 * truth of the rest ("..., which is false", "Nah: P", "but that's not true", src/check/truth-comment.ts)
 * or, opening the claim, a frame whose scope the cut split ("Nobody believes that P and Q" cut after
 * P): the part read then never decides alone.
 */
function mayReverse(ctx: CheckContext, unread: string, opening: boolean): boolean {
  return holdsTruthComment(ctx, unread) || (opening && OPENING_FRAME.test(unread)) || firstPersonRetort(ctx, unread);
}

// (round 41) "I'm", "I am", "I'll", "I will", "I can": the writer speaking of themself
const FIRST_PERSON = /^(?:and\s+|yeah,?\s+)?i(?:['\u2019](?:m|ll|d|ve)|\s+(?:am|was|will|would|can|could|do|did|have|must|may))\b/i;

/**
 * Whether an unread side is the writer speaking of themself and naming nothing of the graph
 * ("P, and I'm the Emperor of Ruritania", "P, and I'm a monkey's uncle"): a retort that hedges or
 * mocks P, as a later sentence naming nothing does (src/check/unplaced-remarks.ts), so P refuted
 * must not decide the whole (round 41: the conjunction read literally turned sarcasm into REFUTED).
 */
function firstPersonRetort(ctx: CheckContext, unread: string): boolean {
  const t = unread.trim();
  if (!FIRST_PERSON.test(t)) return false;
  const toks = dropIgnorable(tokenize(t, ctx.morph), ctx.morph);
  for (let i = 0; i < toks.length; i++) {
    for (let j = Math.min(toks.length, i + 6); j > i; j--) if (resolveMention(ctx, toks.slice(i, j)).length) return false;
  }
  return true;
}

const NOT_ASSERTED = /^(?:if|whether|unless|when|whenever|because|although|though|since|according|unlike|as|while|before|after|until|once)\b/i;

/**
 * A conjunction read in part: "A and B" where one side reads and is REFUTED and the other cannot
 * be read at all. A conjunction with a false conjunct is false, so the claim is refuted by the
 * part that reads (the unread part is named in the explanation). Never a SUPPORTED verdict, and
 * no cut inside a noun phrase ("between A and B", "both A and B") or in a disjunction, condition
 * or report. A side without its own subject borrows the name the other side opens with ("The
 * pipeline will run ... and cost $100 billion"). With `anyVerdict`, the side read may have any
 * verdict: the caller then answers NOT_ENOUGH_INFO unless it is refuted (a conjunction with a
 * part not understood is never supported), with the part read shown.
 *
 * @example
 * ```ts
 * readRefutedPart(ctx, 'Freedonia rebuilt its canals and is a member of the Dominion.')?.part.evaluation.verdict; // 'REFUTED'
 * ```
 */
export function readRefutedPart(ctx: CheckContext, text: string, anyVerdict = false): { part: CompoundPart; unread: string } | undefined {
  const claim = text.trim().replace(/[.!?]+$/, '');
  if (NOT_ASSERTED.test(claim) || /\b(?:or|nor|either|neither|respectively)\b/i.test(claim) || spanInParts(claim) || summedParts(claim)) return undefined;
  // a relative clause or an apposition asserts its statement as the main clause does its own
  for (const cut of clauseCuts(ctx, claim)) {
    if (cut.length !== 2) continue;
    for (const [mine, other] of [[cut[0]!, cut[1]!], [cut[1]!, cut[0]!]] as Array<[string, string]>) {
      const one = bestReading(ctx, mine);
      const parts = one ? undefined : readCompound(ctx, mine);
      const read = one ?? (parts && { interpretation: parts[0]!.interpretation, evaluation: combineParts(parts) });
      if (!read || (!anyVerdict && read.evaluation.verdict !== 'REFUTED')) continue;
      if (bestReading(ctx, other) || readCompound(ctx, other)) continue;
      if (mayReverse(ctx, other, other === cut[0])) return undefined;
      return { part: { text: mine, ...read, elliptic: false }, unread: other };
    }
  }
  for (const joiner of [/\s*;\s*/g, /,?\s+(?:but|whereas)\s+/gi, /,?\s+and\s+/gi]) {
    for (const m of claim.matchAll(joiner)) {
      const left = claim.slice(0, m.index).trim();
      const right = claim.slice(m.index! + m[0].length).trim();
      if (left.split(/\s+/).length < 3 || right.split(/\s+/).length < 2) continue;
      if (/\b(?:between|of|from|both|with|for|to|among|by|in|at|on)$/i.test(left) || NOT_ASSERTED.test(right)) continue;
      // round 39 (users32 F2): "X is anything but Y" (X is not Y), "nothing but Y" (only Y): one
      // phrase, no clause; cut there, "X Y" refuted the true claim
      if (/but/i.test(m[0]) && FIXED_BUT.test(left)) continue;
      // round 26: "The gap between A's capital and B's cost is $90 billion": the "and" of an open
      // "between" joins its two terms (cut there, "B's cost is $90 billion" refuted the true claim)
      if (/and/i.test(m[0]) && BETWEEN_OPEN.test(left)) continue;
      // "membership for A and B was expected": "and" joins two names, not two clauses, and a part
      // cut there must not refute the whole (the undecided reading in part may still show it)
      if (!anyVerdict && /and/i.test(m[0]) && namesCoordinated(ctx, left, right)) continue;
      const opening = leadingMention(ctx, left);
      const sides: Array<[string, string]> = [[left, right], [right, left]];
      for (const [mine, other] of sides) {
        let read = bestReading(ctx, mine);
        let said = mine;
        if (!read && mine === right && opening && !right.toLowerCase().startsWith(opening.toLowerCase())) {
          said = `${opening} ${right}`;
          read = bestReading(ctx, said);
        }
        // a side that is itself several statements ("X, a former N, became Y"): read by the compound rule
        if (!read) {
          const parts = readCompound(ctx, said);
          if (parts) read = { interpretation: parts[0]!.interpretation, evaluation: combineParts(parts) };
        }
        if (!read || (!anyVerdict && read.evaluation.verdict !== 'REFUTED')) continue;
        // the other side must be unreadable, not merely undecided: a read part would have been combined already
        if (bestReading(ctx, other) || readCompound(ctx, other)) continue;
        if (mayReverse(ctx, other, other === left)) return undefined;
        return { part: { text: said, ...read, elliptic: said !== mine }, unread: other };
      }
    }
  }
  return undefined;
}

/**
 * Whether the words around an "and" are two names of one kind ("Freedonia and Sylvania"): the left
 * side ends with a name and the right side opens with a name sharing one of its types. Cut there,
 * the left side is a noun phrase ("full membership for Freedonia") that a verbless pattern may read as
 * a statement, and the right side gets the verb both names share (round 24: a cut there refuted
 * "membership for A and B was anticipated in 2017" by A's present membership).
 *
 * @example
 * ```ts
 * namesCoordinated(ctx, 'full membership for Freedonia', 'Sylvania was expected in 2017'); // true (two countries)
 * ```
 */
export function namesCoordinated(ctx: CheckContext, left: string, right: string): boolean {
  const lt = dropIgnorable(tokenize(left, ctx.morph), ctx.morph);
  const rt = dropIgnorable(tokenize(right, ctx.morph), ctx.morph);
  const typesOf = (toks: typeof lt): Set<string> => new Set(resolveMention(ctx, toks).flatMap((e) => [...(ctx.entityTypes.get(e.iri) ?? [])]));
  // every name the left side may end with, the longest first: "the presidents of Freedonia" ends
  // with an office and with a state, and "Sylvania" after it is the office's second state (round 37:
  // stopping at the office cut "Sylvania joined the League" off as a refuted clause)
  for (let j = Math.min(6, lt.length); j >= 1; j--) {
    const before = typesOf(lt.slice(lt.length - j));
    if (!before.size) continue;
    for (let k = Math.min(6, rt.length - 1); k >= 1; k--) {
      const after = typesOf(rt.slice(0, k));
      if ([...after].some((t) => before.has(t))) return true;
    }
  }
  return false;
}

/** The name a clause opens with, and its modal ("The Marsovia pipeline will run ..." -> "The Marsovia pipeline will"). */
function leadingMention(ctx: CheckContext, text: string): string | undefined {
  const toks = dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
  for (let k = Math.min(6, toks.length - 1); k >= 1; k--) {
    if (!resolveMention(ctx, toks.slice(0, k)).length) continue;
    const end = toks[k - 1]!.end;
    // the modal the name is followed by goes with it ("The pipeline will run ... and cost ...")
    const modal = /^\s+(?:will|would|may|might|could|(?:is|are|was|were)\s+(?:set|expected|likely|due)\s+to)\b/i.exec(text.slice(end));
    return text.slice(0, end + (modal?.[0].length ?? 0));
  }
  return undefined;
}
