/**
 * An author's own words (round 15): "Rufus Firefly writes that Freedonia has always loomed large in
 * the League's plans", whose inner claim no pattern reads, is supported when a body sentence of an
 * article by that source says the inner claim word for word (case, punctuation, hyphens and the
 * articles a/an/the aside) as the author's own statement:
 *
 * - the words open the sentence, or follow a short fronted phrase and its comma ("Clearly, ...",
 *   "For years, ...") or an evidential "that" ("the deals suggest that ..."), with no condition,
 *   negation, hedge or report of another speaker before them ("if", "not", "may", "according", "said");
 * - they end the sentence or a clause: at a comma, semicolon, colon, bracket or dash not followed by
 *   a condition or a report, or before "and"/"but" opening another clause ("... and now Sylvania
 *   is ..."); never inside a phrase ("the largest importer" is not "the largest importer of gas").
 *
 * Since round 16 a claim may leave out a trailing modifier of the sentence ("... towards Sylvanian
 * markets" of "... towards Sylvanian markets for the grain trade"; `cutAllowed`), and a denial of the
 * author's plain words ("the author writes that Sylvania has not become a hub" where the author
 * writes "Sylvania has become a hub") is refuted: the author said the contrary. Other words never
 * refute: an article says more than the graph holds of it, and words not found there may be said
 * otherwise. A reader's words are src/check/said-words.ts's; a speaker the article reports
 * ("analysts in Gala City") is no author, so its words are never decided here.
 */
import type { ClaimScope } from './attribution.js';
import { articlesOf, pseudoClaim, sentencesOfKind, type ArticleInfo } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { normalizeTypography } from './text.js';
import type { Interpretation } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';

/** A clause boundary inside a sentence. */
const BOUNDARY = '|';
/** Words that make what follows them something other than the author's plain statement. */
const NOT_PLAIN = new Set([
  'if', 'unless', 'whether', 'when', 'whenever', 'although', 'though', 'even', 'not', 'never', 'no', 'nor',
  'according', 'view', 'opinion', 'words', 'may', 'might', 'could', 'would', 'should', 'perhaps', 'probably',
  'possibly', 'allegedly', 'reportedly', 'supposedly', 'once', 'until', 'before', 'after', 'some', 'critics',
  'others', 'many', 'question', 'doubt', 'whom', 'who', 'what', 'why', 'how', 'since', 'because', 'as',
  'said', 'says', 'say', 'argue', 'argues', 'argued', 'claim', 'claims', 'claimed', 'believe', 'believes',
  'believed', 'think', 'thinks', 'thought', 'told', 'wrote', 'writes', 'denied', 'denies', 'deny',
  // hedges of the whole statement ("In theory, P", "Arguably, P")
  'theory', 'principle', 'ideally', 'hypothetically', 'arguably', 'seemingly', 'rumour', 'rumor', 'rumoured', 'rumored',
]);
/** "the deals suggest that P", "it may be noted that P": the author's own inference or remark. */
const EVIDENTIAL_THAT = new Set(['suggest', 'suggests', 'suggested', 'show', 'shows', 'showed', 'shown', 'clear', 'evident', 'noted', 'obvious']);
/** After a clause's end: "P, if ...", "P, he said" take P back. */
const TAKES_BACK = new Set(['if', 'unless', 'provided', 'only', 'except', 'assuming', 'when', 'according', 'said', 'says', 'say', 'argued', 'claimed', 'believed']);
/** "P and now Q": a word after "and"/"but" that opens a clause, not another coordinated noun. */
const OPENS_CLAUSE = new Set(['now', 'then', 'thus', 'hence', 'therefore', 'so', 'it', 'they', 'he', 'she', 'we', 'there']);

