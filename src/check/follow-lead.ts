/**
 * "S follows X in doing Y", "S follows X into P" and "S might follow X and do Y": two statements, that S follows X's lead
 * (cg:followsLeadOf) and that S does Y (or moves into P), each with the claim's own subject and
 * modal: "Sylvania might follow Freedonia in exploring the CIS" is "Sylvania might follow Freedonia and Sylvania
 * might be exploring the CIS". The parts are checked by the compound rule (both must hold), so
 * naming another leader ("follow Ruritania into ...") is not supported by the deed alone. Not read
 * under a denial ("will not follow X into P" denies the pair, not each part).
 */
import { normalizeTypography } from './text.js';
import { DENIAL } from './denials.js';

const MODAL = /\b(?:will|would|might|may|could|can|shall|should)$/i;

/**
 * The claim as two statements, or undefined when it has no "follow X in V-ing / into" phrase.
 *
 * @example
 * ```ts
 * followedLead('Freedonia might follow Sylvania into Ruritania.');
 * // 'Freedonia might follow Sylvania and Freedonia might move into Ruritania.'
 * ```
 */
export function followedLead(text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (DENIAL.test(t)) return undefined;
  // "follow in X's footsteps in P": X's footsteps lead into P
  const steps = /^(.+?\s+(?:follow|follows|followed))\s+in\s+(\S+?)(?:'s|\u2019s)\s+footsteps\s+in\s+(?!\w+ing\b)(.+)$/i.exec(t);
  if (steps) return followedLead(`${steps[1]} ${steps[2]} into ${steps[3]}`);
  const m = /^(.+?)\s+(follow|follows|followed)\s+((?:in\s+(?:the\s+)?footsteps\s+of\s+)?(?:\S+\s+){0,5}?\S+?)\s+(?:in\s+(\w+ing)\s+|(into)\s+|and\s+)(.+)$/i.exec(t);
  if (!m) return undefined;
  const [, prefix, verb, leader, gerund, into, rest] = m as unknown as [string, string, string, string, string | undefined, string | undefined, string];
  if (/\b(?:in|into|and|or|but)\b/i.test(leader.replace(/^in\s+(?:the\s+)?footsteps\s+of\s+/i, ''))) return undefined;
  const modal = MODAL.test(prefix);
  const tense = verb.toLowerCase();
  // "S might follow X and do Y": the modal is said once for both verbs (without one, the
  // compound reader already gives the second verb the first one's subject)
  if (!gerund && !into && (!modal || rest.toLowerCase().startsWith(prefix.toLowerCase()))) return undefined;
  const deed = gerund
    ? `${modal ? 'be' : tense === 'followed' ? 'was' : 'is'} ${gerund} ${rest}`
    : into ? `${modal || tense === 'follow' ? 'move' : tense === 'followed' ? 'moved' : 'moves'} into ${rest}` : rest;
  return `${prefix} ${verb} ${leader} and ${prefix} ${deed}.`;
}
