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
import { anchorText, articlesOf, pseudoClaim, sentencesOfKind, type ArticleInfo } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { normalizeTypography, tokenize } from './text.js';
import { resolveMention } from './resolver.js';
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

/** Words after "looks" / "appears" / "seems" that make it no copula ("looks towards", "appears in", "seems like"). */
const NOT_COPULA_NEXT = new Set(['to', 'towards', 'toward', 'at', 'for', 'like', 'into', 'in', 'on', 'as', 'after', 'forward', 'back',
  'out', 'up', 'down', 'over', 'through', 'before', 'from', 'with', 'set', 'poised', BOUNDARY]);

/**
 * The copulas of seeming said as one (round 34, branch opinion34): "seems to be", "appears (to be)",
 * "looks (to be)" before what a thing seems all read "seems" ("seemed" in the past), in the claim
 * and in the author's sentence alike, so "X looks unmatchable" is the author's "X seems to be
 * unmatchable". A seeming is never read as a plain "is": the hedge stays. A verb of looking or
 * appearing with a preposition after it ("looks towards", "appears in") is no copula and is kept.
 */
export function seemingAsOne(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = /^(?:(seem|appear|look)(s?)|(seem|appear|look)ed)$/.exec(words[i]!);
    if (!m) {
      out.push(words[i]!);
      continue;
    }
    const past = !!m[3];
    let j = i + 1;
    if (words[j] === 'to' && words[j + 1] === 'be') j += 2;
    else if ((m[1] ?? m[3]) !== 'seem' && NOT_COPULA_NEXT.has(words[j] ?? BOUNDARY)) {
      out.push(words[i]!);
      continue;
    }
    if (j >= words.length || words[j] === BOUNDARY) {
      out.push(words[i]!);
      continue;
    }
    out.push(past ? 'seemed' : 'seems');
    i = j - 1;
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
  // round 34: a reason clause, "as" before a subject and its finite verb ("X seems to be unmatchable
  // as Sylvania has become ..."); not "as" before a noun alone ("seen as a milestone", "as large as")
  const reason = after[0] === 'as' && after.slice(2, 5).some((w) => AUXILIARY.has(w));
  if ((!CUT_AT.has(after[0] ?? '') && !reason) || said.some((w) => CUT_SENSITIVE.test(w))) return false;
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

/** Words that open a verb phrase after a claim's subject ("X is", "X should be seen as", "X has become"). */
const LINK = new Set([...AUXILIARY, 'should', 'must', 'would', 'could', 'may', 'might', 'remains', 'remain', 'seems', 'seem']);
/** Words a left-out modifier of the subject may not hold: a negation, a rank, a clause, a report. */
const KEEPS_SENSE = /^(?:not|never|no|nor|none|only|first|last|second|third|former|ex|non|other|another|sole|alleged|potential|possible|next|previous|all|every|each|most|many|some|few|several|both|any|either|neither|its|his|her|their|our|my|your)$/;

/**
 * Whether `region` (the author's subject) is the claim's `subject` with modifiers the claim leaves
 * out: the subject's words in order, with adjectives or participles before or between them
 * ("Firefly's high-profile visit" for "Firefly's visit") or one trailing phrase after the
 * last, opened by a preposition ("visit to five republics" for "visit"); never a word that changes
 * what the thing is (KEEPS_SENSE, a superlative, a clause word, a report or a hedge).
 */
function modifiersOnly(region: string[], subject: string[], same?: SameThing): boolean {
  if (aligned(region, subject)) return true;
  if (!same) return false;
  // round 26: a name the claim writes otherwise ("Sylvania" for "the Sylvanian region"): the two
  // spans standing for the one entity of the graph each names, put in as one word
  for (let a = 0; a < subject.length; a++) {
    for (let b = a + 1; b <= Math.min(subject.length, a + 3); b++) {
      for (let c = 1; c < region.length; c++) {
        for (let d = c + 1; d <= Math.min(region.length, c + 4); d++) {
          const iri = same(subject.slice(a, b), region.slice(c, d));
          if (!iri) continue;
          const mark = `#${iri}`;
          if (aligned([...region.slice(0, c), mark, ...region.slice(d)], [...subject.slice(0, a), mark, ...subject.slice(b)], true)) return true;
        }
      }
    }
  }
  return false;
}

/** Two spans naming one entity of the graph: its IRI, else undefined. */
type SameThing = (claimSpan: string[], authorSpan: string[]) => string | undefined;

/** `modifiersOnly` word for word (`renamed`: a name put in already differs, so no modifier is needed). */
function aligned(region: string[], subject: string[], renamed = false): boolean {
  if (region.length < subject.length || (!renamed && region.length === subject.length)) return false;
  let k = 0;
  let last = -1;
  const extra: string[] = [];
  for (let j = 0; j < region.length; j++) {
    if (k < subject.length && region[j] === subject[k]) {
      k++;
      last = j;
    } else extra.push(region[j]!);
  }
  if (k < subject.length) return false;
  // a modifier before a one-word subject may be what makes it the author's thing ("Sylvanian grain"
  // is not all grain): words before the subject's first only for a subject of two words or more
  if (region[0] !== subject[0] && subject.length < 2) return false;
  const trailing = region.slice(last + 1);
  if (trailing.length && (!CUT_AT.has(trailing[0]!) || /^(?:and|that|which)$/.test(trailing[0]!))) return false;
  return !extra.some((w) => w === BOUNDARY || KEEPS_SENSE.test(w) || CLAUSE_WORDS.has(w) || NOT_PLAIN.has(w)
    || (/est$/.test(w) && !NOT_SUPERLATIVE.has(w)));
}

/**
 * "Firefly's visit should be seen as a milestone" said in "Firefly's high-profile visit to the region should
 * be seen as a milestone" (round 26): the claim's verb phrase word for word, its subject with
 * modifiers the author adds and the claim leaves out (`modifiersOnly`), the whole as the author's
 * own clause (`standsAlone` on the sentence with the claim's subject put in).
 */
function saysModified(words: string[], said: string[], same?: SameThing): boolean {
  for (let v = 2; v < said.length - 1; v++) {
    if (!LINK.has(said[v]!)) continue;
    const subject = said.slice(0, v);
    const phrase = said.slice(v);
    for (let p = same ? 1 : subject.length + 1; p + phrase.length <= words.length; p++) {
      if (!phrase.every((w, k) => words[p + k] === w)) continue;
      // (round 34: a name the claim writes longer than the author, "Ruritania" for "region", may
      // leave the author's subject shorter than the claim's)
      for (let i = Math.max(0, p - subject.length - 12); i < p - (same ? 1 : subject.length); i++) {
        if (!modifiersOnly(words.slice(i, p), subject, same)) continue;
        if (standsAlone([...words.slice(0, i), ...subject, ...words.slice(p)], i, said.length)) return true;
      }
    }
  }
  return false;
}

/**
 * "a hope for these countries" read as "a hope for the Sylvanian countries" when the claim says
 * so and the words it puts before the noun are all in the sentence before "these" (round 26): the
 * demonstrative points back to what the sentence has named. Undefined when no such reading.
 */
function demonstrativeRead(words: string[], said: string[]): string[] | undefined {
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k] !== 'these' && words[k] !== 'those') continue;
    const noun = words[k + 1]!;
    const before = new Set(words.slice(0, k));
    for (let q = 1; q < said.length; q++) {
      if (said[q] !== noun) continue;
      let r = q;
      while (r > 0 && before.has(said[r - 1]!) && !CUT_AT.has(said[r - 1]!) && !CLAUSE_WORDS.has(said[r - 1]!)) r--;
      if (r === q || said[r - 1] !== words[k - 1]) continue;
      return [...words.slice(0, k), ...said.slice(r, q), ...words.slice(k + 1)];
    }
  }
  return undefined;
}

