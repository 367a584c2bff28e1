/**
 * Attribution: a claim about what a source said ("according to a reader, Sylvania explored Ruritania",
 * "the author argues that ...", "Ann Author writes that ...", "the League article says ...") is
 * checked against the claims of that source only: the article's author (body text), a reader
 * (comment text), a named person (cg:assertedBy) or a named article (cg:statedIn). The frames
 * are the lexicon's cg:attributionPattern, with its cg:sourceNoun and cg:reportingVerb words.
 */
import { anchorText, articlesOf, authorsNamed, resolveArticle, type ArticleInfo } from './articles.js';
import { colonSays, namedAs } from './appraisal-frames.js';
import { NS, type CheckContext } from './context.js';
import { isA } from './claim-index.js';
import { classNouns } from './kinds.js';
import { courseNamed, deniedBelief } from './course-named.js';
import { deniedSaying, presentAsFuture } from './denied-saying.js';
import { leadingRank, rankedCommenter } from './comment-pick.js';
import { matchPattern } from './pattern.js';
import { resolveMention } from './resolver.js';
import { appositiveSpeaker, commentOfWriter, describedWriter, forSource } from './speaker-description.js';
import { dropIgnorable, gerundBase, keyOf, normalizeTypography, tokenize } from './text.js';
import { readingMemo } from './text-memo.js';
import { lexiconWords } from './lexicon-words.js';

/** Whose claims a claim is checked against. */
export type ClaimScope =
  | { kind: 'author'; writer?: boolean }
  | { kind: 'reader'; articles?: string[] }
  | { kind: 'agent'; iris: string[]; label: string }
  | { kind: 'article'; iris: string[]; label: string; writer?: boolean };

/**
 * A noun for an article's writer ("the correspondent", "the Harbour Desk reporter", lexicon
 * `cg:articleWriterNoun`): what the writer says is the article's own words, not a speaker's it reports
 * (round 40, `writer` of a scope).
 */
const isWriterNoun = (ctx: CheckContext, word: string): boolean => lexiconWords(ctx, 'articleWriterNoun').has(word.toLowerCase());
/** A writer noun or one of the author's titles (lexicon `cg:authorTitleNoun`: "the analyst"). */
const isOwnWordsNoun = (ctx: CheckContext, word: string): boolean => isWriterNoun(ctx, word) || lexiconWords(ctx, 'authorTitleNoun').has(word.toLowerCase());

/** An attribution read from a claim. */
export interface Attribution {
  scope: ClaimScope;
  /** The words that name the source ("a reader", "the author", "Ann Author"). */
  source: string;
  /** The claim the source is said to make. */
  inner: string;
  /** "wondered whether ...": the source raised the claim as a question or a possibility, asserting nothing. */
  questioned?: boolean;
}

const WONDER = /^(?:wonder|wonders|wondered|ask|asks|asked|speculate|speculates|speculated)$/;

/**
 * Reads an attribution frame around a claim; undefined when the claim attributes nothing (or
 * to something that is no source of the graph: "Freedonia says ..." is read as it stands).
 *
 * @example
 * ```ts
 * readAttribution(ctx, 'According to a reader, Sylvania has explored prospects in Ruritania.');
 * // { scope: { kind: 'reader' }, source: 'a reader', inner: 'Sylvania has explored prospects in Ruritania' }
 * ```
 */
export function readAttribution(ctx: CheckContext, text: string): Attribution | undefined {
  // a function of the context and the text, asked again of each text its readers and rechecks
  // see again (the users' set: about twice per text): kept per context (text-memo.ts, round 19), and
  // since round 38 per reading key, shared with the contexts derived to judge otherwise (it only reads)
  return readAttributionMemo(ctx, text, () => readAttributionUncached(ctx, text));
}

const readAttributionMemo = readingMemo<Attribution | undefined>();

/**
 * The first words of the saying verbs (`ctx.attribution.verbs`, "said", "points out"): a {verb}
 * slot reads the lower-cased words of its span joined by spaces, so it can start only at a token
 * whose lower-cased form is one of these. Kept per verb set (it was built again for every text).
 *
 * @example
 * ```ts
 * sayingVerbStarts(ctx).has('said'); // true
 * ```
 */
export function sayingVerbStarts(ctx: CheckContext): Set<string> {
  const verbs = ctx.attribution.verbs;
  const hit = verbStartsMemo.get(verbs);
  if (hit && hit.size === verbs.size) return hit.starts;
  const starts = new Set([...verbs].map((v) => v.split(' ')[0]!));
  verbStartsMemo.set(verbs, { size: verbs.size, starts });
  return starts;
}

const verbStartsMemo = new WeakMap<object, { size: number; starts: Set<string> }>();

