/**
 * A closing word that only intensifies a denial (round 27, branch precision27): "Sylvania is not a
 * member of the League at all", "the League has approved no loan whatsoever". Under the denial it
 * adds nothing ("not ... at all" says "not"), and in a question it asks the same ("Did Sylvania join
 * the League at all?"): the claim without it is the same claim, its verdict the claim's. The words
 * are data (lexicon `cg:denialIntensifier`); only a closing one is taken ("at all five summits" is
 * no intensifier), and only under a plain denial word or a question mark.
 */
import type { CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { escapeRegExp, normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** A plain denial: the words an intensifier strengthens ("hardly", "few" are degrees, not denials). */
const DENIAL = /\b(?:not|never|no|nor|neither|none|nothing|nobody)\b|n't\b/i;

const closing = new WeakMap<object, RegExp | null>();

function closingRe(ctx: CheckContext): RegExp | null {
  let re = closing.get(ctx.lexicon);
  if (re === undefined) {
    const words = literals(ctx.lexicon, null, cg('denialIntensifier')).map((w) => w.trim().split(/\s+/).map(escapeRegExp).join('\\s+'));
    re = words.length ? cachedRegExp(String.raw`^(.+?\S),?\s+(?:${words.join('|')})\s*([.!?]*)$`, 'i') : null;
    closing.set(ctx.lexicon, re);
  }
  return re;
}

/**
 * The claim without its closing intensifier of a denial; undefined when it has none.
 *
 * @example
 * ```ts
 * withoutDenialIntensifier(ctx, 'Sylvania is not a member of the League at all.'); // { claim: 'Sylvania is not a member of the League.', word: 'at all' }
 * withoutDenialIntensifier(ctx, 'Sylvania is a member of the League at all.');     // undefined: no denial, no question
 * ```
 */
export function withoutDenialIntensifier(ctx: CheckContext, text: string): { claim: string; word: string } | undefined {
  const t = normalizeTypography(text).trim();
  const re = closingRe(ctx);
  const m = re?.exec(t);
  if (!m) return undefined;
  const head = m[1]!;
  const end = m[2] ?? '';
  if (!DENIAL.test(head) && !end.includes('?')) return undefined;
  return { claim: `${head}${end}`, word: t.slice(head.length, t.length - end.length).replace(/^,?\s+/, '').trim() };
}
