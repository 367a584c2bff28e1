/**
 * Group statements in an article's sentences, a construction the fact checker's reader does not
 * read yet (kept small and self-contained so that reader can absorb it):
 *
 * - a group phrase, with what makes it universal: "all (the) G countries", "the five G
 *   republics", "these G countries", "G minus X", "all G and X except Y", "presidents of all the
 *   G except X's President" -> `{ group, plus, except, role }`;
 * - what is not universal and must not become a group claim: a bare plural ("G countries", "some
 *   G states"), a count smaller than the group ("three G countries"), a singular ("the G
 *   country", which refers back to one member);
 * - enumerations that name members: "three of the five G countries, A, B and C", "the other
 *   two countries, D and E" -> A, B, C (and D, E) are part of G.
 *
 * Group names, members and offices come from the graph (labels, `partOf` claims, `officeOf` /
 * `roleType`) and from what the article itself enumerated earlier; only grammar words are here.
 */

/** The token fields this module reads (the fact checker's tokens have them). */
export interface Word {
  raw: string;
  norm: string;
  /** UTF-16 offsets in the sentence. */
  start: number;
  end: number;
  cap: boolean;
  kind: string;
}

/** What the module asks of the graph and of the article read so far. */
export interface GroupEnv {
  /** The sentence the words' offsets refer to. */
  text: string;
  /** Entity ids a span of words names exactly (labels, offices); best first. */
  names(span: readonly Word[]): string[];
  /** Whether an entity is a group (a country group, or something with members). */
  isGroup(id: string): boolean;
  /** Known members of a group (graph, and enumerations earlier in the article), sorted. */
  members(group: string): string[];
  /** The cg:roleType a plural role word names ("presidents" -> `president`), if any. */
  role(span: readonly Word[]): string | undefined;
  /** The state and role of an office entity. */
  office(id: string): { state: string; role: string } | undefined;
  /** Whether one of the entity's labels is these words as written (case and "the" aside). */
  hasLabel(id: string, words: string): boolean;
  /** The group the article mentioned last ("the other two countries" continues it). */
  lastGroup?: string;
}

/** A group as claims.yaml writes it. */
export interface GroupPhrase {
  group: string;
  plus: string[];
  except: string[];
  role?: string;
}

/** What a span says as a slot value. */
export type GroupReading =
  | { kind: 'group'; spec: GroupPhrase; why: string }
  /** Named members (an enumeration): the statement holds for each. */
  | { kind: 'members'; ids: string[]; group: string; why: string }
  /** The span names a group in a way that is not about all of it: no value at all. */
  | { kind: 'none'; why: string };

/** Members a sentence enumerates: "three of the five G countries, A, B and C". */
export interface Enumeration {
  group: string;
  ids: string[];
  /** UTF-16 offsets in the sentence of the whole phrase. */
  begin: number;
  end: number;
  why: string;
}

const EXCEPT = [['except', 'for'], ['except'], ['excepting'], ['excluding'], ['minus'], ['other', 'than'], ['apart', 'from'], ['but', 'not'], ['save', 'for'], ['with', 'exception', 'of']];
const PLUS = [['and'], ['plus'], ['as', 'well', 'as'], ['together', 'with'], ['along', 'with']];
const UNIVERSAL_BEFORE = /(?:^|[^\p{L}])(all|all the|all of the|each of the|every one of the|the|these|those|both)\s*$/iu;
const CARDINALS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

const low = (w: Word): string => w.raw.toLowerCase();

/**
 * A word that names many ("countries", "Republics"): inflected with -s.
 *
 * @example
 * ```ts
 * isPluralNoun({ raw: 'countries', norm: 'country', start: 0, end: 9, cap: false, kind: 'word' }); // true
 * ```
 */
export function isPluralNoun(w: Word | undefined): boolean {
  if (!w || w.kind !== 'word') return false;
  const r = low(w);
  return r.length > 3 && r.endsWith('s') && !r.endsWith('ss') && w.norm !== r;
}

/**
 * The number a word counts ("five", "5"), if any.
 *
 * @example
 * ```ts
 * cardinal({ raw: 'five', norm: 'fiv', start: 0, end: 4, cap: false, kind: 'word' }); // 5
 * ```
 */
export function cardinal(w: Word | undefined): number | undefined {
  if (!w) return undefined;
  if (w.kind === 'number' && /^\d+$/.test(w.raw)) return Number(w.raw);
  return CARDINALS[low(w)];
}

function matchWords(words: readonly Word[], at: number, seq: string[]): boolean {
  return seq.every((s, k) => words[at + k] && low(words[at + k]!) === s);
}

/**
 * The group a span names as a head: `G` (a group's name) optionally followed by one plural noun.
 * Returns the group id, whether a plural noun heads it, and whether a singular common noun does.
 */
