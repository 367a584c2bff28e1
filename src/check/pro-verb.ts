/**
 * A time clause whose verb is a pro-verb standing for the main clause's (round 23, issue 15):
 * "Firefly visited Sylvania after Teasdale did", "Ruritania had joined the League before Freedonia
 * had", "Sylvania was at the summit before Freedonia was". The pro-verb is said in full with the
 * main clause's verb phrase ("... after Teasdale visited Sylvania"), which the span reader
 * (src/check/spans.ts) reads with the dates of both deeds. The rewrite is the same claim, so its
 * verdict is the claim's.
 *
 * Read only without a denial (a pro-verb under "not" may stand for either clause's polarity) and
 * when the main clause opens with one name the graph knows (its verb phrase is what follows it).
 * Nothing here knows an entity.
 */
import type { CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { DENIAL } from './denials.js';

/** "S VP after|before Y did [so|too|it]": the main clause, the link word, the other subject, the pro-verb. */
const PRO_VERB = /^(.+?)\s+(after|before)\s+(.+?)\s+(did|does|do|had|has|have|was|were|is|are)(?:\s+(?:so|too|it))?\s*([.!?]?)$/i;
/** Which verb phrase each pro-verb may stand for: "had" a perfect, "was" a copula, "did" a plain verb. */
const PERFECT = /^(?:had|has|have)$/i;
const COPULA = /^(?:was|were|is|are)$/i;
const AUX_START = /^(?:had|has|have|was|were|is|are|will|would|did|does|do|can|could|may|might)\b/i;

/**
 * The claim with its pro-verb said in full, or undefined when it has none (or its main clause
 * does not open with one known name).
 *
 * @example
 * ```ts
 * proVerbInFull(ctx, 'Ruritania joined the League after Freedonia did.');
 * // 'Ruritania joined the League after Freedonia joined the League.'
 * ```
 */
export function proVerbInFull(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  if (DENIAL.test(t)) return undefined;
  const m = PRO_VERB.exec(t);
  if (!m) return undefined;
  const [, main, link, other, aux, stop] = m as unknown as [string, string, string, string, string, string];
  // the other subject is a name or a short noun phrase, not a clause of its own
  if (other.split(/\s+/).length > 6 || /\b(?:and|but|which|who|that)\b/i.test(other) || AUX_START.test(other)) return undefined;
  const words = main.split(/\s+/);
  // the longest opening of the main clause that is one name the graph knows: its subject
  let k = 0;
  for (let i = Math.min(words.length - 1, 6); i >= 1; i--) {
    // an auxiliary is no part of a name (the resolver skips it: "Freedonia had" is Freedonia)
    if (AUX_START.test(words[i - 1]!)) continue;
    const toks = dropIgnorable(tokenize(words.slice(0, i).join(' '), ctx.morph), ctx.morph);
    if (toks.length && resolveMention(ctx, toks).length === 1) {
      k = i;
      break;
    }
  }
  if (!k) return undefined;
  const vp = words.slice(k).join(' ');
  const perfect = PERFECT.test(aux);
  const copula = COPULA.test(aux);
  // the pro-verb must fit the verb phrase it stands for
  if (perfect && !/^(?:had|has|have)\s/i.test(vp)) return undefined;
  if (copula && !/^(?:was|were|is|are)\s/i.test(vp)) return undefined;
  if (!perfect && !copula && AUX_START.test(vp)) return undefined;
  return `${main} ${link.toLowerCase()} ${other} ${vp}${stop}`;
}
