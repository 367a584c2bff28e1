/**
 * Readers of reported speech no lexical pattern reads (round 23, branch speech23), entries of the
 * table of src/check/readers.ts kept apart as comparison-readers.ts keeps its own.
 *
 * `asker-doubt`: "I doubt that P", "We are not sure whether P" is the asker's own state of mind
 * about P. A doubt neither states P nor denies it, and no source of the graph reports what the one
 * asking believes, so the claim is never decided: P is read (its property and entities shown, with
 * what the graph says of P as related evidence) and the verdict is NOT_ENOUGH_INFO. A P that no
 * reader reads leaves the claim unread. ("S doubted that P" of a source the graph holds is S
 * believing not-P: src/check/course-named.ts `deniedBelief`.)
 *
 * `said-because`: "S believes P because Q" where S's words say "Q, so P": S said P, S said Q, and one
 * sentence of S's links them with a connective of cause in that direction ("so", "therefore" after
 * the reason; "because", "since" before it). Supported only then; refuted when S's words refute P or
 * Q; anything else (the link not found, or found the other way round) is held undecided.
 *
 * `low-degree`: "X barely depends on Y" (a low degree word of the lexicon, cg:lowDegreeWord) is the
 * relation said to hold only a little. Read without the adverb; refuted when the graph supports the
 * relation by a sentence saying it holds to a high degree ("relies heavily on": cg:highDegreeWord),
 * else held undecided with the reading shown (the bare relation says nothing of its degree).
 *
 * `advice-should`: inside what a source said ("Ann Author argues that Sylvania should join the
 * League"), "should" / "ought to" gives advice: the ontology has no modality of what ought to be
 * (cg:Modality is stated, expected, possible, pledged or perceived), so no claim decides it. The
 * relation is read (as "will") and shown, held undecided; a reader that decides the claim
 * otherwise (an epistemic "should": "the pipeline should carry ...") goes first.
 */
import { readAttribution } from './attribution.js';
import type { ReaderInput, ReaderOutcome, UnreadReader } from './reader-kit.js';
import { NS, type CheckContext } from './context.js';
import { escapeRegExp } from './text.js';
import type { CheckResult, Evidence } from './types.js';
import { cachedRegExp } from './regex-memo.js';

/** "I doubt (that|whether|if) P", "I'm / we are not sure (that|whether) P", "I question whether P". */
const ASKER_DOUBT = /^(?:I|we)\s+(?:doubt|question|(?:am|are)\s+not\s+(?:sure|convinced|certain))\s+(?:that\s+|whether\s+|if\s+)?(\S.*?)[.!?]*$/i;

/**
 * Reads "I doubt that P" as the asker's doubt about P: NOT_ENOUGH_INFO with P's reading shown;
 * undefined when the claim is no such frame or P is not read.
 *
 * @example
 * ```ts
 * (await readAskerDoubt({ ctx, text: 'I doubt that Sylvania joined the League.', recheck }))?.decided.verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export async function readAskerDoubt({ text, recheck }: ReaderInput): Promise<{ decided: CheckResult } | undefined> {
  const m = ASKER_DOUBT.exec(text.trim().replace(/\u2019/g, "'").replace(/^(I)'m\b/i, '$1 am').replace(/^(we)'re\b/i, '$1 are'));
  if (!m) return undefined;
  const inner = m[1]!;
  const r = await recheck(inner);
  if (!r) return undefined;
  const graph = r.verdict === 'SUPPORTED' ? 'supports' : r.verdict === 'REFUTED' ? 'refutes' : 'does not decide';
  return {
    decided: {
      ...r,
      claim: text.trim(),
      verdict: 'NOT_ENOUGH_INFO',
      reason: 'no-claim',
      conflict: false,
      evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })),
      interpretation: { ...r.interpretation, attributedTo: 'the one asking' },
      explanation: `Read as the asker's doubt about "${inner}": a doubt neither states it nor denies it, and no source of the graph reports what the one asking believes, so the claim is not decided. (The graph ${graph} "${inner}" itself: ${r.explanation})`,
    },
  };
}

/** Connectives after the reason ("Q, so P") and before it ("P because Q"). */
const AFTER_REASON = /[,;]?\s+(?:so|therefore|thus|hence|and\s+so|as\s+a\s+result)\s+/i;
const BEFORE_REASON = /\s+(?:because|since|as)\s+/i;
/** Content words of a clause, for telling which side of a connective it stands on. */
const content = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3);

