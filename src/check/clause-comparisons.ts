/**
 * Comparisons of two amounts said as clauses (issue 15): "Freedonia pledged more aid to Sylvania
 * than it extended to Grand Fenwick", "Sylvania got more money from Freedonia than Grand Fenwick",
 * "Freedonia gave more grants to Sylvania than to Grand Fenwick". The comparative word sits inside
 * the clause, before the thing compared: the clause without it ("Freedonia pledged aid to
 * Sylvania") is the first side; the words after "than" are the second, completed from the first:
 *
 * - "than to Y" / "than from Y": the first clause with its prepositional phrase replaced;
 * - "than it extended to Y", "than it may give Y": the pronoun is the first side's subject and the
 *   compared noun goes after the verb or at the end ("Freedonia extended aid to Y");
 * - "than it did to Y": the first clause's verb;
 * - "than Y" or "than Y did": Y in the subject's place, or (not after "did") in the place of the
 *   last prepositional object ("... money from Y"). When both places read with an amount, the
 *   claim is ambiguous and NOT_ENOUGH_INFO.
 *
 * Each side's value is the one amount the graph's claims of that relation state in the clause's
 * own modality ("A gave B less than C" is not decided by an amount A may give B; "A may give B
 * less than C" is), decided by `compareSides` (src/check/comparisons.ts). A side that does not
 * read is no reading.
 */
import type { CheckContext } from './context.js';
import { PRONOUN } from './comparison-sides.js';
import { compareSides, readSide, statesDifference, type ComparisonReading, type Side } from './comparisons.js';
import { alternation, comparisonWords } from './lexicon-words.js';
import { resolveMention } from './resolver.js';
import { THAN_NEEDS } from './reader-gates.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { Interpretation } from './types.js';
import { cachedRegExp } from './regex-memo.js';

const AUX = /^(?:may|might|could|can|will|would|shall|should|has|have|had|is|are|was|were|to|be|been)$/i;
const COPULA = /^(?:is|are|was|were|be|been|being)$/i;
const DO = /^(?:did|does|do)$/i;
const PREPOSITION = /^(?:to|from|with|for|in|into|on|at)$/i;
/**
 * The noun a bare comparative stands for after a verb of giving and its object ("promised B more
 * than ..."): what is given, read as aid (the noun of the assistance patterns of
 * ontology/lexicon.ttl); a verb that gives no aid leaves the side unread, so no reading.
 */
const IMPLICIT = 'aid';

/** A noun naming a mere amount ("a bigger sum"), read as what was given (IMPLICIT). */
const AMOUNT_NOUN = /^(?:sum|amount|total|figure)s?\b/i;

/** The first side's clause cut where the comparative word stood. */
interface Clause {
  /** Words before the comparative word: the subject, any auxiliaries, the verb. */
  pre: string[];
  /** The compared noun (the words after the comparative word up to a preposition). */
  noun: string[];
  /** The words after the noun (its prepositional phrases). */
  tail: string[];
}

// a clause asserts its relation in its own modality: "A gave less to B" is not compared with what A may give B
const read = (ctx: CheckContext, text: string): Side | undefined => readSide(ctx, text, undefined, true);
const readWithClaims = (side: Side | undefined): boolean => !!side?.interpretation && side.claims.length > 0;

/** The subject's words of the first clause: before its auxiliaries and verb. */
function subjectOf(pre: string[]): string[] {
  let end = pre.length - 1;
  while (end > 0 && AUX.test(pre[end - 1]!)) end--;
  return pre.slice(0, end);
}

