/**
 * A time stated by a clause instead of a date: "At the time the bank opened, it had not yet
 * approved a loan", "X was already a member when the bank opened in January 2016", "Until the
 * ceremony, ...". The clause must name one thing the graph dates (an event's day, a trip, or a
 * statement the graph supports with one day: src/check/spans.ts `sideDate`); the claim is then
 * read as the main clause at that day:
 *
 * - a state ("had", "already", "still", "yet", "no longer", "was serving", and every claim under
 *   "at the time", "by the time", "until"): "As of <day>, <main>" (src/check/claim-time.ts), so
 *   only sources of that time or earlier decide it;
 * - an event under "when" ("X visited Y when the bank opened"): "<main> on <day>", the day the
 *   relation's own time, compared like any date the claim gives.
 *
 * A pronoun opening the main clause ("it", "he", "she", "they") is the name the time clause opens
 * with; one opening the time clause ("X was N when he was elected ...") is the main clause's; "it"
 * ending the main clause, its object, is the name the time clause opens with ("By the time the bank
 * opened, X had joined it": round 21). A year or month the clause also says must be the graph's ("when the bank opened in
 * March 2016" against a bank opened in January is no reading). The dating claims are cited beside
 * the main clause's evidence.
 */
import { enclosingPlaces, isA, type ClaimInfo } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { relatedOfClass } from './definite-noun.js';
import { collectEvidence } from './evidence.js';
import { resolveMention } from './resolver.js';
import { runOnCuts } from './run-on.js';
import { sideDate } from './spans.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { MONTH_NAMES } from './calendar-names.js';
import { cachedRegExp } from './regex-memo.js';

/** A claim whose time is given by a clause, rewritten with the day. */
export interface TimeClause {
  /** The claim to check instead ("As of January 16, 2016, X ..." or "X ... on January 16, 2016"). */
  rewritten: string;
  /** The time clause as written ("when the bank opened"). */
  clause: string;
  day: string;
  label: string;
  claims: ClaimInfo[];
  mode: 'as-of' | 'event';
}

const STATE = /\b(?:had|already|still|yet|no longer|was serving|were serving|by then)\b/i;
const PRONOUN = /^(it|he|she|they)\s+/i;
// "at the time of <event>" names the event as a noun ("at the time of the gala", round 18): the
// same day as the clause, read by the same dating (src/check/spans.ts sideDate reads noun phrases)
const LEADS = 'when|at the time of|by the time of|at the time|by the time|until|till';

/** A day as a claim writes it: "January 16, 2016" (or "2016" for a year, "July 2015" for a month: round 20). */
function spoken(day: string): string {
  if (day.length === 4) return day;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return day.length === 7 ? `${MONTH_NAMES[m - 1]} ${y}` : `${MONTH_NAMES[m - 1]} ${d}, ${y}`;
}

/** Years and months the clause says itself, which must be the day's. */
function consistent(clause: string, day: string): boolean {
  for (const y of clause.match(/\b(?:1[89]|20)\d\d\b/g) ?? []) if (!day.startsWith(y)) return false;
  const month = MONTH_NAMES.findIndex((m) => cachedRegExp(`\\b${m.slice(0, 3)}[a-z]*\\b`, 'i').test(clause));
  return month < 0 || day.length < 7 || Number(day.slice(5, 7)) === month + 1;
}

/**
 * Whether every place the clause puts its dated thing at ("the groundbreaking near Zenda", "the
 * gala in Strelsau") is one the graph relates to it, or holds one it relates to (cg:locatedIn).
 * The clause's day stands for the claim's time, so a place the graph does not give the thing
 * would go unchecked: round 23 found "X was vice-president at the time of the ceremony in <another
 * city>" SUPPORTED by the day alone. A capitalised name after "in", "near" or "at" that names
 * nothing the graph knows cannot be checked either.
 */
function placesFit(ctx: CheckContext, clause: string, thing: string): boolean {
  const toks = tokenize(clause, ctx.morph);
  let related: Set<string> | undefined;
  for (let i = 0; i < toks.length - 1; i++) {
    if (!/^(?:in|near|at|outside)$/i.test(toks[i]!.raw) || !/^[A-Z]/.test(toks[i + 1]!.raw)) continue;
    // a month or a year after "in" is a time, checked by consistent()
    if (MONTH_NAMES.some((m) => m.toLowerCase() === toks[i + 1]!.raw.toLowerCase())) continue;
    let place: string | undefined;
    for (let k = Math.min(toks.length, i + 5); k > i + 1 && !place; k--) {
      const hit = resolveMention(ctx, dropIgnorable(toks.slice(i + 1, k), ctx.morph));
      if (hit.length === 1) place = hit[0]!.iri;
    }
    if (!place) return false;
    if (place === thing || !isA(ctx, place, `${NS.cg}Place`)) continue;
    related ??= relatedOfClass(ctx, [thing], `${NS.cg}Place`);
    if (!related.has(place) && ![...related].some((q) => enclosingPlaces(ctx, q).slice(1).includes(place!))) return false;
  }
  return true;
}


