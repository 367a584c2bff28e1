/**
 * An article named by its date (round 15): "the January 2016 report", "the 2015 analysis", "the
 * 13 December 2015 story" is the article of that time. An article's time is its
 * schema:datePublished, else its dateline's day (cg:datelineDate), else the bounds its text gives
 * (cg:publishedNotBefore / cg:publishedNotAfter). Only an article whose whole time lies inside the
 * period said is named; when another article may be of that period too (an undated one whose bounds
 * only overlap it, or one with no time at all), the words name no article (precision: "the November
 * report" may be either).
 */
import type { ArticleInfo } from './articles.js';
import { NS, type CheckContext } from './context.js';
import type { Token } from './text.js';
import { periodEnd } from './timeline.js';
import { parseDate } from './values.js';

/** A period's first and last day. */
interface Period { lo: string; hi: string }

const one = (ctx: CheckContext, s: string, p: string): string | undefined => ctx.store.getObjects(s, p, null)[0]?.value.slice(0, 10);

/** When an article was written, as far as the graph says. */
function articleTime(ctx: CheckContext, iri: string): Period | undefined {
  const day = one(ctx, iri, `${NS.schema}datePublished`) ?? one(ctx, iri, `${NS.cg}datelineDate`);
  if (day) return { lo: day, hi: day };
  const lo = one(ctx, iri, `${NS.cg}publishedNotBefore`);
  const hi = one(ctx, iri, `${NS.cg}publishedNotAfter`);
  return lo && hi ? { lo, hi } : undefined;
}

/** The period a run of words names: a day, a month or a year. */
function periodOf(tokens: readonly Token[]): Period | undefined {
  if (tokens.length === 1 && /^(?:19|20)\d\d$/.test(tokens[0]!.raw)) return { lo: `${tokens[0]!.raw}-01-01`, hi: `${tokens[0]!.raw}-12-31` };
  const d = parseDate(tokens);
  if (d?.kind === 'date') return { lo: d.value, hi: d.value };
  if (d?.kind === 'month') return { lo: `${d.value}-01`, hi: periodEnd(d.value) };
  return undefined;
}

/**
 * Narrows the articles an article mention may name by the date among its other words; undefined
 * when those words hold no date. The date's words are taken out of `rest`.
 *
 * @example
 * ```ts
 * narrowByDate(ctx, articlesOf(ctx), tokenize('January 2016', ctx.morph))?.found; // the one article of January 2016
 * ```
 */
export function narrowByDate(ctx: CheckContext, found: ArticleInfo[], rest: Token[]): ArticleInfo[] | undefined {
  for (let n = Math.min(rest.length, 4); n >= 1; n--) {
    for (let a = 0; a + n <= rest.length; a++) {
      const period = periodOf(rest.slice(a, a + n));
      if (!period) continue;
      rest.splice(a, n);
      const times = found.map((art) => ({ art, t: articleTime(ctx, art.iri) }));
      const inside = times.filter(({ t }) => t && t.lo >= period.lo && t.hi <= period.hi).map(({ art }) => art);
      const maybe = times.filter(({ t }) => !t || (t.lo <= period.hi && t.hi >= period.lo && !(t.lo >= period.lo && t.hi <= period.hi)));
      return maybe.length ? [] : inside;
    }
  }
  return undefined;
}
