/**
 * Claims about the articles themselves, read with the lexicon's cg:metadataPattern: who wrote an
 * article (schema:author, cited to the byline), its title (schema:headline, cited to the
 * headline), when it appeared (schema:datePublished; without one, no later than its first reader
 * comment) and when its reader comments were posted (schema:dateCreated). A byline names all of
 * an article's authors and an article has one title, so another name or title refutes.
 */
import { anchorText, articlesOf, hasArticles, pseudoClaim, resolveArticle, type ArticleInfo } from './articles.js';
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { matchPattern, mayMatch } from './pattern.js';
import { looksLikeName, resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize, type Token } from './text.js';
import { sideDate } from './spans.js';
import { judgeDescription, readDescription, type Description } from './described-author.js';
import { periodEnd } from './timeline.js';
import { compareCounts, decideCount, readCommentCount } from './comment-count.js';
import { combineParts } from './compound.js';
import { checkCommenter } from './commenter.js';
import { aboutEveryComment, everyComment } from './comment-quantifier.js';
import { checkArticleKind } from './article-kind.js';
import type { CheckValue, Interpretation, Verdict } from './types.js';
import { CARDINALS, parseDate, parseYear } from './values.js';
import type { Bearing, ClaimInfo, Evaluation } from './verdict.js';
import { readingMemo } from './text-memo.js';
import { namedWithMore } from './byline-name.js';

/** A time a claim gives: an interval of days and how the fact relates to it. */
export interface When {
  op: 'in' | 'before' | 'after' | 'by';
  lo: string;
  hi: string;
  text: string;
  /** The claims that date the thing a relative time counts from ("six days after the tour ended"). */
  claims?: ClaimInfo[];
}