/**
 * Whether `sentence` links `reason` to `result` by a connective of cause in that direction: the
 * side before "so" shares more words with the reason than with the result, the side after it the
 * other way round (and mirrored for "because").
 */
function causeLinked(sentence: string, reason: string, result: string): boolean {
  const score = (side: string, clause: string): number => { const w = new Set(content(side)); return content(clause).filter((x) => w.has(x)).length; };
  for (const [re, first, second] of [[AFTER_REASON, reason, result], [BEFORE_REASON, result, reason]] as const) {
    const m = re.exec(sentence);
    if (!m) continue;
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + m[0].length);
    if (score(before, first) > score(before, second) && score(after, second) > score(after, first)) return true;
  }
  return false;
}

/**
 * Reads "S believes P because Q": S's claim P and S's claim Q, and the sentence of S's that gives Q
 * as P's reason; undefined when the claim is no such frame, names no source, or either part is unread.
 *
 * @example
 * ```ts
 * (await readSaidBecause({ ctx, text: 'Zed Q. thinks Sylvania has a busy year ahead because it hosts the fair', recheck }))?.decided?.verdict;
 * ```
 */
export async function readSaidBecause({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  if (!/\bbecause\b/i.test(text)) return undefined;
  const m = /^(.*\S)\s*,?\s+because\s+(?!of\b)(\S.*?)[.!?]*$/i.exec(text.trim());
  if (!m || /\bbecause\b/i.test(m[1]!)) return undefined;
  const said = readAttribution(ctx, m[1]!);
  if (!said || said.questioned) return undefined;
  const result = await recheck(m[1]!);
  const reasonClaim = `${said.source} said that ${m[2]!}`;
  const reason = await recheck(reasonClaim);
  if (!result || !reason) return undefined;
  const sentences = (r: CheckResult): Evidence[] => r.evidence.filter((e) => e.stance === 'supports');
  const both = result.verdict === 'SUPPORTED' && reason.verdict === 'SUPPORTED';
  const shared = both ? sentences(result).filter((e) => sentences(reason).some((x) => x.sentenceIri === e.sentenceIri)) : [];
  const linking = shared.filter((e) => causeLinked(e.text, m[2]!, said.inner));
  const refuted = [result, reason].find((r) => r.verdict === 'REFUTED');
  const verdict = linking.length ? 'SUPPORTED' as const : refuted ? 'REFUTED' as const : 'NOT_ENOUGH_INFO' as const;
  const part = (t: string, r: CheckResult): NonNullable<CheckResult['parts']>[number] => ({ text: t, verdict: r.verdict, interpretation: r.interpretation, evidence: r.evidence, explanation: r.explanation });
  const why = linking.length
    ? `${said.source}'s words give the one as the reason of the other: "${linking[0]!.text}"`
    : refuted ? `${said.source}'s words ${refuted === result ? 'refute what is said to follow' : 'refute the reason given'}`
    : both ? `${said.source} says both, but no sentence of theirs gives "${m[2]}" as the reason` : 'not both parts are what the source says';
  const evidence = verdict === 'SUPPORTED' ? linking : verdict === 'REFUTED' ? refuted!.evidence : [...result.evidence, ...reason.evidence].map((e) => ({ ...e, stance: 'related' as const }));
  const r: CheckResult = {
    claim: text.trim(), verdict, reason: verdict === 'NOT_ENOUGH_INFO' ? 'no-claim' : result.reason, conflict: false, evidence,
    interpretation: { ...result.interpretation, notes: [...(result.interpretation.notes ?? []), `read "because ${m[2]}" as the reason ${said.source} gives`] },
    explanation: `Read as two things ${said.source} says, the second the reason of the first: ${why}. Part 1 ("${m[1]}"): ${result.explanation} Part 2 ("${reasonClaim}"): ${reason.explanation}`,
    parts: [part(m[1]!, result), part(reasonClaim, reason)],
  };
  return verdict === 'NOT_ENOUGH_INFO' ? { held: r } : { decided: r };
}

/** The lexicon's degree words of one kind, as one regex of whole words (cached per lexicon). */
function degreeWords(ctx: CheckContext, kind: 'lowDegreeWord' | 'highDegreeWord'): RegExp | undefined {
  const key = `${kind}`;
  let m = degreeCache.get(ctx.lexicon);
  if (!m) degreeCache.set(ctx.lexicon, (m = new Map()));
  if (!m.has(key)) {
    const words = ctx.lexicon.getQuads(null, `${NS.cg}${kind}`, null, null).map((q) => q.object.value.toLowerCase().trim()).filter(Boolean);
    m.set(key, words.length ? cachedRegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\b`, 'i') : undefined);
  }
  return m.get(key);
}
const degreeCache = new WeakMap<object, Map<string, RegExp | undefined>>();

/** Words of a pattern that are grammar, not the relation ("{s} 's economy rely on [its] {o}"). */
const PATTERN_GRAMMAR = new Set(['the', 'its', 'his', 'her', 'their', 'and', 'for', 'with', 'from', 'into', 'onto', 'over', 'under', 'than', 'that', 'was', 'were', 'has', 'have', 'had', 'been', 'being']);
const stemCache = new WeakMap<object, Map<string, string[]>>();

/**
 * The stems of the words the lexicon names a property by ("rely", "depend", "economy" for
 * cg:economyReliesOn): each word less its last letter ("depen" matches "dependent", "rel" "relies").
 */
function relationStems(ctx: CheckContext, property: string): string[] {
  let m = stemCache.get(ctx.relations);
  if (!m) stemCache.set(ctx.relations, (m = new Map()));
  let stems = m.get(property);
  if (!stems) {
    const words = new Set(ctx.relations.filter((rp) => rp.property === property)
      .flatMap((rp) => rp.pattern.source.replace(/\{[^}]*\}/g, ' ').toLowerCase().match(/[a-z]{3,}/g) ?? []));
    stems = [...words].filter((w) => !PATTERN_GRAMMAR.has(w)).map((w) => (w.length > 4 ? w.slice(0, -1) : w.slice(0, 3)));
    m.set(property, stems);
  }
  return stems;
}

/**
 * Whether a high degree word of a sentence stands within two words of a word of the relation:
 * "relies heavily on" and "heavily dependent on" say the relation holds to a high degree; "heavily"
 * of another verb of the sentence says nothing of it.
 *
 * @example
 * ```ts
 * degreeOnRelation('Sylvania relies heavily on grain.', /\bheavily\b/i, ['rel']); // true
 * degreeOnRelation('Sylvania, heavily armed and proud, relies on grain.', /\bheavily\b/i, ['rel']); // false
 * ```
 */
function degreeOnRelation(sentence: string, high: RegExp, stems: readonly string[]): boolean {
  const words = sentence.toLowerCase().match(/[a-z]+/g) ?? [];
  const whole = cachedRegExp(`^(?:${high.source})$`, 'i');
  return words.some((w, i) => whole.test(w)
    && words.slice(Math.max(0, i - 2), i + 3).some((x, k) => k !== i - Math.max(0, i - 2) && stems.some((st) => x.startsWith(st))));
}

/**
 * Reads "X barely V Y": refuted by a supporting sentence of "X V Y" that says it of a high degree;
 * held otherwise; undefined when the claim has no low degree word or the relation is not read.
 *
 * @example
 * ```ts
 * (await readLowDegree({ ctx, text: "Sylvania's economy barely depends on grain", recheck }));
 * // { decided: REFUTED } when the source says "Sylvania's economy relies heavily on grain"
 * ```
 */
export async function readLowDegree({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const low = degreeWords(ctx, 'lowDegreeWord');
  const m = low?.exec(text);
  if (!m) return undefined;
  const plain = `${text.slice(0, m.index)}${text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
  const r = await recheck(plain);
  if (!r) return undefined;
  const high = degreeWords(ctx, 'highDegreeWord');
  // the high degree word must be said of the relation itself ("relies heavily on"), not of another
  // verb of the sentence ("which is heavily armed, relies on"): round 24
  const stems = relationStems(ctx, r.interpretation.predicate);
  const strong = r.verdict === 'SUPPORTED' && high ? r.evidence.filter((e) => e.stance === 'supports' && degreeOnRelation(e.text, high, stems)) : [];
  const note = `read without "${m[0]}": "${plain}"`;
  if (strong.length) {
    return {
      decided: {
        ...r, claim: text.trim(), verdict: 'REFUTED', conflict: false, evidence: strong.map((e) => ({ ...e, stance: 'refutes' as const })),
        interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] },
        explanation: `Read as "${plain}" holding only a little ("${m[0]}", cg:lowDegreeWord): the source says it holds to a high degree ("${high!.exec(strong[0]!.text)![0]}", cg:highDegreeWord), the contrary. ${r.explanation}`,
      },
    };
  }
  return {
    held: {
      ...r, claim: text.trim(), verdict: 'NOT_ENOUGH_INFO', reason: 'no-claim', conflict: false, evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })),
      interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] },
      explanation: `Read as "${plain}" holding only a little ("${m[0]}", cg:lowDegreeWord): the graph ${r.verdict === 'SUPPORTED' ? 'states the relation but not its degree' : 'does not decide the relation'}, so the claim is not decided. ${r.explanation}`,
    },
  };
}

