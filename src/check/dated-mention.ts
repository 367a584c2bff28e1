/**
 * An event named by its kind and a date (round 26): "the July 2015 League summit", "the 2016
 * summit", "the League's March 2011 summit", "the September 2011 parade in Zenda". The graph holds
 * events as entities with their own time (`cg:heldOn`, a trip's `cg:startDate`, the time a claim
 * gives the event it happened at): the words after the date (and a possessor before it) name a set
 * of candidate events, those whose labels hold every word; the date picks among them. The claim is
 * read again with the one event whose time falls in the date named by a label of its own ("the
 * July 2015 League summit was held in Zenda" -> "the Zenda summit was held in Zenda"), and the
 * readers decide the rest: a place or time elsewhere in the claim that differs from the event's is
 * the claim's content, checked like any other.
 *
 * Not read so: no candidate, or no candidate or two of them at the date (an event the graph does
 * not date is never picked), a candidate whose only time is coarser than the date said (a year for
 * "July 2015"), and a run of words no label of an event holds.
 */
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import { isA } from './claim-index.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES_LOWER, monthNumber } from './calendar-names.js';
import { rewrittenHeld, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import type { CheckResult } from './types.js';
import { wholeName } from './resolver.js';
import { normalizeTypography, normWord, tokenize } from './text.js';

/** The gate: a four-digit year, or a capitalised month next to a day ("the September 3 parade", round 32). */
export const DATED_MENTION_NEEDS = /\b(?:1[5-9]|20)\d\d\b|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\b\d{1,2}\s+[A-Z][a-z]{2,8}\b/;

// a month, capitalised or not ("July", "july", "Jul."): the rest of the pattern is case-sensitive
const MONTH = `(?:${[...MONTH_NAMES_LOWER, ...MONTH_ABBREVIATIONS].map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`).join('|')})\\.?`;

// "[the] [Possessor's] [[day] Month [day,]] Year words...": the possessor is capitalised words before "'s"
const DATED = new RegExp(
  `\\b(?:([Tt]he|[Aa]n?)\\s+)?(?:((?:[A-Z][\\w-]*\\s+){0,3}[A-Z][\\w-]*)'s\\s+)?(?:(?:(\\d{1,2})\\s+)?(${MONTH})\\s+(?:(\\d{1,2}),?\\s+)?)?((?:1[5-9]|20)\\d\\d)\\s+([A-Za-z][\\w-]*(?:\\s+[A-Za-z][\\w-]*){0,4})`,
  'g',
);

// a capitalised month only: "may" and "march" are verbs too
const CAP_MONTH = `(?:${[...MONTH_NAMES_LOWER, ...MONTH_ABBREVIATIONS].map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`).join('|')})\\.?`;

// a word of the name before a date after it: no link word ("the leaders of the summit of July 2015")
const NAME_WORD = '(?!(?:of|in|on|at|the|an?)\\b)[A-Za-z][\\w-]*';

// "[the] [Possessor's] words (of|in) [day] Month [day,] Year" (round 32): the date after the name;
// a month is needed (a year alone after "in" is the time of the deed far more often)
const DATED_AFTER = new RegExp(
  `\\b([Tt]he|[Aa]n?)\\s+(?:((?:[A-Z][\\w-]*\\s+){0,3}[A-Z][\\w-]*)'s\\s+)?((?:${NAME_WORD}\\s+){0,3}${NAME_WORD})\\s+(?:of|in)\\s+(?:(\\d{1,2})\\s+)?(${MONTH})\\s+(?:(\\d{1,2}),?\\s+)?((?:1[5-9]|20)\\d\\d)\\b`,
  'g',
);

// "[the] [Possessor's] Month day words" / "day Month words" without a year (round 32): the
// day picks among the graph's events on that day of any year
const YEARLESS = new RegExp(
  `\\b([Tt]he|[Aa]n?)\\s+(?:((?:[A-Z][\\w-]*\\s+){0,3}[A-Z][\\w-]*)'s\\s+)?(?:(\\d{1,2})\\s+(${CAP_MONTH})|(${CAP_MONTH})\\s+(\\d{1,2}))\\s+([A-Za-z][\\w-]*(?:\\s+[A-Za-z][\\w-]*){0,4})`,
  'g',
);

