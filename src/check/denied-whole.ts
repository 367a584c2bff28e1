/**
 * A denied whole (round 28): "A and B are not both members of Y", "A and B did not both join Y",
 * "the five republics did not all join Y", "it is not the case that both A and B joined Y",
 * "not both A and B joined Y", "not all (every) X joined Y". The claim is the denial of the conjunction "A and B are both
 * members of Y": true when one member's statement is false, false when every member's is true.
 * So the conjunction is read by the whole reader (the group readings check each member and
 * decide by the compound rule: any member refuted refutes it, all supported support it) and its
 * verdict is inverted, with its evidence: the refuted member's sentences support the denial, the
 * sentences of every member refute it. An undecided conjunction leaves the denial undecided
 * (NOT_ENOUGH_INFO, read).
 *
 * Not read (the claim stays unread with its reason, src/check/index.ts): "never both" (a denial at
 * every time), a question ("Weren't both A and B members?" asks the conjunction, it does not deny
 * it), "may / might / must not both" (the modal's scope is not the denial's), a denied whole inside a
 * larger sentence (a frame "X says ...", a second clause after a comma or "but": the inversion
 * would apply to the whole sentence), and a conjunction read as someone's words (an attribution).
 * "A and B both did not join Y" (neither did) is not a denied whole and is read as before.
 */
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';
import { cachedRegExp } from './regex-memo.js';

/** A contracted or plain auxiliary before the denied "both" / "all", and its positive form. */
const AUX: Record<string, string> = {
  are: 'are', were: 'were', is: 'is', was: 'was', do: 'do', did: 'did', does: 'does',
  have: 'have', has: 'has', had: 'had', wo: 'will', would: 'would', ca: 'can', could: 'could', should: 'should',
};
const PLAIN_AUX = 'are|were|is|was|do|did|does|have|has|had|will|would|can|could|should';

