/**
 * The discourse around a claim (round 28, issue 15: "read claims the way people write them"):
 * chat, e-mail and note words that stand before or after the claim without being part of it,
 * peeled by one mechanism before the claim is read, and what was peeled said in the result.
 *
 * - Chat words (lexicon `cg:chatWord`: "lol", "fwiw", "tbh", "btw") at either end, with or
 *   without a comma; chat openers (`cg:chatOpener`: "hey", "ok so") at the start only.
 * - A short opener ending in ":" or " - " made only of lead-segment words (`cg:leadSegmentWord`:
 *   "hey just saw this -", "re: your question -", "quick q:"), or an e-mail header and its short
 *   topic (`cg:mailHeader`: "Fwd:", "Re: <topic> -").
 * - A trailing confirmation tag after a comma (`cg:confirmTag`: "P, no?", "P, yeah?") and a
 *   trailing belief of the asker (`cg:beliefTag`: "P, I think"), read as the leading "I think P"
 *   is (src/check/sentence-shapes.ts peels that as the asker's belief).
 * - A trailing doubt of the asker after a comma, "but" or "though" (`cg:doubtTag`: "P, I doubt it",
 *   "P but I'm not sure", "P, I don't believe it"; round 29): the claim is "I doubt that P", the
 *   asker's doubt (src/check/speech-readers.ts), and that reading is final: P alone is not what
 *   the asker claims, so the claim as written is not read again as a conjunction with P.
 * - The asker's hedge opening the claim (round 30): a `cg:hedgeLead` closed by a comma, "but" or
 *   "that" ("If memory serves, P", "I could be wrong, but P", "I seem to remember that P"), or a
 *   `cg:beliefTag` closed by a comma ("If I'm not mistaken, P"): read as the leading "I think P" is,
 *   the claim P as it stands (a hedge never adds a "not" and never decides anything itself).
 * - A note of where the asker read the claim (`cg:sourceLead`: "From the X story:", "Per the X
 *   piece,", "Source: the X analysis -"): kept, as "According to the X story, P", when the words
 *   name an article by a page noun, so the article named decides (src/check/attribution.ts).
 *
 * - A question about the truth of the claim (round 33): a `cg:askLead` opening it, closed by "that"
 *   or by nothing ("Any truth to the claim that P?", "Is there any truth in the report that P?"), or
 *   a `cg:askTag` after a comma closing it ("P, or is that wrong?", "P, or am I mistaken?"): the
 *   claim P as it stands; a question before the tag stays a question ("Has X got Y?").
 *
 * Never peeled: a "not" or a hedge ("probably", "maybe" are no words of the lists), a negative
 * tag ("..., isn't it?", src/check/negative-questions.ts), a source that names no article.
 */
import { NS, type CheckContext } from './context.js';
import { alternation } from './lexicon-words.js';
import { PAGE_NOUNS } from './page-nouns.js';
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** The claim inside its discourse, and the words peeled around it. */
export interface DiscoursePeel {
  /** The claim to check (with "According to <source>, " when a source note named an article). */
  core: string;
  /** The words peeled, in the order found, for the explanation. */
  peeled: string[];
  /** A trailing doubt of the asker was peeled: the core ("I doubt that P") is the only reading. */
  doubted?: boolean;
}

interface DiscourseWords {
  chat: RegExp;
  opener: RegExp;
  trailingChat: RegExp;
  segment: Set<string>;
  header: RegExp;
  confirm: RegExp;
  belief: RegExp;
  hedge: RegExp;
  doubt: RegExp;
  source: RegExp;
  askLead: RegExp;
  askTag: RegExp;
}

const cache = new WeakMap<object, DiscourseWords>();

// the longest opener of chat or mail before its ":" or " - " (in words)
const MAX_SEGMENT_WORDS = 6;
const MAX_TOPIC_WORDS = 4;

function wordsOf(ctx: CheckContext): DiscourseWords {
  const hit = cache.get(ctx.lexicon);
  if (hit) return hit;
  const list = (p: string): string[] => ctx.lexicon.getQuads(null, NS.cg + p, null, null).map((q) => q.object.value.toLowerCase()).sort();
  const chat = alternation(list('chatWord'));
  const opener = alternation([...list('chatWord'), ...list('chatOpener')]);
  // a separator after a chat word: a comma, colon, dash or nothing but the space
  const sep = '(?:\\s*[,:!.;]+|\\s+-+)?\\s+';
  const words: DiscourseWords = {
    chat: cachedRegExp(`^(?:${chat})${sep}`, 'i'),
    opener: cachedRegExp(`^(?:${opener})${sep}`, 'i'),
    trailingChat: cachedRegExp(`(?:\\s*[,.;!-]+\\s*|\\s+)(?:${chat})\\s*[.!?]*$`, 'i'),
    segment: new Set(list('leadSegmentWord')),
    header: cachedRegExp(`^(?:${alternation(list('mailHeader'))})\\s*:\\s*`, 'i'),
    confirm: cachedRegExp(`\\s*,\\s*(?:${alternation(list('confirmTag'))})\\s*\\?+\\s*$`, 'i'),
    belief: cachedRegExp(`\\s*,\\s*(?:${alternation(list('beliefTag'))})\\s*[.!]*\\s*$`, 'i'),
    // "I could be wrong, but P", "I seem to remember that P", "If I'm not mistaken, P": the hedge
    // and what closes it (a comma, "but", "that", a dash); a belief tag opens only before a comma
    hedge: cachedRegExp(`^(?:(?:${alternation(list('hedgeLead'))})(?:\\s*,\\s*(?:but\\s+)?|\\s+(?:but|that)\\s+|\\s+-+\\s+)|(?:${alternation(list('beliefTag'))})\\s*,\\s*(?:but\\s+)?)`, 'i'),
    // "P, I doubt it", "P but I'm not sure", "P - though I don't believe it": the doubt closes the claim
    doubt: cachedRegExp(`\\s*(?:[,;]\\s*(?:but\\s+|though\\s+|although\\s+)?|\\s+-+\\s*(?:but\\s+|though\\s+)?|\\s+(?:but|though|although)\\s+)(?:${alternation(list('doubtTag'))})\\s*[.!?]*\\s*$`, 'i'),
    source: cachedRegExp(`^(?:${alternation(list('sourceLead'))})\\s*:?\\s+((?:the\\s+)?[^,:;]{1,60}?)\\s*(?::|,|\\s-+)\\s+`, 'i'),
    // "Any truth to the claim that P?": the lead and its "that" (or a comma, or nothing before P)
    askLead: cachedRegExp(`^(?:${alternation(list('askLead'))})(?:\\s*,\\s*|\\s+that\\s+|\\s+(?=\\S))`, 'i'),
    // "P, or is that wrong?": the tag, its comma and the question mark after it
    askTag: cachedRegExp(`\\s*[,;]\\s*(?:${alternation(list('askTag'))})\\s*\\?+[\\s?!.]*$`, 'i'),
  };
  cache.set(ctx.lexicon, words);
  return words;
}