function groupHead(env: GroupEnv, span: readonly Word[]): { group: string; plural: boolean; singularNoun: boolean } | undefined {
  if (!span.length) return undefined;
  const last = span[span.length - 1]!;
  const plural = span.some(isPluralNoun);
  const whole = env.names(span).find((id) => env.isGroup(id));
  if (whole) {
    // "the G country" may match the label "G countries" once both are normalised: a singular
    // common noun the group's own labels do not have names one member, not the group
    const singular = !plural && last.kind === 'word' && !last.cap && !env.hasLabel(whole, env.text.slice(span[0]!.start, last.end));
    return { group: whole, plural, singularNoun: singular };
  }
  // "countries from G", "the countries of G": a plural noun with the group in a phrase after it
  // (not "partners of the five G countries": a counted group phrase of its own)
  if (span.length > 2 && isPluralNoun(span[0]) && ['from', 'of', 'in'].includes(low(span[1]!)) && cardinal(span[2]) === undefined) {
    const g = env.names(span.slice(2)).find((id) => env.isGroup(id));
    if (g) return { group: g, plural: true, singularNoun: false };
  }
  const head = span.length > 1 ? env.names(span.slice(0, -1)).find((id) => env.isGroup(id)) : undefined;
  if (head && isPluralNoun(last)) return { group: head, plural: true, singularNoun: false };
  if (head && last.kind === 'word' && !last.cap) return { group: head, plural: false, singularNoun: true };
  return undefined;
}

/**
 * Entity ids of a list "A, B and C": names separated by a comma or "and" (the words do not keep
 * the commas: the text between them does); every part must name one entity.
 */
function readList(env: GroupEnv, span: readonly Word[]): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < span.length) {
    if (out.length) {
      const sepText = env.text.slice(span[i - 1]!.end, span[i]!.start);
      if (low(span[i]!) === 'and') i++;
      else if (!sepText.includes(',')) return undefined;
      if (i >= span.length) return undefined;
    }
    let found: { id: string; end: number } | undefined;
    for (let j = Math.min(span.length, i + 8); j > i; j--) {
      const part = span.slice(i, j);
      if (part.some((w) => low(w) === 'and')) continue;
      // a comma inside the part separates two names
      if (part.slice(1).some((w, k) => env.text.slice(part[k]!.end, w.start).includes(','))) continue;
      const id = env.names(part)[0];
      if (id) {
        found = { id, end: j };
        break;
      }
    }
    if (!found) return undefined;
    if (!out.includes(found.id)) out.push(found.id);
    i = found.end;
  }
  return out.length ? out : undefined;
}

/**
 * What a slot span says about a group: a universal group (with plus / except / role), named
 * members, "nothing about the whole group" (a bare plural, a singular), or undefined when the
 * span is not a group phrase at all (the caller's reader decides then).
 *
 * @example
 * ```ts
 * readGroupSpan(env, words, 0, words.length); // "All G countries and X except Y"
 * // { kind: 'group', spec: { group: 'g', plus: ['x'], except: ['y'] }, why: '...' }
 * ```
 */
