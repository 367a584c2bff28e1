/**
 * A comment on the truth of the claim it stands around (round 38, users31's F1), found so that the
 * comment decides with the claim instead of being dropped: a label before it ("Baseless: P", "Fact
 * check - false: P", "\u274c P"), a frame ("It's a lie that P", "It is baseless to say that P"), a
 * comment after it ("P, which is untrue", "P, but that's not true", "P. Just kidding.", "P (false)",
 * "P -- not really", "P \u2717") or the answer to a question ("Is P? - No.").
 *
 * The words are the lexicon's (`cg:denialComment`, `cg:affirmComment`, `cg:hedgeComment`, `cg:hesitationComment`, with
 * `cg:commentLead` words such as "verdict", "rated", "totally", "that is" dropped around them): a denial
 * comment denies the claim as a whole (src/check/index.ts reads the claim, then inverts its verdict,
 * src/check/denied-whole.ts), an affirming one leaves the claim as it stands, a hedging one
 * ("Misleading:", "half true") neither affirms nor denies, so the claim is left unread.
 *
 * Why: left in a part no reader reads, the comment was dropped and the claim it denies decided alone
 * ("Rufus leads the League, which is false." came out REFUTED by the part before the comma, and a
 * conjunction with a refuted part is refuted). {@link holdsTruthComment} is the guard for the readers
 * that decide a claim from one part (src/check/compound.ts): a part holding such a comment may reverse
 * the whole, so the other part never decides alone.
 *
 * Round 40: laughter ("P. LOL no.") or a sarcastic "yeah, and <absurd statement>" makes a comment a
 * hedge; several sentences each with its own comment ("Myth: X. Fact: Y.") are each read as a claim
 * ({@link commentedSentences}); "P. Correction: Q." with Q a full claim is read as Q
 * ({@link correctedClaim}).
 *
 * Not read here: the frames src/check/denied-whole.ts already reads ("It is not true that P",
 * "False: P"), a tag that asks ("P, no?", "P -- true?"), a comment of several sentences, a comment
 * before or after several sentences (which of them it is about is not said).
 */