const SCHEMA = NS.schema;
// round 20 (branch attrib20): publisher, dateModified (an update), and enteredIntoForceOn (a
// treaty's entry into force, said of a news article) are read so the claim shows its reading; the
// graph records none of them for an article, so they are never decided
const PROPS = ['author', 'editor', 'headline', 'datePublished', 'dateCreated', 'publisher', 'dateModified', 'enteredIntoForceOn'] as const;
type MetaProperty = (typeof PROPS)[number];
/** The local name of a metadata property's IRI (schema: or cg:). */
const localOf = (iri: string): string => iri.replace(/^.*[#/]/, '');

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Reads a time phrase: "on 3 May 2015", "in 2016", "in October 2015", "before June 2015",
 * "after 2014", "by early November 2015".
 *
 * @example
 * ```ts
 * readWhen(tokenize('by early November 2015', morph)); // { op: 'by', lo: '2015-11-01', hi: '2015-11-10', … }
 * ```
 */
export function readWhen(tokens: readonly Token[]): When | undefined {
  if (tokens.length < 2) return undefined;
  const w0 = tokens[0]!.raw.toLowerCase();
  let op: When['op'] | undefined = w0 === 'on' || w0 === 'in' || w0 === 'during' ? 'in' : w0 === 'before' ? 'before' : w0 === 'after' || w0 === 'since' ? 'after' : w0 === 'by' ? 'by' : undefined;
  let rest = tokens.slice(1);
  if (!op) {
    // "dated 13 May 2011", "is dated May 2011": a whole day or month said without a preposition
    // (round 14); a bare number or year is no time here ("ran 2011 words")
    const bare = parseDate(tokens);
    if (bare?.kind !== 'date' && bare?.kind !== 'month') return undefined;
    op = 'in';
    rest = [...tokens];
  }
  let part: 'early' | 'mid' | 'late' | undefined;
  const p0 = rest[0]?.raw.toLowerCase();
  if (p0 === 'early' || p0 === 'late' || p0 === 'mid' || p0 === 'middle') {
    part = p0 === 'middle' ? 'mid' : p0;
    rest = rest.slice(rest[1]?.raw.toLowerCase() === 'of' ? 2 : 1);
  }
  const v = parseDate(rest) ?? parseYear(rest);
  if (!v) return undefined;
  let lo: string;
  let hi: string;
  if (v.kind === 'date') lo = hi = v.value;
  else if (v.kind === 'month') {
    lo = `${v.value}-01`;
    hi = periodEnd(v.value);
    if (part) {
      const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, Number(hi.slice(8))];
      lo = `${v.value}-${pad(a)}`;
      hi = `${v.value}-${pad(b)}`;
    }
  } else if (v.kind === 'year') {
    lo = `${v.value}-01-01`;
    hi = `${v.value}-12-31`;
    if (part) [lo, hi] = part === 'early' ? [`${v.value}-01-01`, `${v.value}-04-30`] : part === 'mid' ? [`${v.value}-05-01`, `${v.value}-08-31`] : [`${v.value}-09-01`, `${v.value}-12-31`];
  } else if (v.kind === 'daterange') {
    lo = v.start;
    hi = v.end;
  } else return undefined;
  return { op, lo, hi, text: tokens.map((t) => t.raw).join(' ') };
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14, month: 30.44, year: 365.25 };

const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Reads a time counted from a thing the graph dates: "six days after Rufus's visit ended", "two
 * weeks before the summit" (src/check/spans.ts `sideDate` names the day, cited by its claims). The
 * count is said to the unit, so it stands for the days within half a unit of it.
 *
 * @example
 * ```ts
 * relativeWhen(ctx, "six days after the minister's tour ended"); // { op: 'in', lo: '2015-11-03', hi: '2015-11-03', … }
 * ```
 */
export function relativeWhen(ctx: CheckContext, text: string): When | undefined {
  const said = text.trim();
  // "after the tour ended": the day itself bounds it
  const bare = /^(after|before|since)\s+(.+)$/i.exec(said);
  if (bare) {
    const after = bare[1]!.toLowerCase() !== 'before';
    const from = sideDate(ctx, bare[2]!, after ? 'end' : 'start');
    if (!from || from.day.length !== 10 || !from.claims.length) return undefined;
    return { op: after ? 'after' : 'before', lo: from.day, hi: from.day, text: `${said} (${from.label})`, claims: from.claims };
  }
  // "a week after ...": the article may have been dropped as an ignorable word
  const m = /^(?:(\d+|an?|[a-z]+)\s+)?(day|week|fortnight|month|year)s?\s+(after|before)\s+(.+)$/i.exec(said);
  if (!m) return undefined;
  const c = (m[1] ?? 'a').toLowerCase();
  const n = /^\d+$/.test(c) ? Number(c) : c === 'a' || c === 'an' ? 1 : CARDINALS[c];
  if (n === undefined) return undefined;
  const after = m[3]!.toLowerCase() === 'after';
  const from = sideDate(ctx, m[4]!, after ? 'end' : 'start');
  // a day, not a year: a count of days from a year is no day
  if (!from || from.day.length !== 10 || !from.claims.length) return undefined;
  const unit = UNIT_DAYS[m[2]!.toLowerCase()]!;
  const sign = after ? 1 : -1;
  // within half a unit of the count, whole days only ("a week": 4 to 10 days)
  const half = unit > 1 ? unit / 2 : 0;
  const near = addDays(from.day, sign * Math.max(0, Math.ceil(n * unit - half)));
  const far = addDays(from.day, sign * Math.floor(n * unit + half));
  const [lo, hi] = after ? [near, far] : [far, near];
  return { op: 'in', lo, hi, text: `${said} (${from.label}: ${lo === hi ? lo : `${lo} to ${hi}`})`, claims: from.claims };
}

/** Verdict of "the fact's day, known to lie in [pLo, pHi], relates to `when` as it says". */
export function judgeWhen(pLo: string, pHi: string, when: When): Verdict {
  switch (when.op) {
    case 'in': return pLo >= when.lo && pHi <= when.hi ? 'SUPPORTED' : pHi < when.lo || pLo > when.hi ? 'REFUTED' : 'NOT_ENOUGH_INFO';
    case 'before': return pHi < when.lo ? 'SUPPORTED' : pLo >= when.lo ? 'REFUTED' : 'NOT_ENOUGH_INFO';
    case 'after': return pLo > when.hi ? 'SUPPORTED' : pHi <= when.hi ? 'REFUTED' : 'NOT_ENOUGH_INFO';
    case 'by': return pHi <= when.hi ? 'SUPPORTED' : pLo > when.hi ? 'REFUTED' : 'NOT_ENOUGH_INFO';
  }
}

const words = (s: string): string[] => normalizeTypography(s).toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter(Boolean);

/** One metadata reading of a claim. */
interface MetaReading {
  property: MetaProperty;
  /** The property's IRI (schema:author, ... cg:enteredIntoForceOn). */
  iri: string;
  articles: ArticleInfo[];
  agent?: CheckValue;
  /** An author named by a description ("an Associate Fellow of X": src/check/described-author.ts). */
  described?: Description;
  /** "a correspondent of the X Desk": an indefinite description of no entity, held against the byline's words. */
  bylineWords?: string;
  title?: string;
  /**
   * The title follows "calls" / "called" / "titled" with no "is" / "was" before it ("the analysis
   * calls the region a battleground": maybe the article calling something, not its title) or a
   * reporting verb ("the title says the bank opened": maybe in other words), so a title it does
   * not match leaves the claim open rather than refuting it.
   */
  looseTitle?: boolean;
  when?: When;
  /** "the first comment": the claim is about the earliest dated comment, not any of them. */
  ordinal?: 'first';
  /** "both / all the comments": the claim is about every comment (src/check/comment-quantifier.ts). */
  every?: 'every' | 'not-every';
  polarity: 'positive' | 'negative';
}

/**
 * Reads and decides a claim about an article or its comments; undefined when the claim is not one.
 *
 * @example
 * ```ts
 * checkMetadata(ctx, 'The article was written by Ann Author.')?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function checkMetadata(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  // a function of the context and the text, asked again of each text its readers and rechecks
  // see again (the users' set: about twice per text): kept per context (text-memo.ts, round 19),
  // and (round 39) per reading key, shared with the contexts derived to judge at another time,
  // tense or scope: it reads none of the judging fields, nor calls what does (checked on 1,073
  // claims through a context that records such reads; tests/check/text-memo.test.ts)
  return checkMetadataMemo(ctx, text, () => checkMetadataUncached(ctx, text));
}

const checkMetadataMemo = readingMemo<{ interpretation: Interpretation; evaluation: Evaluation } | undefined>();

function checkMetadataUncached(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  if (!ctx.metadataPatterns.length || !hasArticles(ctx)) return undefined;
  const plain = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  const compared = compareCounts(ctx, plain);
  if (compared) return compared;
  const counted = readCommentCount(ctx, plain);
  // "the only comment on X was posted ...": a stated count other than one refutes it; one leaves
  // the claim to what it says of that comment
  const byCount = counted ? decideCount(ctx, counted) : undefined;
  // "a reader commented on X in May 2011": decided by the count only when there are no comments at all
  const zero = byCount && byCount.evaluation.verdict === (counted!.polarity === 'positive' ? 'REFUTED' : 'SUPPORTED');
  if (byCount && counted!.timed) {
    if (zero) return byCount;
  } else if (byCount && !(counted!.presupposed && byCount.evaluation.verdict !== 'REFUTED')) return byCount;
  const credits = readCredits(ctx, plain);
  if (credits) return credits;
  // "Zed Q. commented on the story (in May 2011)": a comment's writer as the subject
  const commenter = checkCommenter(ctx, plain) ?? checkArticleKind(ctx, plain);
  if (commenter) return commenter;
  let tokens = dropIgnorable(tokenize(plain, ctx.morph), ctx.morph);
  let polarity: 'positive' | 'negative' = 'positive';
  // a negation inside a quoted title is the title's ("Better Late Than Never")
  const quoted = [...plain.matchAll(/(["'\u2018\u201C])(.+?)(["'\u2019\u201D])(?![a-z])/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const neg = tokens.findIndex((t) => /^(not|never)$/i.test(t.raw) && !quoted.some(([a, b]) => t.start >= a && t.end <= b));
  const negated = neg >= 0 ? tokens[neg] : undefined;
  if (neg >= 0) {
    polarity = 'negative';
    tokens = tokens.filter((_, i) => i !== neg);
  }
  // the matcher's own pre-filter (a word every match needs), asked before the maps and closures of
  // a search: most of the 115 patterns lack a word of any one claim
  const norms = new Set(tokens.map((t) => t.norm));
  for (const { property, pattern } of ctx.metadataPatterns) {
    if (!mayMatch(pattern, norms)) continue;
    const prop = localOf(property) as MetaProperty;
    const found: MetaReading[] = [];
    const arts = new Map<string, ArticleInfo[] | undefined>();
    const whens = new Map<string, When | undefined>();
    const descriptions = new Map<string, Description>();
    const ordinals = new Map<string, 'first'>();
    matchPattern(pattern, {
      tokens,
      adjuncts: [],
      maxSlot: tokens.length,
      limit: 4,
      slotValues: (name, start, end) => {
        const span = tokens.slice(start, end);
        const k = `${start}:${end}`;
        if (name === 'article' || name === 'comment') {
          // "the Articles of Agreement", "the bank's founding articles": a treaty's articles, no news
          // article, for a treaty's own entry into force
          if (prop === 'enteredIntoForceOn' && !singleArticle(span)) return [];
          if (!arts.has(k)) arts.set(k, name === 'article' ? resolveArticle(ctx, span) : commentArticles(ctx, span));
          // "the first (reader) comment on X": the earliest one, whose day alone decides
          if (name === 'comment' && /^(first|earliest)$/i.test(span.find((t) => !/^(the|a|an)$/i.test(t.raw))?.raw ?? '')) ordinals.set(k, 'first');
          const a = arts.get(k);
          return a?.length ? [{ kind: 'string', value: k }] : [];
        }
        if (name === 'agent') {
          const e = resolveMention(ctx, span)[0];
          // "the author of X is Sylvanian", "written by a Sylvanian": a demonym or a state's name
          // says where the writer is from (cg:nationality, read elsewhere), it names no writer; a
          // place never writes, edits or publishes a news article (round 22: such claims were
          // refuted against the byline)
          if (e?.kind === 'entity' && isA(ctx, e.iri, `${NS.cg}Place`)) return [];
          if (e) return [e];
          // "an Associate Fellow of X": the indefinite article was dropped, the text keeps it; a
          // phrase after "a"/"an" describes someone, it names no one (no unknown name to refute)
          const from = span[0]!.indef ? plain.lastIndexOf(' ', span[0]!.start - 2) + 1 : span[0]!.start;
          const d = readDescription(ctx, plain.slice(from, span[span.length - 1]!.end));
          if (d) {
            descriptions.set(k, d);
            return [{ kind: 'string', value: `described:${k}` }];
          }
          // "Associate Fellow Teasdale": an unknown title before a known person's surname may name that
          // person, so it refutes no byline (round 11: "Professor Teasdale" was refuted)
          if (span.length > 1 && resolveMention(ctx, span.slice(-1)).some((e) => isA(ctx, e.iri, `${NS.cg}Person`))) return [];
          // "a correspondent of the X Desk": a description the byline's own words may bear out (round 14)
          if (span[0]!.indef && span.length <= 6) return [{ kind: 'string', value: `byline:${plain.slice(span[0]!.start, span[span.length - 1]!.end)}` }];
          return looksLikeName(span) && !span[0]!.indef ? [{ kind: 'unknown-entity', mention: span.map((t) => t.raw).join(' ') }] : [];
        }
        if (name === 'when') {
          if (!whens.has(k)) whens.set(k, readWhen(span) ?? relativeWhen(ctx, plain.slice(span[0]!.start, span[span.length - 1]!.end)));
          return whens.get(k) ? [{ kind: 'string', value: k }] : [];
        }
        if (name === 'title') return [{ kind: 'string', value: plain.slice(span[0]!.start, span[span.length - 1]!.end) }];
        return [];
      },
    }).forEach((m) => {
      const naming = prop === 'headline' ? titleVerb(plain, tokens, m.spans.title) : undefined;
      const r: MetaReading = { property: prop, iri: property, articles: [], polarity };
      if (naming === 'loose') r.looseTitle = true;
      // "the title of X says (that) Y", "X's headline puts the count at N": a verb fell into the
      // title slot (a lower-case first word, where a title is capitalised): what the title
      // reports, maybe in other words; the reporting verb itself is no word of the title
      const t0 = m.spans.title ? tokens[m.spans.title[0]] : undefined;
      // where the title's words begin (after a reporting verb the slot took: "calls X Y")
      let titleFrom = t0?.start;
      if (prop === 'headline' && !naming && t0 && /^[a-z]/.test(t0.raw)) {
        // "the headline reads 'X'", "says 'X'": the title's own words, quoted
        r.looseTitle = !(/^(?:says?|said|reads?)$/i.test(t0.raw) && /^\s*["'\u2018\u201C]/.test(plain.slice(t0.end)));
        const next = REPORTING.test(t0.raw) ? tokens.slice(m.spans.title![0] + 1, m.spans.title![1]).find((t) => t.raw.toLowerCase() !== 'that') : undefined;
        if (next) {
          m.bindings.title = { kind: 'string', value: plain.slice(next.start, tokens[m.spans.title![1] - 1]!.end) };
          titleFrom = next.start;
        }
      }
      const a = m.bindings.article ?? m.bindings.comment;
      if (a?.kind === 'string') r.articles = arts.get(a.value) ?? [];
      else r.articles = articlesOf(ctx);
      if (m.bindings.comment?.kind === 'string' && ordinals.has(m.bindings.comment.value)) r.ordinal = 'first';
      else if (m.bindings.comment) r.every = aboutEveryComment(plain);
      const agent = m.bindings.agent;
      if (agent?.kind === 'string' && agent.value.startsWith('described:')) r.described = descriptions.get(agent.value.slice('described:'.length));
      else if (agent?.kind === 'string' && agent.value.startsWith('byline:')) r.bylineWords = agent.value.slice('byline:'.length);
      else if (agent) r.agent = agent;
      // "Ann Author published her analysis": an author putting out her own article, no publisher's credit
      if (prop === 'publisher' && r.agent?.kind === 'entity' && r.articles.some((x) => x.authors.includes((r.agent as { iri: string }).iri) || x.editors.includes((r.agent as { iri: string }).iri))) return;
      if (m.bindings.title?.kind === 'string') r.title = m.bindings.title.value;
      // "is entitled Better Late Than Never" unquoted: a "not" / "never" after the title's start is
      // the title's word, not the claim's denial
      if (r.title && negated && titleFrom !== undefined && negated.start > titleFrom) {
        r.polarity = 'positive';
        r.title = plain.slice(titleFrom, Math.max(titleFrom + r.title.length, negated.end));
      }
      if (m.spans.when) r.when = whens.get(`${m.spans.when[0]}:${m.spans.when[1]}`) ?? readWhen(tokens.slice(...m.spans.when));
      found.push(r);
    });
    if (found.length) return decide(ctx, found[0]!, text);
  }
  return undefined;
}

/** Words of a byline or a description of its writer, singular ("correspondents" -> "correspondent"). */
const bylineKeys = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.replace(/(?<=[^s])s$/, ''));
/**
 * The initials of each run of three or more capitalised words of a byline sentence, small linking
 * words skipped inside the run ("Centre for Air Power Studies" -> "caps"); a comma or a bracket
 * ends a run. Two words ("New Delhi", "Associate Fellow") make no initialism a claim would use.
 */
