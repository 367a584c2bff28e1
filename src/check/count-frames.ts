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
import { undecidedResult } from './result.js';
import { indefiniteArticle, normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';
import { CARDINALS } from './values.js';

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
  const m = new RegExp(`^(?:the\\s+)?${COUNT}\\s+((?:[A-Za-z-]+\\s+){0,3}[a-z]+s),\\s+(.+?),\\s+(?=[a-z])(.+)$`).exec(t);
  if (!m) return undefined;
  const [, count, kindPlural, list, rest] = m as unknown as [string, string, string, string, string];
  const names = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
  const n = numberOf(count);
  if (names.length !== n || names.some((x) => !/^[A-Z]/.test(x))) return undefined;
  const words = kindPlural.split(/\s+/);
  const kind = [...words.slice(0, -1), singular(words[words.length - 1]!)].join(' ');
  const joined = names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return { n, kind, names, claim: `${joined} ${rest}`, rest, plural: kindPlural };
}

/** "X V three loans to Y": the claim with the count said as one ("a loan"); undefined when it has no such count. */
export function countedObjectAsOne(text: string): { claim: string; said: string } | undefined {
  const t = normalizeTypography(text).trim();
  if (/\b(?:not|never|no|none)\b|n't\b/i.test(t) || /\?$/.test(t)) return undefined;
  const m = new RegExp(`^(.+?\\s+)((?:${COUNT.slice(1, -1)}|several|multiple|many|various|numerous)\\s+)([a-z]+\\s+)?([a-z]+s)\\b(.*)$`, 'i').exec(t);
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
export async function readCountFrame({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const exactly = /^(\s*)exactly\s+(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s)/i;
  if (exactly.test(text)) {
    const claim = text.replace(exactly, '$1Only ');
    const r = await recheck(claim);
    return r ? { [r.verdict === 'NOT_ENOUGH_INFO' ? 'held' : 'decided']: { ...r, claim: text.trim(), explanation: `Read as "${claim.trim()}" ("exactly N" is "only N"). ${r.explanation}` } } as ReaderOutcome : undefined;
  }
  const named = namedCount(text);
  if (named) {
    const parts: CheckResult[] = [];
    for (const name of named.names) {
      const r = await recheck(`${name} is a ${named.kind}.`);
      if (!r) return undefined;
      parts.push(r);
    }
    // the names together, else each name alone ("A and B had last hosted ..." may read only one by one)
    const together = await recheck(named.claim);
    const each: CheckResult[] = [];
    if (!together) {
      for (const name of named.names) {
        const r = await recheck(`${name} ${named.rest}`);
        if (!r) return undefined;
        each.push(r);
      }
    }
    const deed = together ?? each.find((r) => r.verdict === 'REFUTED') ?? each.find((r) => r.verdict !== 'SUPPORTED') ?? each[0]!;
    parts.push(...(together ? [together] : each));
    const verdict = combine(parts);
    const read = `Read as ${named.n} ${named.plural} named (${named.names.join(', ')}): each of the kind said, and "${named.claim}"; ${parts.map((p) => `${p.claim.replace(/[.]$/, '')}: ${p.verdict}`).join('; ')}.`;
    const shown = parts.find((p) => p.verdict === verdict) ?? deed;
    const evidence = verdict === 'NOT_ENOUGH_INFO' ? [] : parts.flatMap((p) => p.evidence);
    const result: CheckResult = { ...shown, claim: text.trim(), verdict, evidence, explanation: `${read} ${deed.explanation}`, parts: undefined };
    return verdict === 'NOT_ENOUGH_INFO' ? { held: undecidedResult(result, read) } : { decided: result };
  }
  const one = countedObjectAsOne(text);
  if (one) {
    const r = await recheck(one.claim);
    if (!r) return undefined;
    const read = `Read as "${one.claim}" (${one.said} of them says at least one)`;
    // only a denial of the thing refutes every count of it (a refutation by another day or amount
    // would be of the one thing read, not of the count)
    if (r.verdict === 'REFUTED' && r.reason === 'explicit-negation') return { decided: { ...r, claim: text.trim(), explanation: `${read}, which is refuted. ${r.explanation}` } };
    return { held: undecidedResult({ ...r, claim: text.trim() }, `${read}: ${r.verdict === 'SUPPORTED' ? 'supported, but the graph is not taken to know how many there are' : 'not decided'}. ${r.explanation}`) };
  }
  return undefined;
}
