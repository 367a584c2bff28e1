/**
 * "the bank's first president" as "the first president of the bank" (issue 15): an ordinal
 * between a possessor and an office's role word. The lexicon names an office by "{role} of
 * {holder}" or "{holder} 's {role}" (cg:officePattern) and its first holder by "first {office}"
 * (cg:officeOrdinal); an ordinal inside the possessive form splits the office's name, so no
 * pattern reads it. Moving the possessor after the role keeps every word of the claim. Only a role
 * the graph has offices of (ctx.offices, with the lexicon's cg:roleAlias) is moved, so "Freedonia's
 * first visit" is left alone.
 */
import type { CheckContext } from './context.js';
import { nameKey, normalizeTypography } from './text.js';

const ORDINAL = '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)';
// a capitalised name (one or more words) before "'s", an ordinal, then one or two lower-case words
const POSSESSIVE = new RegExp(`\\b(?:the\\s+)?((?:[A-Z][\\w.&-]*\\s+)*[A-Z][\\w.&-]*)'s\\s+${ORDINAL}\\s+([a-z][a-z-]*)(?:\\s+([a-z][a-z-]*))?`, 'g');

/**
 * The claim with each "<Name>'s <ordinal> <role>" said as "the <ordinal> <role> of <Name>";
 * undefined when it has none.
 *
 * @example
 * ```ts
 * possessiveOrdinalRewrite(ctx, "Was Rufus elected as Freedonia's first prime minister?");
 * // 'Was Rufus elected as the first prime minister of Freedonia?'
 * ```
 */
export function possessiveOrdinalRewrite(ctx: CheckContext, text: string): string | undefined {
  let changed = false;
  const out = normalizeTypography(text).replace(POSSESSIVE, (all, holder: string, ordinal: string, w1: string, w2?: string) => {
    // the longer role first ("prime minister" before "prime")
    for (const [role, rest] of w2 ? [[`${w1} ${w2}`, ''], [w1, ` ${w2}`]] : [[w1, '']]) {
      if (!ctx.offices.has(nameKey(role!, ctx.morph))) continue;
      changed = true;
      return `the ${ordinal} ${role} of ${holder}${rest}`;
    }
    return all;
  });
  return changed ? out : undefined;
}