/** "S aux not both/all R" or "S aux-n't both/all R" (the whole claim, one clause). */
const AUX_DENIAL = cachedRegExp(`^(.+?)\\s+(?:(${PLAIN_AUX})\\s+not|(${Object.keys(AUX).join('|')})n't|(can)not)\\s+(both|all)\\b(.*)$`, 'i');
/** "It is (was) not the case that both ...", "it isn't the case that every ...", "not both A and B ...", "not all (every) X ...". */
const CASE_DENIAL = /^(?:it\s+(?:is|was)\s+not|it\s+(?:isn't|wasn't)|it's\s+not)\s+the\s+case\s+that\s+((?:both|all|every|each)\b.*)$|^not\s+((?:both|all|every)\b.*)$/i;
/** What the subject of an auxiliary denial may not hold: a frame or a second clause. */
const NOT_A_SUBJECT = /[,;:]|\b(?:that|whether|if|says?|said|writes?|wrote|thinks?|believes?|claims?|according|reportedly|never|not|no)\b|n't\b/i;
/** What the rest of the claim may not hold: a second clause, another denied whole. */
const NOT_A_PREDICATE = /[,;:?]|\s(?:-|\u2013|\u2014)\s|\b(?:but|while|whereas|although|though|because|since|so|unless|yet)\b|\b(?:not|never)\s+(?:both|all)\b|n't\s+(?:both|all)\b/i;

/**
 * A denial framed around a whole clause ("it is not the case that P", "it is not true that P", "it is
 * false that P", "it isn't true that P"); the frame's words are the lexicon's negation markers.
 */
const FRAMED_DENIAL = /^(?:it\s+(?:is|was)\s+not\s+(?:the\s+case|true|so)|it\s+(?:isn't|wasn't)\s+(?:the\s+case|true|so)|it's\s+not\s+(?:the\s+case|true|so)|it\s+(?:is|was)\s+(?:false|untrue)|it's\s+(?:false|untrue))\s+that\s+(.+)$/i;
/** What makes the framed clause a whole of several: names joined by "and", or "both", "all", "every", "each". */
const MANY = /\b(?:and|both|all|every|each)\b/i;

/**
 * Whether a span runs past its first sentence: a sentence end before a capital ("X. Y", not "the
 * U.S. Treasury") or a semicolon. A frame or label of denial ("Myth: X. Fact: Y.", "It is false
 * that X. Y.") ends with its sentence: read as denying the rest too, a false Y made the claim
 * SUPPORTED (round 39, users32 F14). Such a span is left to the reader of pasted sentences.
 */
export function runsPastSentence(span: string): boolean {
  return firstSentence(span) !== undefined;
}
const SENTENCE_BREAK = /(?<!(?:^|[\s.])[A-Z])([.!?])\s+["'\u201c\u2018(]?[A-Z0-9]|;\s*\S/;

/** A span's first sentence (with its end mark), or undefined when the span is one sentence (see runsPastSentence). */
export function firstSentence(span: string): string | undefined {
  const t = span.trim().replace(/[\s.!?]+$/, '');
  const m = SENTENCE_BREAK.exec(t);
  return m ? t.slice(0, m.index + (m[1] ? 1 : 0)) : undefined;
}

/**
 * The clause a framed denial denies when that clause is about several ("it is not true that A and B
 * joined Y"), or undefined. The negation markers would deny each of them ("neither joined": the round
 * 28 probes found "It isn't the case that both A and B joined Y" and "It is false that both ..." REFUTED
 * by B's membership, though A's absence makes them true); the frame denies the clause as a whole.
 */
export function framedDenialOfMany(text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  if (/\?\s*$/.test(t)) return undefined;
  const m = FRAMED_DENIAL.exec(t.replace(/\s*[.!]+$/, ''));
  const inner = m?.[1]?.trim();
  if (!inner || !MANY.test(inner) || /[;:?]/.test(inner) || runsPastSentence(inner) || /\b(?:not|never|no|neither|nor)\b|n't\b/i.test(inner)) return undefined;
  return `${inner.charAt(0).toUpperCase()}${inner.slice(1)}.`;
}

/**
 * A denial framed as a label before the clause ("False: P", "Wrong: P", "Not true: P") or as who
 * should not believe it ("Nobody should believe that P"): like the frames above, it denies P whole.
 */
const LABEL_DENIAL = /^(?:(?:false|wrong|untrue|incorrect|not\s+true|not\s+so)(?:\s*:|\s+[\u2013\u2014-])\s*|(?:nobody|no\s+one|no-one)\s+(?:should|would|could|can|ought\s+to|must)\s+(?:believe|accept|think)\s+that\s+)(.+)$/i;
/**
 * What makes the framed clause several statements a reader would cut: a comma or semicolon (an
 * apposition, a relative clause, "X, unlike Y, ..."), a clause joiner, a contrast ("unlike", "like",
 * "instead of", "rather than"), "neither ... nor", a relative pronoun, a weekday beside a date, or a
 * quantifier over members ("some", "several", "three") or a group named by its size ("the five
 * states": each of them, users30's F11): the denial of "some X did P" is that none did,
 * not that some did not (users30's F9 found "It is false that some X joined Y" SUPPORTED by the one X
 * outside Y). So is "only N" / "exactly N" ("It is false that only two X did P": the count denied, not
 * "exactly two X did not P", users32's F15).
 */
const SEVERAL = /[,;]|\b(?:but|while|whereas|although|though|unlike|like|instead|rather|neither|nor|which|whose)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|^(?:(?:only|just|exactly|precisely|merely)\s+)?(?:some|several|many|most|few|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\bthe\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z-]+\s+){0,3}[a-z]+s\b/i;

/**
 * The clause a framed denial denies when that clause holds several statements ("it is not the case
 * that A joined Y but not B", "it is false that X, a Z-based bank, leads Y", "False: A, unlike B,
 * joined Y"), or undefined. The cut into statements would leave the frame on the first one alone
 * (round 37, users30's F1: "It is not the case that Rufus visited Freedonia but not Sylvania" came out
 * REFUTED by "It is not the case that Rufus visited Freedonia", though he visited both): the frame
 * denies the clause as a whole, which is read first and then inverted. A label frame ("False: P")
 * is read so whatever P holds: nothing else reads it.
 */
export function framedDenialOfSeveral(text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  if (/\?\s*$/.test(t)) return undefined;
  const bare = t.replace(/\s*[.!]+$/, '');
  const framed = FRAMED_DENIAL.exec(bare)?.[1]?.trim();
  const label = framed ? undefined : LABEL_DENIAL.exec(bare)?.[1]?.trim();
  const inner = framed ?? label;
  if (!inner || /[:?]/.test(inner) || runsPastSentence(inner) || (framed && !SEVERAL.test(inner))) return undefined;
  // a second frame inside ("it is false that it is not true that P"): not read as one denial
  if (FRAMED_DENIAL.test(inner) || LABEL_DENIAL.test(inner)) return undefined;
  return `${inner.charAt(0).toUpperCase()}${inner.slice(1)}.`;
}

/**
 * "It's not true that P", "It's false that P": the frame with "it's" spelled out ("It is not true
 * that P"), or undefined. Why (round 40, lead39's leftover): the lexicon's negation markers are
 * "it is not true that", "it is false that"; with "it's" the frame matched none of them, was read
 * as words of the clause and left the claim unread.
 *
 * @example
 * ```ts
 * spelledDenialFrame("It's not true that Rufus leads the League."); // 'It is not true that Rufus leads the League.'
 * spelledDenialFrame("It's true that Rufus leads the League."); // undefined
 * ```
 */
export function spelledDenialFrame(text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  const m = /^it's\s+((?:not\s+(?:true|the\s+case|so)|false|untrue)\s+that\s+\S.*)$/i.exec(t);
  return m ? `It is ${m[1]}` : undefined;
}

/**
 * Whether the claim opens with a denial frame or label this module reads ("it is false that P",
 * "Wrong: P"), so the truth-comment reader (src/check/truth-comment.ts) leaves it to this one.
 */
export function opensWithDenialFrame(text: string): boolean {
  const bare = normalizeTypography(text).trim().replace(/\s*[.!]+$/, '');
  return FRAMED_DENIAL.test(bare) || LABEL_DENIAL.test(bare);
}

/** The conjunction a denied whole denies, or undefined when the claim is not one (or not read as one). */
export function deniedWholeConjunction(text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/\s*[.!]+$/, '');
  if (/\?\s*$/.test(normalizeTypography(text).trim())) return undefined;
  const c = CASE_DENIAL.exec(t);
  if (c) {
    const inner = (c[1] ?? c[2])!;
    if (NOT_A_PREDICATE.test(inner)) return undefined;
    return `${inner.charAt(0).toUpperCase()}${inner.slice(1)}.`;
  }
  const m = AUX_DENIAL.exec(t);
  if (!m) return undefined;
  const [, subject, plain, contracted, cannot, quantifier, rest] = m;
  const aux = plain ?? (contracted ? AUX[contracted.toLowerCase()] : cannot ? 'can' : undefined);
  if (!aux || NOT_A_SUBJECT.test(subject!) || NOT_A_PREDICATE.test(rest!) || !rest!.trim()) return undefined;
  // "A and B are not both members": the conjunction has more than one member (a plural subject)
  return `${subject} ${aux} ${quantifier!.toLowerCase()}${rest}.`;
}

/**
 * The denied whole decided from its conjunction's verdict (inverted), or undefined when the
 * conjunction is unread or attributed to someone (an undecided conjunction gives NOT_ENOUGH_INFO).
 */
export function decideDeniedWhole(claim: string, conjunction: string, r: CheckResult | undefined, several = false): CheckResult | undefined {
  if (!r || r.interpretation.attributedTo) return undefined;
  const verdict = r.verdict === 'SUPPORTED' ? 'REFUTED' : r.verdict === 'REFUTED' ? 'SUPPORTED' : 'NOT_ENOUGH_INFO';
  const stance = verdict === 'SUPPORTED' ? 'supports' : verdict === 'REFUTED' ? 'refutes' : 'related';
  // (a clause of several statements, framedDenialOfSeveral: the clause as a whole, not "all of them")
  const why = several
    ? (r.verdict === 'REFUTED' ? 'the clause is not so, so its denial holds' : r.verdict === 'SUPPORTED' ? 'the clause is so, so its denial is false' : 'the clause is undecided, so its denial is too')
    : r.verdict === 'REFUTED' ? 'one of them is not so, so they are not all so'
      : r.verdict === 'SUPPORTED' ? 'each of them is so, so the denial that all are is false'
        : 'undecided for one of them at least, so the denial is undecided too';
  const { parts: _parts, ...rest } = r;
  return {
    ...rest, claim: claim.trim(), verdict,
    interpretation: { ...r.interpretation, polarity: r.interpretation.polarity === 'positive' ? 'negative' : 'positive', notes: [...(r.interpretation.notes ?? []), `the denial of "${conjunction}"`] },
    evidence: r.evidence.map((e) => ({ ...e, stance })),
    explanation: `Read as the denial of "${conjunction}" (${several ? 'the frame denies the clause as a whole' : 'a denied whole: true when one of them is not so'}), which is ${r.verdict}: ${why}. ${r.explanation}`,
  };
}