/** The second side's candidate clauses, most literal first. */
function secondClauses(ctx: CheckContext, first: Clause, rest: string[], borrow: string | undefined): { texts: string[]; ambiguous: boolean } {
  const { pre, noun, tail } = first;
  const verb = pre.slice(subjectOf(pre).length);
  const join = (...parts: string[][]): string => parts.flat().join(' ');
  if (PREPOSITION.test(rest[0]!)) {
    // "than to Y": the first clause with its phrase of that preposition replaced
    const at = tail.findIndex((w) => w.toLowerCase() === rest[0]!.toLowerCase());
    return { texts: [join(pre, noun, at >= 0 ? tail.slice(0, at) : tail, rest)], ambiguous: false };
  }
  let subject: string[] | undefined;
  let clause = rest;
  if (PRONOUN.test(rest[0]!)) {
    if (!borrow) return { texts: [], ambiguous: false };
    subject = [borrow];
    clause = rest.slice(1);
  } else {
    // a name alone ("than Y"), or a name and "did"
    for (let j = rest.length; j > 0 && !subject; j--) {
      // "than Y did": "did" is the clause's verb, not part of the name
      if (j > 1 && DO.test(rest[j - 1]!)) continue;
      const tokens = dropIgnorable(tokenize(rest.slice(0, j).join(' '), ctx.morph), ctx.morph).filter((t) => t.kind !== 'possessive');
      if (tokens.length && resolveMention(ctx, tokens).length === 1) {
        subject = rest.slice(0, j);
        clause = rest.slice(j);
      }
    }
    if (!subject) return { texts: [], ambiguous: false };
    if (!clause.length) {
      // "than Y": Y as the subject, or as the last prepositional object
      const texts = [join(subject, verb, noun, tail)];
      const lastPrep = tail.map((w) => PREPOSITION.test(w)).lastIndexOf(true);
      if (lastPrep >= 0) texts.push(join(pre, noun, tail.slice(0, lastPrep + 1), subject));
      return { texts, ambiguous: texts.length > 1 };
    }
  }
  if (!clause.length) return { texts: [], ambiguous: false };
  if (DO.test(clause[0]!)) {
    // "than it did to Y", "than Y did": the first clause's verb
    const after = clause.slice(1);
    return { texts: [after.length ? join(subject, verb, noun, after) : join(subject, verb, noun, tail)], ambiguous: false };
  }
  // "than it extended to Y", "than it may give Y": the noun after the verb, or at the end
  let v = 0;
  while (v < clause.length - 1 && AUX.test(clause[v]!)) v++;
  return { texts: [join(subject, clause.slice(0, v + 1), noun, clause.slice(v + 1)), join(subject, clause, noun)], ambiguous: false };
}

/** The two clauses of a comparison read: each side, or a reading that says "than ..." names two. */
export type ClauseSides =
  | { left: Side & { interpretation: Interpretation }; right: Side; implicit: boolean; ambiguous?: undefined }
  | { ambiguous: ComparisonReading };

/**
 * The two sides of "<pre> <compared noun and its phrases> than|as <rest>", each a clause read in
 * its own modality, the second completed from the first (see the module's comment); undefined
 * when a side does not read.
 *
 * @example
 * ```ts
 * clauseSides(ctx, 'Freedonia gave', 'grants to Sylvania', 'to Grand Fenwick', 'than')?.ambiguous; // undefined
 * ```
 */
export function clauseSides(ctx: CheckContext, preText: string, afterText: string, restText: string, link: string): ClauseSides | undefined {
  const pre = preText.split(/\s+/);
  // "A promised B about as much as ...": nothing named after the comparison word is what was given (IMPLICIT)
  const after = (afterText.trim() ? afterText : IMPLICIT).split(/\s+/).filter(Boolean);
  const rest = restText.split(/\s+/);
  // "X is larger N than ..." and "... more than ..." are the noun-phrase comparisons' forms
  if (pre.some((w) => COPULA.test(w)) || pre.length < 2) return undefined;
  const cut = after.findIndex((w) => PREPOSITION.test(w));
  const first: Clause = { pre, noun: cut < 0 ? after : after.slice(0, cut), tail: cut < 0 ? [] : after.slice(cut) };
  if (!first.noun.length && !first.tail.length) return undefined;
  // round 16: "A pledged more to B than C did": the comparative alone before the recipient's
  // phrase stands for what was given, as after a verb and its object (IMPLICIT)
  const implicit = !first.noun.length || !afterText.trim();
  if (implicit) first.noun = [IMPLICIT];
  const left = read(ctx, [...pre, ...first.noun, ...first.tail].join(' '));
  if (!left?.interpretation || left.money) return undefined;
  const borrow = left.interpretation.subject.kind === 'entity' ? left.interpretation.subject.label : undefined;
  const { texts, ambiguous } = secondClauses(ctx, first, rest, borrow);
  const sides = texts.map((t) => read(ctx, t)).filter((s): s is Side => !!s?.interpretation && !s.money);
  const withClaims = sides.filter(readWithClaims);
  if (ambiguous && withClaims.length > 1) {
    const q: Interpretation = { ...left.interpretation, notes: [...(left.interpretation.notes ?? []), `"${link} ${restText}" reads two ways: ${withClaims.map((s) => `"${s.text}"`).join(' or ')}`] };
    return {
      ambiguous: {
        interpretation: q,
        evaluation: {
          verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', conflict: false, bearings: [],
          explanation: `Read as a comparison of two amounts, but "${link} ${restText}" may name ${withClaims.map((s) => `"${s.text}"`).join(' or ')}; the claim does not say which.`,
        },
      },
    };
  }
  const right = withClaims[0] ?? sides[0];
  return right ? { left: { ...left, interpretation: left.interpretation }, right, implicit } : undefined;
}