function readAttributionUncached(ctx: CheckContext, text: string): Attribution | undefined {
  if (!ctx.attribution.patterns.length) return undefined;
  // round 26: "S calls X a Y" and "S: P" are frames too (src/check/appraisal-frames.ts); round 30:
  // "For S, P" and a speaker named with a description between commas (src/check/speaker-description.ts)
  const plain = namedAs(ctx, depictedAs(ctx, appositiveSpeaker(ctx, namedInCommas(ctx, deniedBelief(deniedSaying(ctx, expectedTo(colonSays(forSource(ctx, toSource(normalizeTypography(text).trim().replace(/[.!?]+$/, '')), readSource)))))), readSource)));
  // round 38: "S told the Harbour Desk (that) P" is S's "said that P" in the desk's own story
  if (/\btold\s/i.test(plain)) {
    const told = toldWriter(ctx, plain);
    if (told !== plain) return readAttribution(ctx, told);
  }
  const quoted = QUOTES_AS.test(plain) ? quotedAs(ctx, plain) : undefined;
  if (quoted) return quoted;
  const tokens = dropIgnorable(tokenize(plain, ctx.morph), ctx.morph);
  if (tokens.length < 3) return undefined;
  // cheap pre-filter: a frame needs a verb of saying or its own words ("according to")
  const verbStarts = sayingVerbStarts(ctx);
  const hasVerb = tokens.some((t) => verbStarts.has(t.raw.toLowerCase()));
  const sources = new Map<string, ClaimScope | undefined>();
  let best: { a: Attribution; sourceLength: number } | undefined;
  for (const p of ctx.attribution.patterns) {
    if (!hasVerb && p.slots.includes('verb')) continue;
    matchPattern(p, {
      tokens,
      adjuncts: [],
      maxSlot: tokens.length,
      limit: 20,
      // round 37: the slots below answer from the span alone (`sources` a memo), and a {verb} opens
      // with a saying verb's first word: a {source} span no verb can follow is not read (in
      // "{claim} {source} {verb}", every span of up to eight words was, each a name look-up)
      pureSlots: true,
      mayStart: (name, start) => name !== 'verb' || verbStarts.has(tokens[start]?.raw.toLowerCase() ?? ''),
      slotValues: (name, start, end) => {
        const span = tokens.slice(start, end);
        if (name === 'verb') return ctx.attribution.verbs.has(span.map((t) => t.raw.toLowerCase()).join(' ')) ? [{ kind: 'string', value: 'verb' }] : [];
        if (name === 'source') {
          if (end - start > 8) return [];
          // a source phrase does not run over a comma ("according to the article, the bank is led by ...")
          if (/[,;:]/.test(plain.slice(tokens[start]!.start, tokens[end - 1]!.end))) return [];
          const k = `${start}:${end}`;
          if (!sources.has(k)) sources.set(k, readSource(ctx, span));
          const scope = sources.get(k);
          return scope ? [{ kind: 'string', value: JSON.stringify(scope) }] : [];
        }
        if (name === 'claim') return end - start >= 2 ? [{ kind: 'string', value: `${start}:${end}` }] : [];
        return [];
      },
    }).forEach((m) => {
      const s = m.bindings.source;
      const c = m.bindings.claim;
      if (s?.kind !== 'string' || c?.kind !== 'string') return;
      const [a, b] = c.value.split(':').map(Number) as [number, number];
      const [sa, sb] = m.spans.source!;
      const verb = m.spans.verb ? tokens.slice(...m.spans.verb).map((t) => t.raw.toLowerCase()).join(' ') : '';
      // "wondered whether P" raises P; "wondered P" or "said whether P" is no frame
      const asks = /^(?:whether|if)$/i.test(tokens[a - 1]?.raw ?? '');
      if (WONDER.test(verb) !== asks && verb) return;
      // the longest source phrase wins ("according to a reader comment, X": not "a reader")
      if (best && best.sourceLength >= sb - sa) return;
      best = {
        sourceLength: sb - sa,
        a: {
          scope: JSON.parse(s.value) as ClaimScope,
          source: plain.slice(tokens[sa]!.start, tokens[sb - 1]!.end),
          inner: asked(backshifted(forecastPresent(ctx, plain.slice(0, tokens[a]!.start), plain.slice(tokens[a]!.start, tokens[b - 1]!.end).replace(/^[,;:\s]+|[,;:\s]+$/g, '')), verb), verb),
          ...(WONDER.test(verb) ? { questioned: true } : {}),
        },
      };
    });
  }
  return best && { ...best.a, inner: courseNamed(ctx, namedByArticle(ctx, best.a.inner, best.a.scope), best.a.scope) };
}

/**
 * "To S, P" (a frame opening the claim, closed by a comma) is "according to S, P" (round 27): the
 * frame patterns then read S as a source, or nothing ("To date, ...", "To the east, ..." name none,
 * and the claim is read as it stands). "to" inside a claim stays a recipient ("sold gas to S").
 *
 * @example
 * ```ts
 * toSource('To the commenter on the Freedonia piece, Sylvania would gain'); // 'according to the commenter on the Freedonia piece, Sylvania would gain'
 * ```
 */
