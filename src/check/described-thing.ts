/**
 * A thing named by what the graph says of it instead of by a name: "a plant linked to a gas
 * field", "the bank led by Ruritania". The phrase is a determiner, a class noun (a class label of the
 * ontology or a lexicon `cg:classNoun`, maybe after modifiers) and a participle clause or a place
 * ("a research centre in Zenda"); the
 * candidates are the graph's entities of that class (or the entity the head itself names), and
 * the one whose clause the graph supports ("<label> linked to a gas field", as a fact or as an
 * expectation) is what the phrase names. Exactly one candidate must fit; the claim is then read
 * with its label. An indefinite phrase ("a plant ...") may name a thing the graph does not know,
 * so its reading decides only a support (or a refuted denial: "took no part in building a plant
 * linked to ..."); a definite one ("the plant ...") decides either way. A name and a participle
 * before the noun are the same clause ("a Freedonia-led bank" = "a bank led by Freedonia", round 12).
 */
import { isA } from './claim-index.js';
import type { CheckContext } from './context.js';
import { classNouns } from './kinds.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';

// more candidates than this is no description the graph pins down (and bounds the work)
const MAX_CANDIDATES = 8;

/** A described thing found in a claim: the phrase, what it names, and the claim with its label. */
export interface DescribedThing {
  phrase: string;
  definite: boolean;
  clauses: string[];
  /** The candidates, each with the claim that describes it and the claim read with its label. */
  candidates: Array<{ iri: string; label: string; describes: string[]; claim: string }>;
}

/**
 * The described thing in a claim, or undefined when it has no such phrase.
 *
 * @example
 * ```ts
 * readDescribedThing(ctx, 'Acme Works will build a pipeline linked to the canal.')?.candidates.map((c) => c.claim);
 * // ['Acme Works will build Freedonia canal pipeline.', ...] (one per pipeline of the graph)
 * ```
 */
export function readDescribedThing(ctx: CheckContext, text: string): DescribedThing | undefined {
  const plain = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  // the clause: a participle ("linked to ...", "running from ..."), or a place ("in Zenda"); or,
  // before the noun, a name and a participle ("a Freedonia-led bank" = "a bank led by Freedonia",
  // "a Zenda-based bank" = "a bank based in Zenda"; round 12): the name is the participle's agent,
  // never an office it heads ("Freedonia-led" is not the President of Freedonia's)
  const pre = /^(.*?\S\s+)(a|an|the)\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})-([a-z]+ed)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)$/.exec(plain);
  const m = pre
    ? [pre[0], pre[1], pre[2], pre[5], pre[4] === 'based' ? `based in ${pre[3]}` : `${pre[4]} by ${pre[3]}`]
    : /^(.*?\S\s+)(a|an|the)\s+((?:[\w-]+\s+){0,2}[\w-]+)\s+((?:[a-z]+(?:ed|ing)|in)\s+.+)$/i.exec(plain);
  if (!m) return undefined;
  const [, before, det, head, clause] = m as unknown as [string, string, string, string, string];
  if (/[,;]/.test(clause)) return undefined;
  const headTokens = dropIgnorable(tokenize(head, ctx.morph), ctx.morph);
  if (!headTokens.length) return undefined;
  const named = resolveMention(ctx, headTokens);
  let candidates: string[];
  if (named.length === 1) candidates = [named[0]!.iri];
  else {
    const cls = classNouns(ctx).get(headTokens[headTokens.length - 1]!.norm);
    if (!cls) return undefined;
    // entityTypes is filled lazily: the labelled entities are every candidate
    candidates = [...ctx.entityLabel.keys()].filter((iri) => isA(ctx, iri, cls)).sort();
  }
  if (!candidates.length || candidates.length > MAX_CANDIDATES) return undefined;
  return {
    phrase: `${det} ${head} ${clause}`,
    definite: det.toLowerCase() === 'the',
    clauses: [clause],
    candidates: candidates.map((iri) => {
      const label = ctx.entityLabel.get(iri) ?? iri;
      return { iri, label, describes: [`${label} ${clause}`, `${label} will be ${clause}`], claim: `${before}${label}.` };
    }),
  };
}

/**
 * Reads a claim with its described thing: the one candidate the graph's claims describe so, its
 * claim checked by `recheck`; undefined when none or several fit, or the verdict is one the
 * phrase cannot decide (see the module comment).
 */
export async function checkDescribedThing(ctx: CheckContext, text: string, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<CheckResult | undefined> {
  const d = readDescribedThing(ctx, text);
  if (!d) return undefined;
  const fits: typeof d.candidates = [];
  const why: CheckResult[] = [];
  for (const c of d.candidates) {
    for (const claim of c.describes) {
      const r = await recheck(claim);
      if (r?.verdict === 'SUPPORTED' && r.interpretation.polarity === 'positive') {
        fits.push(c);
        why.push(r);
        break;
      }
    }
  }
  if (fits.length !== 1) return undefined;
  const [fit] = fits as [typeof fits[0]];
  const r = await recheck(fit.claim);
  if (!r || r.verdict === 'NOT_ENOUGH_INFO') return undefined;
  const denial = r.interpretation.polarity === 'negative';
  if (!d.definite && (r.verdict === 'REFUTED') !== denial) return undefined;
  const note = `"${d.phrase}" read as ${fit.label}, the graph's one ${d.definite ? '' : 'known '}thing so described`;
  return {
    ...r, claim: text.trim(),
    evidence: [...r.evidence, ...why[0]!.evidence],
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] },
    explanation: `Read as "${fit.claim}" (${note}: ${why[0]!.explanation}). ${r.explanation}`,
  };
}