function initialisms(line: string): string[] {
  const out: string[] = [];
  for (const chunk of normalizeTypography(line).split(/[,;()]+/)) {
    let run: string[] = [];
    const flush = (): void => {
      if (run.length >= 3) out.push(run.map((w) => w[0]!).join('').toLowerCase());
      run = [];
    };
    for (const w of chunk.split(/\s+/).map((x) => x.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(Boolean)) {
      if (/^\p{Lu}/u.test(w)) run.push(w);
      else if (!(run.length && /^(?:of|for|and|the|on|in)$/.test(w))) flush();
    }
    flush();
  }
  return out;
}

/** Words of a description that name no quality of the writer. */
const BYLINE_GLUE = new Set(['a', 'an', 'the', 'of', 'at', 'for', 'from', 'with', 'on', 'by', 'and', 'in']);

/** Naming verbs a title may follow ("called", "titled", "entitled", "headlined", "named"). */
const NAMING = /^(?:call|title|entitle|headline|name)(?:s|d|ed)$/i;
/** Verbs by which a title reports what it says ("the title says ...", "the headline puts ..."). */
const REPORTING = /^(?:says?|said|calls?|called|states?|stated|puts?|gives?|gave|mentions?|mentioned|reports?|reported|reads?|names?|named|notes?|noted|announces?|announced|claims?|claimed|describes?|described|speaks?|spoke|tells?|told)$/i;

/**
 * How the verb before a title slot gives it: 'passive' ("is called X", "was not titled X": the
 * title's words), 'loose' (an active verb, "the analysis calls X Y", "the report headlines the
 * opening": the article doing something, maybe naming no title; "called X" with no auxiliary, a
 * reduced relative or an active past; "the title says X", which may say it in other words: the
 * title's words support, other words do not refute), or undefined when no such verb precedes
 * the title (a noun frame: "the title of X is Y"). A quoted title right after the verb ("called
 * 'X'", "the headline says 'X'") is the title's words whatever the verb.
 */
function titleVerb(plain: string, tokens: readonly Token[], span: [number, number] | undefined): 'passive' | 'loose' | undefined {
  if (!span || span[0] === 0) return undefined;
  const verb = tokens[span[0] - 1]!;
  const by = tokens[span[0] - 2]?.raw.toLowerCase();
  const reported = REPORTING.test(verb.raw) && (by === 'title' || by === 'headline');
  if (!reported && !NAMING.test(verb.raw)) return undefined;
  if (/^\s*["'\u2018\u201C]/.test(plain.slice(verb.end))) return 'passive';
  if (reported) return 'loose';
  const before = plain.slice(0, verb.start);
  if (/\b(?:is|was|are|were|be|been|being)\s+(?:not\s+|never\s+)?(?:\w+ly\s+)?$/i.test(before) || /\b(?:isn|wasn|aren|weren)'t\s+(?:\w+ly\s+)?$/i.test(before)) return 'passive';
  return 'loose';
}

/**
 * A credit line said as one claim: "the story was reported by X and edited by Y", "the story's
 * reporting was done by X and its editing by Y", and "the story has one reader comment, posted on
 * D" (the count, then that comment's date; round 23). Each credit is
 * read on its own (the subject and verb repeated); both must be metadata readings, and the claim
 * holds when both do (src/check/compound.ts `combineParts`).
 */
function readCredits(ctx: CheckContext, said: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  // "there's one reader comment under X, dated D" (round 33): the existential says the same as
  // "X has one reader comment, dated D"
  const there = /^there(?:'s|\u2019s|\s+is|\s+was)\s+((?:only\s+|just\s+)?(?:one|a\s+single|1)\s+(?:reader\s+)?comment)\s+(?:under|on|to|below|beneath|left\s+on|posted\s+(?:under|on))\s+(.+?),?\s+((?:posted|written|dated|left|made|published|submitted)\s+.+)$/i.exec(said);
  const plain = there ? `${there[2]} has ${there[1]!.replace(/^just\s+/i, 'only ')}, ${there[3]}` : said;
  const m = /^(.+?)\s+(was|were|is|has\s+been|had\s+been)\s+(\S+\s+by\s+.+?)\s+and\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(\S+\s+by\s+.+)$/i.exec(plain);
  // round 23: "the story's reporting was done by X and its editing by Y": each credit a noun of the
  // article's, the second with its verb left out
  const n = m ? undefined : /^(.+?)(?:'s|\u2019s)\s+(\w+)\s+(was|is|has\s+been)\s+(done|carried\s+out|handled)\s+by\s+(.+?)\s+and\s+(?:its|the)\s+(\w+)\s+(?:(?:was|is|has\s+been)\s+)?(?:(?:done|carried\s+out|handled)\s+)?by\s+(.+)$/i.exec(plain);
  // "the story has one reader comment, posted on 3 May 2011": the count, then that one comment's date
  const c = m || n ? undefined : /^(.+?)\s+(has|had|got|received|drew)\s+((?:only\s+)?(?:one|a\s+single|1)\s+(?:reader\s+)?(?:comment|response|reply)),?\s+(?:which\s+was\s+)?(posted|written|dated|left|made|published|submitted)\s+(.+)$/i.exec(plain);
  if (!m && !n && !c) return undefined;
  const texts = m ? [`${m[1]} ${m[2]} ${m[3]}`, `${m[1]} ${m[2]} ${m[4]}`]
    : n ? [`${n[1]}'s ${n[2]} ${n[3]} ${n[4]} by ${n[5]}`, `${n[1]}'s ${n[6]} ${n[3]} ${n[4]} by ${n[7]}`]
    : [`${c![1]} ${c![2]} ${c![3]}`, `the reader comment on ${c![1]} was ${c![4]} ${c![5]}`];
  const parts = texts.map((t) => ({ t, r: checkMetadata(ctx, t) }));
  if (parts.some((p) => !p.r)) return undefined;
  const read = parts.map((p) => ({ text: p.t, interpretation: p.r!.interpretation, evaluation: p.r!.evaluation, elliptic: false }));
  return { interpretation: read[0]!.interpretation, evaluation: combineParts(read) };
}

const COMMENT_NOUNS: ReadonlySet<string> = new Set(['comment', 'comments', 'reply', 'replies', 'response', 'responses']);

/** Articles whose comments a span names ("a reader comment", "the only comment on the X analysis"). */
function commentArticles(ctx: CheckContext, span: readonly Token[]): ArticleInfo[] | undefined {
  const w = span.map((t) => t.raw.toLowerCase());
  // a reader's reply or response to the page is its comment (round 25); a "remark" may be the author's
  const at = w.findIndex((x) => COMMENT_NOUNS.has(x));
  if (at < 0) return undefined;
  if (!w.slice(0, at).every((x) => ['reader', 'only', 'one', "reader's", "'s", 'first', 'single'].includes(x))) return undefined;
  const on = w.findIndex((x, i) => i > at && (x === 'on' || x === 'to' || x === 'under'));
  const arts = on > at ? resolveArticle(ctx, span.slice(on + 1)) : articlesOf(ctx);
  return arts?.filter((a) => a.comments.length);
}

function decide(ctx: CheckContext, r: MetaReading, claim: string): { interpretation: Interpretation; evaluation: Evaluation } {
  const subject: CheckValue = r.articles.length === 1
    ? { kind: 'entity', iri: r.articles[0]!.iri, label: r.articles[0]!.headline }
    : { kind: 'entities', items: r.articles.map((a) => ({ kind: 'entity' as const, iri: a.iri, label: a.headline })) };
  const object: CheckValue = r.agent ?? (r.described ? { kind: 'string', value: r.described.text } : r.bylineWords ? { kind: 'string', value: r.bylineWords } : r.title ? { kind: 'string', value: r.title } : r.when ? { kind: 'string', value: r.when.text } : { kind: 'string', value: '' });
  const interpretation: Interpretation = {
    subject, predicate: r.iri, predicateName: r.property, object, polarity: r.polarity, modality: 'stated', qualifiers: {},
    pattern: `article metadata (${prefixed(r)})`,
  };
  const outcomes = r.articles.map((a) => judgeArticle(ctx, r, a));
  // "the article" may name any of them: supported when one fits, refuted when none can
  let verdict: Verdict = outcomes.some((o) => o.verdict === 'SUPPORTED') ? 'SUPPORTED' : outcomes.length && outcomes.every((o) => o.verdict === 'REFUTED') ? 'REFUTED' : 'NOT_ENOUGH_INFO';
  const chosen = outcomes.filter((o) => o.verdict === verdict);
  if (r.polarity === 'negative' && verdict !== 'NOT_ENOUGH_INFO') verdict = verdict === 'SUPPORTED' ? 'REFUTED' : 'SUPPORTED';
  const bearings: Bearing[] = chosen.flatMap((o) => o.sentences.map((s) => ({
    claim: pseudoClaim(o.article.iri, [s]), stance: verdict === 'NOT_ENOUGH_INFO' ? 'related' as const : verdict === 'SUPPORTED' ? 'supports' as const : 'refutes' as const, reason: 'article-metadata', note: o.why,
  })));
  // a described author is cited by the claims that give the title and affiliation too
  if (verdict !== 'NOT_ENOUGH_INFO') for (const c of chosen.flatMap((o) => o.claims ?? [])) bearings.push({ claim: c, stance: verdict === 'SUPPORTED' ? 'supports' : 'refutes', reason: 'article-metadata', note: 'describes the author' });
  // a relative time is cited by the claims that date what it counts from
  if (verdict !== 'NOT_ENOUGH_INFO') for (const c of r.when?.claims ?? []) bearings.push({ claim: c, stance: verdict === 'SUPPORTED' ? 'supports' : 'refutes', reason: 'article-metadata', note: `dates what "${r.when!.text}" counts from` });
  const explanation = `${verdict === 'SUPPORTED' ? 'Supported' : verdict === 'REFUTED' ? 'Refuted' : 'Not enough information'} by the article's metadata (${prefixed(r)}): ${(chosen.length ? chosen : outcomes).map((o) => o.why).join('; ') || 'no article fits'}.${r.when?.claims ? ` The claim says ${r.when.text}.` : ''}${r.polarity === 'negative' ? ' The claim denies it.' : ''}`;
  return { interpretation, evaluation: { verdict, reason: 'article-metadata', conflict: false, bearings, explanation } };
  void claim;
}

/** A metadata property as written in the explanation ("schema:author", "cg:enteredIntoForceOn"). */
const prefixed = (r: MetaReading): string => `${r.iri.startsWith(SCHEMA) ? 'schema' : 'cg'}:${r.property}`;

/**
 * Whether a span names one news article, not a treaty's articles: a singular page noun ("the
 * League story", "the article") and no "agreement" / "charter" / "treaty" among its words.
 */
function singleArticle(span: readonly Token[]): boolean {
  const words = span.map((t) => t.raw.toLowerCase());
  return !words.some((w) => /^(?:articles|agreements?|charters?|treat(?:y|ies)|conventions?|accords?|protocols?)$/.test(w));
}

/**
 * Whether `mention` restates the byline of an unidentified author `iri` (every word of it is a
 * word of the byline: "Correspondent, News Desk" for "By Correspondent, News Desk").
 */
function restatesByline(ctx: CheckContext, iri: string, mention: string): boolean {
  if (!ctx.store.getQuads(iri, `${NS.rdf}type`, `${NS.cg}UnidentifiedAgent`, null).length) return false;
  const label = ctx.store.getObjects(iri, `${NS.rdfs}label`, null)[0]?.value ?? '';
  const byline = /\(byline:\s*(.+)\)$/.exec(label)?.[1];
  if (!byline) return false;
  const have = new Set(words(byline));
  const want = words(mention);
  return want.length > 0 && want.every((w) => have.has(w));
}

/**
 * The credited organisation a mention names as its owner ("the Bureau's Zed Q.", "Zed Q. of
 * the Bureau", "Zed Q. at the Bureau"), when one of `credited` is an organisation whose label is
 * that owner; undefined otherwise. A person of the organisation a credit line names is neither
 * named nor excluded by it (round 34).
 */
function memberOfCredited(ctx: CheckContext, mention: string, credited: readonly string[], name: (iri: string) => string): string | undefined {
  const owned = /^(.+?)\s*['\u2019]s\s+\S/.exec(mention)?.[1] ?? /^\S.*?\s+(?:of|at|from|with)\s+(.+)$/.exec(mention)?.[1];
  if (!owned) return undefined;
  const owner = owned.replace(/^the\s+/i, '').trim().toLowerCase();
  const org = credited.find((iri) => isA(ctx, iri, `${NS.cg}Organisation`) && name(iri).replace(/^the\s+/i, '').toLowerCase() === owner);
  return org ? name(org) : undefined;
}

/**
 * An unknown agent that is neither the credited one nor another (round 34): the credited name with
 * words after it (byline-name.ts, `described`), or someone of the credited organisation; undefined
 * for an agent the credit excludes. One test for the byline and the credit line alike.
 */
function creditedWithMore(ctx: CheckContext, mention: string, credited: readonly string[], name: (iri: string) => string): { whom: string; described: boolean } | undefined {
  // round 36 (users29's F14): the credited agent's other names too ("Teasdale, a PhD" of Gloria Teasdale)
  for (const iri of credited) {
    const names = [name(iri), ...ctx.store.getObjects(iri, `${NS.skos}altLabel`, null).map((o) => o.value)];
    if (namedWithMore(mention, names)) return { whom: name(iri), described: true };
  }
  const member = memberOfCredited(ctx, mention, credited, name);
  return member ? { whom: member, described: false } : undefined;
}

/** Small words a paraphrased title may add or drop. */
const TITLE_GLUE = new Set(['the', 'a', 'an', 'of', 'in', 's', 'on', 'to', 'and', 'its', 'for', 'with']);

function judgeArticle(ctx: CheckContext, r: MetaReading, a: ArticleInfo): { article: ArticleInfo; verdict: Verdict; why: string; sentences: string[]; claims?: ClaimInfo[] } {
  const name = (iri: string): string => ctx.entityLabel.get(iri) ?? ctx.store.getObjects(iri, `${NS.rdfs}label`, null)[0]?.value ?? iri;
  const title = `"${a.headline}"`;
  switch (r.property) {
    case 'author': {
      if (!a.authors.length) return { article: a, verdict: 'NOT_ENOUGH_INFO', why: `the graph names no author of ${title}`, sentences: [] };
      if (r.described) {
        const j = judgeDescription(ctx, a.authors, r.described);
        return { article: a, verdict: j.verdict, sentences: a.bylineSentences, claims: j.claims, why: `the byline of ${title} names ${a.authors.map(name).join(', ')}; ${j.why}` };
      }
      if (r.bylineWords !== undefined) {
        // every word of the description stands in the byline ("By Correspondent, X Desk"): supported;
        // a byline in other words may still describe the same writer, so nothing refutes
        const line = a.bylineSentences.map((s) => anchorText(ctx.store, s)).join(' ');
        // an institute the byline names in full is also named by its initials ("a LAS fellow"
        // for "Fellow, League for Applied Studies", round 33)
        const have = new Set([...bylineKeys(line), ...a.bylineSentences.flatMap((s) => initialisms(anchorText(ctx.store, s)))]);
        // a word in capitals is an initialism, kept whole ("CAPS" is not a plural of "CAP")
        const want = r.bylineWords.split(/[^\p{L}\p{N}]+/u).filter(Boolean).flatMap((w) => (/^\p{Lu}{2,}$/u.test(w) ? [w.toLowerCase()] : bylineKeys(w))).filter((w) => !BYLINE_GLUE.has(w));
        const fits = want.length > 0 && want.every((w) => have.has(w));
        return { article: a, verdict: fits ? 'SUPPORTED' : 'NOT_ENOUGH_INFO', sentences: fits ? a.bylineSentences : [], why: `the byline of ${title} reads "${line}"` };
      }
      const agent = r.agent;
      const hit = agent?.kind === 'entity' && a.authors.includes(agent.iri);
      // a byline that names nobody ("By Correspondent, News Desk": an unidentified author) is not
      // refuted by its own words: "bylined Correspondent, News Desk" restates it (round 14: the
      // byline's words, unknown as an entity, were refuted as another author). Another name still
      // refutes: the byline names all the authors there are.
      const unnamed = !hit && agent?.kind === 'unknown-entity' && a.authors.some((iri) => restatesByline(ctx, iri, agent.mention));
      if (unnamed) {
        return { article: a, verdict: 'NOT_ENOUGH_INFO', sentences: a.bylineSentences, why: `the byline of ${title} names no identified author (${a.authors.map(name).join(', ')}); the claim restates its words, which name nobody the graph knows, so it neither confirms nor excludes "${agent.mention}"` };
      }
      const held = !hit && agent?.kind === 'unknown-entity' ? creditedWithMore(ctx, agent.mention, a.authors, name) : undefined;
      if (held?.described) return { article: a, verdict: 'NOT_ENOUGH_INFO', sentences: a.bylineSentences, why: `the byline of ${title} names ${held.whom}; "${agent!.mention}" adds words about ${held.whom} that are not checked here, so it neither confirms nor excludes them` };
      if (held) return { article: a, verdict: 'NOT_ENOUGH_INFO', sentences: a.bylineSentences, why: `the byline of ${title} credits ${held.whom}; "${agent!.mention}" is someone of it, whom the byline neither names nor excludes` };
      return {
        article: a, verdict: hit ? 'SUPPORTED' : 'REFUTED', sentences: a.bylineSentences,
        why: `the byline of ${title} names ${a.authors.map(name).join(', ')}${hit ? '' : `, not ${agent?.kind === 'entity' ? agent.label : agent?.kind === 'unknown-entity' ? agent.mention : 'that author'}`}`,
      };
    }
    case 'editor': {
      // a credit line names the editing, as a byline names the writing: another editor refutes
      if (!a.editors.length) return { article: a, verdict: 'NOT_ENOUGH_INFO', why: `the graph names no editor of ${title}`, sentences: [] };
      const agent = r.agent;
      const hit = agent?.kind === 'entity' && a.editors.includes(agent.iri);
      const held = !hit && agent?.kind === 'unknown-entity' ? creditedWithMore(ctx, agent.mention, a.editors, name) : undefined;
      if (held?.described) return { article: a, verdict: 'NOT_ENOUGH_INFO', sentences: a.editorSentences, why: `the page of ${title} credits its editing to ${held.whom}; "${agent!.mention}" adds words about ${held.whom} that are not checked here` };
      if (held) return { article: a, verdict: 'NOT_ENOUGH_INFO', sentences: a.editorSentences, why: `the page of ${title} credits its editing to ${held.whom}; "${agent!.mention}" is someone of it, whom the credit neither names nor excludes` };
      return {
        article: a, verdict: hit ? 'SUPPORTED' : 'REFUTED', sentences: a.editorSentences,
        why: `the page of ${title} credits its editing to ${a.editors.map(name).join(', ')}${hit ? '' : `, not ${agent?.kind === 'entity' ? agent.label : agent?.kind === 'unknown-entity' ? agent.mention : 'that editor'}`}`,
      };
    }
    case 'headline': {
      const want = words(r.title ?? '');
      const have = words(a.headline);
      const at = want.length ? have.findIndex((_, i) => want.every((w, k) => have[i + k] === w)) : -1;
      const ok = at >= 0 && (want.length >= 3 || want.length * 2 >= have.length);
      // the title's own content words in another order or with other small words ("Freedonia's
      // engagement in Ruritania" for "Freedonia's Ruritania Engagement") is the title paraphrased,
      // not another title: only a word the title lacks refutes
      const content = want.filter((w) => !TITLE_GLUE.has(w));
      const paraphrase = !ok && content.length >= 2 && content.every((w) => have.includes(w));
      const open = !ok && !paraphrase && r.looseTitle;
      return {
        article: a, verdict: ok ? 'SUPPORTED' : paraphrase || open ? 'NOT_ENOUGH_INFO' : 'REFUTED', sentences: a.headlineSentences,
        why: `its title is ${title}${paraphrase ? '; the claim gives its words in another order' : open ? '; the claim may give the title in other words, or the article calling something else (no "is" before its verb), so other words do not refute' : ''}`,
      };
    }
    case 'datePublished': {
      const first = a.comments.map((c) => c.date).filter((d): d is string => !!d).sort()[0];
      const lo = a.published ?? '0000-01-01';
      const hi = a.published ?? first;
      if (!hi || !r.when) return { article: a, verdict: 'NOT_ENOUGH_INFO', why: `the graph gives no publication date of ${title}`, sentences: [] };
      const verdict = judgeWhen(lo, hi, r.when);
      const why = a.published ? `${title} was published on ${a.published}` : `${title} gives no publication date, but a reader commented on it on ${first}, so it was online by then`;
      return { article: a, verdict, why, sentences: a.published ? [...a.headlineSentences, ...a.bylineSentences] : a.comments.flatMap((c) => c.sentences) };
    }
    case 'publisher':
      // a page names its writers and desks, not always its publisher; the graph records none
      return { article: a, verdict: 'NOT_ENOUGH_INFO', sentences: [], why: `the graph names no publisher of ${title} (its byline and credit lines name who wrote${a.editors.length ? ' and edited' : ''} it, not who published it)` };
    case 'dateModified':
      return { article: a, verdict: 'NOT_ENOUGH_INFO', sentences: [], why: `the graph records no update or revision of ${title}${a.published ? ` (published on ${a.published})` : ''}` };
    case 'enteredIntoForceOn':
      // entry into force is a treaty's or an agreement's; a news article has none, and the claim,
      // about the article, says nothing of the treaty it may report on
      return { article: a, verdict: 'NOT_ENOUGH_INFO', sentences: [], why: `${title} is a news article${a.published ? ` (published on ${a.published})` : ''}; entering into force is said of a treaty or an agreement, and the graph records no such date of an article` };
    case 'dateCreated': {
      const dated = a.comments.filter((c) => c.date);
      if (!dated.length || !r.when) return { article: a, verdict: 'NOT_ENOUGH_INFO', why: `the graph dates no reader comment of ${title}`, sentences: [] };
      if (r.ordinal === 'first') {
        // the earliest comment's day decides; an undated comment might be earlier
        if (dated.length !== a.comments.length) return { article: a, verdict: 'NOT_ENOUGH_INFO', why: `not every reader comment of ${title} is dated`, sentences: [] };
        const day = dated.map((c) => c.date!).sort()[0]!;
        const firsts = dated.filter((c) => c.date === day);
        return {
          article: a, verdict: judgeWhen(day, day, r.when), sentences: firsts.flatMap((c) => c.sentences),
          why: `the first reader comment on ${title} is dated ${day}${dated.length > 1 ? ` (all: ${dated.map((c) => c.date).join(', ')})` : ''}`,
        };
      }
      if (r.every && a.comments.length > 1) {
        // every comment must be as the claim says; an undated one is not known to be
        const each = a.comments.map((c) => (c.date ? judgeWhen(c.date, c.date, r.when!) : 'NOT_ENOUGH_INFO'));
        const verdict = everyComment(each, r.every, r.polarity);
        const shown = a.comments.filter((_, i) => verdict === 'NOT_ENOUGH_INFO' || each[i] === verdict);
        return {
          article: a, verdict, sentences: shown.flatMap((c) => c.sentences),
          why: `the claim is about every reader comment on ${title}, and they are dated ${a.comments.map((c) => c.date ?? 'undated').join(', ')}`,
        };
      }
      const hits = dated.filter((c) => judgeWhen(c.date!, c.date!, r.when!) === 'SUPPORTED');
      return {
        article: a, verdict: hits.length ? 'SUPPORTED' : 'REFUTED', sentences: (hits.length ? hits : dated).flatMap((c) => c.sentences),
        why: `the reader comment${dated.length > 1 ? 's' : ''} on ${title} ${dated.length > 1 ? 'are' : 'is'} dated ${dated.map((c) => c.date).join(', ')}`,
      };
    }
  }
}
