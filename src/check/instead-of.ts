/**
 * "S did X instead of V-ing O" (round 24, branch verbs24): whatever S did in its place, S did not
 * V O. "Rufus Firefly sent a deputy instead of attending the gala himself", "Rufus stayed home
 * rather than attending the gala" are read as "Rufus Firefly did not attend the gala", the same
 * claim says at least that: the deed done refutes it. What S did instead is not checked (the
 * graph seldom records it), so a supported denial decides nothing and is held with the reading
 * shown (src/check/rewrites.ts).
 *
 * Refused: a claim that is itself negated ("did not send a deputy instead of attending" says
 * nothing of the attendance), a subject that names no entity of the graph, a gerund that is no verb.
 */
import type { CheckContext } from './context.js';
import { baseOf } from './purpose-gerund.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, tokenize } from './text.js';

/** "instead of" or "rather than" before a gerund, and the rest of the clause. */
const INSTEAD = /^(.+?)\s+(?:instead\s+of|rather\s+than)\s+([a-z]+ing)\s+(.+?)$/i;
/** A reflexive or "in person" closing the denied clause: it stresses, it adds no fact. */
const EMPHASIS = /\s+(?:himself|herself|itself|themselves|in\s+person|personally)$/i;
/** A denial anywhere before the gerund: the claim's own polarity is then not the deed's. */
const DENIES = /\b(?:not|never|no|nor|neither|without)\b|n't\b/i;
/** A modal opening the first clause: the denial keeps it ("will send ... instead of going": "will not go"). */
const MODAL = /^(will|would|may|might|could|can|should)\b/i;

/** The denial a claim with "instead of" says at least, and what it says was done instead. */
export interface InsteadOf {
  /** "S did not V O." */
  claim: string;
  /** The first clause without its subject ("sent a deputy"). */
  instead: string;
}

/**
 * The claim as the denial of the deed "instead of" names, or undefined.
 *
 * @example
 * ```ts
 * insteadOfDenial(ctx, 'Rufus Firefly sent a deputy instead of attending the Founders Gala himself.');
 * // { claim: 'Rufus Firefly did not attend the Founders Gala.', instead: 'sent a deputy' }
 * ```
 */
export function insteadOfDenial(ctx: CheckContext, text: string): InsteadOf | undefined {
  if (!/\b(?:instead|rather)\b/i.test(text)) return undefined;
  const t = text.trim().replace(/[.!?]+$/, '');
  const m = INSTEAD.exec(t);
  if (!m || DENIES.test(m[1]!)) return undefined;
  const base = baseOf(ctx, m[2]!);
  if (!base) return undefined;
  // the subject: the longest opening run of words that names an entity of the graph
  const toks = tokenize(m[1]!, ctx.morph);
  let end = -1;
  for (let k = Math.min(toks.length - 1, 6); k >= 1 && end < 0; k--) {
    const span = dropIgnorable(toks.slice(0, k), ctx.morph);
    if (span.length && resolveMention(ctx, span).length) end = toks[k - 1]!.end;
  }
  if (end < 0) return undefined;
  const subject = m[1]!.slice(0, end).trim();
  const rest = m[1]!.slice(end).trim();
  const modal = MODAL.exec(rest);
  const object = m[3]!.replace(EMPHASIS, '');
  return { claim: `${subject} ${modal ? modal[1]!.toLowerCase() : 'did'} not ${base} ${object}.`, instead: rest };
}