/** Words and clause boundaries of a text, for matching word for word. */
export function wordsOf(text: string): string[] {
  const t = normalizeTypography(text).toLowerCase()
    .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
    .replace(/\s+[-\u2013\u2014]+\s+/g, ` ${BOUNDARY} `);
  const out: string[] = [];
  for (const m of t.matchAll(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|[,;:()[\]|]/gu)) {
    const w = m[0].replace(/\u2019/g, "'");
    if (/^[,;:()[\]|]$/.test(w)) {
      if (out.length && out[out.length - 1] !== BOUNDARY) out.push(BOUNDARY);
    } else if (w !== 'a' && w !== 'an' && w !== 'the') out.push(w);
  }
  return out;
}

/** Whether `said` (no boundaries) stands at `at` in `sentence` as the author's own clause. */
function standsAlone(sentence: string[], at: number, n: number): boolean {
  const before = sentence.slice(0, at);
  if (before.some((w) => NOT_PLAIN.has(w))) return false;
  const plainStart = at === 0
    // "Clearly, P", "For years, P": a short fronted phrase and its comma
    || (before[before.length - 1] === BOUNDARY && before.length <= 5 && !before.slice(0, -1).includes(BOUNDARY))
    || (before[before.length - 1] === 'that' && EVIDENTIAL_THAT.has(before[before.length - 2] ?? ''));
  if (!plainStart) return false;
  const after = sentence.slice(at + n);
  if (!after.length) return true;
  if (cutAllowed(sentence.slice(at, at + n), after)) return true;
  if (after[0] === BOUNDARY) return !after.slice(1, 4).some((w) => TAKES_BACK.has(w));
  if ((after[0] === 'and' || after[0] === 'but') && OPENS_CLAUSE.has(after[1] ?? '')) return !after.slice(1, 4).some((w) => TAKES_BACK.has(w));
  return false;
}

/** Words after which the rest of a sentence is a modifier the claim may leave out (round 16). */
const CUT_AT = new Set(['of', 'for', 'in', 'at', 'on', 'with', 'to', 'towards', 'into', 'from', 'by', 'between', 'among', 'across',
  'near', 'during', 'through', 'within', 'around', 'after', 'before', 'since', 'and', 'that', 'which']);
/** Words in -est that are no superlative. */
const NOT_SUPERLATIVE = new Set(('interest west southwest northwest midwest request forest honest modest protest contest suggest test rest '
  + 'guest quest nest chest crest arrest invest harvest manifest digest conquest attest behest earnest inquest priest unrest vest '
  + 'zest pest jest fest lest detest infest ingest divest molest').split(' '));
/** Claim words whose meaning a left-out modifier can change ("the largest importer" of gas, "not expected" before 2017). */
const CUT_SENSITIVE = /^(?:most|least|more|less|only|first|last|second|third|all|every|each|no|not|never|nor|none|between|until|before|after|than|same|\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * "Freedonia looks towards Sylvanian markets" said in "Freedonia looks towards Sylvanian markets
 * for the grain trade": a claim that leaves out a trailing modifier (a phrase opened by a
 * preposition, a relative "that/which", a second conjunct after "and") says less than the sentence,
 * so the sentence says it too; but not when a claim word's sense depends on what follows
 * ("the largest importer" of gas, "the first" to visit, "not expected" before 2017, "between A" and
 * B, a number), and never a cut before a reported speaker or a condition (round 16).
 */
function cutAllowed(said: string[], after: string[]): boolean {
  if (!CUT_AT.has(after[0] ?? '') || said.some((w) => CUT_SENSITIVE.test(w))) return false;
  // a superlative ("largest", "best"): a word in -est that is no noun or verb of that ending
  // ("interest", "west"); compromise, which tags them, would put non-ASCII code in the CLI bundle
  if (said.some((w) => /est$/.test(w) && !NOT_SUPERLATIVE.has(w))) return false;
  // the left-out words deny nothing, and no report or condition after them takes the sentence back
  return !after.some((w) => TAKES_BACK.has(w) || /^(?:not|never|no|nor|none|without)$/.test(w));
}

/** The sentence says `said` word for word as its own clause. */
function saysWhole(words: string[], said: string[]): boolean {
  for (let i = 0; i + said.length <= words.length; i++) {
    if (said.every((w, k) => words[i + k] === w) && standsAlone(words, i, said.length)) return true;
  }
  return false;
}