/**
 * Reads and decides "<S> <V> more/less <N> <PP> than <rest>"; undefined when the claim is not of
 * that form or a side does not read.
 *
 * @example
 * ```ts
 * readClauseComparison(ctx, 'Freedonia gave more grants to Sylvania than to Grand Fenwick.')?.evaluation.verdict;
 * ```
 */
export function readClauseComparison(ctx: CheckContext, text: string): ComparisonReading | undefined {
  const said = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  // both shapes have "than" between spaces: tested before the pattern is built (the gate, `needs`)
  if (!THAN_NEEDS.test(said)) return undefined;
  const words = comparisonWords(ctx);
  const comparative = alternation([...words.greater.keys(), ...words.less.keys()]);
  const re = cachedRegExp(`^(.+?)\\s+(${comparative})\\s+(.+?)\\s+than\\s+(.+)$`, 'i');
  let m = re.exec(said);
  let implicit = false;
  if (!m) {
    // "A promised B more than it extended to C": the comparative alone after a verb and its
    // object stands for what was given, read as aid (src/check/clause-comparisons.ts IMPLICIT)
    const bare = cachedRegExp(`^((?:\\S+\\s+){2,}?\\S+)\\s+(${comparative})\\s+than\\s+(.+)$`, 'i').exec(said);
    if (!bare) return undefined;
    m = Object.assign([bare[0], bare[1]!, bare[2]!, IMPLICIT, bare[3]!], { index: 0, input: said }) as RegExpExecArray;
    implicit = true;
  }
  let [, preText, word, afterText, restText] = m as unknown as [string, string, string, string, string];
  // "A offered B a bigger sum than ...", "A pledged a larger package to B than ...": the article
  // before the comparative belongs to the noun; a noun of a mere amount stands for what was given
  // (IMPLICIT), as a bare comparative does (round 27)
  const article = /^(.+?)\s+(an?)$/i.exec(preText);
  if (article && !implicit) {
    preText = article[1]!;
    const amount = AMOUNT_NOUN.exec(afterText);
    implicit = !!amount;
    afterText = amount ? `${IMPLICIT}${afterText.slice(amount[0].length)}` : `${article[2]} ${afterText}`;
  }
  // "... than to Y by $2.9 million": a difference, not computed (src/check/comparisons.ts)
  if (statesDifference(restText)) return undefined;
  const sides = clauseSides(ctx, preText, afterText, restText, 'than');
  if (!sides) return undefined;
  if (sides.ambiguous) return sides.ambiguous;
  const { left: leftSide, right } = sides;
  implicit ||= sides.implicit;
  const greater = words.greater.has(word.toLowerCase());
  const reading = compareSides(leftSide, right, greater, 1);
  const note = `read "${m[0]}" as "${leftSide.text}" ${greater ? 'more' : 'less'} than "${right.text}"${implicit ? ` ("${word}" alone read as ${greater ? 'more' : 'less'} ${IMPLICIT})` : ''}`;
  return { ...reading, interpretation: { ...reading.interpretation, notes: [...(reading.interpretation.notes ?? []), note] } };
}
