/**
 * Sides of a span that name a source rather than a thing it reports (round 24): "the League article
 * came out", "the canal story itself" (the article's publication day, never the day of what it
 * reports: "the League article" is not the League's charter), "Zed Q.'s comment", "Zed Q. commented
 * on the story", "Zed Q. did" (the one dated comment of a writer the page names). Read by
 * src/check/spans.ts `sideDate` before any entity, so "3 days after the canal story came out" is
 * counted from the story's date.
 */
import { articlesOf, hasArticles, pseudoClaim, resolveArticle, type ArticleInfo, type CommentInfo } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { PAGE_NOUNS } from './page-nouns.js';
import { dropIgnorable, escapeRegExp, normalizeTypography, tokenize } from './text.js';
import type { ClaimInfo } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

/** A side's day, as src/check/spans.ts takes it. */
export interface SourceDay {
  day: string;
  label: string;
  iri: string;
  claims: ClaimInfo[];
  head: true;
  /** The time of day as well (a comment's schema:dateCreated), when the source gives it. */
  at?: string;
}

// what an article did on its day ("came out", "was published", "went online"), or "itself"
const ARTICLE_VERB = /\s+(?:(?:first\s+)?(?:came|comes|come)\s+out|(?:was|were|got|had\s+been)\s+(?:first\s+)?(?:published|posted|released|filed)|(?:went|goes|go)\s+(?:out|online|live|up)|appeared|ran|itself)$/i;
// what a commenter did ("commented (on X)", "posted (his comment) (on X)", "weighed in (on X)", "did")
const COMMENTER_VERB = /^(.+?)\s+(?:(?:commented|weighed\s+in|replied|responded|chimed\s+in)|(?:posted|left|wrote|added|made|submitted)(?:\s+(?:a|an|his|her|their|the)\s+(?:reader\s+)?(?:comment|remark|reply|note|forecast|prediction|post|thoughts?))?|did)(?:\s+(?:on|under|below|about)\s+(.+))?$/i;
// "Zed Q.'s comment (on X)"
const COMMENT_OF = /^(.+?)(?:'s|\u2019s)\s+(?:reader\s+)?(?:comment|remark|reply|post|forecast|prediction)(?:\s+(?:on|under|below|about)\s+(.+?))?(?:\s+(?:came|was\s+posted|appeared|itself))?$/i;

const GATE = cachedRegExp(`\\b(?:${[...PAGE_NOUNS].map(escapeRegExp).join('|')}|comment|commented|posted|left|wrote|weighed|replied|responded|chimed|added|made|submitted|did|remark|reply|post|forecast|prediction)\\b`, 'i');

const bare = (s: string): string => normalizeTypography(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The day a side naming a source gives: an article's publication day, or a commenter's one dated
 * comment; undefined when the side names no one article or writer (or the graph dates neither).
 *
 * @example
 * ```ts
 * sourceSide(ctx, 'the canal story came out'); // { day: '2012-03-09', label: '"Canal Opens" (published 2012-03-09)', … }
 * sourceSide(ctx, "Zed Q.'s comment"); // { day: '2011-05-04', label: "Zed Q.'s comment (2011-05-04)", … }
 * ```
 */
export function sourceSide(ctx: CheckContext, text: string): SourceDay | undefined {
  // the cheap test first: most sides name no page and no comment
  if ((!GATE.test(text) && !INITIALLED.test(text.trim())) || !hasArticles(ctx)) return undefined;
  const said = normalizeTypography(text).trim();
  return commentSide(ctx, said) ?? pageCommentSide(ctx, said) ?? articleSide(ctx, said);
}

// round 27: "the (only) reader comment on the canal story (went up)", "a reader commented on the
// canal story": the comment of a page that has one, named by its page rather than its writer
const PAGE_COMMENT = /^(?:(?:the|its)\s+(?:(?:only|one|sole|single|lone)\s+)?(?:reader(?:'s|\u2019s|s')?\s+)?(?:comment|remark|reply|response)\s+(?:on|under|below|about|to)\s+(.+?)(?:\s+(?:came|went\s+up|was\s+(?:posted|left|made|written)|appeared))?|(?:a|one|the)\s+reader\s+(?:commented|responded|replied|weighed\s+in)\s+(?:on|to|under)\s+(.+))$/i;

function pageCommentSide(ctx: CheckContext, said: string): SourceDay | undefined {
  const m = PAGE_COMMENT.exec(said);
  if (!m) return undefined;
  const span = dropIgnorable(tokenize(m[1] ?? m[2]!, ctx.morph), ctx.morph);
  const arts = span.length ? resolveArticle(ctx, span) : undefined;
  // one page, with one comment: a page with several gives no one day ("the comment" is none of them)
  if (arts?.length !== 1 || arts[0]!.comments.length !== 1 || !arts[0]!.comments[0]!.date) return undefined;
  const [art, c] = [arts[0]!, arts[0]!.comments[0]!];
  const created = ctx.store.getObjects(c.iri, `${NS.schema}dateCreated`, null).map((o) => o.value).find((v) => /T\d\d:\d\d/.test(v));
  return { day: c.date!, label: `the one comment on "${art.headline}" (${c.date})`, iri: c.iri, claims: [pseudoClaim(art.iri, c.sentences)], head: true, ...(created ? { at: created } : {}) };
}

function articleSide(ctx: CheckContext, said: string): SourceDay | undefined {
  const span = dropIgnorable(tokenize(said.replace(ARTICLE_VERB, ''), ctx.morph), ctx.morph);
  if (!span.length) return undefined;
  const arts = resolveArticle(ctx, span);
  // one article, and not every article ("the article" of several names none in particular)
  if (arts?.length !== 1 || (articlesOf(ctx).length > 1 && span.length === 1)) return undefined;
  const art = arts[0]!;
  if (!art.published) return undefined;
  return { day: art.published, label: `"${art.headline}" (published ${art.published})`, iri: art.iri, claims: [pseudoClaim(art.iri, [...art.headlineSentences, ...art.bylineSentences])], head: true };
}

// "after Zed Q.": a writer named alone, by a name that ends in an initial as commenters sign
const INITIALLED = /^(\p{Lu}[\p{L}'-]+\s+\p{Lu}\.?)$/u;

function commentSide(ctx: CheckContext, said: string): SourceDay | undefined {
  const m = COMMENT_OF.exec(said) ?? COMMENTER_VERB.exec(said) ?? INITIALLED.exec(said);
  if (!m) return undefined;
  const name = bare(m[1]!);
  if (!name || name.split(' ').length > 4) return undefined;
  let pages: ArticleInfo[] = articlesOf(ctx);
  if (m[2]) {
    const span = dropIgnorable(tokenize(m[2], ctx.morph), ctx.morph);
    const arts = span.length ? resolveArticle(ctx, span) : undefined;
    if (!arts?.length) return undefined;
    pages = arts;
  }
  const mine: Array<{ art: ArticleInfo; c: CommentInfo }> = [];
  for (const art of pages) for (const c of art.comments) if (c.author && ctx.store.getObjects(c.author, `${NS.schema}name`, null).some((n) => bare(n.value) === name)) mine.push({ art, c });
  // one dated comment of that writer: a writer of several comments gives no one day
  if (mine.length !== 1 || !mine[0]!.c.date) return undefined;
  const { art, c } = mine[0]!;
  const writer = ctx.store.getObjects(c.author!, `${NS.schema}name`, null)[0]!.value;
  const created = ctx.store.getObjects(c.iri, `${NS.schema}dateCreated`, null).map((o) => o.value).find((v) => /T\d\d:\d\d/.test(v));
  return { day: c.date!, label: `${writer}'s comment (${c.date})`, iri: c.iri, claims: [pseudoClaim(art.iri, c.sentences)], head: true, ...(created ? { at: created } : {}) };
}