/** The name a clause opens with ("the bank opened" -> "the bank"). */
function openingName(ctx: CheckContext, clause: string): string | undefined {
  const toks = dropIgnorable(tokenize(clause, ctx.morph), ctx.morph);
  for (let k = Math.min(6, toks.length - 1); k >= 1; k--) {
    if (resolveMention(ctx, toks.slice(0, k)).length === 1) return clause.slice(0, toks[k - 1]!.end);
  }
  return undefined;
}

/**
 * Round 30 (fix23): where the time clause runs on into a second clause joined by "and" / "but"
 * ("when it opened, and Sylvania was one", "when the bank opened and Freedonia joined it"): the time
 * clause ends before the coordinator, and what follows is a part of a compound claim of its own
 * (src/check/compound.ts checks it under the same time), not words of the clause. Read as one,
 * the clause was dated by its first words and the second part went unchecked (users23: "X had 57
 * members when it opened, and <a state that stayed out> was one" SUPPORTED). The words before the
 * coordinator must make a dated clause by themselves ("when Freedonia and Sylvania signed" is one
 * clause with two subjects). Returns the clause and the second part with its coordinator.
 */
function runsOn(ctx: CheckContext, clause: string): { head: string; tail: string } | undefined {
  return runOnCuts(ctx, clause).find((cut) => sideDate(ctx, cut.head, 'start')?.claims.length);
}

function build(ctx: CheckContext, lead: string, clauseText: string, main: string): TimeClause | undefined {
  // "X was N when he was elected ...": a pronoun opening the time clause is the name the main one opens with
  let clause = clauseText;
  const own = PRONOUN.exec(clause);
  if (own && !PRONOUN.test(main.trim())) {
    const name = openingName(ctx, main.trim());
    if (!name) return undefined;
    clause = `${name} ${clause.slice(own[0].length)}`;
  }
  const on = runsOn(ctx, clause);
  // "P before <clause>, and Q": only one answer of P carries over to "before" (readBeforeClause),
  // which says nothing of Q: no reading
  if (on && lead === 'before') return undefined;
  if (on) clause = on.head;
  const dated = sideDate(ctx, clause, 'start');
  if (!dated || !dated.claims.length || !consistent(clause, dated.day) || !placesFit(ctx, clause, dated.iri)) return undefined;
  let inner = main.trim().replace(/[.!?]+$/, '');
  const pronoun = PRONOUN.exec(inner);
  if (pronoun) {
    const name = openingName(ctx, clause);
    if (!name) return undefined;
    inner = `${name} ${inner.slice(pronoun[0].length)}`;
  }
  // round 21: "By the time the bank opened, X had joined it": "it" as the main clause's last word is
  // its object, which cannot be its own subject (that would be "itself"): the name the time clause
  // opens with (not when that name was itself the main clause's, for a pronoun opening the clause)
  const object = /\s+it$/i.exec(inner);
  if (object && !own) {
    const name = openingName(ctx, clause);
    if (!name) return undefined;
    inner = `${inner.slice(0, object.index)} ${name}`;
  }
  const mode = /^when$/i.test(lead) && !STATE.test(inner) ? 'event' : 'as-of';
  const when = spoken(dated.day);
  // "not yet" at a time is "not" as of that time
  // a second clause the time clause ran on into follows as a part of its own (under the same time)
  const tail = on ? `, ${on.tail}` : '';
  const rewritten = mode === 'as-of' ? `As of ${when}, ${inner.replace(/\bnot\s+yet\b/gi, 'not')}${tail}.` : `${inner} ${dated.day.length < 10 ? 'in' : 'on'} ${when}${tail}.`;
  return { rewritten, clause: `${lead} ${clause}`, day: dated.day, label: dated.label, claims: dated.claims, mode };
}

/**
 * Reads "<lead> <clause>, <main>" and "<main> <lead> <clause>" (lead: when, at the time, by the
 * time, until); undefined when the claim has no such clause or the clause names no one day.
 *
 * @example
 * ```ts
 * readTimeClause(ctx, 'At the time the gala was held, Freedonia was already a member of the League.')?.rewritten;
 * // 'As of May 5, 2015, Freedonia was already a member of the League.'
 * ```
 */
