/**
 * A reading that puts "X 's Y" into two slots (a pattern "{o} ['s] {purpose}") takes Y as X's: when
 * the entity Y resolved to carries a label naming another owner ("canal programme of Freedonia"
 * for "Sylvania's canal programme"), the reading links the claim to someone else's thing and is
 * no reading (round 20: a held-out claim about one country's programme was read with another
 * country's, the only programme of that name the graph has).
 */
import type { CheckContext } from './context.js';
import { labelOwnedByOther } from './resolver.js';
import { keyOf, type Token } from './text.js';
import type { CheckValue, Interpretation } from './types.js';

type EntityValue = Extract<CheckValue, { kind: 'entity' }>;

/**
 * The owner-clash note of a reading whose "X 's Y" slots name a Y the graph labels as another's,
 * else undefined.
 *
 * @example
 * ```ts
 * // "Acme Bank helps Sylvania's canal programme" read as (Acme Bank, helps, Sylvania) [purpose canal programme of Freedonia]
 * ownedByOther(ctx, interp, tokens); // 'Sylvania\'s "canal programme" is labelled as another\'s (canal programme of Freedonia)'
 * ```
 */
export function ownedByOther(ctx: CheckContext, interp: Interpretation, tokens: readonly Token[]): string | undefined {
  const values = [interp.subject, interp.object, ...Object.values(interp.qualifiers)]
    .flatMap((v): CheckValue[] => (v.kind === 'entities' ? v.items : [v]))
    .filter((v): v is EntityValue & { mention: string } => v.kind === 'entity' && !!v.mention);
  if (values.length < 2) return undefined;
  const rawAt = (start: number, n: number): string => (start < 0 ? '' : tokens.slice(start, start + n).map((t) => t.raw).join(' '));
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.kind !== 'possessive') continue;
    for (const owned of values) {
      const n = owned.mention.split(' ').length;
      if (rawAt(i + 1, n) !== owned.mention) continue;
      for (const owner of values) {
        const m = owner.mention.split(' ').length;
        // the owner's span may end before the possessive or take it in ("Sylvania 's" as {o})
        if (owner === owned || (rawAt(i - m, m) !== owner.mention && rawAt(i + 1 - m, m) !== owner.mention)) continue;
        if (labelOwnedByOther(ctx, owned.iri, keyOf(tokens.slice(i + 1, i + 1 + n)), new Set([owner.iri]))) {
          return `${owner.mention}'s "${owned.mention}" is labelled as another's (${owned.label})`;
        }
      }
    }
  }
  return undefined;
}