/** True when every word of a short opener is a word of chat or mail (`cg:leadSegmentWord`). */
function chatSegment(seg: string, words: Set<string>): boolean {
  const ws = seg.toLowerCase().split(/[\s:,]+/).filter(Boolean);
  return ws.length > 0 && ws.length <= MAX_SEGMENT_WORDS && ws.every((w) => words.has(w.replace(/[^a-z']/g, '')));
}

/** True when a phrase names an article by a page noun ("the canal story", "the Freedonia piece"). */
function namesArticle(phrase: string): boolean {
  return phrase.toLowerCase().split(/\s+/).some((w) => PAGE_NOUNS.has(w.replace(/[^a-z-]/g, '')));
}

// the doubt tags are written with a straight apostrophe; the same length, so offsets hold
const normalizeApostrophes = (t: string): string => t.replace(/\u2019/g, "'");

// the first opener ending in ":" or " - " (at most a few words before it)
const SEGMENT = /^([^:,;.?!]{1,60}?)\s*(?::|\s-+)\s+/;

/**
 * The claim inside the discourse around it, or undefined when nothing stands around the claim.
 *
 * @example
 * ```ts
 * peelDiscourse(ctx, 'lol Freedonia joined the League'); // { core: 'Freedonia joined the League', peeled: ['lol'] }
 * peelDiscourse(ctx, 'Per the League story, Freedonia joined'); // { core: 'According to the League story, Freedonia joined', ... }
 * peelDiscourse(ctx, 'Freedonia probably joined the League'); // undefined
 * ```
 */
export function peelDiscourse(ctx: CheckContext, text: string): DiscoursePeel | undefined {
  const w = wordsOf(ctx);
  let t = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  const peeled: string[] = [];
  let source: string | undefined;
  let doubted = false;
  for (let round = 0; round < 4; round++) {
    const before = t;
    const take = (m: RegExpExecArray | null, at: 'start' | 'end'): boolean => {
      if (!m) return false;
      peeled.push(m[0].trim());
      t = at === 'start' ? t.slice(m[0].length) : t.slice(0, m.index);
      return true;
    };
    // "Re: <topic> - P", "Fwd: P": the header, and a short topic ended by a dash
    const header = w.header.exec(t);
    if (header) {
      take(header, 'start');
      const topic = /^([^:,;.?!-]{1,40}?)\s+-+\s+/.exec(t);
      if (topic && topic[1]!.split(/\s+/).length <= MAX_TOPIC_WORDS) take(topic, 'start');
      continue;
    }
    const src = w.source.exec(t);
    if (!source && src && namesArticle(src[1]!)) {
      source = src[1]!.trim();
      take(src, 'start');
      continue;
    }
    const seg = SEGMENT.exec(t);
    if (seg && chatSegment(seg[1]!, w.segment)) { take(seg, 'start'); continue; }
    if (take(w.opener.exec(t), 'start')) continue;
    if (take(w.trailingChat.exec(t), 'end')) continue;
    if (take(w.confirm.exec(t), 'end')) continue;
    if (take(w.belief.exec(t), 'end')) continue;
    if (take(w.hedge.exec(normalizeApostrophes(t)), 'start')) continue;
    if (take(w.askLead.exec(normalizeApostrophes(t)), 'start')) continue;
    // the tag asked the question: the claim before it keeps a question mark
    if (take(w.askTag.exec(normalizeApostrophes(t)), 'end')) { t = `${t.replace(/[\s.!?]+$/, '')}?`; continue; }
    if (!doubted && take(w.doubt.exec(normalizeApostrophes(t)), 'end')) { doubted = true; continue; }
    if (t === before) break;
  }
  t = t.trim().replace(/^[,:;\s-]+/, '');
  // too little left to be a claim (the words were the claim: "ok", "right, no?")
  if (!peeled.length || t.split(/\s+/).length < 3) return undefined;
  const capital = `${t[0]!.toUpperCase()}${t.slice(1)}`;
  if (doubted) return { core: `I doubt that ${source ? `according to ${source}, ` : ''}${t.replace(/[.!?]+$/, '')}`, peeled, doubted };
  return { core: source ? `According to ${source}, ${t}` : capital, peeled };
}
