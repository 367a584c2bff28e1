/**
 * A reader's words misquoted (round 18, branch attrib18): "Zed Q. wrote that Marsovia will host
 * the League summit this summer", when Zed Q.'s comment reads "Sylvania will host the League
 * summit this summer". A reader comment is a short text the graph holds whole (`schema:text`,
 * as in src/check/said-words.ts and src/check/misattribution.ts), so what its writer said is
 * known in full: a claim that repeats one of its passages word for word but for ONE name or time
 * word swapped for another of the same kind misquotes it, and is refuted by the words the reader
 * did write. Kinds that swap: a city for a city, a country for a country, a region for a region
 * (graph entities of those classes, or a city of ontology/lexicon.places.txt), a season for a
 * season, a month for a month, a weekday for a weekday, a year for a year. A place of another
 * kind is no swap ("Sylvania" for a Sylvanian city may be the same place, said more widely), nor
 * two names of one place (one entity, one WordNet city synset, a misspelling the resolver
 * corrects). The claim adds no other word and drops none inside the passage, so a denial or a
 * hedge the reader wrote is never read away. An article's author is never decided so (an article
 * says more than the graph holds of it).
 */
import type { ClaimScope } from './attribution.js';
import { pseudoClaim } from './articles.js';
import { comments, type Said } from './said-words.js';
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { cityName, oneNamedPlace } from './place-names.js';
import { resolveMention } from './resolver.js';
import { normalizeTypography, tokenize } from './text.js';
import type { Interpretation } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';
import { MONTH_NAMES_LOWER as MONTHS, WEEKDAY_NAMES_LOWER as WEEKDAYS } from './calendar-names.js';

/** Words of a text, lower case, punctuation dropped, the reported "would" read as "will" (said-words.ts). */
const wordsOf = (s: string): string[] => normalizeTypography(s).toLowerCase().replace(/\bwould\b/g, 'will')
  .replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);

const SEASONS = new Map([['spring', 'spring'], ['summer', 'summer'], ['autumn', 'autumn'], ['fall', 'autumn'], ['winter', 'winter']]);
const PLACE_CLASSES = ['City', 'Country', 'Region'] as const;

/** What a swapped span names: its kind and a key that is equal for two names of one thing. */
interface Named { kind: string; key: string }

/**
 * The kind of a span of one to three words: a season, month, weekday or year word (one word),
 * or a place by its class (a graph entity of one of PLACE_CLASSES, or a city of the place list).
 */
function namedKind(ctx: CheckContext, span: string[], raw: string): Named | undefined {
  if (span.length === 1) {
    const w = span[0]!;
    if (SEASONS.has(w)) return { kind: 'season', key: SEASONS.get(w)! };
    // "may" is also the modal verb: a month only as a name the claim capitalises
    if (MONTHS.includes(w) && (w !== 'may' || /\bMay\b/.test(raw))) return { kind: 'month', key: w };
    if (WEEKDAYS.includes(w)) return { kind: 'weekday', key: w };
    if (/^(?:1[89]|20)\d\d$/.test(w)) return { kind: 'year', key: w };
  }
  const said = span.join(' ');
  const entities = resolveMention(ctx, tokenize(said, ctx.morph));
  for (const cls of PLACE_CLASSES) {
    const of = entities.filter((e) => isA(ctx, e.iri, `${NS.cg}${cls}`));
    if (of.length === 1 && of.length === entities.length) return { kind: cls.toLowerCase(), key: of[0]!.iri };
  }
  if (!entities.length && cityName(ctx, said)) return { kind: 'city', key: `city:${said}` };
  return undefined;
}

/** A passage of a comment that the claim repeats but for one swapped span. */
interface Swap { comment: Said; passage: string; said: string; wrote: string; kind: string }


const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((w, i) => w === b[i]);

