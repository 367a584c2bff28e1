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
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';

// a pictograph, a flag letter or an emoji's modifier, anywhere in the claim
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}]/u;
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
    if (/^not\s.*\d/i.test(inside) && /\d/.test(bare.slice(0, bracket.index))) return inside;
    if (!/\d/.test(inside) && !namesEntity(ctx, inside)) return inside;
  }
  // a full stop before a lower-case word ends an initial or an abbreviation, not a sentence
  const sentences = bare.split(/(?<=[.!?])\s+(?=[^\s\p{Ll}])/u).map((s) => s.replace(/[\s.!?]+$/, '').trim());
  for (const s of sentences.slice(1)) {
    if (s && s.split(/\s+/).length <= 8 && !namesEntity(ctx, s)) return s;
  }
  return undefined;
}