/** A finite auxiliary opening a second verb phrase of one subject ("S is ... and has become X"). */
const AUXILIARY = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'does', 'do', 'did', 'can']);
/** Words that open another clause inside the first verb phrase (its subject may be another). */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'and', 'or', 'but', BOUNDARY]);

/**
 * "Sylvania as a region is gaining ground and has become a hub of trade" says "Sylvania has become a
 * hub of trade": the claim's subject opens the sentence (as in `standsAlone`), and its verb phrase,
 * from a finite auxiliary, is the second verb phrase of that subject, after the one "and" of the
 * clause, and ends a clause.
 */
function saysShared(words: string[], said: string[]): boolean {
  for (let v = 1; v < said.length - 2; v++) {
    if (!AUXILIARY.has(said[v]!)) continue;
    const subject = said.slice(0, v);
    const phrase = said.slice(v);
    for (let i = 0; i + subject.length < words.length; i++) {
      if (!subject.every((w, k) => words[i + k] === w)) continue;
      const and = words.indexOf('and', i + subject.length);
      if (and < 0) continue;
      const between = words.slice(i + subject.length, and);
      if (!between.length || between.some((w) => CLAUSE_WORDS.has(w) || (NOT_PLAIN.has(w) && w !== 'as'))) continue;
      if (!between.some((w) => AUXILIARY.has(w) || /^(?:is|are|was|were)$/.test(w))) continue;
      if (!phrase.every((w, k) => words[and + 1 + k] === w)) continue;
      // the subject stands where a plain clause opens, and the verb phrase ends a clause
      const shadow = [...words.slice(0, i + subject.length), ...words.slice(and + 1)];
      if (standsAlone(shadow, i, said.length)) return true;
    }
  }
  return false;
}

/** The articles whose author `scope` names, or undefined when it names no author. */
function authoredBy(ctx: CheckContext, scope: ClaimScope): ArticleInfo[] | undefined {
  const all = articlesOf(ctx);
  if (scope.kind === 'author') return all;
  if (scope.kind === 'article') return all.filter((a) => scope.iris.includes(a.iri));
  if (scope.kind !== 'agent') return undefined;
  const by = all.filter((a) => a.authors.some((x) => scope.iris.includes(x)));
  // every one the source names must be an author (a reported speaker's words are not the author's)
  return scope.iris.every((iri) => by.some((a) => a.authors.includes(iri))) ? by : undefined;
}