import type { CheckContext } from './context.js';
import { lexiconWords } from './lexicon-words.js';
import { decideDeniedWhole, runsPastSentence } from './denied-whole.js';
import { escapeRegExp, normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';
import { ClaimgraphError, hasErrorCode } from '../errors.js';
import { restate, undecidedResult } from './result.js';
import { cachedRegExp } from './regex-memo.js';
import { longestMentions } from './clause-links.js';
import { combineParts } from './rank-words.js';

/** What a truth comment says of the claim. */
export type CommentKind = 'deny' | 'affirm' | 'hedge';

/** A claim and the truth comment around it. */
export interface TruthComment {
  /** The claim the comment is about, capitalised, with its own end ("." or "?"). */
  inner: string;
  /** The comment's words as written (for the explanation). */
  comment: string;
  kind: CommentKind;
}

/**
 * A denying or hedging comment before or after several sentences ("P; Q. Just kidding."): which of
 * them it is about is not said, so the caller leaves the claim unread rather than read a part
 * without it (round 39; a result of its own since round 40, once an out-array parameter).
 */
export interface SeveralComment {
  kind: 'several';
  /** The comment's words as written. */
  comment: string;
}

interface CommentWords {
  deny: ReadonlySet<string>;
  affirm: ReadonlySet<string>;
  hedge: ReadonlySet<string>;
  /** Sounds of hesitation ("hmm"): a comment opening with one wavers (a hedge). */
  hesitation: ReadonlySet<string>;
  /** Laughter ("lol", "haha"): a comment with it at either end is a joke that wavers (a hedge). */
  laughter: ReadonlySet<string>;
  lead: ReadonlySet<string>;
  /** The longest lead phrase, in words. */
  leadLength: number;
}

const cache = new WeakMap<object, CommentWords>();

function wordsOf(ctx: CheckContext): CommentWords {
  const hit = cache.get(ctx.lexicon);
  if (hit) return hit;
  const list = (p: string): ReadonlySet<string> => lexiconWords(ctx, p);
  const lead = list('commentLead');
  const words: CommentWords = {
    deny: list('denialComment'), affirm: list('affirmComment'), hedge: list('hedgeComment'), hesitation: list('hesitationComment'), laughter: list('laughterComment'), lead,
    leadLength: Math.max(1, ...[...lead].map((l) => l.split(/\s+/).length)),
  };
  cache.set(ctx.lexicon, words);
  return words;
}

// the longest comment read (in words): a longer phrase is a statement, not a comment on one
const MAX_COMMENT_WORDS = 8;
// joiners before a trailing comment ("..., but that's not true"): dropped with the lead words
const JOINER = /^(?:but|and|though|although|yet|so)\s+/i;
// a bare "no" that can open an insistence ("No, really."): see pieceKind
const INTERJECTED_NO: ReadonlySet<string> = new Set(['no', 'nope', 'nah']);
// a character that is neither a letter, a digit nor a space (a mark such as a cross or a thumb)
const MARKS_ONLY = /^[^\p{L}\p{N}\s]+$/u;

/** The words of a phrase, lowercased, without the punctuation around them ("isn't" as "is not"). */
function tokens(phrase: string): string[] {
  return phrase.toLowerCase().replace(/\bcan't\b/g, 'can not').replace(/\bwon't\b/g, 'will not').replace(/n't\b/g, ' not').replace(/\s+-+\s+|[:"()[\]]/g, ' ')
    .split(/\s+/).map((w) => w.replace(/^[,;.!?]+|[,;.!?]+$/g, '')).filter(Boolean);
}

/** One piece of a comment ("totally false") by its lexicon words, after its lead words are dropped. */
function pieceKind(w: CommentWords, toks: string[]): CommentKind | undefined {
  // round 40 (fix33, users33's F2): a listed phrase as a whole before its lead words are dropped
  // ("yeah right" is a denial; "yeah" dropped as a lead, "right" affirmed)
  const full = toks.join(' ');
  if (w.deny.has(full)) return 'deny';
  if (w.hedge.has(full)) return 'hedge';
  let t = toks;
  let trailed = false;
  for (let changed = true; changed && t.length;) {
    changed = false;
    for (let n = Math.min(w.leadLength, t.length - 1); n >= 1; n--) {
      if (w.lead.has(t.slice(0, n).join(' '))) { t = t.slice(n); changed = true; break; }
      if (w.lead.has(t.slice(t.length - n).join(' '))) { t = t.slice(0, t.length - n); changed = true; trailed = true; break; }
    }
  }
  const p = t.join(' ');
  if (!p) return undefined;
  // round 41 (precision41): an interjected "no" with only lead words after it ("No, really.",
  // "No, totally.", "No, it is.") answers a doubt and insists on the claim as often as it denies it:
  // no comment of either kind (the remark is left unplaced, the claim unread)
  if (trailed && INTERJECTED_NO.has(p)) return undefined;
  if (w.deny.has(p)) return 'deny';
  if (w.affirm.has(p)) return 'affirm';
  if (w.hedge.has(p)) return 'hedge';
  // "not correct", "not confirmed": a denied affirmation
  if (t[0] === 'not' && t.length > 1 && w.affirm.has(t.slice(1).join(' '))) return 'deny';
  // a row of marks ("\u274c\u274c"): each one's kind, when they agree
  if (t.length === 1 && MARKS_ONLY.test(p)) {
    const kinds = new Set([...p].map((c) => (w.deny.has(c) ? 'deny' : w.affirm.has(c) ? 'affirm' : undefined)));
    if (kinds.size === 1 && !kinds.has(undefined)) return [...kinds][0];
  }
  return undefined;
}

// "Yeah, and I'm the Emperor of the Moon", "Sure, and pigs fly", "And I'm the Pope":
// an agreement said with "and" before a second statement (or a bare "and" before one about the
// writer), the retort that matches an absurd statement to the claim
const SARCASTIC_AND = /^(?:(?:oh\s+)?(?:yeah|yea|yes|yep|sure|right|riiight|totally|of\s+course|ok|okay|uh-huh|absolutely|definitely)\s*[,!.]*\s+and\s+(.+)|and\s+((?:i|i'm|i\s+am|i'll|we|we're|we\s+are|my)\s.+))$/i;
// the longest such retort read (in words)
const MAX_RETORT_WORDS = 14;

/**
 * Whether a phrase is a sarcastic retort ("Yeah, and I'm the Emperor of the Moon."): an agreement with "and"
 * before a statement that names nothing the graph knows (round 40, users32's F10). The absurd
 * statement mocks the claim, but which statements are absurd is not read: a hedge, so the claim is
 * left unread, never decided as itself (it came out REFUTED, the retort an unread part of a
 * conjunction). A statement that names something known ("Yes, and Sylvania did too") is a second
 * claim, left to the readers of parts.
 *
 * @example
 * ```ts
 * sarcasticRetort(ctx, 'Yeah, and I am the Queen of the Moon'); // true (no known name in it)
 * sarcasticRetort(ctx, 'Yes, and Sylvania joined too'); // false
 * ```
 */
export function sarcasticRetort(ctx: CheckContext, phrase: string): boolean {
  const t = normalizeTypography(phrase).trim().replace(/[\s.!]+$/, '');
  const m = SARCASTIC_AND.exec(t);
  const rest = m?.[1] ?? m?.[2];
  if (!rest || tokens(t).length > MAX_RETORT_WORDS) return false;
  // a bare "and" only as a sentence of its own ("And I'm the Pope."): inside one ("P, and I'm glad")
  // it joins a second statement of the writer's to the claim
  if (m?.[2] && !/^And\b/.test(t)) return false;
  for (const found of longestMentions(ctx, rest, true)) if (found.found.length) return false;
  return true;
}

/**
 * What a short phrase says of a claim's truth ("which is untrue": deny; "Verdict - false": deny;
 * "totally true": affirm; "misleading": hedge), or undefined when it is no truth comment. A phrase of
 * pieces joined by "and" ("misleading and false") denies when one piece denies and none affirms.
 *
 * @example
 * ```ts
 * commentKind(ctx, 'which is untrue'); // 'deny'
 * commentKind(ctx, 'a League member'); // undefined
 * ```
 */
export function commentKind(ctx: CheckContext, phrase: string): CommentKind | undefined {
  const w = wordsOf(ctx);
  if (sarcasticRetort(ctx, phrase)) return 'hedge';
  const toks = tokens(normalizeTypography(phrase).replace(JOINER, ''));
  if (!toks.length || toks.length > MAX_COMMENT_WORDS) return undefined;
  // round 39 (fix31c, users31's F7): "Hmm, no." wavers: neither a denial nor an affirmation
  if (toks.length > 1 && w.hesitation.has(toks[0]!) && pieceKind(w, toks.slice(1))) return 'hedge';
  // round 40 (users32's "P. LOL no."): laughter at either end makes the comment a joke, which may
  // mock the claim or the denial: a hedge (the writer of the probes holds these undecided)
  if (toks.length > 1 && w.laughter.has(toks[0]!) && pieceKind(w, toks.slice(1))) return 'hedge';
  if (toks.length > 1 && w.laughter.has(toks[toks.length - 1]!) && pieceKind(w, toks.slice(0, -1))) return 'hedge';
  const whole = pieceKind(w, toks);
  if (whole) return whole;
  const pieces: string[][] = [[]];
  // pieces joined by "and" or a comma ("misleading and false", "No, it's not")
  const raw = normalizeTypography(phrase).replace(JOINER, '').split(/\s*,\s*|\s+(?:and|&)\s+/i);
  for (const piece of raw) {
    const t = tokens(piece);
    if (t.length) pieces.push(t);
  }
  pieces.shift();
  if (pieces.length < 2) return undefined;
  const kinds = pieces.map((p) => pieceKind(w, p));
  if (kinds.some((k) => !k)) return undefined;
  if (kinds.includes('deny')) return kinds.includes('affirm') ? undefined : 'deny';
  return kinds.every((k) => k === 'affirm') ? 'affirm' : 'hedge';
}

/** The claim inside, capitalised, with its own end; undefined when too short to be a claim. */
function claimOf(inner: string): string | undefined {
  const t = inner.trim().replace(/^[\s,;:-]+|[\s,;:-]+$/g, '').replace(/\s*[.!]+$/, '');
  if (t.split(/\s+/).length < 3) return undefined;
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/\?$/.test(t) ? '' : '.'}`;
}

/** "It's a lie that P", "It is baseless to say that P": the frame's words and the clause. */
const FRAME = /^it(?:'s|\s+is|\s+was|\s+would\s+be)\s+(.{1,40}?)\s+(?:to\s+(?:say|claim|suggest|think|believe|state|assert)\s+)?that\s+(.+)$/i;
/** A question and its answer ("Q: Is P? A: No.", "Did X V Y? - Nope."). */
const ANSWERED = /^(?:q\s*:\s*)?(.+\?)\s*(?:-+\s*)?(?:a\s*:\s*)?([^?]{1,40}?)\s*[.!]*$/i;

/**
 * The claim a truth comment stands around and what the comment says, or undefined when the claim
 * carries no such comment (or one of the frames src/check/denied-whole.ts reads, `framed`).
 *
 * @example
 * ```ts
 * truthComment(ctx, 'Freedonia joined the League, which is untrue.'); // { inner: 'Freedonia joined the League.', comment: 'which is untrue', kind: 'deny' }
 * truthComment(ctx, 'Baseless: Rufus leads the League.'); // { inner: 'Rufus leads the League.', comment: 'Baseless', kind: 'deny' }
 * truthComment(ctx, 'Freedonia joined the League, which is in Marsovia.'); // undefined
 * ```
 */
export function truthComment(ctx: CheckContext, text: string, framed?: (t: string) => boolean): TruthComment | SeveralComment | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  if (framed?.(t)) return undefined;
  let several: SeveralComment | undefined;
  const make = (inner: string, comment: string): TruthComment | undefined => {
    // a comment is about one sentence: before several ("Myth: X. Fact: Y.") or after several ("Is
    // P? Yes. Is Q? No.") it is not said which, and denying them all is only one reading (round 39);
    // the first denying or hedging one is handed back when no comment on one sentence is found, so
    // that the caller leaves the claim unread rather than let a part be read without it ("P; Q.
    // Just kidding." read as "P; not Q")
    if (runsPastSentence(inner)) {
      const kind = commentKind(ctx, comment);
      if (!several && (kind === 'deny' || kind === 'hedge')) several = { kind: 'several', comment: comment.trim().replace(/[\s.!]+$/, '') };
      return undefined;
    }
    const kind = commentKind(ctx, comment);
    const claim = kind && claimOf(inner);
    return kind && claim ? { inner: claim, comment: comment.trim().replace(/[\s.!]+$/, ''), kind } : undefined;
  };
  // a tag that asks ("P, no?", "P -- true?") is a question about P, read elsewhere
  const asks = /\?\s*$/.test(t);
  // the answer to a question: "Is P? - No."
  const answered = asks ? undefined : ANSWERED.exec(t);
  if (answered) {
    const r = make(answered[1]!, answered[2]!);
    if (r) return r;
  }
  // a frame: "It's a lie that P" (the frame's denial only: "it is true that P" is read elsewhere)
  const frame = FRAME.exec(t.replace(/\s*[.!]+$/, ''));
  if (frame) {
    const r = make(frame[2]!, frame[1]!);
    if (r?.kind === 'deny' || r?.kind === 'hedge') return r;
  }
  // a label: "Baseless: P", "Fact check - false: P", "\u274c P", "FALSE - P"
  const colon = t.indexOf(':');
  if (colon > 0) {
    const r = make(t.slice(colon + 1), t.slice(0, colon));
    if (r) return r;
  }
  const dash = / -+ /.exec(t);
  if (dash && dash.index > 0) {
    const r = make(t.slice(dash.index + dash[0].length), t.slice(0, dash.index));
    if (r) return r;
  }
  const mark = /^(\S+)\s+/.exec(t);
  if (mark && MARKS_ONLY.test(mark[1]!)) {
    const r = make(t.slice(mark[0].length), mark[1]!);
    if (r) return r;
  }
  if (asks) return several;
  // a comment after the claim: the shortest one that reads, from the right ("P, which is untrue",
  // "P. Not true.", "P (false)", "P -- not really", "P \u2717")
  const body = t.replace(/[\s.!]+$/, '');
  const cuts: Array<{ at: number; rest: number }> = [];
  for (const m of body.matchAll(/\s*[,;:]\s*|\s+-+\s*|\s*[([]\s*|[.!?]\s+|\s+(?=[^\p{L}\p{N}\s]+$)/gu)) cuts.push({ at: m.index!, rest: m.index! + m[0].length });
  // the longest comment that reads ("P. No, it's not." is no "P. No" denied by "it's not")
  let found: TruthComment | undefined;
  for (const cut of cuts.reverse()) {
    let comment = body.slice(cut.rest);
    if (tokens(comment).length > MAX_COMMENT_WORDS && !sarcasticRetort(ctx, comment)) break;
    // a bracketed comment closes its bracket at the end
    if (/^\s*[([]/.test(body.slice(cut.at, cut.rest))) {
      if (!/[)\]]$/.test(comment)) continue;
      comment = comment.slice(0, -1);
    }
    // a sentence before the comment keeps its own end ("P. Not true." -> "P.")
    const sentence = /^[.!?]/.test(body.slice(cut.at, cut.rest));
    const r = make(body.slice(0, cut.at) + (sentence ? body.charAt(cut.at) : ''), comment);
    if (r) found = r;
  }
  return found ?? several;
}

/** The comment on one sentence a truth comment reader found, or undefined (none, or one over several). */
export function oneSentenceComment(c: TruthComment | SeveralComment | undefined): TruthComment | undefined {
  return c && c.kind !== 'several' ? c : undefined;
}

/**
 * Whether a part of a claim that no reader reads holds a truth comment, which could reverse the
 * whole: a comment alone ("Not true", "which is a lie"), a label before a clause ("Nah: P"), a
 * comment after one ("P, but that's not true"), a frame ("It's nonsense that P").
 *
 * @example
 * ```ts
 * holdsTruthComment(ctx, 'Just kidding'); // true
 * holdsTruthComment(ctx, 'Verdict: pending'); // true
 * holdsTruthComment(ctx, 'Sylvania rebuilt its canals'); // false
 * ```
 */
export function holdsTruthComment(ctx: CheckContext, part: string): boolean {
  if (commentKind(ctx, part) || oneSentenceComment(truthComment(ctx, part))) return true;
  const w = wordsOf(ctx);
  // a verdict line whatever its value ("VERDICT: pending", "Rating: Pants on Fire!"): the rating of
  // the claim, which may be a denial the lexicon lacks (round 39, precision39: "CLAIM: P. VERDICT:
  // pending." was refuted by P, the verdict line an unread part of a conjunction)
  const label = /^\s*([^:]{1,30}):/.exec(normalizeTypography(part));
  if (label && w.lead.has(tokens(label[1]!).join(' '))) return true;
  // an aside that names the claim a falsehood ("X, so the hoax says, V-ed Y"): any one word of a
  // denial or hedge but the common words of statements ("no", "not", "never", "lie")
  const said = ` ${tokens(normalizeTypography(part)).join(' ')} `;
  return [...w.deny, ...w.hedge].some((e) => !COMMON.has(e) && !/^(?:not?|never)\s/.test(e) && said.includes(` ${e} `));
}
/**
 * Whether a part of a claim opens with a comment that denies or hedges what came before it, or
 * with a verdict line ("just kidding - Q", "False, Q", "Verdict: Q"): cut from the part before it,
 * the comment would be peeled off and the part before decided alone (round 39, precision39: "P;
 * just kidding - Q" was refuted by P). An affirming opening ("yes, Q") is kept.
 *
 * @example
 * ```ts
 * opensWithTruthComment(ctx, 'just kidding - it stayed in Sylvania'); // true
 * opensWithTruthComment(ctx, 'Sylvania stayed out'); // false
 * ```
 */
export function opensWithTruthComment(ctx: CheckContext, part: string): boolean {
  const t = normalizeTypography(part).trim();
  const head = /^([^,;:]{1,40}?)(?:\s*[,;]|\s+-+\s|\s*[\u2013\u2014])\s*\S/.exec(t);
  const kind = head ? commentKind(ctx, head[1]!) : undefined;
  if (kind === 'deny' || kind === 'hedge') return true;
  const label = /^([^:]{1,30}):\s*\S/.exec(t);
  if (!label) return false;
  const labelKind = commentKind(ctx, label[1]!);
  return labelKind === 'deny' || labelKind === 'hedge' || wordsOf(ctx).lead.has(tokens(label[1]!).join(' '));
}

// denial words that statements use in other senses
const COMMON = new Set(['no', 'not', 'never', 'lie', 'lies', 'invented', 'mistaken', 'right']);

/**
 * The claim with a truth comment decided: the claim inside read (`check`), its verdict inverted
 * under a denial comment (the comment denies the claim as a whole, as "It is false that P" does),
 * kept under an affirming one; a hedging comment, or a claim inside that is not read, leaves the
 * claim unread (thrown).
 */
export async function decideTruthComment(text: string, c: TruthComment, check: (claim: string) => Promise<CheckResult>): Promise<CheckResult> {
  const unread = (why: string): ClaimgraphError => new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": ${why}`);
  if (c.kind === 'hedge') throw unread(`"${c.comment}" rates the claim "${c.inner}" neither true nor false, so it is not read`);
  const r = await check(c.inner).catch((err: unknown) => {
    if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE') || hasErrorCode(err, 'CHECK_INPUT')) {
      throw unread(`"${c.comment}" is a comment on the truth of "${c.inner}", which is not read (${(err as Error).message})`);
    }
    throw err;
  });
  if (c.kind === 'affirm') {
    return restate(r, text, { explanation: `Read as "${c.inner}" ("${c.comment}" says it is true). ${r.explanation}` });
  }
  const denied = decideDeniedWhole(text, c.inner, r, true);
  if (!denied) throw unread(`"${c.comment}" denies "${c.inner}", which is read as someone's words, so the denial is not read`);
  return { ...denied, explanation: `Read "${c.comment}" as a comment denying "${c.inner}". ${denied.explanation}` };
}

// a later sentence's subject that stands for the claim before it, and its negated auxiliary
// ("Except it didn't.", "Narrator: it did not.", "This did not happen.", "Didn't happen.")
const DENIED_BACK = /^(?:[^:]{1,20}:\s*)?(?:(?:except|only|but|and|yet|well|nope|sadly|spoiler)[,\s]+)*(?:(?:it|this|that|which|they|none\s+of\s+(?:it|this|that))\s+)?(?:did|does|do|is|was|are|were|has|have|had|will|would|could|can)\s*(?:not|n't)(?:\s+(?:happen|happened|really|so|true|at\s+all|quite|exist|either|though|sadly))*$/i;
// a closing judgement of the parts before it ("Only the first is true.", "Both false.", "The second is false.")
const PARTS_JUDGED = /^(?:only\s+)?(?:the\s+)?(?:first|second|third|last|former|latter|both|neither|either|one|none|all)(?:\s+(?:one|ones|part|parts|claim|claims|statement|statements|sentence|sentences|two|of\s+(?:these|them|those|the\s+\w+)))?\s+(.{1,30})$/i;

/**
 * A later sentence of the claim that comments on the sentences before it rather than stating
 * something of its own (round 39, users32's F10/F12), or undefined: a correction ("Correction: Q.",
 * "Edit: it didn't.", "Sorry, I meant Q." -- `cg:correctionMark` opening it), a denial of what came
 * before ("Except it didn't.", "This did not happen."), the source named as disagreeing ("The article
 * says otherwise." -- a `cg:sourceWord` with a `cg:disagreeWord`) or a judgement of the parts ("Only
 * the first is true."). Why: such a sentence is read by no reader, so the parts before it decided
 * alone ("a conjunction with a refuted part is refuted", or the sentence folded into an object and
 * dropped) and a claim its writer withdrew or denied came out REFUTED. It may reverse or replace
 * the claim, and how is not read: the caller leaves the claim unread.
 *
 * @example
 * ```ts
 * trailingRemark(ctx, 'Rufus leads the League. Correction: Zenda does.'); // 'Correction: Zenda does'
 * trailingRemark(ctx, 'Rufus leads the League. Zenda heads Sylvania.'); // undefined
 * ```
 */
export function trailingRemark(ctx: CheckContext, text: string): string | undefined {
  const sentences = sentencesOf(text).map((s) => s.replace(/[\s.!?]+$/, '').trim()).filter(Boolean);
  if (sentences.length < 2) return undefined;
  const correction = lexiconWords(ctx, 'correctionMark');
  const source = lexiconWords(ctx, 'sourceWord');
  const disagree = lexiconWords(ctx, 'disagreeWord');
  for (const s of sentences.slice(1)) {
    const toks = tokens(s);
    if (!toks.length || toks.length > MAX_COMMENT_WORDS + 4) continue;
    const said = ` ${toks.join(' ')} `;
    const opens = (list: ReadonlySet<string>): boolean => [...list].some((e) => said.startsWith(` ${e} `));
    const has = (list: ReadonlySet<string>): boolean => [...list].some((e) => said.includes(` ${e} `));
    if (opens(correction) || DENIED_BACK.test(s) || (has(source) && has(disagree))) return s;
    const judged = PARTS_JUDGED.exec(s);
    if (judged && commentKind(ctx, judged[1]!)) return s;
  }
  return undefined;
}

/** The sentences of a text, each with its own end mark. */
function sentencesOf(text: string): string[] {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  // a full stop before a lower-case word ends an initial or an abbreviation ("Zed Q. edited the
  // piece"), not a sentence: "edited" there is the claim's verb, not a correction mark
  return t.split(/(?<=[.!?])\s+(?=[^\s\p{Ll}])/u).map((s) => s.trim()).filter(Boolean);
}

/**
 * The sentences of a claim when each of them carries its own truth comment or denial frame ("Myth:
 * X. Fact: Y.", "Reality: Y. Myth: X.", "X, which is false. Y, which is true."), or undefined. Why
 * (round 40, lead39's leftover of users32's F14): a label before several sentences is not said to
 * cover them all, so "Myth: X. Fact: Y." was left unread even when right; each sentence labelled on
 * its own says which comment is on which, so each is read as its own claim (`framed`: the frames
 * src/check/denied-whole.ts reads, "False: X").
 *
 * @example
 * ```ts
 * commentedSentences(ctx, 'Myth: Rufus leads the League. Fact: Zenda leads the League.'); // ['Myth: Rufus leads the League.', 'Fact: Zenda leads the League.']
 * commentedSentences(ctx, 'Myth: Rufus leads the League. Zenda does.'); // undefined
 * ```
 */
export function commentedSentences(ctx: CheckContext, text: string, framed?: (t: string) => boolean): string[] | undefined {
  // a semicolon ends a sentence here as it ends the span of a comment ("Myth: X; fact: Y.")
  const sentences = sentencesOf(text).flatMap((s) => s.split(/(?<=;)\s+/)).map((s) => s.replace(/;$/, '.'));
  if (sentences.length < 2 || /\?\s*$/.test(normalizeTypography(text).trim())) return undefined;
  // a sentence opening with an affirming comment ("In fact, Y.", "In reality, Y.") states Y: it is
  // read as written, as its own claim
  const affirmed = (s: string): boolean => {
    const head = /^([^,;:]{1,30}),\s+\S/.exec(s);
    return !!head && commentKind(ctx, head[1]!) === 'affirm';
  };
  return sentences.every((s) => framed?.(s) || oneSentenceComment(truthComment(ctx, s, framed)) || affirmed(s)) ? sentences : undefined;
}

/**
 * The claim of several commented sentences decided: each sentence read through the whole checker
 * (`check`: its comment decides with it), combined by the compound rule (a refuted sentence refutes,
 * all supported supports, else NOT_ENOUGH_INFO). A sentence not read leaves the claim unread.
 */
export async function decideCommentedSentences(text: string, sentences: readonly string[], check: (claim: string) => Promise<CheckResult>, why = 'each sentence read with its own truth comment'): Promise<CheckResult> {
  const read: Array<{ part: string; r: CheckResult }> = [];
  for (const part of sentences) {
    const r = await check(part).catch((err: unknown) => {
      if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE') || hasErrorCode(err, 'CHECK_INPUT')) {
        throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": ${why}, and "${part}" is not read (${(err as Error).message})`);
      }
      throw err;
    });
    read.push({ part, r });
  }
  return combineParts(text, read, why);
}

/** A denial frame of a clause ("It is not true that", "It's false that"), not a label ("False:"). */
const CLAUSE_FRAME = /^it(?:\s+(?:is|was)|'s|\s+isn't|\s+wasn't)\s+(?:not\s+)?(?:the\s+case|true|so|false|untrue)\s+that\s+\S/i;

/**
 * The sentences of a claim whose first sentence is a denial frame of a clause, ended by a full
 * stop, and whose later sentences are plain statements ("It is not true that X. Y."), or undefined
 * (round 41, truth40's leftover). Why: the frame's "that" clause is a part of its own sentence and
 * ends with it, so Y is said outright, as after any full stop; round 39's gate (users32's F14) left
 * such claims unread because read over both sentences the frame masked a false Y. A label ("Myth:
 * X. Y.", "False: X. Y.") may head a list and stays unread; so does a later sentence with a comment
 * of its own, a first sentence cut by a semicolon, and a question.
 *
 * @example
 * ```ts
 * framedThenStated(ctx, 'It is not true that Rufus leads the League. Zenda does.'); // ['It is not true that Rufus leads the League.', 'Zenda does.']
 * framedThenStated(ctx, 'Myth: Rufus leads the League. Zenda leads it.'); // undefined
 * ```
 */
export function framedThenStated(ctx: CheckContext, text: string): string[] | undefined {
  if (/\?\s*$/.test(normalizeTypography(text).trim())) return undefined;
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return undefined;
  const [first, ...rest] = sentences as [string, ...string[]];
  if (!/\.$/.test(first) || /;/.test(first) || !CLAUSE_FRAME.test(first)) return undefined;
  if (rest.some((x) => truthComment(ctx, x) || CLAUSE_FRAME.test(x))) return undefined;
  return sentences;
}

/** A claim corrected by the sentence after it: what was said, the corrected claim, the correction's words. */
export interface Correction {
  said: string;
  corrected: string;
  mark: string;
  /** True when the corrected claim restates the whole of what was said, changed in one place. */
  whole: boolean;
}

// a corrected claim that opens with a word standing for something said before ("Correction: it did
// not.", "I meant he did"): what it stands for is not read
const OPENS_WITH_PRONOUN = /^(?:it|its|he|she|his|her|they|their|them|this|that|these|those|which|there|so|both|neither|either|one|none|the\s+(?:former|latter))\b/i;

/**
 * A claim of two sentences whose second replaces the first with a full claim of its own ("P.
 * Correction: Q.", "P. Sorry, I meant Q." -- `cg:replacingCorrection` opening it), or undefined.
 * Why (round 40, fix32b's leftover): the writer withdrew P and says Q, so Q is the claim; a
 * correction that is no full claim ("Correction: Zenda does.", "I meant Zenda.", "Edit: it did
 * not.") or another kind of remark ("Update: ...") stays unread (`trailingRemark`).
 *
 * @example
 * ```ts
 * correctedClaim(ctx, 'Rufus leads the League. Correction: Zenda leads the League.'); // { said: 'Rufus leads the League.', corrected: 'Zenda leads the League.', mark: 'Correction', whole: true }
 * correctedClaim(ctx, 'Rufus leads the League. Correction: Zenda does.'); // undefined
 * ```
 */
export function correctedClaim(ctx: CheckContext, text: string): Correction | undefined {
  const sentences = sentencesOf(text);
  if (sentences.length !== 2) return undefined;
  const [said, second] = sentences as [string, string];
  if (/\?$/.test(said) || /\?$/.test(second)) return undefined;
  for (const mark of [...lexiconWords(ctx, 'replacingCorrection')].sort((a, b) => b.length - a.length)) {
    const m = cachedRegExp(`^(${mark.split(/\s+/).map(escapeRegExp).join('[\\s,;:.!-]+')})[\\s,;:.!\\u2013\\u2014-]+(.+)$`, 'i').exec(second);
    if (!m) continue;
    const rest = m[2]!.trim().replace(/[\s.!]+$/, '');
    const before = claimOf(said);
    if (!before) return undefined;
    // a figure alone ("Sorry, I meant 1,800 km."): in place of the one figure of what was said
    if (FIGURE_ALONE.test(rest)) {
      const corrected = figureReplaced(before, rest);
      return corrected ? { said: before, corrected, mark: m[1]!, whole: true } : undefined;
    }
    if (OPENS_WITH_PRONOUN.test(rest) || lexiconWords(ctx, 'correctionMark').has(tokens(rest)[0] ?? '')) return undefined;
    const corrected = claimOf(rest);
    if (!corrected) return undefined;
    return { said: before, corrected, mark: m[1]!, whole: restatesWhole(tokens(before), tokens(corrected)) };
  }
  return undefined;
}

// a figure with its hedge, currency and scale ("about US$ 10 billion", "1,800", "57"), and a unit
// word after it; the said claim holds one figure the correction replaces
const FIGURE_HEDGE = String.raw`(?:about|around|roughly|approximately|nearly|almost|some|over|under|more\s+than|less\s+than|up\s+to)\s+`;
const HEDGED_FIGURE = String.raw`(?:${FIGURE_HEDGE})?(?:(?:US)?\$\s?|\u20ac\s?|\u00a3\s?|\u00a5\s?)?\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million|billion|trillion|bn|mn))?`;
const FIGURE_ALONE = cachedRegExp(`^${HEDGED_FIGURE}(?:\\s+([a-z]+))?$`, 'i');

/**
 * The said claim with its one figure replaced by the corrected one ("the canal runs 2,800 km" and
 * "1,800 km": "the canal runs 1,800 km"; a hedge of the said figure is kept when the corrected one
 * has none), or undefined when it holds no figure or several (which one is corrected is not said),
 * or the unit after the corrected figure is not the one after the said.
 */
function figureReplaced(said: string, figure: string): string | undefined {
  const found = [...said.matchAll(cachedRegExp(`${HEDGED_FIGURE}(?:\\s+([a-z]+))?`, 'gi'))];
  if (found.length !== 1) return undefined;
  const at = found[0]!;
  const unit = FIGURE_ALONE.exec(figure)![1];
  if (unit && unit.toLowerCase() !== at[1]?.toLowerCase()) return undefined;
  // without a unit word the said word after the figure stays; without a hedge the said hedge stays
  const end = at.index! + (unit || !at[1] ? at[0] : at[0].replace(/\s+[a-z]+$/i, '')).length;
  const hedge = cachedRegExp(`^${FIGURE_HEDGE}`, 'i');
  const start = at.index! + (hedge.test(figure) ? 0 : (hedge.exec(at[0])?.[0].length ?? 0));
  return `${said.slice(0, start)}${figure}${said.slice(end)}`;
}

/** Whether the corrected words restate the said ones: every said word kept, or one span changed. */
function restatesWhole(said: string[], corrected: string[]): boolean {
  if (said.every((w) => corrected.includes(w))) return true;
  let head = 0;
  while (head < said.length && head < corrected.length && said[head] === corrected[head]) head++;
  let tail = 0;
  while (tail < said.length - head && tail < corrected.length - head && said[said.length - 1 - tail] === corrected[corrected.length - 1 - tail]) tail++;
  return head + tail > 0 && head + tail >= said.length - 2;
}

/**
 * A corrected claim decided: the corrected claim read (`check`) and its verdict kept. A supported
 * correction that restates only part of what was said ("P on Sunday. Correction: the ceremony was on
 * Monday.") is held: the rest of P, which the correction keeps, is not read. Unread when the
 * corrected claim is not read.
 */
export async function decideCorrection(text: string, c: Correction, check: (claim: string) => Promise<CheckResult>): Promise<CheckResult> {
  const r = await check(c.corrected).catch((err: unknown) => {
    if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE') || hasErrorCode(err, 'CHECK_INPUT')) {
      throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read "${text.trim()}": "${c.mark}" corrects "${c.said}" to "${c.corrected}", which is not read (${(err as Error).message})`);
    }
    throw err;
  });
  const why = `Read as the corrected claim "${c.corrected}" ("${c.mark}" replaces "${c.said}").`;
  if (r.verdict === 'SUPPORTED' && !c.whole) {
    return undecidedResult(restate(r, text), `${why} It is supported, but it restates only part of "${c.said}", and the rest is not read: not decided. ${r.explanation}`, 'partial-match');
  }
  return restate(r, text, { explanation: `${why} ${r.explanation}` });
}
