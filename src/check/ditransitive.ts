/**
 * Verbs of giving with two objects (lexicon `cg:givingVerb`), said with the recipient first:
 *
 * - passive, the recipient as subject: "Sylvania was pledged $5 million by Freedonia" is
 *   "Freedonia pledged $5 million to Sylvania";
 * - active, the recipient before an amount: "Freedonia gave Sylvania $5 million in aid" is
 *   "Freedonia gave $5 million in aid to Sylvania".
 *
 * The rewrite is the same claim in the word order the lexicon's patterns read, so its verdict is
 * the claim's. An adjunct after the agent ("... by Freedonia in 2015") stays at the end.
 */
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import { escapeRegExp, normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** A giving verb's forms and its two shapes (compiled once per lexicon: the rewrite is asked of every text a reader rechecks). */
interface GivingVerb { past: string; participle: string; passive: RegExp; active: RegExp }

const verbs = new WeakMap<object, GivingVerb[]>();

/** The lexicon's giving verbs ("give gave given": lemma, past, participle). */
function givingVerbs(ctx: CheckContext): GivingVerb[] {
  let out = verbs.get(ctx.lexicon);
  if (out) return out;
  out = [];
  for (const q of ctx.lexicon.getQuads(null, `${NS.cg}givingVerb`, null, null)) {
    const [, past, participle] = q.object.value.trim().split(/\s+/);
    if (past && participle) out.push({ past, participle, ...shapesOf(past, participle) });
  }
  verbs.set(ctx.lexicon, out);
  return out;
}

/** An amount opens the theme of the active form ("US$ 5 million", "$5m", "JPY 9 billion", "5 million dollars"). */
const AMOUNT = String.raw`(?:(?:[A-Z]{1,3})?\$|\u00A5|\u20AC|\u00A3|USD\b|\d)`;

/** Where a clause after the theme begins: a comma, a semicolon or a subordinating conjunction (not "and": "grants and loans"). */
const CLAUSE_END = /\s*[,;]|\s+(?:while|whereas|but|although|though)\s+/i;

/** The passive shape ("Y was pledged $5 million by X") and the active one ("X gave Y $5 million") of one verb. */
function shapesOf(past: string, participle: string): { passive: RegExp; active: RegExp } {
  return {
    passive: cachedRegExp(String.raw`^(.+?)\s+(?:(was|were)|(has|have|had)\s+been)\s+(?:(?:also|reportedly)\s+)?${escapeRegExp(participle)}\s+(.+?)\s+by\s+(.+?)((?:,?\s+(?:in|on|during|at|while|when)\s+.+?)?)\s*([.!?]?)$`, 'i'),
    active: cachedRegExp(String.raw`^(.+?)\s+(${escapeRegExp(past)}|${escapeRegExp(participle)})\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+(${AMOUNT}.*?)\s*([.!?]?)$`),
  };
}

/**
 * The claim with the recipient after "to"; undefined when it is no double-object giving.
 *
 * @example
 * ```ts
 * recipientLast(ctx, 'Sylvania was pledged $5 million by Freedonia.'); // 'Freedonia pledged $5 million to Sylvania.'
 * recipientLast(ctx, 'Freedonia gave Sylvania $5 million in aid.'); // 'Freedonia gave $5 million in aid to Sylvania.'
 * ```
 */
export function recipientLast(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  for (const v of givingVerbs(ctx)) {
    const passive = v.passive.exec(t);
    if (passive && !/\b(?:to|by)\b/i.test(passive[4]!)) {
      const verb = passive[3] ? `${passive[3].toLowerCase() === 'had' ? 'had' : 'has'} ${v.participle}` : v.past;
      const recipient = passive[1]!.replace(/^[A-Z][a-z]+\b/, (w) => (/^(?:The|A|An)$/.test(w) ? w.toLowerCase() : w));
      return `${passive[5]} ${verb} ${passive[4]} to ${recipient}${passive[6]}${passive[7] || '.'}`;
    }
    const active = v.active.exec(t);
    if (active && !/\bto\b/i.test(active[4]!.split(CLAUSE_END)[0]!)) {
      // (round 23) the theme ends at a clause of its own (", while Sylvania may get ..."): the
      // recipient goes after the theme, not to the end of the next clause, whose own it is not
      const end = CLAUSE_END.exec(active[4]!);
      const theme = end ? active[4]!.slice(0, end.index) : active[4]!;
      const rest = end ? active[4]!.slice(end.index) : '';
      return `${active[1]} ${active[2]} ${theme} to ${active[3]}${rest}${active[5] || '.'}`;
    }
  }
  return undefined;
}