/** Every alignment of the claim's words with a passage of the comment but for one swapped span. */
function swapsIn(ctx: CheckContext, claim: string[], raw: string, c: Said): Swap[] {
  const text = wordsOf(c.text);
  const out: Swap[] = [];
  for (let i = 0; i < text.length; i++) {
    // the longest common start at i; the swap begins there (a swap later would leave a mismatch before it)
    let p = 0;
    while (p < claim.length && i + p < text.length && claim[p] === text[i + p]) p++;
    if (p === claim.length) continue;
    for (let a = 1; a <= 3 && p + a <= claim.length; a++) {
      for (let b = 1; b <= 3 && i + p + b <= text.length; b++) {
        const rest = claim.slice(p + a);
        if (!same(rest, text.slice(i + p + b, i + p + b + rest.length))) continue;
        // at least three words repeated word for word around the swap
        if (claim.length - a < 3) continue;
        const said = claim.slice(p, p + a);
        const wrote = text.slice(i + p, i + p + b);
        const x = namedKind(ctx, said, raw);
        const y = x && namedKind(ctx, wrote, c.text);
        if (!x || !y || x.kind !== y.kind || x.key === y.key) continue;
        if ((x.kind === 'city') && oneNamedPlace(ctx, said.join(' '), wrote.join(' '))) continue;
        out.push({ comment: c, passage: text.slice(i, i + p + b + rest.length).join(' '), said: said.join(' '), wrote: wrote.join(' '), kind: x.kind });
      }
    }
  }
  return out;
}

/**
 * Refutes "<commenter> said P" when P is a passage of the commenter's comment with one name or
 * time word swapped for another of its kind; undefined when the scope is no commenter, P is
 * under four words, P is in some comment of the scope as written, or no such swap is found.
 *
 * @example
 * ```ts
 * // Zed Q.'s comment: "Sylvania will host the League summit this summer."
 * misquotedWords(ctx, { kind: 'agent', iris: [zed], label: 'Zed Q.' }, 'Marsovia will host the League summit')?.evaluation.verdict; // 'REFUTED'
 * ```
 */
export function misquotedWords(ctx: CheckContext, scope: ClaimScope, inner: string): { interpretation: Interpretation; evaluation: Evaluation; said: string } | undefined {
  if (scope.kind !== 'agent' && scope.kind !== 'reader') return undefined;
  const claim = wordsOf(inner);
  if (claim.length < 4) return undefined;
  const all = comments(ctx);
  if (scope.kind === 'agent' && !scope.iris.every((iri) => all.some((c) => c.author === iri))) return undefined;
  const mine = all.filter((c) => (scope.kind === 'agent' ? scope.iris.includes(c.author) : !scope.articles || scope.articles.includes(c.article)));
  if (!mine.length) return undefined;
  // said as written somewhere in the scope: not a misquote (src/check/said-words.ts decides it)
  const joined = ` ${claim.join(' ')} `;
  if (mine.some((c) => ` ${wordsOf(c.text).join(' ')} `.includes(joined))) return undefined;
  const swaps = mine.flatMap((c) => swapsIn(ctx, claim, inner, c));
  if (!swaps.length) return undefined;
  const who = scope.kind === 'agent' ? scope.label : 'a reader';
  const cited = [...new Set(swaps.map((s) => s.comment))];
  const bearings: Bearing[] = cited.flatMap((c) => c.sentences.map((s) => ({ claim: pseudoClaim(c.article, [s]), stance: 'refutes' as const, reason: 'article-metadata' as const, note: 'the comment\'s own words' })));
  const interpretation: Interpretation = {
    subject: { kind: 'unknown-entity', mention: who }, predicate: `${NS.schema}text`, predicateName: 'text', object: { kind: 'string', value: inner },
    polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: 'a commenter\'s own words (schema:text), one word swapped',
  };
  const s = swaps[0]!;
  const explanation = `Refuted (a misquote): ${who}'s comment, which the graph holds whole, says "${s.comment.text.trim()}", with "${s.wrote}" where the claim has "${s.said}" (two ${s.kind} names), and nowhere says "${inner}".`;
  return { interpretation, evaluation: { verdict: 'REFUTED', reason: 'article-metadata', conflict: false, bearings, explanation }, said: s.said };
}
