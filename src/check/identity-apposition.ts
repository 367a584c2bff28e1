/**
 * A closing apposition that renames the claim's object (round 26, branch words26): "Rufus sits at
 * the helm of the Metro-based lender, the Acme Bank". The apposition adds no statement of its own
 * when it names the very thing the clause before it ends on; cut as a second clause it was read
 * as a fragment ("the Acme Bank", completed from the first part) and left the claim undecided.
 *
 * The clause without the apposition is checked, and its result stands only when the reading's
 * object is the entity the apposition names as a whole (src/check/resolver.ts `wholeName`): an
 * apposition naming anything else ("..., the largest economy", "..., Metro") is no renaming and
 * is left to the compound reader. The verdict is the clause's, whatever it is: the two names are
 * one thing, so the claim says no more than the clause.
 */
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { heldWhenUndecided } from './reader-kit.js';
import { wholeName } from './resolver.js';
import { normalizeTypography } from './text.js';

/** "<clause>, <name>" with no comma, verb-like word or conjunction in the closing name. */
const CLOSING = /^(?<clause>.+\S),\s+(?<name>(?!(?:and|but|or|which|who|whose|while|not|as|with)\b)[^,]{2,60}?)[.!]?$/i;

/**
 * The clause and the closing name of "<clause>, <name>", or undefined when the claim has no
 * closing apposition.
 *
 * @example
 * ```ts
 * closingApposition('Rufus leads the Metro-based lender, the Acme Bank');
 * // { clause: 'Rufus leads the Metro-based lender', name: 'the Acme Bank' }
 * ```
 */
export function closingApposition(text: string): { clause: string; name: string } | undefined {
  const m = CLOSING.exec(normalizeTypography(text).trim());
  if (!m?.groups) return undefined;
  return { clause: m.groups.clause!, name: m.groups.name!.trim() };
}

/**
 * Reads "<clause>, <name>" as the clause when its object is the entity the name names (see the
 * module comment).
 *
 * @example
 * ```ts
 * await readIdentityApposition({ ctx, text: 'Rufus leads the Metro-based lender, the Acme Bank', recheck });
 * ```
 */
export async function readIdentityApposition({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const cut = closingApposition(text);
  if (!cut) return undefined;
  const named = wholeName(ctx, cut.name);
  if (!named) return undefined;
  const r = await recheck(cut.clause);
  const object = r?.interpretation.object;
  if (!r || object?.kind !== 'entity' || object.iri !== named.iri) return undefined;
  const note = `the closing apposition "${cut.name}" renames the object (${named.label}): read as "${cut.clause}"`;
  return heldWhenUndecided({
    ...r, claim: text.trim(),
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] },
    explanation: `Read as "${cut.clause}" (${note}). ${r.explanation}`,
  });
}
