/**
 * Claims pasted from notes and chats (round 35, branch pastes35), said again in the shapes the
 * other readers take:
 *
 * - a note's other separators between a topic and its value: " -- ", " = ", " -> ", " => " as
 *   the colon, and a spaced " ~ " as a colon and "about" ("Canal cost ~ US$ 5 bn" is "Canal
 *   cost: about US$ 5 bn"), once in the claim and after a short topic without a comma;
 * - a list's bullet or number before the claim ("- ", "* ", "1) ", "2. "); a numbered list said in
 *   one line ("1) A; 2) it B; 3) C", "(1) A (2) B") as its items joined by semicolons (round 41);
 * - a source named after it in brackets ("(source: the Gazette)", "(via ...)", "(per ...)");
 * - an approximation said after the value ("1,800 km, give or take", "or so", "approx.",
 *   "roughly") put before it as "about";
 * - "instead" closing the claim (what it stands in place of is the part before it; the graph
 *   states no substitution);
 * - two or three sentences pasted together, each a part of one compound claim joined by a
 *   semicolon (src/check/compound.ts decides: any part refuted refutes, all supported supports).
 *   A second sentence opening with "he", "she", "it" or "they" is read once for each name of the
 *   first sentence of the pronoun's kind (a person for "he"/"she", a thing for "it"); the reader
 *   decides only when every reading that reads gives the same verdict, so an ambiguous pronoun
 *   leaves the claim undecided. A definite description ("The bank ...") is left to the compound
 *   reader, which takes the one thing of that kind named before it. A later sentence that only
 *   casts doubt on the one before ("Or did it?"), or a short denying fragment that names nothing
 *   ("Not even close."), is no part: the sentences are not joined.
 *
 * Nothing here knows an entity or a property: the verdict is the rewritten claim's.
 */