export function toSource(text: string): string {
  // "To S's mind, P" has a frame of its own (lexicon "to {source} 's mind {claim}")
  if (/^to\s+[^,]*'s\s+(?:mind|thinking|eyes?|ears?|taste|liking)\s*,/i.test(text)) return text;
  return /^to\s+[^,]{2,60},\s+\S/i.test(text) ? `according ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

/**
 * "S portrays X as Y", "S characterises X as Y", "S regards X as being Y" (lexicon
 * `cg:depictionVerb`) is S saying that X is Y (round 24): the frames below then read S as a source
 * (no source, no attribution: "Freedonia sees Sylvania as a partner" stays as written). A past
 * verb is reported with "said"; a plural X takes "are".
 *
 * @example
 * ```ts
 * depictedAs(ctx, 'Ann Author portrays Sylvania as a stern follower of neutrality');
 * // 'Ann Author says that Sylvania is a stern follower of neutrality'
 * ```
 */
export function depictedAs(ctx: CheckContext, text: string): string {
  if (!/\bas\b/i.test(text)) return text;
  // the first depiction verb after a source of at most eight words, then "X as Y"
  const words = text.split(/\s+/);
  const at = words.findIndex((w, i) => i > 0 && i <= 8 && ctx.attribution.depictionVerbs.has(w.toLowerCase()));
  if (at < 0) return text;
  const m = /^(.+?)\s+as\s+(?:being\s+)?(.+)$/i.exec(words.slice(at + 1).join(' '));
  if (!m) return text;
  const source = words.slice(0, at).join(' ').replace(/\s+(?:also|often|repeatedly|clearly|explicitly)$/i, '');
  const [verb, thing, what] = [words[at]!, m[1]!, m[2]!];
  // "sees X as a partner" but not "as soon as", "as well as", "as part of": a complement, not a conjunction
  if (/^(?:soon|well|long|far|much|many|if|though|of|to|part)\b/i.test(what)) return text;
  const past = /(?:ed|^saw)$/i.test(verb);
  const plural = /[^su']s$/i.test(thing) && !/(?:'s|\u2019s)$/i.test(thing);
  return `${source} ${past ? 'said' : 'says'} that ${thing} ${plural ? 'are' : 'is'} ${what}`;
}

/** "A quotes X (as) saying (that) P", "A cites X as stating P" (round 21). */
const QUOTES_AS = /^(.+?)\s+(?:quotes|quoted|cites|cited)\s+(.+?)\s+(?:as\s+)?(?:saying|stating|claiming|arguing|predicting)\s+(?:that\s+)?(\S.+)$/i;

/**
 * "The League story quotes analysts in Gala City as saying P" (round 21): the speaker's words in
 * that article. Read as the speaker's attribution ("analysts in Gala City said P") only when every
 * word the graph holds of the speaker is in that article (`spokenIn`), so no other article's words
 * decide it; a person of the graph who speaks nowhere is read so too (nothing they said decides
 * it: NOT_ENOUGH_INFO, with the inner claim's reading shown). "The <class noun>" in P is the one
 * the article's headline names. Undefined when the first part names no article or the speaker is
 * no one the graph knows.
 *
 * @example
 * ```ts
 * quotedAs(ctx, 'The League story quotes analysts in Gala City as saying the bank will not lend');
 * // { scope: { kind: 'agent', iris: [<analysts>], ... }, source: 'analysts in Gala City', inner: 'the League Bank will not lend' }
 * ```
 */
function quotedAs(ctx: CheckContext, plain: string): Attribution | undefined {
  const m = QUOTES_AS.exec(plain);
  if (!m) return undefined;
  const words = (s: string): ReturnType<typeof tokenize> => dropIgnorable(tokenize(s, ctx.morph), ctx.morph);
  const article = readSource(ctx, words(m[1]!));
  if (article?.kind !== 'article') return undefined;
  const span = words(m[2]!);
  const source = readSource(ctx, span);
  let scope: ClaimScope | undefined = source?.kind === 'agent' ? source : undefined;
  if (!source) {
    const people = resolveMention(ctx, span);
    if (people.length === 1) scope = { kind: 'agent', iris: [people[0]!.iri], label: people[0]!.label };
  }
  if (scope?.kind !== 'agent' || !spokenIn(ctx, scope.iris).every((a) => article.iris.includes(a))) return undefined;
  // (an opening "the" goes, as the ignorable words go from the frames' inner claims: `namedByArticle`)
  const inner = hedged(backshifted(m[3]!.replace(/[,;:\s]+$/, '').replace(/^the\s+(?=[a-z])/, ''), 'said'));
  return { scope, source: m[2]!, inner: courseNamed(ctx, namedByArticle(ctx, inner, article), scope) };
}

/** "S told D P": the speaker, the words after "told" (D and then P). */
const TOLD = /^(.+?)\s+told\s+((?:the\s+)?[A-Z].+)$/;

/**
 * "Analysts in Gala City told the Harbour Desk (that) P" (round 38, users28's "told the Asia
 * Desk"): who spoke to whom. When D is the writer of an article (its byline, or its author by
 * name) and every word the graph holds of S is in D's articles (`spokenIn`), the claim is S's
 * "said that P", decided by what that article reports S saying. Else (D wrote no article, or S
 * speaks elsewhere: the addressee would be half-read) the text is returned unchanged and no
 * frame reads "told".
 *
 * @example
 * ```ts
 * toldWriter(ctx, 'Analysts in Gala City told the Harbour Desk the bank could lend');
 * // 'Analysts in Gala City said that the bank could lend' (when the Harbour Desk's story reports them)
 * ```
 */
function toldWriter(ctx: CheckContext, plain: string): string {
  const m = TOLD.exec(plain);
  if (!m) return plain;
  const words = (x: string): ReturnType<typeof tokenize> => dropIgnorable(tokenize(x, ctx.morph), ctx.morph);
  const speaker = readSource(ctx, words(m[1]!));
  if (speaker?.kind !== 'agent') return plain;
  const rest = m[2]!.split(/\s+/);
  for (let n = Math.min(6, rest.length - 2); n >= 1; n--) {
    const to = readSource(ctx, words(rest.slice(0, n).join(' ')));
    // the addressee's articles: the one its byline names, or those its author wrote
    const arts = to?.kind === 'article' ? to.iris
      : to?.kind === 'agent' ? articlesOf(ctx).filter((a) => a.authors.some((x) => to.iris.includes(x))).map((a) => a.iri) : [];
    if (!arts.length) continue;
    const spoken = spokenIn(ctx, speaker.iris);
    if (!spoken.length || !spoken.every((a) => arts.includes(a))) return plain;
    const inner = rest.slice(n).join(' ').replace(/^that\s+/i, '');
    return `${m[1]} said that ${inner}`;
  }
  return plain;
}

/**
 * "S expects X to V ...": a verb of expecting with an object and an
 * infinitive says what the source expects, as "S expects that X will V" does (the verb after "to"
 * must be a lower-case word: "expected the bank's first loan to Sylvania" is no infinitive).
 *
 * @example
 * ```ts
 * expectedTo('A reader expects the League to admit Sylvania'); // 'A reader expects that the League will admit Sylvania'
 * ```
 */
export function expectedTo(text: string): string {
  const m = /^(.*?\b(?:expects?|expected|predicts?|predicted|forecasts?|forecast))\s+(?!that\b)(\S.*?)\s+to\s+([a-z]+\b.*)$/.exec(text);
  return m && !/\bto\b/.test(m[2]!) ? `${m[1]} that ${m[2]} will ${m[3]}` : text;
}

/**
 * "A reader, Gloria T., predicted that ...": a reader noun and, between commas, the name its comment
 * gives its writer is "a reader Gloria T." (`namedReader`): the commas are dropped only when the
 * words before the first comma are a reader noun of the lexicon (round 17).
 */
function namedInCommas(ctx: CheckContext, text: string): string {
  const m = /^([^,]{1,40}),\s+([^,]{2,40}),\s+(.+)$/.exec(text);
  if (!m || !ctx.attribution.readerNouns.has(keyOf(dropIgnorable(tokenize(m[1]!, ctx.morph), ctx.morph)))) return text;
  return `${m[1]} ${m[2]} ${m[3]}`;
}

/**
 * "A reader of the Acme Bank story predicted that the bank would ...": in words about one article, "the
 * <class noun>" is the one entity of that class its headline names.
 */
function namedByArticle(ctx: CheckContext, inner: string, scope: ClaimScope): string {
  const iris = scope.kind === 'reader' ? scope.articles : scope.kind === 'article' ? scope.iris : scope.kind === 'agent' ? spokenIn(ctx, scope.iris) : undefined;
  if (iris?.length !== 1) return inner;
  const art = articlesOf(ctx).find((a) => a.iri === iris[0]);
  if (!art) return inner;
  const headKey = ` ${keyOf(dropIgnorable(tokenize(art.headline, ctx.morph), ctx.morph))} `;
  const named = new Set<string>();
  for (const [label, es] of ctx.labelIndex) if (label.length >= 3 && headKey.includes(` ${label} `)) for (const e of es) named.add(e);
  // (the inner claim's own "the" is dropped with the ignorable words: a lower-case noun opening it had one)
  return inner.replace(/(?:^|\bthe\s+)([a-z][a-z-]*)\b/g, (all, noun: string) => {
    const cls = classNouns(ctx).get(keyOf(tokenize(noun, ctx.morph)));
    const fits = cls ? [...named].filter((e) => isA(ctx, e, cls)) : [];
    return fits.length === 1 ? ctx.entityLabel.get(fits[0]!) ?? all : all;
  });
}

/**
 * The articles a person or group speaks in (round 15): the articles they wrote or commented on, and
 * those stating what the article reports them saying (cg:saidBy), so "analysts in Gala City said
 * the bank could ..." reads "the bank" in the one article that reports those analysts.
 */
function spokenIn(ctx: CheckContext, agents: string[]): string[] {
  const out = new Set<string>();
  const docs = new Set<string>();
  for (const a of agents) {
    for (const c of ctx.store.getSubjects(`${NS.cg}saidBy`, a, null)) for (const d of ctx.store.getObjects(c, `${NS.cg}statedIn`, null)) docs.add(d.value);
  }
  for (const art of articlesOf(ctx)) {
    if (art.authors.some((x) => agents.includes(x)) || art.comments.some((c) => c.author && agents.includes(c.author))) out.add(art.iri);
    if (docs.has(art.iri) || art.comments.some((c) => docs.has(c.iri))) out.add(art.iri);
  }
  return [...out];
}

/** Words of a forecast before its clause ("predicts", "is betting", "is confident"): round 25. */
const FORECAST = /\b(?:predict|predicts|predicted|forecast|forecasts|forecasted|expect|expects|expected|anticipate|anticipates|anticipated|foresee|foresees|foresaw|bet|bets|betting|wager|wagers|wagered|wagering|confident|optimistic|hopeful)\s+(?:that\s+)?$/i;

/**
 * A forecast's clause in the simple present is its future ("S is betting that Sylvania lands the
 * first loan" is S's "Sylvania will land the first loan"), as English says a forecast (round 25);
 * any other clause unchanged.
 */
function forecastPresent(ctx: CheckContext, frame: string, inner: string): string {
  // the clause's "the" is left in the frame ("foresees the League admitting ..."): a gerund's clause
  const bare = frame.replace(/\b(?:the|a|an)\s+$/i, '');
  if (FORECAST.test(frame)) return presentAsFuture(ctx, inner) ?? (/\bthat\s*$/i.test(frame) ? undefined : gerundAsFuture(ctx, inner)) ?? inner;
  return bare !== frame && FORECAST.test(bare) && !/\bthat\s*$/i.test(bare) ? gerundAsFuture(ctx, inner) ?? inner : inner;
}

/**
 * A forecast verb's object and a gerund ("S foresees Sylvania joining the League", round 37) is the
 * forecast "Sylvania will join the League"; the verb's base is the pattern word (the lexicon's
 * words, ontology/lexicon.derived.json) its "-ing" form comes from ("joining" -> "join", "approving"
 * -> "approve"; src/check/text.ts's `gerundBase`), else the clause is left as said.
 *
 * @example
 * ```ts
 * gerundAsFuture(ctx, 'Sylvania joining the League'); // 'Sylvania will join the League'
 * ```
 */
function gerundAsFuture(ctx: CheckContext, inner: string): string | undefined {
  const m = /^(\S+(?:\s+\S+){0,7}?)\s+([a-z]{2,}ing)\b(.*)$/.exec(inner);
  if (!m || /\b(?:the|a|an|of|to|in|on|for|and|or|its|their|his|her|by|with|from|at)$/i.test(m[1]!)) return undefined;
  const base = gerundBase(m[2]!, ctx.morph, (w) => ctx.derived.relations.has(w));
  return base && ctx.derived.relations.has(base) ? `${m[1]} will ${base}${m[3]}` : undefined;
}

/**
 * Reported speech after a verb of saying in the past ("predicted that the bank would approve"):
 * "would" is the reported "will" (the sequence of tenses), so the inner claim is read with "will".
 */
function backshifted(inner: string, verb: string): string {
  // "according to X, P would ...": reported speech too, without a verb to carry its tense
  // round 17: "thinks / believes / expects P would Q" is the source's expectation too (a verb of
  // belief in the present with a conditional "would"), read with "will" as the past verbs are
  // round 25: a forecast ("foresees / is betting that P would Q") and a fear read so too; the
  // frames that carry their own words ("is confident that", "'s bet is that") leave `verb` empty
  const past = !verb || /(?:ed|said|wrote|written|thought|told|told us|forecast|pointed out|foresaw|bet)$/.test(verb)
    || /^(?:think|thinks|believe|believes|expect|expects|anticipate|anticipates|foresee|foresees|fear|fears|bets|wager|wagers)$/.test(verb)
    // round 25: "S says / writes / argues that P would Q" in the present is S's "P will Q" too (users
    // write the reported "would" after a present verb of saying as often as after a past one)
    || /^(?:say|says|write|writes|argue|argues|claim|claims|contend|contends|insist|insists|maintain|maintains|warn|warns|reckon|reckons|feel|feels)$/.test(verb);
  // "said the bank had (already) approved a loan": the reported "has approved" (round 12), so a
  // present-perfect denial the source states ("no loan has been approved yet") meets it
  return hedged(past ? inner.replace(/\bwould\b/gi, (w) => (w[0] === 'W' ? 'Will' : 'will'))
    .replace(/\bhad(?=\s+(?:already\s+|not\s+|never\s+|yet\s+)?(?:been|[a-z]+ed|[a-z]+en)\b)/gi, 'has') : inner);
}

/**
 * A speaker's hedged denial is what the speaker expects: "P is unlikely to / not likely to V",
 * "P will probably not V" are the speaker's "P will not V" (how claims.yaml records such a
 * comment: negative, expected). Only inside an attribution: said plainly, the hedge is kept.
 */
function hedged(inner: string): string {
  return inner
    .replace(/\b(?:is|are|was|were|be)\s+(?:unlikely|not\s+likely)\s+to\b/gi, 'will not')
    .replace(/\b(will|would)\s+probably\s+not\b/gi, '$1 not')
    .replace(/\b(will|would)\s+not\s+probably\b/gi, '$1 not');
}

/**
 * "wondered whether Sylvania would explore ...": a question raises its claim as a possibility,
 * whatever modal it is asked with, so the claim inside is read with "might".
 */
function asked(inner: string, verb: string): string {
  return WONDER.test(verb) ? inner.replace(/\b(?:will|would|could|may|can|shall)\b/gi, 'might') : inner;
}

const bareWords = (s: string): string => normalizeTypography(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The scope a span names as a source, or undefined.
 *
 * @example
 * ```ts
 * readSource(ctx, tokenize('a reader of the League article', ctx.morph)); // { kind: 'reader', articles: [...] }
 * ```
 */
export function readSource(ctx: CheckContext, span: ReturnType<typeof tokenize>): ClaimScope | undefined {
  const scope = readSourceScope(ctx, span);
  // (round 40, users32's F8) "the Harbour Desk correspondent says P": the writer's own words, so
  // not a speaker's the article reports (cg:saidBy: "Analysts in Zenda said P"), which the scope's
  // index then leaves out (src/check/claim-index.ts)
  const last = span[span.length - 1]?.raw ?? '';
  if ((scope?.kind === 'author' || scope?.kind === 'article') && isOwnWordsNoun(ctx, last)) return { ...scope, writer: true };
  return scope;
}

/** The scope a span names as a source, before a writer's noun marks it (see {@link readSource}). */
function readSourceScope(ctx: CheckContext, span: ReturnType<typeof tokenize>): ClaimScope | undefined {
  const key = keyOf(span);
  const named = namedReader(ctx, span);
  if (named) return named;
  if (ctx.attribution.readerNouns.has(key)) return { kind: 'reader' };
  // the author is one person: "the analysts said" (a plural of a singular source noun) names
  // others the article reports, not its author ("the analyst"): the speakers an article reports
  // (cg:saidBy) whose name opens with that noun ("analysts in Gala City")
  if (ctx.attribution.bodyNouns.has(key)) {
    if (!/[^aeiousy]s$/i.test(span[span.length - 1]?.raw ?? '')) return { kind: 'author' };
    const speakers = [...new Set(ctx.store.getObjects(null, `${NS.cg}saidBy`, null).map((o) => o.value))]
      .filter((iri) => keyOf(dropIgnorable(tokenize(ctx.entityLabel.get(iri) ?? '', ctx.morph), ctx.morph)).split(' ')[0] === key);
    return speakers.length ? { kind: 'agent', iris: speakers, label: span.map((t) => t.raw).join(' ') } : undefined;
  }
  const within = sourceOfArticle(ctx, span) ?? sourceOfPossessor(ctx, span);
  if (within) return within;
  const arts = resolveArticle(ctx, span);
  if (arts) {
    if (!arts.length) return undefined;
    const all = articlesOf(ctx);
    return arts.length === all.length ? { kind: 'author' } : { kind: 'article', iris: arts.map((a) => a.iri), label: span.map((t) => t.raw).join(' ') };
  }
  const authors = authorsNamed(ctx, span);
  if (authors) return { kind: 'agent', iris: authors, label: span.map((t) => t.raw).join(' ') };
  const bylined = bylineNamed(ctx, span);
  if (bylined) return bylined;
  // a person of the graph who wrote an article or a comment
  const writers = new Set(articlesOf(ctx).flatMap((a) => [...a.authors, ...a.comments.map((c) => c.author ?? '')]));
  const people = resolveMention(ctx, span).filter((e) => writers.has(e.iri));
  if (people.length === 1) return { kind: 'agent', iris: [people[0]!.iri], label: people[0]!.label };
  // a commenter by the name the comment gives ("Gloria T. predicted that ..."): not an entity of
  // the graph, a schema:Person of the article's comments
  const said = bareWords(span.map((t) => t.raw).join(' '));
  const commenters = [...new Set(articlesOf(ctx).flatMap((a) => a.comments.map((c) => c.author ?? '')))].filter((iri) => iri
    && ctx.store.getObjects(iri, `${NS.schema}name`, null).some((n) => bareWords(n.value) === said));
  if (said && commenters.length) return { kind: 'agent', iris: commenters, label: span.map((t) => t.raw).join(' ') };
  // someone an article reports as saying what a claim states (cg:saidBy: "Analysts in Strelsau said ...")
  const speakers = new Set(ctx.store.getObjects(null, `${NS.cg}saidBy`, null).map((o) => o.value));
  const quoted = speakers.size ? resolveMention(ctx, span).filter((e) => speakers.has(e.iri)) : [];
  if (quoted.length === 1) return { kind: 'agent', iris: [quoted[0]!.iri], label: quoted[0]!.label };
  // a person of the graph whose words no source reports ("Rufus Firefly said the bank would lend
  // to Sylvania", round 22): the claim is about his words, of which the graph holds none, so it is
  // read (the inner claim shown) and never decided by what others say
  const persons = resolveMention(ctx, span).filter((e) => isA(ctx, e.iri, `${NS.cg}Person`));
  if (persons.length === 1 && !speakers.has(persons[0]!.iri)) return { kind: 'agent', iris: [persons[0]!.iri], label: persons[0]!.label };
  // round 30: the author by her title or institution ("the Acme Institute analyst")
  return describedWriter(ctx, span);
}

/**
 * "according to the Harbour Desk, ...": a capitalised name no entity has, written whole in the
 * byline of one article ("By Correspondent, Harbour Desk"; not inside a longer name, "the Outer
 * Harbour Desk"), is that article's writer, so its text (round 14).
 */
function bylineNamed(ctx: CheckContext, span: ReturnType<typeof tokenize>): ClaimScope | undefined {
  const words = span.map((t) => t.raw);
  if (!words.length || !span[0]!.cap || words.length > 5) return undefined;
  const phrase = words.join(' ').toLowerCase();
  // round 31: a desk the page credits as its editor (schema:editor: "editing by the Harbour Desk")
  // did not write the article's text; what it "reported" or "says" is nothing the graph holds
  const bare = (s: string): string => s.toLowerCase().replace(/^the\s+/, '');
  const editorOnly = (a: ArticleInfo): boolean => a.editors.some((e) => bare(ctx.entityLabel.get(e) ?? '') === bare(phrase));
  const hits = articlesOf(ctx).filter((a) => !editorOnly(a) && a.bylineSentences.some((sen) => {
    const line = anchorText(ctx.store, sen);
    for (let at = line.toLowerCase().indexOf(phrase); at >= 0; at = line.toLowerCase().indexOf(phrase, at + 1)) {
      const before = line.slice(0, at);
      const after = line.charAt(at + phrase.length);
      if (/\p{L}/u.test(after) || /\p{L}$/u.test(before)) continue;
      // a capitalised word just after continues the name too ("Harbour" of "Harbour Desk")
      if (/^\s+\p{Lu}/u.test(line.slice(at + phrase.length))) continue;
      // a capitalised word just before continues the name ("Outer Harbour Desk")
      if (/\p{Lu}[\p{L}'-]*\s+$/u.test(before) && !/(?:^|\s)(?:By|The)\s+$/.test(before)) continue;
      return true;
    }
    return false;
  }));
  return hits.length === 1 ? { kind: 'article', iris: [hits[0]!.iri], label: words.join(' ') } : undefined;
}

/**
 * "a reader named Gloria T.", "a commenter called Zed Q.", "the reader Zed Q.": a reader noun
 * before the name a comment gives its writer is that writer (round 12). Only a writer of a comment
 * of the graph is read so; another name leaves the frame unread.
 */
function namedReader(ctx: CheckContext, span: ReturnType<typeof tokenize>): ClaimScope | undefined {
  for (let i = 1; i < span.length - 1; i++) {
    if (!ctx.attribution.readerNouns.has(keyOf(span.slice(0, i)))) continue;
    // the words that introduce the name: one ("named") or several ("going by", "who goes by", round 27)
    const tail = span.slice(i).map((t) => t.raw.toLowerCase()).join(' ');
    const skip = /^(?:named|called|signed|signing as|by the name of|going by|who goes by|who went by|known as)\s/.exec(tail)?.[0].trim().split(' ').length ?? 0;
    const scope = readSource(ctx, span.slice(i + skip));
    if (scope?.kind !== 'agent') continue;
    const writers = new Set(articlesOf(ctx).flatMap((a) => a.comments.map((c) => c.author ?? '')));
    if (scope.iris.every((iri) => writers.has(iri))) return scope;
  }
  return undefined;
}

/**
 * A source noun tied to one article: "a reader of the Freedonia analysis", "a commenter on the Acme Bank
 * story" (that article's comments only), "the author of the pipeline report" (that article's text).
 */
function sourceOfArticle(ctx: CheckContext, span: ReturnType<typeof tokenize>): ClaimScope | undefined {
  const at = span.findIndex((t, i) => i > 0 && /^(?:of|on|under|below|to)$/i.test(t.raw));
  if (at < 0) return undefined;
  // "the reader who commented on X", "the reader who left a comment on X": a relative clause
  // saying the same as "a reader of X" (round 12)
  const rel = span.findIndex((t, i) => i > 0 && i < at && /^(?:who|that)$/i.test(t.raw));
  const clause = rel > 0 ? span.slice(rel + 1, at).map((t) => t.raw.toLowerCase()).join(' ') : '';
  if (rel > 0 && !/^(?:has |had )?(?:commented|(?:posted|left|wrote|written|made|added) (?:a |the )?(?:reader )?comment)$/.test(clause)) return undefined;
  // "the second commenter on X": the writer of the comment of that rank (src/check/comment-pick.ts)
  const ranked = leadingRank(span.slice(0, rel > 0 ? rel : at));
  if (ranked && ctx.attribution.readerNouns.has(keyOf(ranked.rest))) {
    const arts = resolveArticle(ctx, span.slice(at + 1));
    const writer = arts ? rankedCommenter(ctx, arts, ranked) : undefined;
    return writer ? { kind: 'agent', iris: [writer], label: span.map((t) => t.raw).join(' ') } : undefined;
  }
  const noun = keyOf(span.slice(0, rel > 0 ? rel : at));
  const reader = ctx.attribution.readerNouns.has(noun);
  if (!reader && !ctx.attribution.bodyNouns.has(noun)) return undefined;
  const arts = resolveArticle(ctx, span.slice(at + 1));
  if (!arts?.length) return undefined;
  const label = span.map((t) => t.raw).join(' ');
  return reader ? { kind: 'reader', articles: arts.map((a) => a.iri) } : { kind: 'article', iris: arts.map((a) => a.iri), label };
}

/**
 * "the Acme Bank article's author", "the Freedonia analysis's commenter": a source noun after an
 * article in the possessive, as "the author of the Acme Bank article" (round 17). A plural noun
 * ("the article's analysts") names others the article reports, not its author: no reading.
 */
function sourceOfPossessor(ctx: CheckContext, span: ReturnType<typeof tokenize>): ClaimScope | undefined {
  const at = span.findIndex((t, i) => i > 0 && /^['\u2019]s$/.test(t.raw));
  // "the Harbour Desk correspondent": a writer's noun after a name the byline writes whole
  if (at < 0 && span.length > 1 && isWriterNoun(ctx, span[span.length - 1]!.raw)) {
    const desk = bylineNamed(ctx, span.slice(span[0]!.raw.toLowerCase() === 'the' ? 1 : 0, -1));
    // round 31: "the Freedonia correspondent": the writer of the one article a name before the noun
    // names ("the Freedonia story" is that article), as "the Freedonia story's correspondent" is
    // (only a name: "In the author" is a frame's own words, not an article's name)
    const name = span.slice(span[0]!.raw.toLowerCase() === 'the' ? 1 : 0, -1);
    const isName = name.length > 0 && name.every((t) => t.cap && !/^(?:in|on|at|for|to|by|from|per|according|as)$/i.test(t.raw));
    const arts = desk || !isName ? undefined : resolveArticle(ctx, tokenize(`${name.map((t) => t.raw).join(' ')} article`, ctx.morph));
    if (!desk && arts?.length === 1) return { kind: 'article', iris: [arts[0]!.iri], label: span.map((t) => t.raw).join(' ') };
    return desk?.kind === 'article' ? { ...desk, label: span.map((t) => t.raw).join(' ') } : undefined;
  }
  if (at < 0 || at === span.length - 1) return undefined;
  const noun = keyOf(span.slice(at + 1));
  const reader = ctx.attribution.readerNouns.has(noun);
  if (!reader && (!ctx.attribution.bodyNouns.has(noun) || /[^aeiousy]s$/i.test(span[span.length - 1]!.raw))) return undefined;
  // round 31: "the Harbour Desk's piece": the article whose byline writes the name whole
  const byline = reader ? undefined : bylineNamed(ctx, span.slice(span[0]!.raw.toLowerCase() === 'the' ? 1 : 0, at));
  if (byline?.kind === 'article') return { ...byline, label: span.map((t) => t.raw).join(' ') };
  // "the Energy Bureau's piece": an article named by its author's possessive (one article only)
  // (a name: "the author's view" is the author's, read below)
  const named = span.slice(0, at).filter((t) => !/^(?:the|a|an)$/i.test(t.raw));
  const authored = reader || !named.length || !named.every((t) => t.cap) ? undefined : resolveArticle(ctx, span);
  if (authored?.length === 1 && !resolveArticle(ctx, span.slice(0, at))) return { kind: 'article', iris: [authored[0]!.iri], label: span.map((t) => t.raw).join(' ') };
  const arts = resolveArticle(ctx, span.slice(0, at));
  // round 30: "Zed Q.'s comment": the comment of that writer
  if (!arts?.length) return reader ? commentOfWriter(ctx, readSource(ctx, span.slice(0, at))) : undefined;
  return reader ? { kind: 'reader', articles: arts.map((a) => a.iri) } : { kind: 'article', iris: arts.map((a) => a.iri), label: span.map((t) => t.raw).join(' ') };
}

/**
 * A name for a scope in explanations.
 *
 * @example
 * ```ts
 * describeScope({ kind: 'reader' }); // 'a reader comment'
 * ```
 */
export function describeScope(scope: ClaimScope): string {
  switch (scope.kind) {
    case 'author': return "the article's author (article text)";
    case 'reader': return scope.articles ? `a reader comment on ${scope.articles.map((a) => a.replace(/^.*\//, '')).join(', ')}` : 'a reader comment';
    case 'agent': return scope.label;
    case 'article': return scope.label;
  }
}
