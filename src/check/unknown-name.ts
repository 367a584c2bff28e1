/**
 * A name the graph does not know, beside words it does (round 23):
 *
 * - after an office, in apposition: "Freedonia's prime minister Ann Other attended the gala". The
 *   office is what the graph can check: the claim is read without the name ("Freedonia's prime
 *   minister attended the gala"). A refutation decides (the claim says the office's holder did it:
 *   whether or not Ann Other holds the office, the claim is false); anything else is held, the
 *   unknown name shown (the graph cannot say whether Ann Other is that holder).
 * (A place no article names, "in Zembla", is read by src/check/unknown-city.ts: a city only, and
 * never refuted through a rank, whose scope the place may be.)
 *
 * A word the graph links, a lower-case word, or a name at the claim's start is no unknown name.
 */
import { MONTH_NAMES_LOWER, WEEKDAY_NAMES_LOWER } from './calendar-names.js';
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import type { ReaderOutcome } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import { resolveMention } from './resolver.js';
import { keyOf, normalizeTypography, tokenize, type Token } from './text.js';
import type { CheckResult } from './types.js';

// the longest office phrase and unknown name looked at, in tokens
const MAX_OFFICE = 6;
const MAX_NAME = 3;

/** The capitalised words from `j` that name nothing the graph knows (none of them, nor any run of them), as [j, k); undefined when none. */
function unknownNameAt(ctx: CheckContext, toks: readonly Token[], j: number): number | undefined {
  let k = j;
  // a month or weekday is a time, not a name ("in July")
  const time = (w: string): boolean => MONTH_NAMES_LOWER.includes(w) || WEEKDAY_NAMES_LOWER.includes(w);
  while (k < toks.length && k - j < MAX_NAME && toks[k]!.kind === 'word' && toks[k]!.cap && /^[A-Z][a-z]/.test(toks[k]!.raw) && !time(toks[k]!.raw.toLowerCase())) k++;
  if (k === j) return undefined;
  for (let a = j; a < k; a++) for (let b = a + 1; b <= k; b++) if (resolveMention(ctx, toks.slice(a, b)).length) return undefined;
  return k;
}

/** Whether a run of tokens names one office of the graph, or a role of its offices after one country ("Marsovia's vice-president"). */
function officeSpan(ctx: CheckContext, span: readonly Token[]): boolean {
  const office = resolveMention(ctx, span);
  if (office.length === 1 && isA(ctx, office[0]!.iri, `${NS.cg}Office`)) return true;
  for (let r = 1; r < span.length; r++) {
    if (!ctx.offices.has(keyOf(span.slice(r).filter((t) => t.raw !== '-')))) continue;
    const state = span.slice(0, r).filter((t, n, all) => !(n === all.length - 1 && /^'s$/i.test(t.raw)) && t.norm !== 'the');
    const named = resolveMention(ctx, state);
    if (named.length === 1 && isA(ctx, named[0]!.iri, `${NS.cg}Country`)) return true;
  }
  return false;
}

/**
 * The claim without the unknown name after its office, the office and the name; undefined when
 * the claim has no "<office> <unknown name> <lower-case rest>".
 *
 * @example
 * ```ts
 * unknownHolderRewrite(ctx, "Freedonia's prime minister Ann Other attended the gala.");
 * // { claim: "Freedonia's prime minister attended the gala.", office: "Freedonia's prime minister", name: 'Ann Other' }
 * ```
 */
export function unknownHolderRewrite(ctx: CheckContext, text: string): { claim: string; office: string; name: string } | undefined {
  const t = normalizeTypography(text).trim();
  if (!/[a-z]\s*,?\s+[A-Z]/.test(t)) return undefined;
  const toks = tokenize(t, ctx.morph);
  // the text between two tokens (a comma is no token)
  const gap = (a: number): string => t.slice(toks[a - 1]!.end, toks[a]!.start);
  for (let j = 2; j < toks.length - 1; j++) {
    // the cheap test first: a capitalised word after a lower-case one
    if (!toks[j]!.cap || toks[j - 1]!.cap || toks[j - 1]!.kind !== 'word') continue;
    const k = unknownNameAt(ctx, toks, j);
    if (k === undefined || k >= toks.length) continue;
    // "<office> Ann Other <rest>" or "<office>, Ann Other, <rest>"
    const comma = gap(j).includes(',');
    if (comma !== gap(k).includes(',')) continue;
    const rest = toks[k]!;
    if (rest.kind !== 'word' || rest.cap) continue;
    for (let i = Math.max(0, j - MAX_OFFICE); i < j; i++) {
      if (!officeSpan(ctx, toks.slice(i, j))) continue;
      const office = t.slice(toks[i]!.start, toks[j - 1]!.end);
      const name = t.slice(toks[j]!.start, toks[k - 1]!.end);
      return { claim: `${t.slice(0, toks[j - 1]!.end)} ${t.slice(rest.start)}`, office, name };
    }
  }
  return undefined;
}

/** A reading of the claim without the unknown name: a refutation decides, anything else is held with the name shown. */
function refutationDecides(text: string, claim: string, r: CheckResult, note: string): ReaderOutcome {
  const told: CheckResult = restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] } });
  if (r.verdict === 'REFUTED') return { decided: { ...told, explanation: `Read as "${claim}" (${note}; refuted whatever it names). ${r.explanation}` } };
  return { held: undecidedResult(told, `Not decided: ${note}. Read as "${claim}": ${r.verdict}. ${r.explanation}`) };
}

/**
 * "Freedonia's prime minister Ann Other attended the gala": the claim without the name the graph does not know (see the module's TSDoc).
 *
 * @example
 * ```ts
 * await readUnknownName(ctx, "Freedonia's prime minister Ann Other attended the gala.", recheck);
 * // { decided: REFUTED } when the graph denies that Freedonia's prime minister attended
 * ```
 */
export async function readUnknownName(ctx: CheckContext, text: string, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<ReaderOutcome | undefined> {
  const holder = unknownHolderRewrite(ctx, text);
  if (holder) {
    const r = await recheck(holder.claim);
    if (r) return refutationDecides(text, holder.claim, r, `"${holder.name}" is not an entity of the graph: whether it names the holder of "${holder.office}" is not known, and the claim is read of the office`);
  }
  return undefined;
}