import type { CheckContext } from './context.js';
import { cg } from './context-vocab.js';
import { isA } from './claim-index.js';
import { longestMentions } from './clause-links.js';
import { isOneName } from './note-topics.js';
import { normalizeTypography } from './text.js';
import { holdsTruthComment } from './truth-comment.js';
import { heldWhenUndecided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import type { CheckResult } from './types.js';
import { restate } from './result.js';

/** The gate: a text with none of the marks below is read by nothing here. */
export const PASTE_NEEDS = /:\s+(?:\d|[A-Z][a-z]{2,}\.?\s+\d)|[A-Z]\w*-[A-Z][^:]*:\s|\d(?:\.\d+)?e\d|\b(?:possible|potential|mooted)\b[^:]*:\s|\s(?:--|=|->|=>|~)\s|--|=|^\s*(?:[-*\u2022]|\(?\d{1,2}[.)])\s|\((?:source|src|via|per|h\/t)\b|\b(?:give or take|or so|or thereabouts|approx\.?|roughly|more or less)\s*[.!]?\s*$|\binstead\s*[.!]?\s*$|[a-z0-9)%'"\u2019][.!]\s+[A-Z]/i;

/** Words after which a full stop is an abbreviation's, not a sentence's end. */
export const ABBREVIATIONS = /^(?:approx|est|etc|vs|cf|ca|incl|excl|no|nos|mr|mrs|ms|dr|st|jr|sr|co|corp|inc|ltd|dept|govt|gen|gov|sen|rep|pres|min|int|intl|p\.m|a\.m)$/i;

/** Number words a spelled-out value is made of ("one thousand eight hundred"). */
const NUMBER_WORD = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|and|a)$/i;
/** A token that is or opens a value: a figure, a currency. */
const FIGURE = /^(?:~?(?:US\$|\$|\u00A5|\u20AC|\u00A3)?\d[\d,.]*\w*|US\$|\$|\u00A5|\u20AC|\u00A3|USD|JPY|EUR|GBP)$/i;
/** Words that already make a value approximate. */
const APPROXIMATOR = /^(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|circa|c\.|ca\.|~)$/i;
/** The words of the powers of ten a figure in scientific notation is written with. */
const POWER_WORD: Record<string, string> = { 3: 'thousand', 6: 'million', 9: 'billion', 12: 'trillion' };
/** An approximation said after the value. */
const TAIL_APPROX = /,?\s+(?:give or take(?:\s+a\s+(?:few|bit|little))?|or so|or thereabouts|approx\.?|approximately|roughly|more or less)\s*[.!]?\s*$/i;

/**
 * The value's approximation said after it, put before it as "about"; undefined when the claim
 * has no such tail or no value before it.
 *
 * @example
 * ```ts
 * approximationTail('Canal: one thousand km, give or take'); // 'Canal: about one thousand km'
 * approximationTail('The canal is 90 km long or so'); // 'The canal is about 90 km long'
 * ```
 */
export function approximationTail(text: string): string | undefined {
  const tail = TAIL_APPROX.exec(text);
  if (!tail) return undefined;
  const words = text.slice(0, tail.index).split(/\s+/);
  const isValue = (w: string): boolean => FIGURE.test(w.replace(/[,;:]$/, '')) || (NUMBER_WORD.test(w.replace(/[,;:]$/, '')) && !/^(?:and|a)$/i.test(w));
  let end = -1;
  for (let k = words.length - 1; k >= 0; k--) if (isValue(words[k]!)) { end = k; break; }
  if (end < 0) return undefined;
  let start = end;
  while (start > 0 && (isValue(words[start - 1]!) || (/^(?:and|a)$/i.test(words[start - 1]!) && start > 1 && isValue(words[start - 2]!)))) start--;
  // the value's unit and what follows it may stand after it (no more than three words)
  if (words.length - 1 - end > 3) return undefined;
  if (start > 0 && APPROXIMATOR.test(words[start - 1]!) || /^~/.test(words[start]!)) return words.join(' ');
  return [...words.slice(0, start), 'about', ...words.slice(start)].join(' ');
}

/**
 * The claim with a note's marks said plainly: bullet, source in brackets, "instead", another
 * separator as the colon, a trailing approximation before the value; undefined when none applies.
 *
 * @example
 * ```ts
 * noteMarksRewrite('- Canal capacity -- 5 bcm a year (source: the Gazette)'); // 'Canal capacity: 5 bcm a year'
 * noteMarksRewrite('Canal cost ~ US$ 5 bn'); // 'Canal cost: about US$ 5 bn'
 * ```
 */
export function noteMarksRewrite(text: string): string | undefined {
  let t = normalizeTypography(text).trim();
  t = numberedItems(t) ?? t;
  t = t.replace(/^(?:[-*\u2022]|\d{1,2}[.)])\s+(?=\S)/, '');
  t = t.replace(/\s*[([](?:source|src|via|per|h\/t)\b[^)\]]*[)\]]\s*([.!]?)\s*$/i, '$1').trim();
  t = t.replace(/,?\s+instead\s*([.!]?)\s*$/i, '$1');
  const seps = t.match(/\s+(?:--|=|->|=>|~)\s+|(?<=\w)\s*(?:--|=)\s*(?=[\w$\u00A5\u20AC\u00A3~])/g) ?? [];
  if (seps.length === 1) {
    const at = t.indexOf(seps[0]!);
    const topic = t.slice(0, at);
    // a topic of a few words, no clause punctuation
    if (!/[,;:]/.test(topic) && topic.split(/\s+/).length <= 8) {
      t = `${topic}: ${seps[0]!.trim() === '~' ? 'about ' : ''}${t.slice(at + seps[0]!.length)}`;
    }
  }
  t = approximationTail(t) ?? t;
  // a figure in scientific notation ("33e9 cubic metres"): the word of its power of ten
  t = t.replace(/\b(\d+(?:\.\d+)?)e(3|6|9|12)\b/g, (_all, n: string, p: string) => `${n} ${POWER_WORD[p]}`);
  // a possibility adjective in a note's topic ("Possible grants to Sylvania: $2m"): the value said
  // as a possibility ("grants to Sylvania may be $2m"), as the source states such a figure
  const possible = /^(.*?)\b(?:possible|potential|mooted)\s+([^:]+?):\s+((?:about\s+|up to\s+)?(?:US\$|\$|\u00A5|\u20AC|\u00A3|USD|JPY|EUR|\d).*)$/i.exec(t);
  if (possible) t = `${possible[1]}${possible[2]} may be ${possible[3]}`;
  t = datedNote(t) ?? t;
  t = t.replace(/\s{2,}/g, ' ').trim();
  return t !== normalizeTypography(text).trim() ? t : undefined;
}

