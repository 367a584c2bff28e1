/**
 * An absolute phrase naming one member of the clause's plural subject (round 31, branch shapes31;
 * users23's "Four Ruritanian states joined the League as founders, Sylvania among them"): the
 * clause, and the clause said of that member ("Sylvania joined the League as founders"). Both are
 * checked: SUPPORTED only when both are, REFUTED when either is (the claim says both), otherwise
 * held with both readings shown.
 *
 * The subject is the words before the clause's verb, ending in a plural noun ("-s"); the verb is a
 * past form (regular "-ed", or an irregular past of the lexicon's morphology) or a plural auxiliary
 * ("are", "were", "have"), put in the singular for the member. A subject or verb not found so
 * leaves the claim to the other readers.
 */
import type { CheckContext } from './context.js';
import type { ReaderInput, ReaderOutcome, UnreadReader } from './reader-kit.js';
import { normalizeTypography } from './text.js';
import { undecidedResult, restate } from './result.js';

// "<clause>, <member> among them" (also "one of them", and a dash for the comma)
const AMONG = /^(.+?)\s*(?:,|\s-{1,2}|\u2014)\s*(?:with\s+)?([^,]+?)\s+(?:among|one\s+of)\s+them$/i;
// plural auxiliaries and their singular
const SINGULAR: Record<string, string> = { are: 'is', were: 'was', have: 'has' };

/**
 * The clause and the clause said of the member, or undefined when the claim is not of that shape.
 *
 * @example
 * ```ts
 * amongThemParts(ctx, 'Four Ruritanian states joined the League, Sylvania among them.');
 * // { clause: 'Four Ruritanian states joined the League.', member: 'Sylvania joined the League.' }
 * ```
 */
export function amongThemParts(ctx: CheckContext, text: string): { clause: string; member: string } | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  const m = AMONG.exec(t);
  if (!m) return undefined;
  const [, clause, who] = m as unknown as [string, string, string];
  if (!/^(?:the\s+)?[A-Z]/.test(who.trim()) && !/'s\b/.test(who)) return undefined;
  const words = clause.split(/\s+/);
  for (let i = 1; i < words.length - 1 && i <= 7; i++) {
    if (!/[^s's]s$/i.test(words[i - 1]!)) continue;
    const verb = words[i]!.toLowerCase();
    const past = /^[a-z]+ed$/.test(verb) || (ctx.morph.lemmas.has(verb) && !/(?:s|ing)$/.test(verb) && ctx.morph.lemmas.get(verb) !== verb);
    if (!past && !(verb in SINGULAR)) continue;
    const said = [SINGULAR[verb] ?? words[i]!, ...words.slice(i + 1)].join(' ');
    return { clause: `${clause}.`, member: `${who.trim()} ${said}.` };
  }
  return undefined;
}

/**
 * Reads "<clause>, <member> among them" as the clause and the clause said of the member.
 *
 * @example
 * ```ts
 * await readAmongThem({ ctx, text: 'Four Ruritanian states joined the League, Sylvania among them.', recheck });
 * ```
 */
export async function readAmongThem({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const parts = amongThemParts(ctx, text);
  if (!parts) return undefined;
  const [whole, one] = [await recheck(parts.clause), await recheck(parts.member)];
  if (!whole || !one) return undefined;
  const said = `Read as two statements: "${parts.clause}" (${whole.verdict}) and "${parts.member}" (${one.verdict})`;
  const tell = (r: NonNullable<typeof whole>) => restate(r, text, { explanation: `${said}. ${r.explanation}` });
  const refuted = [one, whole].find((r) => r.verdict === 'REFUTED');
  if (refuted) return { decided: tell(refuted) };
  if (whole.verdict === 'SUPPORTED' && one.verdict === 'SUPPORTED') return { decided: { ...tell(one), evidence: [...whole.evidence, ...one.evidence] } };
  const held = [one, whole].find((r) => r.verdict === 'NOT_ENOUGH_INFO')!;
  return { held: undecidedResult(tell(held), `${said}: not both decided.`) };
}

/** The reader's table entry (registered through src/check/occasion-readers.ts). */
export const AMONG_THEM_READERS: readonly UnreadReader[] = [
  { name: 'among-them', module: 'among-them.ts', needs: /\b(?:among|one\s+of)\s+them\b/i, read: readAmongThem,
    reads: '"Four Ruritanian states joined the League, Sylvania among them": the clause and the clause said of the member, both must hold (round 31)' },
];
