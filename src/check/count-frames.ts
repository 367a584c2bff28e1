/**
 * Counts said with their members or of a thing the graph denies (round 11):
 *
 * - **A count with its members named**: "Two League countries, Freedonia and Sylvania,
 *   V ...", "Three leaders, A, B and C, V ...". The count must be the number of names (else the
 *   claim is not read), each name must be of the kind said ("Freedonia is a League
 *   country", rechecked), and the names must V: the parts are combined by the compound rule (any
 *   refuted: REFUTED; all supported: SUPPORTED; else NOT_ENOUGH_INFO with the parts shown).
 * - **A count of a thing the graph denies**: "X has approved three loans to Y", "X signed several
 *   deals with Y" says at least that X approved a loan to Y; when the graph refutes that, the count
 *   is refuted. A supported singular says nothing of how many, so it is held as not enough
 *   information (the graph is not taken to know every loan or deal).
 * - "exactly N of the G" is "only N of the G" (src/check/closed-group.ts counts a closed group).
 */
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { undecidedResult, restate } from './result.js';
import { NS, type CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, indefiniteArticle, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { CARDINALS } from './values.js';
import { cachedRegExp } from './regex-memo.js';

const COUNT = '(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const MEASURE = /^(?:days|weeks|months|years|decades|hours|minutes|seconds|times|percent|points|kilometres|kilometers|km|miles|metres|meters|dollars|yen|millions|billions|trillions|members|founders)$/i;
const numberOf = (w: string): number => (/^\d+$/.test(w) ? Number(w) : CARDINALS[w.toLowerCase()]!);
const singular = (w: string): string => (/ies$/i.test(w) ? `${w.slice(0, -3)}y` : /(ch|sh|s|x|z)es$/i.test(w) ? w.slice(0, -2) : w.replace(/s$/i, ''));

/** A count with its members named: the kind, the names, and what they are said to do. */
export interface NamedCount {
  n: number;
  /** The kind in the singular ("League country"). */
  kind: string;
  names: string[];
  /** The claim said of the names ("Freedonia and Sylvania last hosted ..."). */
  claim: string;
  /** What the names are said to do ("last hosted ..."). */
  rest: string;
  /** The kind as typed, in the plural ("League countries"). */
  plural: string;
  /** The claim said of each name alone. */
  each: string[];
  /** The claim with the count and its kind but without the names ("Firefly hosted three leaders"). */
  counted: string;
}

/**
 * "N <kind>, A[, B] and C, <rest>": the count, the kind, the names and the claim said of them;
 * undefined for other claims (a count that is not the number of names, a denial).
 *
 * @example
 * ```ts
 * namedCount('Two states, Freedonia and Sylvania, signed the treaty.');
 * // { n: 2, kind: 'state', names: ['Freedonia', 'Sylvania'], claim: 'Freedonia and Sylvania signed the treaty.' }
 * ```
 */
export function namedCount(text: string): NamedCount | undefined {
  // case matters after the names (the claim goes on in lower case), so the opening word is lowered
  const t = normalizeTypography(text).trim().replace(/^[A-Z]/, (c) => c.toLowerCase());
  const m = cachedRegExp(`^(?:the\\s+)?${COUNT}\\s+((?:[A-Za-z-]+\\s+){0,3}[a-z]+s),\\s+(.+?),\\s+(?=[a-z])(.+)$`).exec(t);
  if (!m) return undefined;
  const [, count, kindPlural, list, rest] = m as unknown as [string, string, string, string, string];
  const names = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
  const n = numberOf(count);
  if (names.length !== n || names.some((x) => !/^[A-Z]/.test(x))) return undefined;
  const words = kindPlural.split(/\s+/);
  const kind = [...words.slice(0, -1), singular(words[words.length - 1]!)].join(' ');
  const joined = names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const counted = `${text.trim().replace(/,\s+.+?,\s+(?=[a-z])/, ' ')}`;
  return { n, kind, names, claim: `${joined} ${rest}`, rest, plural: kindPlural, each: names.map((x) => `${x} ${rest}`), counted };
}

/**
 * The object's side (round 18): "X hosted three leaders, A, B and C", "X crosses two states: A and
 * B": the count, the kind and the names end the claim; the claim said of the names is "X hosted A,
 * B and C". Undefined for other claims (a count that is not the number of names, a denial, names
 * followed by more words).
 *
 * @example
 * ```ts
 * objectNamedCount('The canal crosses two states, Freedonia and Sylvania.');
 * // { n: 2, kind: 'state', names: ['Freedonia', 'Sylvania'], claim: 'The canal crosses Freedonia and Sylvania.', ... }
 * ```
 */
export function objectNamedCount(text: string): NamedCount | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]$/, '');
  if (/\b(?:not|never|no|none)\b|n't\b/i.test(t) || /\?$/.test(t)) return undefined;
  const m = cachedRegExp(`^(.+?\\s)${COUNT}\\s+((?:[A-Za-z-]+\\s+){0,3}[a-z]+s)(?:,|:)\\s+([A-Z][^,:;]*(?:,\\s+[A-Z][^,:;]*)*)$`, 'i').exec(t);
  if (!m) return undefined;
  const [, head, count, kindPlural, list] = m as unknown as [string, string, string, string, string];
  // the head names who does it: it has a verb after its subject, not only a count ("Two of the ...")
  if (!/^[A-Z]/.test(head) || /\b(?:of|than|and)\s$/i.test(head)) return undefined;
  const names = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
  const n = numberOf(count);
  if (n < 2 || names.length !== n || names.some((x) => !/^[A-Z]/.test(x) || x.split(/\s+/).length > 4)) return undefined;
  if (MEASURE.test(kindPlural.split(/\s+/).pop()!)) return undefined;
  const words = kindPlural.split(/\s+/);
  const kind = [...words.slice(0, -1), singular(words[words.length - 1]!)].join(' ');
  const joined = names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return { n, kind, names, claim: `${head}${joined}.`, rest: '', plural: kindPlural, each: names.map((x) => `${head}${x}.`), counted: `${head}${count} ${kindPlural}.` };
}

