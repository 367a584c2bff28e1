/**
 * Page nouns: the words by which a claim names an article itself ("the League article", "the
 * canal story", "Ann Author's piece"). Such a noun means the source, never, by its stem or a
 * spelling, an entity whose name holds a related word: "the Acme Bank article" is the page about
 * the bank, not the bank's "Articles of Agreement" (round 14: the stemmed label key "acme bank
 * article" linked the page to the charter, and the charter's date of entry into force supported
 * "the Acme Bank article entered into force ...").
 */
import { NS, type CheckContext } from './context.js';
import type { Token } from './text.js';

/**
 * Singular nouns that name an article of the graph (src/check/articles.ts `resolveArticle`).
 * Round 25 added the kinds of page news copy and users name ("coverage", "editorial", "explainer",
 * "reportage", "roundup", "bulletin", "blog"); left out as other things first: "post" (a job),
 * "account", "release", "brief", "entry", "review", "profile", "record".
 */
export const PAGE_NOUNS: ReadonlySet<string> = new Set(['article', 'analysis', 'piece', 'report', 'story', 'essay', 'paper', 'commentary', 'column', 'op-ed', 'text', 'news', 'item', 'dispatch', 'write-up', 'writeup', 'feature',
  'coverage', 'editorial', 'explainer', 'reportage', 'roundup', 'bulletin', 'blog']);

const LABELS = [`${NS.rdfs}label`, `${NS.skos}altLabel`];

/**
 * True when a span says a page noun as written (singular, "article") that none of the entity's
 * names holds as that very word: the span names the page, so the entity is no reading of it.
 *
 * @example
 * ```ts
 * pageNounClash(ctx, tokenize('the Acme Bank article', ctx.morph), acmeCharterIri); // true
 * pageNounClash(ctx, tokenize('the Acme Bank Articles', ctx.morph), acmeCharterIri); // false
 * ```
 */
export function pageNounClash(ctx: CheckContext, tokens: readonly Token[], iri: string): boolean {
  const said = tokens.map((t) => t.raw.toLowerCase()).filter((w) => PAGE_NOUNS.has(w));
  if (!said.length) return false;
  const words = new Set<string>();
  for (const p of LABELS) {
    for (const l of ctx.store.getObjects(iri, p, null)) for (const w of l.value.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) if (w) words.add(w);
  }
  return said.some((w) => !words.has(w));
}
