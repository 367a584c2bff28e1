/**
 * Speakers named by a description (round 30, issue 15: "claims about who said what ... are checkable
 * facts about the source"): the ways people name the source of an attribution other than by its
 * name or a bare source noun, each resolved to the one source of the graph it fits, or to none
 * (then the frame is left unread, never guessed):
 *
 * - the author by her title or her institution ("The Acme Institute analyst maintains that P",
 *   "The associate fellow writes that P"): the one author of the articles whose stated job title
 *   (cg:jobTitle) holds the title words, or whose affiliation (cg:affiliatedWith) the words before a
 *   writer's noun name;
 * - a name and its description between commas ("A commenter on the Freedonia story, Zed Q.,
 *   forecast that P", "Ann Author, the author of the canal piece, writes that P"): read as the name
 *   alone only when the description names the same source (a commenter of that article, an author
 *   of that article); a description that fits another source leaves the frame as written;
 * - a comment named by its writer's possessive ("Zed Q.'s comment says P"): that writer;
 * - "For S, P": S's view, read as "According to S, P" only when S names a source that says
 *   anything (an author, a reader, an article, a speaker an article reports), so "For years, P",
 *   "For Freedonia, P" and a person of whom no source reports a word keep the claim as written.
 */
import { articlesOf } from './articles.js';
import { NS, type CheckContext } from './context.js';
import { lexiconWords } from './lexicon-words.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, tokenize, type Token } from './text.js';

/** Whose claims a claim is checked against (the attribution reader's scope). */
type Scope =
  | { kind: 'author' }
  | { kind: 'reader'; articles?: string[] }
  | { kind: 'agent'; iris: string[]; label: string }
  | { kind: 'article'; iris: string[]; label: string };

/** The attribution reader's source resolver, passed in (src/check/attribution.ts `readSource`). */
export type SourceReader = (ctx: CheckContext, span: Token[]) => Scope | undefined;

const span = (ctx: CheckContext, text: string): Token[] => dropIgnorable(tokenize(text, ctx.morph), ctx.morph);


const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The one author a description fits: title words that are (the end of) her stated job title, or
 * her institution before a writer's noun or her title. Undefined when no author or several fit.
 *
 * @example
 * ```ts
 * // graph: Ann Author jobTitle "Senior Fellow", affiliatedWith the Acme Institute (altLabel "AI")
 * describedWriter(ctx, tokenize('Acme Institute analyst', ctx.morph)); // { kind: 'agent', iris: [ann], ... }
 * describedWriter(ctx, tokenize('senior fellow', ctx.morph)); // { kind: 'agent', iris: [ann], ... }
 * ```
 */
export function describedWriter(ctx: CheckContext, words: readonly Token[]): Scope | undefined {
  const toks = words.filter((t) => !/^(?:the|a|an)$/i.test(t.raw));
  if (!toks.length || toks.length > 7) return undefined;
  const last = toks[toks.length - 1]!.raw;
  const authors = [...new Set(articlesOf(ctx).flatMap((a) => a.authors))];
  const fits: string[] = [];
  for (const who of authors) {
    const titles = ctx.store.getObjects(who, `${NS.cg}jobTitle`, null).map((o) => norm(o.value));
    const orgs = ctx.store.getObjects(who, `${NS.cg}affiliatedWith`, null).map((o) => o.value);
    // the longest tail of the words that is (the end of) one of her titles: "associate fellow", "fellow"
    let cut = -1;
    for (let i = 0; i < toks.length && cut < 0; i++) {
      const tail = norm(toks.slice(i).map((t) => t.raw).join(' '));
      if (titles.some((t) => t === tail || t.endsWith(` ${tail}`))) cut = i;
    }
    // a singular noun a writer is named by after her institution, "the Acme Institute analyst" (`cg:writerNoun`)
    if (cut < 0 && lexiconWords(ctx, 'writerNoun').has(last.toLowerCase())) cut = toks.length - 1;
    if (cut < 0) continue;
    const before = toks.slice(0, cut);
    // a bare writer's noun is the attribution reader's own ("the analyst"); a bare title is hers
    if (!before.length) {
      if (cut < toks.length - 1 || titles.some((t) => t === norm(last))) fits.push(who);
      continue;
    }
    const named = resolveMention(ctx, before);
    if (named.length === 1 && orgs.includes(named[0]!.iri)) fits.push(who);
  }
  return fits.length === 1 ? { kind: 'agent', iris: fits, label: words.map((t) => t.raw).join(' ') } : undefined;
}

