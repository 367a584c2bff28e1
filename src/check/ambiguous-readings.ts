/**
 * A name the graph gives two things ("the Freedonian Prime Minister": a person the article calls
 * so, and the office), read once per thing: when the reading of one is REFUTED and the reading of
 * the other is undecided, the claim is not refuted by the first merely because it was ranked
 * first. The claim's other names say which is meant (the thing they relate to in the graph: a
 * claim node naming both, a background fact, an office its holder holds); when they say the
 * refuted one alone, the refutation stands; otherwise the verdict is NOT_ENOUGH_INFO with both
 * readings shown.
 *
 * (A supported reading of either still wins, src/check/index.ts: the claim is true of a thing
 * it can mean.)
 */
import type { CheckContext } from './context.js';
import { relatedTo } from './definite-noun.js';
import type { Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';
import { asRelated } from './related-bearings.js';

interface Read { interp: Interpretation; ev: Evaluation }

/** The IRI of an entity value, if it is one. */
function iriOf(v: Interpretation['subject'] | undefined): string | undefined {
  return v && typeof v === 'object' && v.kind === 'entity' ? v.iri : undefined;
}

/** The entity slots two readings of one shape fill differently, and the names they share. */
function differ(a: Interpretation, b: Interpretation): { slots: Array<'subject' | 'object'>; shared: string[] } | undefined {
  const slots = (['subject', 'object'] as const).filter((s) => iriOf(a[s]) && iriOf(b[s]) && iriOf(a[s]) !== iriOf(b[s]));
  if (!slots.length) return undefined;
  const shared = (['subject', 'object'] as const).filter((s) => !slots.includes(s)).map((s) => iriOf(a[s])).filter((x): x is string => !!x);
  for (const v of Object.values(a.qualifiers)) { const i = iriOf(v as Interpretation['subject']); if (i) shared.push(i); }
  return { slots: [...slots], shared };
}

/**
 * NOT_ENOUGH_INFO for a refuted reading of an ambiguous name when another reading of the same
 * claim, differing only in which thing the name is, is undecided and the claim's other names do
 * not select the refuted thing; undefined when the refutation stands.
 *
 * @example
 * ```ts
 * // "The Freedonian Prime Minister did not visit Zenda in 2006": the office's holder then did
 * // (REFUTED), the person the article calls so is not said to (undecided); Zenda relates to both
 * holdAmbiguous(ctx, refuted, tried, sameShape)?.ev.verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function holdAmbiguous(ctx: CheckContext, refuted: Read, tried: readonly Read[],
  sameShape: (a: Interpretation, b: Interpretation) => boolean): Read | undefined {
  const alts = tried.filter((t) => t.ev.verdict === 'NOT_ENOUGH_INFO' && !t.ev.conflict && sameShape(refuted.interp, t.interp) && differ(refuted.interp, t.interp));
  if (!alts.length) return undefined;
  const d = differ(refuted.interp, alts[0]!.interp)!;
  const named = (r: Read): string[] => d.slots.map((s) => iriOf(r.interp[s])!);
  const related = (r: Read): boolean => named(r).every((iri) => d.shared.some((o) => relatedTo(ctx, o, iri)));
  if (related(refuted) && !alts.some(related)) return undefined;
  const label = (r: Read): string => d.slots.map((s) => { const v = r.interp[s]; return v && typeof v === 'object' && 'label' in v ? String(v.label) : ''; }).join(', ');
  const mention = d.slots.map((s) => { const v = refuted.interp[s]; return v && typeof v === 'object' && 'mention' in v && v.mention ? `"${v.mention}"` : 'the name'; }).join(', ');
  const shown = `${mention} may name ${label(refuted)} (REFUTED) or ${alts.map(label).join(' or ')} (NOT_ENOUGH_INFO); the claim's other names do not say which`;
  return {
    interp: { ...refuted.interp, notes: [...(refuted.interp.notes ?? []), shown] },
    ev: {
      verdict: 'NOT_ENOUGH_INFO', conflict: false, reason: 'partial-match',
      bearings: asRelated([...refuted.ev.bearings, ...alts.flatMap((a) => a.ev.bearings)]),
      explanation: `Not enough information: ${shown}. Read as ${label(refuted)}: ${refuted.ev.explanation} Read as ${alts.map(label).join(' or ')}: ${alts[0]!.ev.explanation}`,
    },
  };
}
