/**
 * Pasted notes (round 32, branch idioms32): a topic, then a colon or a dash, then its value, as
 * people paste them from their notes ("Canal HQ - Zenda", "League president: Rufus T. Firefly",
 * "Canal max capacity: 5 bcm a year", "League founders: 12"). The round 12 headline reader
 * (src/check/amount-notation.ts `headlineReadings`) reads "T: value" with a figure after the
 * colon; this module gives it the note's other separators and values:
 *
 * - a spaced dash (" - ", an en or em dash) as the colon, only between a topic and a value or
 *   one name, so a dash inside a clause ("The canal - 90 km long - will carry ...") is no note;
 * - a value that is one name the graph knows, after a topic that is a name and a noun: "T's N is
 *   V" ("Canal HQ - Zenda" is "Canal's headquarters is Zenda"); the patterns, each property's
 *   rdfs:domain and rdfs:range and the verdict rules decide, so a noun no property names finds no
 *   reading;
 * - a maximum word before the topic's noun (lexicon `cg:maximumWord`: "max", "maximum"): the
 *   value is a bound, "up to V" ("Canal max capacity: 5 bcm" is "Canal's capacity is up to 5 bcm");
 * - a note's abbreviations in the topic (lexicon `cg:noteAbbreviation` "hq|headquarters") in full.
 *
 * Nothing here knows an entity; the verdict is the graph's on the note said as a sentence.
 */
import type { CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { alternation, lexiconWords } from './lexicon-words.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** A note cut at its separator. */
export interface NoteParts {
  /** The topic ("Canal HQ"). */
  topic: string;
  /** The value ("Zenda", "about 90 km long"). */
  value: string;
  /** The separator was a dash rather than a colon. */
  dash: boolean;
}

/**
 * A note's topic and value at its one colon or spaced dash; undefined for any other claim. The
 * topic is short and holds no clause punctuation; a dash must be the claim's only one.
 *
 * @example
 * ```ts
 * noteParts('Canal HQ - Zenda'); // { topic: 'Canal HQ', value: 'Zenda', dash: true }
 * noteParts('The canal - 90 km long - will carry gas'); // undefined
 * ```
 */
export function noteParts(text: string): NoteParts | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  const colon = /^([^:;,.?]{2,80}?)\s*:\s+([^:]+)$/.exec(t);
  if (colon) return { topic: colon[1]!.trim(), value: colon[2]!.trim(), dash: false };
  const dashes = t.match(/\s[-\u2013\u2014]\s/g) ?? [];
  if (dashes.length !== 1) return undefined;
  const dash = /^([^:;,.?]{2,80}?)\s+[-\u2013\u2014]\s+([^?]+)$/.exec(t);
  return dash ? { topic: dash[1]!.trim(), value: dash[2]!.trim(), dash: true } : undefined;
}

const abbreviations = new WeakMap<object, Array<[RegExp, string]>>();

/** The topic with the lexicon's note abbreviations in full ("Canal HQ" -> "Canal headquarters"). */
export function expandNoteAbbreviations(ctx: CheckContext, topic: string): string {
  let list = abbreviations.get(ctx.lexicon);
  if (!list) {
    list = literals(ctx.lexicon, null, cg('noteAbbreviation')).sort().map((v) => {
      const [short = '', full = ''] = v.split('|').map((s) => s.trim());
      return [new RegExp(`(?<![\\w.])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'gi'), full] as [RegExp, string];
    }).filter(([, full]) => full.length > 0);
    abbreviations.set(ctx.lexicon, list);
  }
  return list.reduce((s, [re, full]) => s.replace(re, full), topic);
}

/**
 * A topic's maximum word taken off, and whether there was one: "Canal max capacity" -> "Canal
 * capacity" (the value then is "up to" it).
 */
export function withoutMaximum(ctx: CheckContext, topic: string): { topic: string; maximum: boolean } {
  const re = cachedRegExp(`(?<![\\w])(?:${alternation(lexiconWords(ctx, 'maximumWord'))})(?![\\w])\\s*`, 'i');
  const m = re.exec(topic);
  return m ? { topic: `${topic.slice(0, m.index)}${topic.slice(m.index + m[0].length)}`.replace(/\s{2,}/g, ' ').trim(), maximum: true } : { topic, maximum: false };
}

/** Whether a span is one name the graph knows (and nothing else). */
export function isOneName(ctx: CheckContext, words: string): boolean {
  const toks = dropIgnorable(tokenize(words, ctx.morph), ctx.morph);
  return toks.length > 0 && resolveMention(ctx, toks).length === 1;
}

/**
 * A topic cut into the name it opens with and the noun after it ("Canal headquarters" ->
 * ["Canal", "headquarters"]), the longest name first; undefined when it opens with no name or no
 * lower-case noun follows.
 */
export function topicOwner(ctx: CheckContext, topic: string): [string, string] | undefined {
  const words = topic.replace(/^the\s+/i, '').split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) {
    const name = words.slice(0, k).join(' ').replace(/['\u2019]s$/, '');
    const noun = words.slice(k).join(' ');
    if (/^[a-z][a-z -]*$/.test(noun) && isOneName(ctx, name)) return [name, noun];
  }
  return undefined;
}

/**
 * A note whose value is one name, said as a sentence ("Canal HQ - Zenda" -> ["Canal's
 * headquarters is Zenda"]); empty for any other claim.
 *
 * @example
 * ```ts
 * nameNoteReadings(ctx, 'League president: Rufus T. Firefly'); // ["League's president is Rufus T. Firefly"]
 * ```
 */
export function nameNoteReadings(ctx: CheckContext, text: string): string[] {
  const parts = noteParts(text);
  if (!parts || /\d/.test(parts.value) || !/^[A-Z]/.test(parts.value) || !isOneName(ctx, parts.value)) return [];
  const owner = topicOwner(ctx, expandNoteAbbreviations(ctx, parts.topic));
  return owner ? [`${owner[0]}'s ${owner[1]} is ${parts.value}`] : [];
}
