/**
 * Two more ways of saying a purpose, said again in the words the purpose readers take (round 15):
 *
 * - a part of a package for a purpose: "Part of Freedonia's aid to Sylvania is meant to repair
 *   canals", "some of the grants were earmarked for schools": "Freedonia's aid to Sylvania is partly
 *   meant to repair canals" (src/check/purpose-connectives.ts drops "partly": one purpose among
 *   others is what every purpose reading means);
 * - a deed done to help something: "Freedonia promotes exports of tractors to Sylvania to help
 *   Sylvania's farms": "Freedonia seeks to help Sylvania's farms by promoting exports of tractors to
 *   Sylvania", the effort to help as a wish (the lexicon's "seek to help" patterns) and the deed as
 *   its means (src/check/means.ts), each part checked by the compound rule; the same deed said
 *   with a contrary purpose ("... to weaken Sylvania's farms") is refuted when the help is supported
 *   (round 41, `readContraryHelp`).
 */
import { NS, type CheckContext } from './context.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { restate } from './result.js';
import { normWord, normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

const PURPOSE_PARTICIPLE = '(?:meant|intended|earmarked|designed|destined|set\\s+aside|used|allocated|reserved)';
const PART = /^(?:(?:a\s+)?part|some|a\s+portion|a\s+share|a\s+fraction|much)\s+of\s+(.+?)\s+(is|are|was|were|will\s+be|would\s+be)\s+/i;
const HELP = '(?:help|assist|support|aid|boost|develop)';

/**
 * The claim in the words the purpose readers take, or undefined when it is neither shape.
 *
 * @example
 * ```ts
 * purposePartRewrite(ctx, "Part of Freedonia's aid is meant to repair canals."); // "Freedonia's aid is partly meant to repair canals."
 * purposePartRewrite(ctx, 'Freedonia promotes exports of tractors to Sylvania to help its farms.');
 * // 'Freedonia seeks to help its farms by promoting exports of tractors to Sylvania.'
 * ```
 */
export function purposePartRewrite(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  const part = PART.exec(t);
  if (part) {
    const rest = t.slice(part[0].length);
    if (!cachedRegExp(`^${PURPOSE_PARTICIPLE}\\s+(?:to|for)\\s+\\S`, 'i').test(rest)) return undefined;
    const whole = part[1]!.replace(/^the\b/, 'The').replace(/^[a-z]/, (c) => c.toUpperCase());
    return `${whole} ${part[2]!.toLowerCase()} partly ${rest}.`;
  }
  const deed = helpDeed(ctx, t, HELP);
  return deed && `${deed.subject} seeks to ${deed.verb} ${deed.helped} by ${deed.doing} ${deed.object}.`;
}

/**
 * "S V-s O to <verb> P" with the verb one of `verbs` (an alternation): the doer, the deed as a
 * gerund with its object, the verb and what it is done to; undefined for any other claim.
 */
function helpDeed(ctx: CheckContext, t: string, verbs: string): { subject: string; doing: string; object: string; verb: string; helped: string } | undefined {
  // "S V-s O to help P": one verb in the present or past (or "is V-ing"), its object, then the help
  // it is for
  const deed = cachedRegExp(`^((?:[A-Z][\\w'.-]*\\s+){0,3}[A-Z][\\w'.-]*)\\s+(?:(?:is|are|was|were)\\s+([a-z]{3,}ing)|([a-z]+(?:es|s|ed)))\\s+(.+?)\\s+(?:in\\s+order\\s+|so\\s+as\\s+|in\\s+(?:an\\s+effort|a\\s+bid|an\\s+attempt)\\s+)?to\\s+(${verbs})\\s+(.+)$`).exec(t);
  if (!deed) return undefined;
  const [, subject, doing, verb, object, help, said] = deed as unknown as [string, string, string | undefined, string | undefined, string, string, string];
  // the deed's verb must be a verb of doing, not a copula or a modal ("is", "has", "was")
  if (verb && /^(?:is|was|has|does|goes|needs|wants|seeks|tries|hopes|aims|plans|wishes|agreed|decided|pledged|promised|vowed|offered)$/i.test(verb)) return undefined;
  if (doing && /^(?:going|trying|hoping|seeking|planning|aiming|wishing|working|being|having|doing)$/i.test(doing)) return undefined;
  const stem = verb ? normWord(verb, ctx.morph) : '';
  if (verb && stem.length < 3) return undefined;
  return { subject, doing: doing ?? `${stem}ing`, object, verb: help, helped: ofDestination(object, said) };
}

/**
 * A contrary purpose of a deed the source says is done to help (round 41): "Freedonia promotes
 * exports of tractors to Sylvania in order to weaken Sylvania's farms", where the source says
 * Freedonia seeks to help Sylvania's farms by promoting them. The same deed, read with "help"
 * ("Freedonia seeks to help Sylvania's farms by promoting exports of tractors to Sylvania"), is
 * checked; supported, the claim is refuted: a verb of weakening (lexicon `cg:weakeningVerb`) is
 * contrary to helping the same thing, as purpose.ts refutes "to loosen ties" against "to
 * strengthen ties". Undecided otherwise (the deed may serve other purposes too).
 *
 * @example
 * ```ts
 * await readContraryHelp({ ctx, text: 'Freedonia promotes exports of tractors to Sylvania to weaken its farms.', recheck });
 * // { decided: { verdict: 'REFUTED', … } } when the graph says the promotion is done to help the farms
 * ```
 */
export async function readContraryHelp({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '').replace(/\s+so\s+that\s+(?:it|they|he|she)\s+(?:can|could|may|might)\s+(?=[a-z]+\s)/, ' in order to ');
  if (/\b(?:not|never|no)\b|n't\b/i.test(t)) return undefined;
  const weakening = [...new Set(ctx.lexicon.getQuads(null, `${NS.cg}weakeningVerb`, null, null).map((q) => q.object.value.toLowerCase()))]
    .filter((w) => !w.includes(' ')).sort();
  if (!weakening.length) return undefined;
  const deed = helpDeed(ctx, t, weakening.join('|'));
  if (!deed) return undefined;
  const help = `${deed.subject} seeks to help ${deed.helped} by ${deed.doing} ${deed.object}`;
  const r = await recheck(help);
  if (r?.verdict !== 'SUPPORTED') return undefined;
  return { decided: restate(r, text, { verdict: 'REFUTED', reason: 'qualifier-conflict', conflict: false,
    evidence: r.evidence.map((e) => ({ ...e, stance: 'refutes' as const })),
    explanation: `Read as "${help}" against its contrary: the source says the deed is done to help ${deed.helped}, and "${deed.verb}" (cg:weakeningVerb) is contrary to helping it. ${r.explanation}` }) };
}

/**
 * "the country's P" (that country's, this country's) after a deed done "to Y" is Y's P: the
 * country last named is the deed's destination ("promotes exports to Sylvania to help that
 * country's farms"). A bare "its" may be the doer's and is kept (round 17).
 */
function ofDestination(object: string, helped: string): string {
  const to = /\bto\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})$/.exec(object);
  const owner = /^(?:the|that|this)\s+(?:country|nation|state|republic)(?:'s|\u2019s)\s+/i.exec(helped);
  if (!to || !owner) return helped;
  return `${to[1]}'s ${helped.slice(owner[0].length)}`;
}