export function readTimeClause(ctx: CheckContext, text: string): TimeClause | undefined {
  const t = normalizeTypography(text).trim();
  const fronted = cachedRegExp(`^(${LEADS})\\s+`, 'i').exec(t);
  if (fronted) {
    // the clause runs to a comma, perhaps not the first
    for (let i = t.indexOf(',', fronted[0].length); i > 0; i = t.indexOf(',', i + 1)) {
      const r = build(ctx, fronted[1]!, t.slice(fronted[0].length, i), t.slice(i + 1));
      if (r) return r;
    }
    return undefined;
  }
  const trailing = cachedRegExp(`^(.+?),?\\s+(${LEADS})\\s+(.+?)[.!?]?$`, 'i').exec(t);
  return trailing ? build(ctx, trailing[2]!, trailing[3]!, trailing[1]!) : undefined;
}

/** "(a day | weeks | shortly | ...) before <clause>" closing a claim; a gerund clause ("before opening") has the main clause's subject. */
const BEFORE = /^(.+?),?\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|some|many|\d+)\s+(?:days?|weeks?|months?|years?)\s+|(?:shortly|just|long|well|soon|days|weeks|months|years)\s+)?before\s+(.+?)[.!?]?$/i;

/** A denial in the main clause ("had not approved", "never", "no loan"). */
const DENIAL = /\b(?:not|never|no|none|nobody)\b|n't\b/i;

/**
 * "P before <clause>" (round 26): P as of the clause's day, of which only one answer carries over
 * to "before": a deed P the graph denies up to that day did not happen before it (REFUTED), and a
 * denial the graph states up to that day holds before it (SUPPORTED); the other answer (P done by
 * that day, perhaps on the day itself) decides nothing. Undefined when the claim closes with no
 * such clause or the clause names no one day.
 *
 * @example
 * ```ts
 * readBeforeClause(ctx, 'The Acme Bank approved a loan to Freedonia before it opened.');
 * // { clause: { rewritten: 'As of May 5, 2015, The Acme Bank approved a loan to Freedonia.', ... }, keeps: 'REFUTED' }
 * ```
 */
export function readBeforeClause(ctx: CheckContext, text: string): { clause: TimeClause; keeps: 'SUPPORTED' | 'REFUTED' } | undefined {
  const t = normalizeTypography(text).trim();
  if (!/\bbefore\b/i.test(t) || /\?\s*$/.test(t)) return undefined;
  const m = BEFORE.exec(t);
  if (!m || /\b(?:before|after|when|while|until)\b/i.test(m[1]!) || m[1]!.split(/\s+/).length < 3) return undefined;
  let clause = m[2]!.trim();
  // "before opening": the gerund's subject is the main clause's
  const gerund = /^([a-z]+)ing\b(.*)$/i.exec(clause);
  if (gerund) {
    const name = openingName(ctx, m[1]!.trim());
    if (!name) return undefined;
    clause = `${name} ${clause}`;
  }
  // a noun phrase ("before the ceremony") is the order of two events (src/check/spans.ts): a clause has a verb
  if (!gerund && !/\b[a-z]+(?:ed|en)\b|\b(?:was|were|began|met|held|took|went|came|did|made|won|became|left|got)\b/i.test(clause)) return undefined;
  const tc = build(ctx, 'before', gerund ? `${clause}` : clause, m[1]!);
  return tc && { clause: tc, keeps: DENIAL.test(m[1]!) ? 'SUPPORTED' : 'REFUTED' };
}

/**
 * The result of the rewritten claim, told as the claim as written: the time clause read as its
 * day in the explanation and the interpretation's notes, the dating claims cited after the
 * main clause's evidence.
 */
export function withClauseTime(ctx: CheckContext, claim: string, tc: TimeClause, r: CheckResult): CheckResult {
  const dating = collectEvidence(ctx, tc.claims.map((c) => ({ claim: c, stance: 'related' as const, reason: 'direct' as const, note: `dates "${tc.clause}"` })));
  const seen = new Set(r.evidence.map((e) => `${e.claim}|${e.sentence}`));
  const note = `read "${tc.clause}" as ${tc.day}, the day the graph gives it (${tc.label})`;
  return {
    ...r,
    claim: claim.trim(),
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] },
    evidence: [...r.evidence, ...dating.filter((e) => !seen.has(`${e.claim}|${e.sentence}`))],
    explanation: `Read "${tc.clause}" as ${tc.day} (${tc.mode === 'as-of' ? 'the claim is about the state at that time' : 'the time of what the claim says happened'}). ${r.explanation}`,
  };
}