/** A word that ends the name after a yearless day: a preposition, a verb of being, a relative word. */
const NAME_END = /\s(?=(?:in|at|near|on|of|by|with|for|from|to|and|or|was|were|is|are|which|that|where|who)\b)/i;

/** Words of a mention that a label need not hold ("the parade in Zenda", "the summit of the League"). */
const LINK_WORDS = new Set(['the', 'of', 'in', 'at', 'near', 'a', 'an']);

/** Most words after the date taken as the event's name. */
const MAX_WORDS = 4;

interface EventKeys { iri: string; words: Set<string>; times: string[] }
const eventsOf = new WeakMap<CheckContext, EventKeys[]>();

const TEMPORAL = new Set([`${NS.xsd}date`, `${NS.xsd}gYearMonth`, `${NS.xsd}gYear`]);

/**
 * The times the graph gives a thing: its own temporal values, those of claims about it, and the
 * times of claims at it (`cg:event`), as ISO strings (`2015`, `2015-07`, `2015-07-10`).
 *
 * @example
 * ```ts
 * timesOf(ctx, summitIri); // ['2016-06'] (the League's one summit of June 2016)
 * ```
 */
export function timesOf(ctx: CheckContext, iri: string): string[] {
  const out = new Set<string>();
  const temporal = (o: { termType: string; datatype?: { value: string }; value: string }): boolean => o.termType === 'Literal' && TEMPORAL.has(o.datatype?.value ?? '');
  for (const q of ctx.store.getQuads(iri, null, null, null)) if (temporal(q.object)) out.add(q.object.value);
  for (const node of ctx.store.getSubjects(`${NS.rdf}subject`, iri, null)) {
    for (const o of ctx.store.getObjects(node, `${NS.rdf}object`, null)) if (temporal(o)) out.add(o.value);
  }
  for (const node of ctx.store.getSubjects(`${NS.cg}event`, iri, null)) {
    for (const q of ctx.store.getQuads(node, null, null, null)) if (q.predicate.value !== `${NS.rdf}object` && temporal(q.object)) out.add(q.object.value);
  }
  return [...out];
}

/** The events the graph dates, each with the words of all its labels (built once per context). */
function datedThings(ctx: CheckContext): EventKeys[] {
  let list = eventsOf.get(ctx);
  if (!list) {
    const words = new Map<string, Set<string>>();
    for (const [key, iris] of ctx.labelIndex) {
      for (const iri of iris) {
        let w = words.get(iri);
        if (!w) words.set(iri, (w = new Set()));
        for (const k of key.split(' ')) w.add(k);
      }
    }
    list = [];
    for (const [iri, w] of words) {
      if (!isA(ctx, iri, `${NS.cg}Event`)) continue;
      const times = timesOf(ctx, iri);
      if (times.length) list.push({ iri, words: w, times });
    }
    eventsOf.set(ctx, list);
  }
  return list;
}

const otherWordsOf = new WeakMap<CheckContext, Set<string>>();

/** The words of the labels of things that are no event ("pipeline", "organisation"), built once per context. */
function wordsOfOtherThings(ctx: CheckContext): Set<string> {
  let out = otherWordsOf.get(ctx);
  if (!out) {
    out = new Set();
    for (const [key, iris] of ctx.labelIndex) {
      if ([...iris].some((iri: string) => !isA(ctx, iri, `${NS.cg}Event`))) for (const k of key.split(' ')) out.add(k);
    }
    otherWordsOf.set(ctx, out);
  }
  return out;
}