export function readGroupSpan(env: GroupEnv, words: readonly Word[], start: number, end: number): GroupReading | undefined {
  let span = words.slice(start, end);
  if (!span.length) return undefined;
  const listed = findEnumerations(env, span);
  if (listed.length === 1 && listed[0]!.begin <= span[0]!.start && listed[0]!.end >= span[span.length - 1]!.end) {
    return { kind: 'members', ids: listed[0]!.ids, group: listed[0]!.group, why: listed[0]!.why };
  }
  // "presidents of ...": the group's members' offices
  let role: string | undefined;
  const of = span.findIndex((w) => low(w) === 'of');
  if (of > 0 && of < span.length - 1) {
    const r = env.role(span.slice(0, of));
    if (r) {
      role = r;
      span = span.slice(of + 1);
    }
  }
  const offset = span.length ? words.indexOf(span[0]!) : start;
  // the exception, then additions, are at the end: "G [and X] except Y [and Z]"
  let except: string[] = [];
  let core = span;
  for (let i = 1; i < span.length - 1; i++) {
    const kw = EXCEPT.find((seq) => matchWords(span, i, seq));
    if (!kw) continue;
    const rest = span.slice(i + kw.length);
    const ids = readList(env, rest);
    if (!ids) return undefined;
    except = ids.map((id) => (role ? env.office(id)?.state ?? id : id));
    core = span.slice(0, i);
    break;
  }
  let plus: string[] = [];
  let head = groupHead(env, core);
  if (!head) {
    for (let i = core.length - 1; i > 0; i--) {
      const kw = PLUS.find((seq) => matchWords(core, i, seq));
      if (!kw) continue;
      const h = groupHead(env, core.slice(0, i));
      const ids = h && readList(env, core.slice(i + kw.length));
      if (h && ids && !ids.some((id) => env.isGroup(id))) {
        head = h;
        plus = ids;
      }
      break;
    }
  }
  let count: number | undefined;
  if (!head && core.length > 1 && cardinal(core[0])) {
    head = groupHead(env, core.slice(1));
    count = cardinal(core[0]);
  }
  if (!head) return undefined;
  const members = env.members(head.group);
  const label = env.text.slice(words[start]!.start, words[end - 1]!.end);
  if (head.singularNoun && !except.length && !plus.length) return { kind: 'none', why: `"${label}" is one member of a group, not the group` };
  if (members.length < 2) return { kind: 'none', why: `the members of ${head.group} are not known` };
  if (except.some((x) => !members.includes(x)) || plus.some((x) => members.includes(x))) {
    return { kind: 'none', why: `"${label}": the exceptions are not members of ${head.group}` };
  }
  const before = env.text.slice(0, words[offset]?.start ?? words[start]!.start);
  const determiner = UNIVERSAL_BEFORE.exec(before)?.[1]?.toLowerCase();
  let why: string;
  if (except.length) {
    why = `all members${plus.length ? ` and ${plus.join(', ')}` : ''} except ${except.join(', ')}`;
  } else if (count !== undefined) {
    if (count !== members.length) return { kind: 'none', why: `${count} of the ${members.length} members of ${head.group}: not the whole group` };
    why = `"${core[0]!.raw}" = all ${members.length} members`;
  } else if (head.plural || role) {
    if (!determiner) return { kind: 'none', why: `"${label}": a plural without "all"/"the" is not about every member` };
    why = `"${determiner}" + plural: every member${plus.length ? ` and ${plus.join(', ')}` : ''}`;
  } else if (plus.length) {
    // "G and X": the group's own name next to another name, a plain coordination
    return undefined;
  } else {
    // the group's own name ("Ruritania"): the entity itself, for the caller's reader
    return undefined;
  }
  return {
    kind: 'group',
    spec: { group: head.group, plus: [...plus].sort(), except: [...except].sort(), ...(role ? { role } : {}) },
    why: `group phrase "${label}" (${why})`,
  };
}

/**
 * Enumerations of a group's members in a sentence: "[N of] the [M] G nouns, A, B and C" and
 * "the other N nouns, D and E" (the group mentioned last). N (or M) must count the list.
 *
 * @example
 * ```ts
 * findEnumerations(env, words); // [{ group: 'g', ids: ['a', 'b', 'c'], begin: 12, end: 70, why: '...' }]
 * ```
 */
export function findEnumerations(env: GroupEnv, words: readonly Word[]): Enumeration[] {
  const out: Enumeration[] = [];
  for (let i = 0; i < words.length; i++) {
    // the noun that ends the group part, followed by a comma and a list
    const noun = words[i]!;
    if (!isPluralNoun(noun)) continue;
    const next = words[i + 1];
    if (!next || !/,\s*$/.test(env.text.slice(noun.end, next.start))) continue;
    // before the noun: [N of] [the] [M] G, or "the other N"
    let k = i;
    let group: string | undefined;
    for (let s = Math.max(0, i - 6); s < i; s++) {
      const g = env.names(words.slice(s, i)).find((id) => env.isGroup(id));
      if (g) {
        group = g;
        k = s;
        break;
      }
    }
    const counted = cardinal(words[k - 1]);
    let first = counted !== undefined ? k - 1 : k;
    let count = counted;
    if (counted !== undefined && words[k - 2] && low(words[k - 2]!) === 'of' && cardinal(words[k - 3]) !== undefined) {
      count = cardinal(words[k - 3]);
      first = k - 3;
    }
    if (!group && words[i - 2] && low(words[i - 2]!) === 'other' && cardinal(words[i - 1]) !== undefined) {
      group = env.lastGroup;
      count = cardinal(words[i - 1]);
      first = i - 2;
    }
    if (!group || count === undefined) continue;
    // the list after the comma, exactly as long as the count
    let listEnd = -1;
    let ids: string[] | undefined;
    for (let j = i + 2; j <= Math.min(words.length, i + 1 + 24); j++) {
      const got = readList(env, words.slice(i + 1, j));
      if (got?.length === count && low(words[j - 1]!) !== 'and') {
        ids = got;
        listEnd = j;
      }
    }
    if (!ids || ids.length < 2 || ids.some((id) => id === group || env.isGroup(id))) continue;
    const begin = words[first]!.start;
    // include "the" before the first word
    const lead = /(the\s+)$/i.exec(env.text.slice(0, begin))?.[1]?.length ?? 0;
    const phrase = env.text.slice(begin - lead, words[listEnd - 1]!.end);
    out.push({ group, ids, begin: begin - lead, end: words[listEnd - 1]!.end, why: `enumeration "${phrase}": ${ids.length} named members of ${group}` });
    i = listEnd - 1;
  }
  return out;
}
