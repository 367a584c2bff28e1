/**
 * Lines of a page's layout that state something without being sentences: a byline's role line
 * ("Associate Fellow, Institute for Pact Studies (Fredonia City)": the author's title and
 * affiliation, where the organisation is) and a dateline's place ("SYLVAN CITY, Sylvania (May
 * 3, 2014)": the city is in the country). Each is written out as a plain sentence and read by
 * the same reader, so the properties still come from the lexicon; the quote is the line's own
 * words.
 */
import type { SentenceContext, SentenceReader, ArticleReading } from './types.js';

const ROLE_LINE = /^(?<title>[^,()*]+?),\s*(?<org>[^(),]+?)\s*(?:\((?<place>[^()]+)\))?\s*$/u;

/** How much less sure a statement read from a page's layout is than one read from a sentence. */
const BYLINE_WEIGHT = 0.9;

/**
 * Readings of a byline line about the author (`authorLabel`): their title and affiliation, and
 * where the organisation is; empty for a line of another form (a name, "By ...", a credit).
 *
 * @example
 * ```ts
 * bylineReadings('Senior Fellow, Institute for Pact Studies (Fredonia City)', 'Jane Doe', reader, sctx);
 * // affiliatedWith, jobTitle, locatedIn readings
 * ```
 */
export function bylineReadings(line: string, authorLabel: string, reader: SentenceReader, context: SentenceContext): ArticleReading[] {
  const m = ROLE_LINE.exec(line);
  if (!m?.groups || /^by\b/i.test(line)) return [];
  const { title, org, place } = m.groups as { title: string; org: string; place?: string };
  const out: ArticleReading[] = [];
  const read = (sentence: string, begin: number, end: number, about: string): void => {
    for (const r of reader.read(sentence, context)) {
      if (r.subject.mention.replace(/\s+/g, ' ') !== about.replace(/\s+/g, ' ')) continue;
      // the words of a byline name what the graph knows or a literal: an unknown name there is a title
      if (r.object.kind === 'new-entity' || r.subject.kind === 'new-entity') continue;
      out.push({ ...r, begin, end, confidence: r.confidence * BYLINE_WEIGHT, why: `${r.why}; byline "${line}" read as "${sentence}"` });
    }
  };
  // the title and the organisation as two statements, as the fact checker cuts "X is a T at Y"
  read(`${authorLabel} works at ${org}.`, 0, line.length, authorLabel);
  read(`${authorLabel} works as ${title}.`, 0, line.length, authorLabel);
  if (place) {
    const at = line.indexOf(org);
    read(`${org} is located in ${place}.`, at, line.length, org);
  }
  return out;
}

const DATELINE = /^(?<place>[^,()]+?),\s*(?<within>[^,()\d]+?)\s*(?:[,(]|$)/u;

/**
 * Readings of a dateline "PLACE, REGION (date)": the place lies in the region, when both are
 * names the graph knows (a date after the comma is not a region).
 *
 * @example
 * ```ts
 * datelineReadings('SYLVAN CITY, Sylvania (May 3, 2014)', reader, sctx); // sylvan-city locatedIn sylvania
 * ```
 */
export function datelineReadings(line: string, reader: SentenceReader, context: SentenceContext): ArticleReading[] {
  const m = DATELINE.exec(line);
  if (!m?.groups) return [];
  const { place, within } = m.groups as { place: string; within: string };
  const end = line.indexOf(within) + within.length;
  const sentence = `${place} is located in ${within}.`;
  return reader.read(sentence, context)
    .filter((r) => r.subject.kind === 'entity' && r.object.kind === 'entity')
    .map((r) => ({ ...r, begin: 0, end, confidence: r.confidence * BYLINE_WEIGHT, why: `${r.why}; dateline "${line}" read as "${sentence}"` }));
}