/** The people who wrote an article or a comment of the graph, and those an article reports saying something. */
function speakers(ctx: CheckContext): Set<string> {
  const out = new Set(articlesOf(ctx).flatMap((a) => [...a.authors, ...a.comments.map((c) => c.author ?? '')]).filter(Boolean));
  for (const o of ctx.store.getObjects(null, `${NS.cg}saidBy`, null)) out.add(o.value);
  return out;
}

/** True when two readings of one speaker agree: the name is a writer the description names. */
function sameSpeaker(ctx: CheckContext, described: Scope, named: Scope): boolean {
  // a name the byline writes is its article's writer ("Ann Author" of "By Ann Author")
  if (named.kind === 'article') return described.kind === 'article' && named.iris.every((i) => described.iris.includes(i));
  if (named.kind !== 'agent') return false;
  const arts = articlesOf(ctx);
  switch (described.kind) {
    case 'agent': return named.iris.every((i) => described.iris.includes(i));
    case 'reader': {
      const on = arts.filter((a) => !described.articles || described.articles.includes(a.iri));
      return named.iris.every((i) => on.some((a) => a.comments.some((c) => c.author === i)));
    }
    case 'article': {
      const on = arts.filter((a) => described.iris.includes(a.iri));
      return named.iris.every((i) => on.some((a) => a.authors.includes(i)));
    }
    case 'author': return named.iris.every((i) => arts.some((a) => a.authors.includes(i)));
  }
}

/**
 * "D, N, rest" or "N, D, rest" (a name and a description of its speaker between commas) as "N rest"
 * when both name the same source; the text unchanged otherwise.
 *
 * @example
 * ```ts
 * appositiveSpeaker(ctx, 'A commenter on the canal story, Zed Q., forecast that P', readSource); // 'Zed Q. forecast that P'
 * appositiveSpeaker(ctx, 'A commenter on the League piece, Zed Q., forecast that P', readSource); // unchanged
 * ```
 */
export function appositiveSpeaker(ctx: CheckContext, text: string, read: SourceReader): string {
  const m = /^([^,]{2,60}),\s+([^,]{2,60}),\s+(\S.+)$/.exec(text);
  if (!m) return text;
  const first = read(ctx, span(ctx, m[1]!));
  const second = read(ctx, span(ctx, m[2]!));
  if (!first || !second) return text;
  if (sameSpeaker(ctx, first, second)) return `${m[2]} ${m[3]}`;
  if (sameSpeaker(ctx, second, first)) return `${m[1]} ${m[3]}`;
  return text;
}

/**
 * "Zed Q.'s comment": a reader noun after the possessive of a comment's writer names that writer.
 *
 * @example
 * ```ts
 * commentOfWriter(ctx, { kind: 'agent', iris: [zed], label: 'Zed Q.' }); // the same scope
 * ```
 */
export function commentOfWriter(ctx: CheckContext, possessor: Scope | undefined): Scope | undefined {
  if (possessor?.kind !== 'agent') return undefined;
  const writers = new Set(articlesOf(ctx).flatMap((a) => a.comments.map((c) => c.author ?? '')));
  return possessor.iris.every((i) => writers.has(i)) ? possessor : undefined;
}

/**
 * "For S, P" as "according to S, P" when S names a source that says something; the text
 * unchanged otherwise ("For years, P", "For Freedonia, P").
 *
 * @example
 * ```ts
 * forSource(ctx, 'For Ann Author, the canal is a ray of hope', readSource); // 'according to Ann Author, the canal is a ray of hope'
 * forSource(ctx, 'For years, the canal was closed', readSource); // unchanged
 * ```
 */
export function forSource(ctx: CheckContext, text: string, read: SourceReader): string {
  const m = /^for\s+([^,]{2,60}),\s+(\S.+)$/i.exec(text);
  if (!m) return text;
  const scope = read(ctx, span(ctx, m[1]!));
  if (!scope) return text;
  // a person of whom no source reports a word is no one whose view a source gives
  if (scope.kind === 'agent') {
    const said = speakers(ctx);
    if (!scope.iris.every((i) => said.has(i) || ctx.store.getSubjects(`${NS.cg}assertedBy`, i, null).length > 0)) return text;
  }
  return `according to ${m[1]}, ${m[2]}`;
}

