/**
 * The year a page's reader comments pin (round 33, branch attrib33): "Zed Q. commented on the
 * League story on 17 May" names a day without its year, and a claim about a reader comment can
 * only mean a comment the page shows. When every comment of the page the claim names (by the page
 * itself or by one of its commenters) is dated in one year, that year is the one meant: a comment
 * of another year is not on the page, so the claim said on that year decides either way. A page
 * whose comments span two years pins none, and the claim stays held.
 */
import { articlesOf, resolveArticle, type ArticleInfo } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { dropIgnorable, tokenize } from './text.js';

/** The year and comment days of a page whose comments all fall in one year. */
export interface PinnedYear {
  year: string;
  /** `YYYY-MM-DD` of each dated comment of the page. */
  days: string[];
}

/** The one year of an article's comments, when every comment is dated in it. */
function oneYear(a: ArticleInfo): PinnedYear | undefined {
  if (!a.comments.length || a.comments.some((c) => !c.date)) return undefined;
  const years = new Set(a.comments.map((c) => c.date!.slice(0, 4)));
  if (years.size !== 1) return undefined;
  const year = [...years][0]!;
  // a page published in a later year than its comments cannot be (a stale record): pin nothing
  if (a.published && a.published.slice(0, 4) > year) return undefined;
  return { year, days: a.comments.map((c) => c.date!) };
}

/**
 * The year pinned by the reader comments of the one page a claim names, by a mention of the page
 * ("the League story") or by the name of one of its commenters; undefined when the claim is not
 * about a comment, names no page or several, or the page's comments are of more than one year.
 *
 * @example
 * ```ts
 * commentYear(ctx, 'Zed Q. commented on the League story on 17 May'); // { year: '2011', days: ['2011-05-17', …] }
 * ```
 */
export function commentYear(ctx: CheckContext, text: string): PinnedYear | undefined {
  // only a claim about a comment or its posting: a page's comments date nothing else
  if (!/\b(?:comment(?:s|ed|er|ers)?|posted|repl(?:y|ied|ies))\b/i.test(text)) return undefined;
  const lower = text.toLowerCase();
  const pages = new Set<ArticleInfo>();
  for (const a of articlesOf(ctx)) {
    for (const c of a.comments) {
      // a commenter is no entity of the graph: its schema:name (round 34), as commenter.ts reads it
      const name = c.author ? ctx.entityLabel.get(c.author) ?? ctx.store.getObjects(c.author, `${NS.schema}name`, null)[0]?.value : undefined;
      if (name && name.length > 2 && lower.includes(name.toLowerCase())) pages.add(a);
    }
  }
  const toks = dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
  for (let i = 0; i < toks.length; i++) {
    for (let j = Math.min(toks.length, i + 8); j > i; j--) {
      const found = resolveArticle(ctx, toks.slice(i, j));
      if (found?.length !== 1) continue;
      pages.add(found[0]!);
      i = j - 1;
      break;
    }
  }
  if (pages.size !== 1) return undefined;
  return oneYear([...pages][0]!);
}