/**
 * Reads "X should V O" inside an attribution as advice: the relation shown, held undecided;
 * undefined outside an attribution or when "X will V O" is not read.
 *
 * @example
 * ```ts
 * (await readAdvice({ ctx: scopedContext(ctx, scope), text: 'Sylvania should join the League', recheck }))?.held?.verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export async function readAdvice({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  if (!ctx.scope) return undefined;
  const m = /\b(?:should|ought\s+to)\s+(?!not\b|have\b|be\b)(?=[a-z])/i.exec(text);
  if (!m) return undefined;
  const plain = `${text.slice(0, m.index)}will ${text.slice(m.index + m[0].length)}`;
  const r = await recheck(plain);
  if (!r) return undefined;
  return {
    held: {
      ...r, claim: text.trim(), verdict: 'NOT_ENOUGH_INFO', reason: 'no-claim', conflict: false, evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })),
      interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read "${m[0].trim()}" as advice: the relation of "${plain}"`] },
      explanation: `Read "${text.trim()}" as advice ("${m[0].trim()}"): the ontology has no modality of what ought to be (cg:Modality: stated, expected, possible, pledged, perceived), so no claim of the graph decides it. The relation read: ${r.explanation}`,
    },
  };
}

/** The readers of this module, in their order. */
export const SPEECH_READERS: readonly UnreadReader[] = [
  {
    name: 'asker-doubt',
    module: 'speech-readers.ts',
    reads: '"I doubt that Sylvania joined the League": the asker\'s doubt, P read and shown, never decided (round 23)',
    read: (input: ReaderInput): Promise<ReaderOutcome | undefined> => readAskerDoubt(input),
  },
  {
    name: 'said-because',
    module: 'speech-readers.ts',
    reads: '"Zed Q. believes P because Q": the source says P and Q, and one of its sentences gives Q as the reason ("Q, so P"); a refuted part refutes, else held (round 23)',
    read: readSaidBecause,
  },
  {
    name: 'low-degree',
    module: 'speech-readers.ts',
    reads: '"X\'s economy barely depends on Y": refuted when the source says it "relies heavily on" Y, else held (round 23)',
    read: readLowDegree,
  },
  {
    name: 'advice-should',
    module: 'speech-readers.ts',
    reads: '"Ann Author argues that Sylvania should join the League": advice inside an attribution, the relation shown, held undecided (round 23)',
    read: readAdvice,
  },
];