/**
 * Decides "<author> says P" by the author's own words; undefined when the source is no author, P is
 * under five words, or no body sentence says P as the author's own clause.
 *
 * @example
 * ```ts
 * authorWords(ctx, { kind: 'author' }, 'Freedonia has always loomed large in the League')?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function authorWords(ctx: CheckContext, scope: ClaimScope, inner: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const said = wordsOf(inner);
  if (said.includes(BOUNDARY) || said.length < 5) return undefined;
  const articles = authoredBy(ctx, scope);
  if (!articles?.length) return undefined;
  // the author's body sentences (questions aside), their words split once for every claim tried on them
  const sentences = articles.flatMap((art) => sentencesOfKind(ctx, art.iri, 'Body').map((s) => {
    const text = ctx.store.getObjects(s, `${NS.nif}anchorOf`, null)[0]?.value ?? '';
    return { article: art.iri, sentence: s, text, words: /\?\s*$/.test(text) ? undefined : wordsOf(text) };
  }));
  // round 23: a modifier of the lexicon's the author adds and the claim leaves out ("a new hub" said
  // "a hub": cg:droppableModifier, words whose thing is still the thing without them) is no difference
  const droppable = droppableModifiers(ctx);
  const bare = (words: string[], claim: string[]): string[] => words.filter((w) => !droppable.has(w) || claim.includes(w));
  const saying = (claim: string[]): Array<{ article: string; sentence: string; text: string }> =>
    sentences.filter((s) => s.words && (saysWhole(s.words, claim) || saysShared(s.words, claim)
      || (droppable.size > 0 && s.words.some((w) => droppable.has(w)) && (saysWhole(bare(s.words, claim), claim) || saysShared(bare(s.words, claim), claim)))));
  let found = saying(said);
  // round 23: the claim's words with a phrase of the lexicon's said otherwise ("has turned into" for
  // the author's "has become", cg:ownWordsParaphrase), when the words as written are not found
  let note = '';
  if (!found.length) {
    for (const [from, to] of paraphrases(ctx)) {
      const at = said.findIndex((_, i) => from.every((w, k) => said[i + k] === w));
      if (at < 0) continue;
      const other = [...said.slice(0, at), ...to, ...said.slice(at + from.length)];
      const hits = saying(other);
      if (hits.length) {
        found = hits;
        note = ` (read "${from.join(' ')}" as "${to.join(' ')}": cg:ownWordsParaphrase)`;
        break;
      }
    }
  }
  // round 16: "the author writes that P is not Q" when the author writes "P is Q" as a plain clause:
  // the author said the contrary (a denial of the author's own words refutes, as the key rule of
  // docs/check.md has it: what a speaker said is checked against what the speaker said)
  const contrary = found.length ? [] : affirmed(said).flatMap(saying);
  // round 20 (branch attrib20): the other way round, "the author writes that P" when the author
  // writes "P-not" as a plain clause ("Sylvania was not represented by its president")
  if (!found.length && !contrary.length) {
    const denials = sentences.filter((s) => s.words && deniesClaim(s.words, said));
    return denials.length ? contraryOf(inner, denials, 'affirms') : undefined;
  }
  if (!found.length) return contraryOf(inner, contrary);
  const bearings: Bearing[] = found.map((f) => ({ claim: pseudoClaim(f.article, [f.sentence]), stance: 'supports', reason: 'article-metadata', note: 'the author\'s own words' }));
  const interpretation: Interpretation = {
    subject: { kind: 'unknown-entity', mention: 'the author' }, predicate: `${NS.nif}anchorOf`, predicateName: 'anchorOf', object: { kind: 'string', value: inner },
    polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: 'the author\'s own words (nif:anchorOf of a body sentence)',
  };
  const explanation = `Supported by the author's own words: ${found.map((f) => `"${f.text}"`).join('; ')} says "${inner}"${note} as the author's own statement.`;
  return { interpretation, evaluation: { verdict: 'SUPPORTED', reason: 'article-metadata', conflict: false, bearings, explanation } };
}

/** The lexicon's paraphrases of an author's words (cg:ownWordsParaphrase "SAID|WRITTEN"), as word lists. */
function paraphrases(ctx: CheckContext): Array<[string[], string[]]> {
  const hit = paraphraseCache.get(ctx.lexicon);
  if (hit) return hit;
  const out: Array<[string[], string[]]> = [];
  for (const q of ctx.lexicon.getQuads(null, `${NS.cg}ownWordsParaphrase`, null, null)) {
    const [from, to] = q.object.value.split('|').map((x) => wordsOf(x));
    if (from?.length && to?.length) out.push([from, to]);
  }
  paraphraseCache.set(ctx.lexicon, out);
  return out;
}
const paraphraseCache = new WeakMap<object, Array<[string[], string[]]>>();

/** The lexicon's droppable modifiers (cg:droppableModifier), as words. */
function droppableModifiers(ctx: CheckContext): Set<string> {
  let hit = droppableCache.get(ctx.lexicon);
  if (!hit) {
    hit = new Set(ctx.lexicon.getQuads(null, `${NS.cg}droppableModifier`, null, null).flatMap((q) => wordsOf(q.object.value)));
    droppableCache.set(ctx.lexicon, hit);
  }
  return hit;
}
const droppableCache = new WeakMap<object, Set<string>>();

/** An auxiliary a denial's "not" or "never" follows ("has not become", "is never"). */
const NEGATED_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'can', 'could', 'would', 'should', 'may', 'might', 'must', 'be', 'been']);

