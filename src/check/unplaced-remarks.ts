/**
 * Finds a remark beside a statement whose direction no reader places (round 40, users33's F3, F5,
 * F8, F12, F13, F15): a later sentence that names nothing of the graph ("P. You wish.", "P. Or not."),
 * an emoji or emoticon the lexicon does not list ("P \ud83e\udde2", "P ;)", "P \u2717 \ud83d\ude42"), a closing bracket
 * that names nothing ("P (it did)", "P (each)") or denies a figure beside the value ("US$ 5 (not US$ 6)"),
 * and an answer word before a dash ("No - P"). The caller leaves such a claim unread.
 *
 * Why: each of these was dropped, or read as a part of a conjunction that could not be read (so a
 * refuted statement decided alone) or as the claim's own words, and the writer's retort, hedge,
 * sarcasm or correction came out as its opposite. A remark may deny, hedge, affirm or change the
 * statement, and which is not read: the truth comments the lexicon lists (src/check/truth-comment.ts)
 * are read before this is asked, and what remains must not let the statement decide alone.
 */
import type { CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { lexiconWords } from './lexicon-words.js';
import { commentKind } from './truth-comment.js';
import { ABBREVIATIONS } from './paste-shapes.js';
import { MONTH_ABBREVIATIONS } from './calendar-names.js';
import { cachedRegExp } from './regex-memo.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';

// a pictograph, a flag letter or an emoji's modifier, anywhere in the claim; the copyright,
// registered and trade mark signs are pictographs to Unicode too, but text unless a variation
// selector asks for the emoji ("\u00a9 2015 Freedonia Post" is a notice, not a remark); a thinking
// face asks whether the statement holds, as "P?" does, and judges nothing: it is left to the readers
// (two claim writers, users10's and users33's, read "P \u{1F914}" as P's truth)
const PICTOGRAPH = /(?![\u00a9\u00ae\u2122](?!\ufe0f)|\u{1F914})[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}]/u;
// an emoticon as its own word (";)", ":-(", "-_-", "^_^", "xD", "<3")
const EMOTICON = /(?:^|\s)(?:[:;=8][-'^o]?[)(\]\[DPpOo/\\|*3]+|[xX][Dd]+|-_+-|\^_*\^|<\/?3|[oO]_[oO]|T_T)(?=[\s.!?,]*$|\s)/u;
// words of a social-media tail: hashtags, handles, links, a "via @x" or "- Name" signature
const NOISE = /(?:^|\s)(?:#\S+|@\S+|https?:\/\/\S+|via\s+@\S+)/giu;
const SIGNATURE = /\s*(?:--?|\u2013|\u2014)\s*\p{Lu}\p{L}*\s*$/u;
// a closing bracket's words ("P (it did).", "P [not W]")
const CLOSING_BRACKET = /[([]([^()[\]]{1,60})[)\]][\s.!?]*$/u;
// an answer word before a dash opening the claim ("No - P", "Nope \u2014 P"): a reply to someone, or a
// verdict label; which is not said
const ANSWER_DASH = /^\s*(?:no|nope|nah)\s*(?:-+|\u2013|\u2014)\s*\S/iu;

// a reply to the statement in brackets ("(it did)", "(actually he didn't)")
const BRACKET_REPLY = /^(?:(?:actually|but|yes|no|oh)[,\s]+)*(?:it|he|she|they|this|that|we|i|you)\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)(?:\s*not|n't)?(?:\s+(?:too|so|though|actually))?[.!]*$/iu;
// a rate or a share in brackets after a value ("(per year)", "(each)"), which the source may not give
const BRACKET_RATE = /^(?:per\s+\S+|each|apiece|a\s+(?:year|month|week|day)|every\s+\S+|annually|yearly|monthly|combined|in\s+total)$/iu;

/** Whether the sentence before a full stop ends with an initial or an abbreviation ("Dec.", "approx.", "Dev."). */
function abbreviated(before: string): boolean {
  const word = /(\S+)\.$/u.exec(before)?.[1]?.replace(/^\W+/u, '') ?? '';
  return /^\p{L}$/u.test(word) || /^\p{Lu}\p{Ll}{1,2}$/u.test(word) || ABBREVIATIONS.test(word) || MONTH_ABBREVIATIONS.some((m) => cachedRegExp(`^${m}$`, 'i').test(word));
}

/** Whether words name an entity of the graph (any span of up to six tokens). */
function namesEntity(ctx: CheckContext, words: string): boolean {
  const toks = dropIgnorable(tokenize(words, ctx.morph), ctx.morph);
  for (let i = 0; i < toks.length; i++) {
    for (let j = Math.min(toks.length, i + 6); j > i; j--) {
      if (resolveMention(ctx, toks.slice(i, j)).length) return true;
    }
  }
  return false;
}

/**
 * The answer word opening a claim before a dash ("No - P", "Nope \u2014 P"), or undefined: asked before
 * the truth comments are read, which would take it for a verdict label on P.
 *
 * @example
 * ```ts
 * answerBeforeDash('Nope - Freedonia joined the League.'); // 'Nope'
 * answerBeforeDash('Nope, Freedonia joined the League.'); // undefined
 * ```
 */
export function answerBeforeDash(text: string): string | undefined {
  const t = normalizeTypography(text);
  return ANSWER_DASH.test(t) ? t.trim().split(/\s*(?:-+|\u2013|\u2014)\s*/u)[0] : undefined;
}

/**
 * The remark beside the claim's statement whose direction is not read, or undefined.
 *
 * @example
 * ```ts
 * unplacedRemark(ctx, 'Freedonia joined the League. You wish.'); // 'You wish'
 * unplacedRemark(ctx, 'Freedonia joined the League \ud83e\udd21'); // '\ud83e\udd21'
 * unplacedRemark(ctx, 'Freedonia joined the League. Sylvania did too.'); // undefined
 * ```
 */
export function unplacedRemark(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  const pictograph = PICTOGRAPH.exec(t) ?? EMOTICON.exec(t);
  if (pictograph) return pictograph[0].trim();
  const bare = t.replace(NOISE, '').replace(SIGNATURE, '').trim();
  const bracket = CLOSING_BRACKET.exec(bare);
  if (bracket && bracket.index > 0) {
    const inside = bracket[1]!.trim();
    // "V (not W)" beside a figure: a correction of the value or a denial of a list, which is not said
    if (/^not\s.*\d/i.test(inside) && /\d/.test(bare.slice(0, bracket.index))) return inside;
    // "(really?)", "(it did)", "(per year)": a doubt, a reply to the statement, a rate or a share
    if (!/\d/.test(inside) && (/\?$/.test(inside) || BRACKET_REPLY.test(inside) || BRACKET_RATE.test(inside))) return inside;
  }
  const sentences = bare.split(/(?<=[.!?])\s+/u);
  const hesitation = lexiconWords(ctx, 'hesitationComment');
  for (let i = 1; i < sentences.length; i++) {
    const before = sentences[i - 1]!;
    const raw = sentences[i]!.trim();
    const s = raw.replace(/[\s.!?]+$/, '').trim();
    // the answer to a question ("When did P? In 2015."), a figure, a word after an abbreviation
    // ("approx. 1.8k km", "the Asian Dev. Bank"): no remark
    // "P. Er, 10.": a hesitation opening a later sentence corrects or doubts what came before
    if (s && hesitation.has(s.split(/[\s,]+/)[0]!.toLowerCase()) && !abbreviated(before)) return s;
    if (!s || /\?$/.test(before) || /\d/.test(s) || /^\p{Ll}/u.test(s) || abbreviated(before)) continue;
    // a tag that asks for confirmation ("P. True?") is read as a question
    if (/\?$/.test(raw) && commentKind(ctx, s) === 'affirm') continue;
    if (s.split(/\s+/).length <= 8 && !namesEntity(ctx, s)) return s;
  }
  return undefined;
}