/**
 * True when each name is one entity the count's evidence is about: the count, read over a list the
 * graph closes, then counts the names themselves (a kind the graph cannot check, "foreign leader",
 * is checked by the closed list's reading instead).
 */
function countCoversNames(ctx: CheckContext, count: CheckResult, names: string[]): boolean {
  const about = new Set(count.evidence.flatMap((e) => [`${NS.rdf}subject`, `${NS.rdf}object`].flatMap((p) => ctx.store.getObjects(e.claim, p, null).map((o) => o.value))));
  return names.every((name) => {
    const hits = resolveMention(ctx, dropIgnorable(tokenize(name, ctx.morph), ctx.morph));
    return hits.length === 1 && about.has(hits[0]!.iri);
  });
}

/** "X V three loans to Y": the claim with the count said as one ("a loan"); undefined when it has no such count. */
export function countedObjectAsOne(text: string): { claim: string; said: string } | undefined {
  const t = normalizeTypography(text).trim();
  if (/\b(?:not|never|no|none)\b|n't\b/i.test(t) || /\?$/.test(t)) return undefined;
  const m = cachedRegExp(`^(.+?\\s+)((?:${COUNT.slice(1, -1)}|several|multiple|many|various|numerous)\\s+)([a-z]+\\s+)?([a-z]+s)\\b(.*)$`, 'i').exec(t);
  // a measure is no thing counted ("three weeks after", "two billion dollars")
  if (!m || MEASURE.test(m[4]!)) return undefined;
  const [, head, said, adjective, noun, rest] = m as unknown as [string, string, string, string | undefined, string, string];
  const one = singular(noun);
  if (one === noun) return undefined;
  const phrase = `${adjective ?? ''}${one}`;
  const article = indefiniteArticle(phrase);
  return { claim: `${head}${article} ${phrase}${rest}`, said: said.trim() };
}

const combine = (parts: CheckResult[]): 'SUPPORTED' | 'REFUTED' | 'NOT_ENOUGH_INFO' =>
  parts.some((p) => p.verdict === 'REFUTED') ? 'REFUTED' : parts.every((p) => p.verdict === 'SUPPORTED') ? 'SUPPORTED' : 'NOT_ENOUGH_INFO';

/**
 * The reader of counts said with their members or of a denied thing (table entry `count-frame`).
 */
export async function readCountFrame({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const exactly = /^(\s*)exactly\s+(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s)/i;
  if (exactly.test(text)) {
    const claim = text.replace(exactly, '$1Only ');
    const r = await recheck(claim);
    return r ? { [r.verdict === 'NOT_ENOUGH_INFO' ? 'held' : 'decided']: restate(r, text, { explanation: `Read as "${claim.trim()}" ("exactly N" is "only N"). ${r.explanation}` }) } as ReaderOutcome : undefined;
  }
  const named = namedCount(text) ?? objectNamedCount(text);
  if (named) {
    const parts: CheckResult[] = [];
    // a kind the graph cannot read ("Ashraf is a foreign leader") may be checked by the count
    let kindUnread = false;
    for (const name of named.names) {
      const r = await recheck(`${name} is ${indefiniteArticle(named.kind)} ${named.kind}.`);
      if (!r) { kindUnread = true; continue; }
      parts.push(r);
    }
    // the names together, else each name alone ("A and B had last hosted ..." may read only one by one)
    const together = await recheck(named.claim);
    const each: CheckResult[] = [];
    if (!together) {
      for (const said of named.each) {
        const r = await recheck(said);
        if (!r) return undefined;
        each.push(r);
      }
    }
    const deed = together ?? each.find((r) => r.verdict === 'REFUTED') ?? each.find((r) => r.verdict !== 'SUPPORTED') ?? each[0]!;
    const deeds = together ? [together] : each;
    parts.push(...deeds);
    if (kindUnread) {
      // only a refuted deed decides without the kind; a supported one needs the count over a
      // closed list that covers the names (round 18)
      if (combine(deeds) === 'SUPPORTED') {
        const count = await recheck(named.counted);
        if (count?.verdict !== 'SUPPORTED' || !countCoversNames(ctx, count, named.names)) return undefined;
        parts.push(count);
      } else if (combine(deeds) !== 'REFUTED') return undefined;
    }
    const verdict = combine(parts);
    const read = `Read as ${named.n} ${named.plural} named (${named.names.join(', ')}): each of the kind said, and "${named.claim}"; ${parts.map((p) => `${p.claim.replace(/[.]$/, '')}: ${p.verdict}`).join('; ')}.`;
    const shown = parts.find((p) => p.verdict === verdict) ?? deed;
    const evidence = verdict === 'NOT_ENOUGH_INFO' ? [] : parts.flatMap((p) => p.evidence);
    const result: CheckResult = restate(shown, text, { verdict, evidence, explanation: `${read} ${deed.explanation}`, parts: undefined });
    return verdict === 'NOT_ENOUGH_INFO' ? { held: undecidedResult(result, read) } : { decided: result };
  }
  const one = countedObjectAsOne(text);
  if (one) {
    const r = await recheck(one.claim);
    if (!r) return undefined;
    const read = `Read as "${one.claim}" (${one.said} of them says at least one)`;
    // only a denial of the thing refutes every count of it (a refutation by another day or amount
    // would be of the one thing read, not of the count); so does the page's own list of its comments,
    // which is whole: no such comment there is none of any number (round 24)
    if (r.verdict === 'REFUTED' && (r.reason === 'explicit-negation' || r.reason === 'article-metadata' || r.reason === 'other-commenter')) return { decided: restate(r, text, { explanation: `${read}, which is refuted. ${r.explanation}` }) };
    return { held: undecidedResult(restate(r, text), `${read}: ${r.verdict === 'SUPPORTED' ? 'supported, but the graph is not taken to know how many there are' : 'not decided'}. ${r.explanation}`) };
  }
  return undefined;
}