/**
 * The statements a denial denies, word for word: "P has not become Q" denies "P has become Q";
 * "P has never loomed large" denies "P has loomed large" and "P has always loomed large". Only
 * one "not"/"never" after an auxiliary, not "not only"/"not just" (no denial), nor a claim
 * with a second negation; empty for a claim that denies nothing.
 */
export function affirmed(said: string[]): string[][] {
  const neg = said.flatMap((w, i) => (/^(?:not|never|no|nor|none|n't|cannot)$/.test(w) || /n't$/.test(w) ? [i] : []));
  if (neg.length !== 1) return [];
  const i = neg[0]!;
  const w = said[i]!;
  if (!/^(?:not|never)$/.test(w) || !NEGATED_AUX.has(said[i - 1] ?? '') || /^(?:only|just|merely|simply|yet|always)$/.test(said[i + 1] ?? '')) return [];
  const without = [...said.slice(0, i), ...said.slice(i + 1)];
  return w === 'never' ? [without, [...said.slice(0, i), 'always', ...said.slice(i + 1)]] : [without];
}

/**
 * Whether a sentence denies the claim word for word: one of its "not"/"never" after an auxiliary,
 * left out, leaves a sentence that says the claim as its own clause, and the claim spans the place
 * of that word (its auxiliary and the word after it stand side by side in the claim). A claim with
 * a negation of its own is not so read.
 */
function deniesClaim(sentence: string[], claim: string[]): boolean {
  if (claim.some((w) => /^(?:not|never|no|nor|none|cannot)$/.test(w) || /n't$/.test(w))) return false;
  for (let i = 1; i < sentence.length - 1; i++) {
    const w = sentence[i]!;
    if (!/^(?:not|never)$/.test(w) || !NEGATED_AUX.has(sentence[i - 1]!) || /^(?:only|just|merely|simply|yet|always)$/.test(sentence[i + 1]!)) continue;
    const [before, after] = [sentence[i - 1]!, sentence[i + 1]!];
    if (!claim.some((x, k) => x === before && claim[k + 1] === after)) continue;
    const without = [...sentence.slice(0, i), ...sentence.slice(i + 1)];
    if (saysWhole(without, claim) || saysShared(without, claim)) return true;
  }
  return false;
}

/**
 * "the author writes that not P" when the author writes P (`denies`), or "the author writes that P"
 * when the author writes not-P (`affirms`): refuted by the author's own words.
 */
function contraryOf(inner: string, found: Array<{ article: string; sentence: string; text: string }>, claim: 'denies' | 'affirms' = 'denies'): { interpretation: Interpretation; evaluation: Evaluation } {
  const bearings: Bearing[] = found.map((f) => ({ claim: pseudoClaim(f.article, [f.sentence]), stance: 'refutes', reason: 'article-metadata', note: claim === 'denies' ? 'the author\'s own words, which the claim denies' : 'the author\'s own denial of what the claim says' }));
  const interpretation: Interpretation = {
    subject: { kind: 'unknown-entity', mention: 'the author' }, predicate: `${NS.nif}anchorOf`, predicateName: 'anchorOf', object: { kind: 'string', value: inner },
    polarity: claim === 'denies' ? 'negative' : 'positive', modality: 'stated', qualifiers: {},
    pattern: claim === 'denies' ? 'the author\'s own words (nif:anchorOf of a body sentence), denied' : 'the author\'s own words (nif:anchorOf of a body sentence), which deny it',
  };
  const explanation = claim === 'denies'
    ? `Refuted by the author's own words: ${found.map((f) => `"${f.text}"`).join('; ')} says, as the author's own statement, what "${inner}" denies.`
    : `Refuted by the author's own words: ${found.map((f) => `"${f.text}"`).join('; ')} denies, as the author's own statement, what "${inner}" says.`;
  return { interpretation, evaluation: { verdict: 'REFUTED', reason: 'article-metadata', conflict: false, bearings, explanation } };
}
