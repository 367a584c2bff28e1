/**
 * Who held an office before whom (issue 15): "X's predecessor as O was Y", "Y was X's predecessor
 * as O", "Y preceded X as O". The holders' places in the office's line come from the graph's
 * stated holdsOffice claims with `cg:officeOrdinal` (1 = the office's first holder): X the first
 * holder has no predecessor (REFUTED); X the k-th and Y the (k-1)-th is SUPPORTED, Y another
 * place REFUTED; a holder without a place leaves it NOT_ENOUGH_INFO with the reading shown.
 */
import { NS, localName, type CheckContext } from './context.js';
import { isA, scopedIndex, type ClaimInfo } from './claim-index.js';
import { shortIri } from './prose.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckValue, Interpretation } from './types.js';
import type { Bearing, Evaluation } from './verdict.js';

type EntityValue = Extract<CheckValue, { kind: 'entity' }>;

const FORMS: Array<{ re: RegExp; x: number; office: number; y: number }> = [
  { re: /^(.+?)'s\s+predecessor\s+as\s+(.+?)\s+(?:was|is)\s+(.+)$/i, x: 1, office: 2, y: 3 },
  { re: /^(.+?)\s+(?:was|is)\s+(.+?)'s\s+predecessor\s+as\s+(.+)$/i, y: 1, x: 2, office: 3 },
  { re: /^(.+?)\s+preceded\s+(.+?)\s+as\s+(.+)$/i, y: 1, x: 2, office: 3 },
];

function one(ctx: CheckContext, text: string, cls: string): EntityValue | undefined {
  const found = resolveMention(ctx, dropIgnorable(tokenize(text, ctx.morph), ctx.morph)).filter((e) => isA(ctx, e.iri, cls));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Reads and decides a predecessor claim; undefined when the claim is not of that form or its
 * names are not two people and an office of the graph.
 *
 * @example
 * ```ts
 * readPredecessor(ctx, "Ann Other's predecessor as President of the League was Bob Second.")?.evaluation.verdict;
 * ```
 */
export function readPredecessor(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '').trim();
  const holds = ctx.axioms.properties.get('holdsOffice');
  if (!holds) return undefined;
  for (const f of FORMS) {
    const m = f.re.exec(t);
    if (!m) continue;
    const x = one(ctx, m[f.x]!, NS.cg + 'Person');
    const y = one(ctx, m[f.y]!, NS.cg + 'Person');
    const office = one(ctx, m[f.office]!, NS.cg + 'Office');
    if (!x || !y || !office || x.iri === y.iri) return undefined;
    const claims = (scopedIndex(ctx).get(holds) ?? []).filter((c) => c.polarity === 'positive' && c.modality === 'stated' && c.object.value === office.iri);
    const place = (p: EntityValue): { n: number; claims: ClaimInfo[] } | undefined => {
      const mine = claims.filter((c) => c.subject === p.iri && c.qualifiers.get('officeOrdinal')?.length === 1);
      const ns = new Set(mine.map((c) => Number(c.qualifiers.get('officeOrdinal')![0])));
      return ns.size === 1 ? { n: [...ns][0]!, claims: mine } : undefined;
    };
    const interpretation: Interpretation = {
      subject: y, predicate: holds, predicateName: localName(holds), object: office, polarity: 'positive', modality: 'stated', qualifiers: {},
      notes: [`read as: ${y.label} held ${office.label} right before ${x.label} (places in the office's line: cg:officeOrdinal)`],
    };
    const px = place(x);
    const py = place(y);
    const decide = (holdsUp: boolean | undefined, cite: ClaimInfo[], explanation: string): { interpretation: Interpretation; evaluation: Evaluation } => {
      const stance = holdsUp === undefined ? 'related' : holdsUp ? 'supports' : 'refutes';
      const reason = holdsUp === undefined ? 'partial-match' : holdsUp ? 'direct' : 'earlier-office-holder';
      return {
        interpretation,
        evaluation: {
          verdict: holdsUp === undefined ? 'NOT_ENOUGH_INFO' : holdsUp ? 'SUPPORTED' : 'REFUTED', reason, conflict: false, explanation,
          bearings: cite.map((c): Bearing => ({ claim: c, stance, reason, note: `claim ${shortIri(c.iri)} gives a place in the line of ${office.label}` })),
        },
      };
    };
    if (px?.n === 1) return decide(false, px.claims, `${x.label} is the first holder of ${office.label} (claim ${shortIri(px.claims[0]!.iri)}: office ordinal 1), so no one preceded ${x.label} in it.`);
    if (px && py) {
      const ok = py.n === px.n - 1;
      return decide(ok, [...px.claims, ...py.claims], `${x.label} is holder ${px.n} of ${office.label} and ${y.label} holder ${py.n}, so ${y.label} ${ok ? 'is' : 'is not'} ${x.label}'s predecessor.`);
    }
    return decide(undefined, [...(px?.claims ?? []), ...(py?.claims ?? [])], `Read as a predecessor claim about ${office.label}, but the graph does not give both holders' places in its line.`);
  }
  return undefined;
}
