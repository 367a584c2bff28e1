/**
 * A role as the subject (round 15): "The Bank's first president was a former Freedonian
 * finance minister", "The first president of the League is a former ambassador". The subject is a
 * role, not a name; the graph says who holds it: every person of the graph is tried in the role
 * ("Rufus Firefly was the Bank's first president", rechecked) and the role is read as the one
 * person the graph supports in it. The claim is then checked of that person ("Rufus Firefly was a
 * former Freedonian finance minister"), and its verdict is that one's, the explanation showing the
 * reading and the evidence naming the holder.
 *
 * Read only when: the subject opens with "the" or a possessive, names no person and ends in a
 * word of an office of the graph (a label of a cg:Office: "president", "minister"); exactly one
 * person is supported in the role (none or several: not read); and what is said of them is
 * decided. An undecided reading is held, with the reading shown.
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';

// the subject, its copula, and what is said of it
const CLAIM = /^((?:the\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4}(?:'s|s')\s+).+?)\s+(is|was|has been|had been|will be|remains|remained)\s+(.+)$/i;
// more people than this in the graph is no list to try one by one (bounds the work)
const MAX_PEOPLE = 40;

/** The words of the labels of the graph's offices ("president", "minister"), lower-cased. */
function officeWords(ctx: CheckContext): Set<string> {
  const words = new Set<string>();
  for (const iri of ctx.entityLabel.keys()) {
    if (!isA(ctx, iri, `${NS.cg}Office`)) continue;
    for (const w of (ctx.entityLabel.get(iri) ?? '').toLowerCase().split(/[^a-z]+/)) if (w.length > 2) words.add(w);
  }
  return words;
}

/** The people of the graph, each with its label. */
function people(ctx: CheckContext): Array<{ iri: string; label: string }> {
  const out: Array<{ iri: string; label: string }> = [];
  for (const iri of ctx.entityLabel.keys()) {
    const label = ctx.entityLabel.get(iri);
    if (label && isA(ctx, iri, `${NS.cg}Person`)) out.push({ iri, label });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label));
}

/** True when the role ends in (or, before "of", has as its head) a word of an office of the graph. */
function isRole(ctx: CheckContext, role: string): boolean {
  const words = role.toLowerCase().replace(/['\u2019]s\b/g, '').split(/[^a-z-]+/).filter(Boolean);
  const of = words.indexOf('of');
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
  const offices = officeWords(ctx);
  return head.split('-').some((w) => offices.has(w));
}

/**
 * The claim read with the one person the graph holds in its subject's role, or undefined.
 *
 * @example
 * ```ts
 * const r = await readRoleSubject({ ctx, text: "The Bank's first president was a former finance minister.", recheck });
 * // decided: the claim "Rufus Firefly was a former finance minister" (Rufus Firefly: the Bank's first president)
 * ```
 */
export async function readRoleSubject({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const claim = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  const m = CLAIM.exec(claim);
  if (!m) return undefined;
  const [, role, copula, rest] = m as unknown as [string, string, string, string];
  if (!isRole(ctx, role)) return undefined;
  // a person named in the role is no role ("Rufus Firefly's successor" is read elsewhere)
  const toks = dropIgnorable(tokenize(role, ctx.morph), ctx.morph);
  for (let i = 0; i < toks.length; i++) {
    for (let n = 1; n <= Math.min(6, toks.length - i); n++) {
      if (resolveMention(ctx, toks.slice(i, i + n)).some((e) => isA(ctx, e.iri, `${NS.cg}Person`))) return undefined;
    }
  }
  const candidates = people(ctx);
  if (!candidates.length || candidates.length > MAX_PEOPLE) return undefined;
  const said = role.replace(/^The\s/, 'the ');
  const holders: Array<{ label: string; r: CheckResult }> = [];
  for (const p of candidates) {
    const r = await recheck(`${p.label} ${copula} ${said}`);
    if (r?.verdict === 'SUPPORTED') holders.push({ label: p.label, r });
  }
  if (holders.length !== 1) return undefined;
  const { label, r: who } = holders[0]!;
  const restated = `${label} ${copula} ${rest}`;
  const r = await recheck(restated);
  if (!r) return undefined;
  const note = `"${role}" read as ${label}, the one person the graph holds in that role`;
  // the holder's evidence names who the role is: it bears on the claim as the claim's own does
  const stance = r.verdict === 'SUPPORTED' ? 'supports' as const : r.verdict === 'REFUTED' ? 'refutes' as const : 'related' as const;
  const named = who.evidence.map((e) => ({ ...e, stance }));
  const result: CheckResult = {
    ...r,
    claim: text.trim(),
    evidence: [...r.evidence, ...named.filter((e) => !r.evidence.some((x) => x.claim === e.claim))],
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] },
    explanation: `Read as "${restated}" (${note}: ${who.explanation}). ${r.explanation}`,
  };
  return r.verdict === 'NOT_ENOUGH_INFO' ? { held: result } : { decided: result };
}
