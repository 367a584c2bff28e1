/**
 * A side of an amount comparison said without its possessor (issue 15, round 15): "the energy
 * deals with Sylvania were worth more than the assistance to Marsovia". The phrase names a thing
 * given to or shared with an entity but not who gave it; the candidates are the subjects of the
 * graph's positive claims about the entities it names (as their object). Each candidate is tried as the
 * possessor ("Freedonia's energy deals with Sylvania") and read as a noun-phrase side
 * (src/check/comparisons.ts `readSide`):
 *
 * - one candidate whose reading names claims with an amount: that side, with a note saying whose
 *   it was taken to be;
 * - several such candidates: their claims together, so that differing amounts leave no single
 *   amount (NOT_ENOUGH_INFO, never a guess at the giver);
 * - another candidate whose reading the graph supports without an amount ("Marsovia also gave
 *   Sylvania aid"): the phrase may name either, so the side names no amount (NOT_ENOUGH_INFO);
 * - none with an amount but one that reads: that side, which gives no amount (NOT_ENOUGH_INFO with
 *   the reading shown).
 */
import { NS, type CheckContext } from './context.js';
import { scopedIndex, type ClaimInfo } from './claim-index.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, tokenize } from './text.js';
import type { Side } from './comparisons.js';
import { evaluateClaim } from './verdict.js';

/** Entity IRI -> the subjects of the positive claims that have it as their object. */
const subjectsCache = new WeakMap<CheckContext, Map<string, Set<string>>>();

function subjectsByObject(ctx: CheckContext): Map<string, Set<string>> {
  let m = subjectsCache.get(ctx);
  if (!m) {
    m = new Map();
    const index = scopedIndex(ctx);
    for (const p of new Set(ctx.axioms.properties.values())) {
      for (const c of index.get(p) ?? []) {
        if (c.polarity !== 'positive' || c.object.termType !== 'NamedNode' || c.derivation === `${NS.cg}GroupExpansion`) continue;
        m.set(c.object.value, (m.get(c.object.value) ?? new Set()).add(c.subject));
      }
    }
    subjectsCache.set(ctx, m);
  }
  return m;
}

/** The entities a side's words name (each the longest run that resolves to exactly one). */
function namedEntities(ctx: CheckContext, text: string): string[] {
  const tokens = dropIgnorable(tokenize(text, ctx.morph), ctx.morph).filter((t) => t.kind !== 'possessive');
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    for (let j = Math.min(tokens.length, i + 6); j > i; j--) {
      const hit = resolveMention(ctx, tokens.slice(i, j));
      if (hit.length === 1) {
        found.add(hit[0]!.iri);
        i = j - 1;
        break;
      }
    }
  }
  return [...found];
}

/**
 * Reads "the <noun phrase>" with each candidate possessor; undefined when the phrase has a
 * possessor, names no single entity, or no candidate reads.
 *
 * @example
 * ```ts
 * possessorlessSide(ctx, 'the energy deals with Sylvania', readSide)?.text; // 'the energy deals with Sylvania'
 * ```
 */
export function possessorlessSide(ctx: CheckContext, text: string, read: (text: string) => Side | undefined): Side | undefined {
  const m = /^the\s+(.+)$/i.exec(text.trim());
  if (!m || /'s\b|\b(?:its|their|his|her)\b/i.test(text)) return undefined;
  // "the energy deals with Y": the sector is named too; the givers are those of claims about any named entity
  const entities = namedEntities(ctx, m[1]!);
  if (!entities.length) return undefined;
  const candidates = [...new Set(entities.flatMap((e) => [...(subjectsByObject(ctx).get(e) ?? [])]))].filter((s) => !entities.includes(s)).sort();
  const entity = entities.map((e) => ctx.entityLabel.get(e) ?? e).join(', ');
  const withAmounts: Array<{ side: Side; label: string }> = [];
  let readOnly: { side: Side; label: string } | undefined;
  const unpriced: string[] = [];
  for (const s of candidates) {
    const label = ctx.entityLabel.get(s);
    if (!label) continue;
    const side = read(`${label}'s ${m[1]}`);
    if (!side?.interpretation || side.money) continue;
    if (side.claims.some((c) => c.amounts.length)) withAmounts.push({ side, label });
    else {
      readOnly ??= { side, label };
      const q = side.interpretation;
      if ((['stated', 'pledged', 'expected', 'possible'] as const).some((modality) => evaluateClaim(ctx, { ...q, modality }).verdict === 'SUPPORTED')) unpriced.push(label);
    }
  }
  const note = (labels: string[]): string => `read "${text}" without a possessor as ${labels.map((l) => `"${l}'s ${m[1]}"`).join(' or ')}: the graph's claims about ${entity} name ${labels.length === 1 ? 'only that giver with an amount' : 'these givers'}`;
  const claims = new Map<string, ClaimInfo>(withAmounts.flatMap((x) => x.side.claims.map((c) => [c.iri, c] as const)));
  const givers = new Set(withAmounts.flatMap((x) => x.side.claims.map((c) => c.subject)));
  const chosen = withAmounts[0] ?? readOnly;
  if (!chosen) return undefined;
  const labels = withAmounts.length ? withAmounts.map((x) => x.label) : [chosen.label];
  if (withAmounts.length && unpriced.length) {
    const why = `read "${text}" without a possessor: it may name ${[...labels, ...unpriced].map((l) => `"${l}'s ${m[1]}"`).join(' or ')}, and the graph gives no amount for ${unpriced.join(', ')}`;
    return { text, interpretation: { ...chosen.side.interpretation!, notes: [...(chosen.side.interpretation!.notes ?? []), why] }, claims: [] };
  }
  const interpretation = { ...chosen.side.interpretation!, notes: [...(chosen.side.interpretation!.notes ?? []), note(labels)] };
  // several givers with amounts: their claims together (differing amounts give no single amount)
  return { text, interpretation, claims: givers.size > 1 ? [...claims.values()] : chosen.side.claims };
}
