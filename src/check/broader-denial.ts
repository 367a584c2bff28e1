/**
 * A denial of a broader relation denies every narrower one (OWL: Q rdfs:subPropertyOf P, so not
 * P(x, y) entails not Q(x, y)): "Freedonia stayed out of the League" (not a member) refutes "Freedonia joined
 * the League as a founding member" (`cg:foundingMemberOf` below `cg:memberOf`) and supports its
 * denial. The broader denial must be stated without qualifiers the claim does not match (a
 * denial with a date denies only that date), in the claim's modality. The converse does not hold
 * and is not used: a denial of the narrower relation says nothing of the broader one.
 */
import { localName, type CheckContext } from './context.js';
import type { ClaimsByPredicate } from './claim-index.js';
import { approximateClaim, covers, objectMatches, sameSide } from './qualifiers.js';
import { labelOf, shortIri } from './prose.js';
import type { Interpretation } from './types.js';
import type { Bearing } from './verdict.js';
import { deniedOnlyFrom, deniedOnlyUntil } from './denial-time.js';
import { sourcePredates } from './timeline.js';

/**
 * The properties strictly above `p` (`rdfs:subPropertyOf`, transitive), and those a denial of
 * which denies `p` without `p` entailing them (`cg:deniedWith`: a state that stayed out of a bank
 * holds no shares in it, though a source naming a shareholder does not thereby state its
 * membership, so no sub-property ties the two: ontology/lexicon.ttl, round 19).
 */
function broaderThan(ctx: CheckContext, p: string): string[] {
  const sup = [...ctx.axioms.subProperties].filter(([, subs]) => subs.has(p)).map(([s]) => s);
  const denied = [p, ...sup].flatMap((x) => [...(ctx.axioms.deniedWith.get(x) ?? [])]);
  return [...new Set([...sup, ...denied])].filter((x) => x !== p).sort();
}

/**
 * Finds negative claims of a broader property that deny the claim (a positive claim: refutes; a
 * denial: supports).
 *
 * @example
 * ```ts
 * broaderDenials(ctx, foundingMemberReading, scopedIndex(ctx), push); // pushes the memberOf denial
 * ```
 */
export function broaderDenials(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate, push: (b: Bearing) => void): void {
  for (const broader of broaderThan(ctx, q.predicate)) {
    for (const c of index.get(broader) ?? []) {
      if (c.polarity !== 'negative' || c.modality !== q.modality) continue;
      if (!sameSide(q.subject, c.subject) || !objectMatches(ctx, q.object, c.object, c.predicate, approximateClaim(c))) continue;
      if (!covers(ctx, { ...q, predicate: broader }, c)) continue;
      // round 29: a denial holds as of its source's day, here as for the relation itself
      // (src/check/verdict.ts): "Freedonia was a shareholder of the League in 2030" is not decided
      // by "Freedonia stayed out of the League" said in 2016, nor is it from a time after every source
      // round 36 (fix29a): nor of a time that ends before its source's day ("... in 2014")
      const outrun = deniedOnlyUntil(ctx, q, c);
      const before = outrun ? undefined : deniedOnlyFrom(ctx, q, c);
      const predates = outrun || before ? undefined : sourcePredates(ctx, c);
      if (outrun || before || predates) {
        const why = outrun ? `it denies it as of ${outrun.day}, and the claim's time (${outrun.time}) runs past that day`
          : before?.never ? `it denies a state as of ${before.day}, and the claim says "never", of the times before that day too`
            : before ? `it denies it as of ${before.day}, and the claim's time (${before.time}) ends before that day`
            : `the claim's time (${ctx.asOf!.mention}) begins after every source (the latest of ${predates})`;
        push({ claim: c, stance: 'related', reason: 'negation-scope', note: `claim ${shortIri(c.iri)} denies ${labelOf(ctx, localName(broader))}, but ${why}` });
        continue;
      }
      const sub = ctx.axioms.subProperties.get(broader)?.has(q.predicate);
      // cg:deniedWith is an inference a source can overrule: where the graph states the claim's
      // own relation for the pair (a shareholder the source names though it is no member), the
      // stated claim decides, not the denial drawn from the other relation
      if (!sub && statedForPair(ctx, q, index)) continue;
      const note = sub
        ? `the source denies the broader ${labelOf(ctx, localName(broader))} (claim ${shortIri(c.iri)}), and ${labelOf(ctx, localName(q.predicate))} is a sub-property of it`
        : `the source denies ${labelOf(ctx, localName(broader))} (claim ${shortIri(c.iri)}), and ${labelOf(ctx, localName(q.predicate))} is denied with it (cg:deniedWith)`;
      if (q.polarity === 'positive') push({ claim: c, stance: 'refutes', reason: 'broader-denial', note });
      else push({ claim: c, stance: 'supports', reason: 'broader-denial', note: `${note}, so the denial holds` });
    }
  }
}

/** True when the graph states the claim's own relation (positively) for the claim's subject and object. */
function statedForPair(ctx: CheckContext, q: Interpretation, index: ClaimsByPredicate): boolean {
  return (index.get(q.predicate) ?? []).some((c) => c.polarity === 'positive' && sameSide(q.subject, c.subject) && objectMatches(ctx, q.object, c.object, c.predicate, approximateClaim(c)));
}