/** A list's number mark ("1)", "(2)", "3."), at the start or after a space or a list's punctuation. */
const NUMBER_MARK = /(?<=^|[\s;,.])\(?(\d{1,2})[.)]\s+(?=\S)/g;

/**
 * A numbered list said in one line (round 41, users33's "1) A; 2) it B; 3) its C D"): the items
 * joined by semicolons, the marks dropped, so the compound reader reads each item as a part (a
 * pronoun item completed from the one before, as after any semicolon). Only when the claim opens
 * with "1" and the numbers run on by one: a figure that happens to close with a bracket or a
 * point ("cost 10. ...") is no mark. Undefined otherwise.
 *
 * @example
 * ```ts
 * numberedItems('1) The canal opened; 2) it is 90 km long'); // 'The canal opened; it is 90 km long'
 * numberedItems('(1) Rufus left (2) Zed stayed'); // 'Rufus left; Zed stayed'
 * numberedItems('The canal is 1) long'); // undefined
 * ```
 */
export function numberedItems(text: string): string | undefined {
  const marks = [...text.matchAll(NUMBER_MARK)];
  if (marks.length < 2 || marks[0]!.index !== 0) return undefined;
  if (marks.some((m, k) => Number(m[1]) !== k + 1)) return undefined;
  // each item without the punctuation that closed it before the next mark (the last keeps its own)
  const items = marks.map((m, k) => {
    const item = text.slice(m.index! + m[0].length, marks[k + 1]?.index ?? text.length).trim();
    return k < marks.length - 1 ? item.replace(/\s*[;,.]$/, '') : item;
  });
  if (items.some((x) => !x)) return undefined;
  return items.join('; ');
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** A day ("13 December 2015", "Dec 13, 2015"); a month or a year ("July 2015", "2015"). */
const DAY_VALUE = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$`, 'i');
const SPAN_VALUE = new RegExp(`^(?:${MONTH}\\s+\\d{4}|\\d{4})$`, 'i');

/**
 * A note whose value is a date ("Canal groundbreaking: 13 December 2015", "Summit: July 2015"),
 * with its preposition ("on" a day; a month or a year as when the event took place); a topic ending in a past participle
 * said as a passive ("League recognised: 1995" is "League was recognised in 1995"). Undefined
 * for any other claim.
 *
 * @example
 * ```ts
 * datedNote('Canal groundbreaking: 13 December 2015'); // 'Canal groundbreaking: on 13 December 2015'
 * datedNote('League summit: July 2015'); // 'League summit took place in July 2015'
 * datedNote('Freedonian neutrality recognised: 1995'); // 'Freedonian neutrality was recognised in 1995'
 * ```
 */
export function datedNote(note: string): string | undefined {
  const m = /^([^:]{2,60}?):\s+(.+)$/.exec(note.trim());
  if (!m) return undefined;
  const value = m[2]!.replace(/[.!]$/, '').trim();
  const prep = DAY_VALUE.test(value) ? 'on' : SPAN_VALUE.test(value) ? 'in' : undefined;
  if (!prep) return undefined;
  const passive = /^(.+?)\s+([a-z]+ed|held|begun|broken|built|signed|founded|opened|launched)$/.exec(m[1]!);
  // the participle after a name ("Freedonian neutrality recognised"), not a topic's own noun
  if (passive && /[A-Z]/.test(passive[1]!)) return `${passive[1]} was ${passive[2]} ${prep} ${value}`;
  // a day after the colon reads as the headline readers' "T: on D"; a month or a year as the
  // time an event took place ("in July" after a colon reads as a place)
  return prep === 'on' ? `${m[1]}: on ${value}` : `${m[1]} took place in ${value}`;
}

/**
 * The sentences of a paste of two or three ("A did X. It did Y."): cut at a full stop followed by
 * a capital, not after an abbreviation or an initial; undefined for one sentence or more than three.
 *
 * @example
 * ```ts
 * sentencesOf('Freedonia joined the League. It hosted the summit.'); // ['Freedonia joined the League', 'It hosted the summit']
 * sentencesOf('Rufus T. Firefly visited Sylvania.'); // undefined
 * ```
 */
export function sentencesOf(text: string): string[] | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  const out: string[] = [];
  let from = 0;
  for (const m of t.matchAll(/[.!]\s+(?=[A-Z])/g)) {
    const before = t.slice(from, m.index);
    const word = /(\S+)$/.exec(before)?.[1] ?? '';
    // an initial ("T."), an abbreviation ("Co.", "approx."), a dotted acronym ("U.S.")
    if (/^[A-Z]$/.test(word) || ABBREVIATIONS.test(word.replace(/^\W+/, '')) || /\.\w$/.test(word)) continue;
    out.push(before.trim());
    from = m.index! + m[0].length;
  }
  out.push(t.slice(from).trim());
  return out.length >= 2 && out.length <= 3 && out.every((s) => s.split(/\s+/).length >= 2) ? out : undefined;
}

/** The closed words a sentence may open with that stand for something before it. */
const OPENING_PRONOUN = /^(he|she|it|they)\s+(.+)$/i;
/**
 * A sentence that only asks back whether what came before holds, "or" opening it ("Or did it?",
 * "Or was it, really?", "Or has it?"): a doubt the writer casts on the claim, no statement of its own.
 */
/** A short fragment that opens with a denial ("Not even close.", "No way.", "Never."). */
const DENYING_FRAGMENT = /^(?:not|no|never|nope|nah|hardly)\b(?:[\s,]+[\w'\u2019]+){0,4}[\s.!?]*$/i;
const DOUBT_BACK = /^or\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|could|can)(?:n't)?\s+(?:it|this|that|they|he|she)(?:,?\s+(?:really|now|though|actually|not))*\s*[?!.]*$/i;

/**
 * The names of a sentence a pronoun may stand for: persons for "he"/"she", things for "it", any
 * for "they"; each once.
 */
export function antecedentsOf(ctx: CheckContext, sentence: string, pronoun: string): string[] {
  const person = cg('Person');
  const out = new Map<string, string>();
  for (const { found, first, last } of longestMentions(ctx, sentence, true)) {
    const kinds = found.map((e) => isA(ctx, e.iri, person));
    const p = pronoun.toLowerCase();
    const fits = p === 'they' || (p === 'it' ? kinds.every((k) => !k) : kinds.every((k) => k));
    if (fits && found.length === 1 && !out.has(found[0]!.iri)) out.set(found[0]!.iri, sentence.slice(first.start, last.end));
  }
  return [...out.values()];
}

/**
 * The pasted sentences joined as one compound claim, once per reading of an opening pronoun
 * (see the module comment); empty when the claim is one sentence.
 *
 * @example
 * ```ts
 * sentenceJoins(ctx, 'Rufus visited Sylvania. He also visited Marsovia.'); // ['Rufus visited Sylvania; Rufus also visited Marsovia']
 * ```
 */
export function sentenceJoins(ctx: CheckContext, text: string): string[] {
  const sentences = sentencesOf(text);
  if (!sentences) return [];
  let joins: string[] = [sentences[0]!];
  for (let k = 1; k < sentences.length; k++) {
    const s = sentences[k]!;
    // a sentence after the first that comments on the truth of what came before ("P. Just kidding
    // - Q.", "CLAIM: P. Rating: False, Q."): no part of a conjunction, since it may deny the
    // sentences before it (round 39, precision39: P, read as a part of its own, refuted the claim)
    if (holdsTruthComment(ctx, s)) return [];
    // "P. Or did it?": a doubt cast on P, not a part (round 40, precision40's traps: the question
    // read as an unread part of its own left a refuted P to refute the claim, a supported P held)
    if (DOUBT_BACK.test(s.trim())) return [];
    // "P. Not even close.": a denying fragment that names nothing is a retort to P, not a part
    // that could not be read beside it (round 40, precision40's traps: a refuted P refuted the
    // claim its writer denied)
    if (DENYING_FRAGMENT.test(s.trim()) && longestMentions(ctx, s, true).next().done) return [];
    const pronoun = OPENING_PRONOUN.exec(s);
    let said: string[];
    if (pronoun) {
      const names = antecedentsOf(ctx, sentences[k - 1]!, pronoun[1]!);
      if (!names.length) return [];
      said = names.map((n) => `${n} ${pronoun[2]}`);
    } else {
      // a determiner or a closed word opening the sentence in lower case ("the bank ...")
      said = [s.replace(/^(The|This|That|These|Those|Its|Their|His|Her|Also|Both)\b/, (w) => w.toLowerCase())];
    }
    joins = joins.flatMap((j) => said.map((x) => `${j}; ${x}`));
  }
  return joins;
}

/**
 * A note's topic naming two parties with a hyphen ("Freedonia-Sylvania energy deals: $5m"), said
 * with the first as the owner and the second after "with" and after "to" ("Freedonia's energy
 * deals with Sylvania: $5m"); empty unless each side is one name and the pair is no name itself.
 *
 * @example
 * ```ts
 * pairTopicRewrites(ctx, 'Freedonia-Sylvania energy deals: $5m'); // ["Freedonia's energy deals with Sylvania: $5m", "Freedonia's energy deals to Sylvania: $5m"]
 * ```
 */
export function pairTopicRewrites(ctx: CheckContext, note: string): string[] {
  const m = /^(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)-([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s+([a-z][a-z -]*?):\s+(.+)$/.exec(note.trim());
  if (!m || isOneName(ctx, `${m[1]}-${m[2]}`) || !isOneName(ctx, m[1]!) || !isOneName(ctx, m[2]!)) return [];
  return ['with', 'to'].map((p) => `${m[1]}'s ${m[3]} ${p} ${m[2]}: ${m[4]}`);
}