/** A label of the thing that names it alone, without a leading article or parentheses, shortest first. */
function ownName(ctx: CheckContext, iri: string): string | undefined {
  const names = [ctx.entityLabel.get(iri) ?? '', ...ctx.store.getObjects(iri, `${NS.skos}altLabel`, null).map((o) => o.value)]
    .map((n) => normalizeTypography(n))
    .filter((n) => n && !/[()]/.test(n) && !/^(?:the|a|an)\s/i.test(n) && !/'s$/.test(n))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  return names.find((n) => wholeName(ctx, n)?.iri === iri);
}

/** A mention of a dated event found in a claim: where it stands, the date said, the events its words name. */
interface Mention {
  /** The text's offsets of what a name takes the place of. */
  from: number;
  to: number;
  /** The determiner kept before the name (with a possessor: the article, else nothing). */
  det: string;
  /** The date as an ISO prefix (`2015-07`), or `-MM-DD` for a day said without its year. */
  date: string;
  /** The events whose labels hold every word of the mention. */
  named: EventKeys[];
}

/** Whether a time of the graph falls within the date said. */
function within(time: string, date: string): boolean {
  return date.startsWith('-') ? time.length === 10 && time.slice(4) === date : time.startsWith(date);
}

/** Whether a time of the graph is coarser than the date and holds it (a year for "July 2015"): it does not say whether the event is at the date. */
function coarser(time: string, date: string): boolean {
  return date.startsWith('-') ? time.length < 10 : time.length < date.length && date.startsWith(time);
}

/** The ISO date of a year, month and day as the patterns capture them, or undefined (a day without a month). */
function isoDate(year: string | undefined, month: string | undefined, day: string | undefined): string | undefined {
  const mon = month ? monthNumber(month) : 0;
  if (day && !mon) return undefined;
  return `${year ?? ''}${mon ? `-${String(mon).padStart(2, '0')}` : ''}${day ? `-${day.padStart(2, '0')}` : ''}`;
}

/** The events whose labels hold every one of the words (link words aside). */
function eventsNamed(ctx: CheckContext, words: string[]): EventKeys[] {
  const content = words.filter((w) => !LINK_WORDS.has(w));
  return content.length ? datedThings(ctx).filter((e) => content.every((w) => e.words.has(w))) : [];
}

/** The first mention whose words name an event of the graph, the date before the name (round 26). */
function mentionBefore(ctx: CheckContext, text: string): Mention | undefined {
  if (!/\b(?:1[5-9]|20)\d\d\b/.test(text)) return undefined;
  DATED.lastIndex = 0;
  for (let m = DATED.exec(text); m; m = DATED.exec(text)) {
    const [whole, article, owner, dayFirst, month, dayAfter, year, rest] = m;
    // a mention is a noun phrase: its article or its possessor before the date
    if (!article && !owner) continue;
    const date = isoDate(year, month, dayFirst ?? dayAfter);
    if (!date) continue;
    // the words after the year, with their ends in the text
    const restStart = m.index + whole.length - rest!.length;
    const after = [...rest!.matchAll(/[A-Za-z][\w-]*/g)].slice(0, MAX_WORDS).map((w) => ({ word: w[0], end: restStart + w.index + w[0].length }));
    const ownerWords = owner ? tokenize(owner, ctx.morph).map((t) => t.norm) : [];
    for (let n = after.length; n >= 1; n--) {
      const named = eventsNamed(ctx, [...ownerWords, ...after.slice(0, n).map((w) => normWord(w.word, ctx.morph))]);
      if (!named.length) continue;
      // the mention from after its article (from its article, with a possessor) to its last word
      const from = owner || !article ? m.index : m.index + whole.match(/^\S+\s+/)![0].length;
      return { from, to: after[n - 1]!.end, det: owner ? `${article ?? 'the'} ` : '', date, named };
    }
    // a run no label holds: the next mention
  }
  return undefined;
}

/**
 * The first mention whose words name an event, the date after the name ("the League summit of
 * July 2015", "the parade in September 2015") or a day without its year before it ("the
 * September 3 parade") (round 32). The name must hold a word in lower case, the kind of event
 * ("summit", "parade"): "the League in July 2015" is the time of a deed, no event; its last word
 * (the head noun) must be a word of no label of a thing that is no event ("the pipeline in
 * December 2015" names the pipeline, not its launch); and every word of it must be a label's (no
 * shorter run is tried: "the opening ceremony" is not "the ceremony").
 */
function mentionAfter(ctx: CheckContext, text: string): Mention | undefined {
  for (const [re, yearless] of [[DATED_AFTER, false], [YEARLESS, true]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [whole, article, owner] = m;
      const date = yearless ? isoDate(undefined, m[4] ?? m[5], m[3] ?? m[6]) : isoDate(m[7], m[5], m[4] ?? m[6]);
      // round 39 (users31 subproperty-05, "was at the Sept. 3 parade in Freedonia"): the words after a
      // yearless day end at a preposition, a verb of being or a relative word; what follows ("in
      // Freedonia", "was attended by") is the claim's, not the event's name
      const name = yearless ? m[7]!.split(NAME_END)[0]!.trim() : m[3]!;
      if (!date || !name || !/(?:^|\s)[a-z]/.test(name)) continue;
      const ownerWords = owner ? tokenize(owner, ctx.morph).map((t) => t.norm) : [];
      const nameWords = [...name.matchAll(/[A-Za-z][\w-]*/g)].map((w) => normWord(w[0], ctx.morph));
      // the head noun names events only: "the pipeline in December 2015" is the pipeline, not its launch
      if (wordsOfOtherThings(ctx).has(nameWords[nameWords.length - 1]!)) continue;
      const named = eventsNamed(ctx, [...ownerWords, ...nameWords]);
      if (!named.length) continue;
      const from = owner ? m.index : m.index + article!.length + whole.slice(article!.length).match(/^\s+/)![0].length;
      // the mention ends with its name (a yearless name cut short ends before the words cut off)
      const to = yearless ? m.index + whole.length - m[7]!.length + name.length : m.index + whole.length;
      return { from, to, det: owner ? `${article} ` : '', date, named };
    }
  }
  return undefined;
}

/** The claim's first mention of a dated event, the date before the name first (round 26's reading unchanged). */
function mentionOf(ctx: CheckContext, input: string): Mention | undefined {
  const text = normalizeTypography(input);
  if (!DATED_MENTION_NEEDS.test(text)) return undefined;
  return mentionBefore(ctx, text) ?? mentionAfter(ctx, text);
}

/**
 * The claim with its first event named by a date and a kind written as the event's own name, or
 * undefined (see the module comment).
 *
 * @example
 * ```ts
 * datedMentionRewrite(ctx, 'The July 2015 League summit was held in Zenda.');
 * // 'The Zenda summit was held in Zenda.' (the League's one summit dated July 2015)
 * datedMentionRewrite(ctx, 'The League summit of July 2015 was held in Zenda.');
 * // the same (round 32)
 * ```
 */
export function datedMentionRewrite(ctx: CheckContext, input: string): string | undefined {
  const text = normalizeTypography(input);
  const m = mentionOf(ctx, text);
  if (!m) return undefined;
  // the date picks: a time within it (a time coarser than the date does not say it is within)
  const at = m.named.filter((e) => e.times.some((t) => within(t, m.date)));
  if (at.length !== 1) return undefined;
  const name = ownName(ctx, at[0]!.iri);
  return name && `${text.slice(0, m.from)}${m.det}${name}${text.slice(m.to)}`;
}

/**
 * The claim read with each event its words name when none is dated so (round 32): "the League
 * summit of June 2017" where the graph dates the League's summits July 2015 and June 2016. The
 * graph has no such event; another source may have one, so the claim is held, never refuted,
 * each candidate's reading shown. Undefined when an event of those words has a time coarser than
 * the date (a year for "July 2015": it may be at the date) or none is read.
 *
 * @example
 * ```ts
 * await readUndatedMention(input); // "The June 2017 League summit was held in Zenda": held, the graph's summits shown
 * ```
 */
export async function readUndatedMention({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const t = normalizeTypography(text);
  const m = mentionOf(ctx, t);
  if (!m || m.named.some((e) => e.times.some((x) => within(x, m.date) || coarser(x, m.date)))) return undefined;
  const shown: string[] = [];
  let first: CheckResult | undefined;
  for (const e of m.named.slice(0, 3)) {
    const name = ownName(ctx, e.iri);
    const said = name && `${t.slice(0, m.from)}${m.det}${name}${t.slice(m.to)}`;
    const r = said ? await recheck(said) : undefined;
    if (!r) continue;
    first ??= r;
    shown.push(`"${said}" (${e.times.slice().sort().join(', ')}): ${r.verdict}`);
  }
  if (!first) return undefined;
  const day = m.date.startsWith('-') ? `${m.date.slice(1)} of any year` : m.date;
  return { held: undecidedResult(restate(first, text),
    `The graph dates no event of those words at ${day}: read with each it dates otherwise, ${shown.join('; ')}; another source may hold such an event, so the claim is not decided. ${first.explanation}`) };
}

/**
 * The dated-mention reader: the claim with the dated event named as itself, rechecked; an
 * undecided reading is held (the reading shown).
 *
 * @example
 * await readDatedMention(input); // "Zenda hosted the League's July 2015 summit" -> "Zenda hosted the Zenda summit"
 */
export const readDatedMention = rewrittenHeld(datedMentionRewrite, 'the event of that date named as itself');
