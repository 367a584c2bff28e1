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
import { rewrittenHeld } from './reader-kit.js';
import { wholeName } from './resolver.js';
import { normalizeTypography, normWord, tokenize } from './text.js';

/** The gate: a four-digit year (every date this reads has one). */
export const DATED_MENTION_NEEDS = /\b(?:1[5-9]|20)\d\d\b/;

// a month, capitalised or not ("July", "july", "Jul."): the rest of the pattern is case-sensitive
const MONTH = `(?:${[...MONTH_NAMES_LOWER, ...MONTH_ABBREVIATIONS].map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`).join('|')})\\.?`;

// "[the] [Possessor's] [[day] Month [day,]] Year words...": the possessor is capitalised words before "'s"
const DATED = new RegExp(
  `\\b(?:([Tt]he|[Aa]n?)\\s+)?(?:((?:[A-Z][\\w-]*\\s+){0,3}[A-Z][\\w-]*)'s\\s+)?(?:(?:(\\d{1,2})\\s+)?(${MONTH})\\s+(?:(\\d{1,2}),?\\s+)?)?((?:1[5-9]|20)\\d\\d)\\s+([A-Za-z][\\w-]*(?:\\s+[A-Za-z][\\w-]*){0,4})`,
  'g',
);

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

/** A label of the thing that names it alone, without a leading article or parentheses, shortest first. */
function ownName(ctx: CheckContext, iri: string): string | undefined {
  const names = [ctx.entityLabel.get(iri) ?? '', ...ctx.store.getObjects(iri, `${NS.skos}altLabel`, null).map((o) => o.value)]
    .map((n) => normalizeTypography(n))
    .filter((n) => n && !/[()]/.test(n) && !/^(?:the|a|an)\s/i.test(n) && !/'s$/.test(n))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  return names.find((n) => wholeName(ctx, n)?.iri === iri);
}

/**
 * The claim with its first event named by a date and a kind written as the event's own name, or
 * undefined (see the module comment).
 *
 * @example
 * ```ts
 * datedMentionRewrite(ctx, 'The July 2015 League summit was held in Zenda.');
 * // 'The Zenda summit was held in Zenda.' (the League's one summit dated July 2015)
 * ```
 */
export function datedMentionRewrite(ctx: CheckContext, input: string): string | undefined {
  const text = normalizeTypography(input);
  if (!DATED_MENTION_NEEDS.test(text)) return undefined;
  DATED.lastIndex = 0;
  for (let m = DATED.exec(text); m; m = DATED.exec(text)) {
    const [whole, article, owner, dayFirst, month, dayAfter, year, rest] = m;
    const day = dayFirst ?? dayAfter;
    // a mention is a noun phrase: its article or its possessor before the date
    if (!article && !owner) continue;
    const mon = month ? monthNumber(month) : 0;
    if (day && !mon) continue;
    const date = `${year}${mon ? `-${String(mon).padStart(2, '0')}` : ''}${day ? `-${day.padStart(2, '0')}` : ''}`;
    // the words after the year, with their ends in the text
    const restStart = m.index + whole.length - rest!.length;
    const after = [...rest!.matchAll(/[A-Za-z][\w-]*/g)].slice(0, MAX_WORDS).map((w) => ({ word: w[0], end: restStart + w.index + w[0].length }));
    const ownerWords = owner ? tokenize(owner, ctx.morph).map((t) => t.norm) : [];
    for (let n = after.length; n >= 1; n--) {
      const words = [...ownerWords, ...after.slice(0, n).map((w) => normWord(w.word, ctx.morph))].filter((w) => !LINK_WORDS.has(w));
      if (!words.length) continue;
      const named = datedThings(ctx).filter((e) => words.every((w) => e.words.has(w)));
      if (!named.length) continue;
      // the date picks: a time within it (a time coarser than the date does not say it is within)
      const at = named.filter((e) => e.times.some((t) => t.startsWith(date)));
      if (at.length !== 1) return undefined;
      const name = ownName(ctx, at[0]!.iri);
      if (!name) return undefined;
      // the mention from after its article (from its article, with a possessor) to its last word
      const from = owner || !article ? m.index : m.index + whole.match(/^\S+\s+/)![0].length;
      const det = owner ? `${article ?? 'the'} ` : '';
      return `${text.slice(0, from)}${det}${name}${text.slice(after[n - 1]!.end)}`;
    }
    // a run no label holds: the next mention
  }
  return undefined;
}

/**
 * The dated-mention reader: the claim with the dated event named as itself, rechecked; an
 * undecided reading is held (the reading shown).
 *
 * @example
 * await readDatedMention(input); // "Zenda hosted the League's July 2015 summit" -> "Zenda hosted the Zenda summit"
 */
export const readDatedMention = rewrittenHeld(datedMentionRewrite, 'the event of that date named as itself');