/**
 * The reader: a note's marks said plainly, else the pasted sentences read as one compound claim.
 * Decided only when every reading that reads gives one verdict; an undecided result is held.
 */
export async function readPaste({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const plain = noteMarksRewrite(text);
  const notes = [plain ?? text].flatMap((t) => [...(plain ? [t] : []), ...pairTopicRewrites(ctx, t)]);
  const noted: Array<{ said: string; r: CheckResult }> = [];
  for (const said of notes) {
    const r = await recheck(said);
    if (r) noted.push({ said, r });
  }
  if (noted.length) {
    // readings of a two-party topic that disagree leave the claim unread
    if (!noted.every(({ r }) => r.verdict === noted[0]!.r.verdict)) return undefined;
    const { said, r } = noted[0]!;
    const why = said === plain ? 'a pasted note\'s marks said plainly' : 'a note\'s two-party topic said with its first party as the owner, the readings agreeing';
    return heldWhenUndecided(restate(r, text, { explanation: `Read as "${said}" (${why}). ${r.explanation}` }));
  }
  const joins = sentenceJoins(ctx, plain ?? text);
  const read: Array<{ said: string; r: CheckResult }> = [];
  for (const said of joins) {
    const r = await recheck(said);
    // a reading whose part with the name put in did not read is no reading of the pronoun
    if (r && !(joins.length > 1 && r.verdict === 'NOT_ENOUGH_INFO' && /^Read in part:/.test(r.explanation))) read.push({ said, r });
  }
  if (!read.length) return undefined;
  const one = read.every(({ r }) => r.verdict === read[0]!.r.verdict);
  const { said, r } = read[0]!;
  const why = joins.length > 1 ? 'the pronoun read as each name before it, all readings agreeing' : 'pasted sentences read as parts of one claim';
  // an ambiguous pronoun whose readings disagree: no reading (the claim stays undecided)
  if (!one) return undefined;
  return heldWhenUndecided(restate(r, text, { explanation: `Read as "${said}" (${why}). ${r.explanation}` }));
}