/**
 * The one region (cg:Region) whose label or alternative label the article's headline says, which the
 * author's "the region" points back to ("Freedonia's Ruritania Engagement" for "the region"); undefined
 * when the headline names none or several (round 34).
 */
function headlineRegion(ctx: CheckContext, article: ArticleInfo): string | undefined {
  const headline = ` ${wordsOf(article.headline).join(' ')} `;
  const said = ctx.store.getSubjects(`${NS.rdf}type`, `${NS.cg}Region`, null).flatMap((r) => ctx.store
    .getObjects(r, `${NS.rdfs}label`, null).concat(ctx.store.getObjects(r, `${NS.skos}altLabel`, null))
    .map((l) => ` ${wordsOf(l.value).join(' ')} `).filter((l) => l.trim() && headline.includes(l)).map((l) => ({ region: r.value, l })));
  // a region named inside a longer one's name ("Asia" in "Central Asia") is not named by the headline
  const named = new Set(said.filter((x) => !said.some((y) => y.l !== x.l && y.l.includes(x.l))).map((x) => x.region));
  return named.size === 1 ? [...named][0] : undefined;
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
  const said = seemingAsOne(wordsOf(inner));
  if (said.includes(BOUNDARY) || said.length < 5) return undefined;
  const articles = authoredBy(ctx, scope);
  if (!articles?.length) return undefined;
  // the author's body sentences (questions aside), their words split once for every claim tried on them
  const sentences = articles.flatMap((art) => sentencesOfKind(ctx, art.iri, 'Body').map((s) => {
    const text = anchorText(ctx.store, s);
    return { article: art.iri, sentence: s, text, words: /\?\s*$/.test(text) ? undefined : seemingAsOne(wordsOf(text)) };
  }));
  // round 23: a modifier of the lexicon's the author adds and the claim leaves out ("a new hub" said
  // "a hub": cg:droppableModifier, words whose thing is still the thing without them) is no difference
  const droppable = droppableModifiers(ctx);
  // (round 26: never after a negation: "has not always" is no "has not")
  const bare = (words: string[], claim: string[]): string[] => words.filter((w, i) => !droppable.has(w) || claim.includes(w) || /^(?:not|never|no)$/.test(words[i - 1] ?? ''));
  // round 26: an appraisal's subject with the author's modifiers left out, "these N" named by the claim
  const linked = new Map<string, string | undefined>();
  const link = (span: string[]): string | undefined => {
    const key = span.join(' ');
    if (!linked.has(key)) {
      const es = /^#|^(?:of|in|to|for|on|at|and|is|are|was|were|has|have)$/.test(span[0]!) ? [] : resolveMention(ctx, tokenize(key, ctx.morph));
      linked.set(key, es.length === 1 ? es[0]!.iri : undefined);
    }
    return linked.get(key);
  };
  // round 34: the author's "the region" is the one region the article's headline names
  const regions = new Map(articles.map((a) => [a.iri, headlineRegion(ctx, a)]));
  const sameIn = (article: string): SameThing => (a, b) => {
    if (a.join(' ') === b.join(' ')) return undefined;
    const x = link(a);
    if (x && b.length === 1 && b[0] === 'region' && x === regions.get(article)) return x;
    return x && x === link(b) ? x : undefined;
  };
  const modified = (words: string[], claim: string[], same: SameThing): boolean => {
    if (saysModified(words, claim, same)) return true;
    const pointed = demonstrativeRead(words, claim);
    return !!pointed && (saysWhole(pointed, claim) || saysModified(pointed, claim, same));
  };
  const saying = (claim: string[]): Array<{ article: string; sentence: string; text: string }> =>
    sentences.filter((s) => s.words && (saysWhole(s.words, claim) || saysShared(s.words, claim)
      || (droppable.size > 0 && s.words.some((w) => droppable.has(w)) && (saysWhole(bare(s.words, claim), claim) || saysShared(bare(s.words, claim), claim)))
      || modified(s.words, claim, sameIn(s.article)) || (droppable.size > 0 && s.words.some((w) => droppable.has(w)) && modified(bare(s.words, claim), claim, sameIn(s.article)))));
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

/**
 * An appraisal the author makes otherwise (round 26): "Ann Author calls the canal a failure", whose
 * inner claim "the canal is a failure" no pattern reads and the author's words do not say, when a
 * body sentence of that author's appraises the very subject ("The canal should be seen as a
 * lifeline ...": the subject, with modifiers the claim leaves out, as the author's own clause, before
 * a verb of being or seeming). The claim is read (who appraised what, with which sentence) and held
 * as NOT_ENOUGH_INFO: an appraisal said otherwise is no denial ("a lifeline" does not exclude "a
 * risk"), so it is never refuted here. Undefined for a denied claim, a claim that is no "Y is Z",
 * or a subject the author does not appraise.
 *
 * @example
 * ```ts
 * appraisalHeld(ctx, { kind: 'author' }, 'the canal is a failure')?.evaluation.verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function appraisalHeld(ctx: CheckContext, scope: ClaimScope, inner: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const said = wordsOf(inner);
  const v = said.findIndex((w, i) => i >= 1 && /^(?:is|are|was|were)$/.test(w));
  if (v < 0 || v > 8 || said.length - v < 2 || said.includes(BOUNDARY) || affirmed(said).length
    || said.some((w) => /^(?:not|never|no|nor|none)$/.test(w) || /n't$/.test(w))) return undefined;
  const subject = said.slice(0, v);
  // a pronoun or a bare article word names nothing the author's words can be searched for
  if (subject.length === 1 && /^(?:it|this|that|they|he|she|there|which|who)$/.test(subject[0]!)) return undefined;
  const articles = authoredBy(ctx, scope);
  if (!articles?.length) return undefined;
  const found = articles.flatMap((art) => sentencesOfKind(ctx, art.iri, 'Body').flatMap((s) => {
    const text = anchorText(ctx.store, s);
    const words = /\?\s*$/.test(text) ? [] : wordsOf(text);
    for (let p = subject.length; p < words.length - 1; p++) {
      if (!LINK.has(words[p]!)) continue;
      for (let i = Math.max(0, p - subject.length - 12); i <= p - subject.length; i++) {
        const region = words.slice(i, p);
        if (!(region.join(' ') === subject.join(' ') || modifiersOnly(region, subject))) continue;
        const before = words.slice(0, i);
        if (before.some((w) => NOT_PLAIN.has(w))) continue;
        if (i === 0 || (before[before.length - 1] === BOUNDARY && before.length <= 5)) return [{ article: art.iri, sentence: s, text }];
      }
    }
    return [];
  }));
  if (!found.length) return undefined;
  const bearings: Bearing[] = found.map((f) => ({ claim: pseudoClaim(f.article, [f.sentence]), stance: 'related', reason: 'article-metadata', note: 'the author\'s own appraisal of the same subject' }));
  const interpretation: Interpretation = {
    subject: { kind: 'unknown-entity', mention: 'the author' }, predicate: `${NS.nif}anchorOf`, predicateName: 'anchorOf', object: { kind: 'string', value: inner },
    polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: 'the author\'s own appraisal (nif:anchorOf of a body sentence)',
  };
  const explanation = `Not enough information: the author appraises "${subject.join(' ')}" in ${found.map((f) => `"${f.text}"`).join('; ')}, which does not say "${inner}" word for word; an appraisal said otherwise is not its denial.`;
  return { interpretation, evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'article-metadata', conflict: false, bearings, explanation } };
}
