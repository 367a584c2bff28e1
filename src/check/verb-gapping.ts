/**
 * Gapping without a preposition (round 32): the second conjunct of a compound leaves its verb
 * out and borrows the first conjunct's.
 *
 * - subject and object: "A leads the League and B the Pact" -> "B leads the Pact" (the two names of
 *   the second conjunct are of the kinds of the first's subject and object, in that order; a
 *   time or place after them stays with them: "... in 2015 and B C in 2006");
 * - objects only: "A promised B US$5 million and C US$7 million" -> "A promised C US$7 million"
 *   (the second conjunct opens with a name of the first's object's kind and goes on with an
 *   amount, as the first conjunct does after its object);
 * - an amount and its recipient (round 38, users30: "A pledged US$ 5 million to B as well as US$ 7
 *   million to C"): "A V <amount> to B and <amount> to C" -> "A V <amount> to C" (the second
 *   conjunct is an amount, "to" or "for", and one name of the first recipient's kind).
 *
 * Nothing else is guessed: the second conjunct must be names (and an amount or a phrase of time
 * or place) only, each name a whole name the graph knows, and the kinds must match; otherwise no
 * cut, and the compound reader goes on as before. The part built is checked like any other, so a
 * verb whose rdfs:domain/range the borrowed names do not fit leaves that part undecided.
 * (The prepositional kind, "A is led by B, C by D", is part-rewrites.ts's gappingCut.)
 */
import { isA } from './claim-index.js';
import type { CheckContext } from './context.js';
import { resolveMention, wholeName } from './resolver.js';
import { dropIgnorable, tokenize, type Token } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/**
 * Two entities of a common class (the graph's rdf:type).
 *
 * @example
 * ```ts
 * alike(ctx, freedonia, sylvania); // true: both countries
 * ```
 */
export function alike(ctx: CheckContext, a: string, b: string): boolean {
  const ta = ctx.entityTypes.get(a);
  const tb = ctx.entityTypes.get(b);
  if (!ta || !tb) return false;
  for (const t of ta) if (tb.has(t)) return true;
  return false;
}

/**
 * Two entities of a kind, one's asserted class the other's or a superclass of it (a bank and an
 * intergovernmental organisation, a country and a country): the names a gapped conjunct puts in
 * the first conjunct's places.
 */
function kindred(ctx: CheckContext, a: string, b: string): boolean {
  const of = (x: string, y: string) => [...(ctx.entityTypes.get(x) ?? [])].some((t) => isA(ctx, y, t));
  return of(a, b) || of(b, a);
}

/** Where a conjunct may end: ", and", " and", or a bare comma before the gapped conjunct. */
const JOIN = /(?:,\s*and|\s+and|,)\s+/gi;

/** What may follow the names of a gapped conjunct: a phrase of time or place. */
const SETTING = /^(?:in|on|at|during|by|from|until|since)\s+[^,;]+$/i;

/** An amount opening a span ("US$ 5 million", "$5m", "¥ 13 billion", "5 million"). */
const AMOUNT = /^(?:(?:US|A|C)?\$|\u00A5|\u20AC|\u00A3|\d)/;

/** One amount and nothing else ("US$ 107.9 million", "¥13bn"). */
const ONE_AMOUNT = /^(?:(?:US|A|C)?\$|\u00A5|\u20AC|\u00A3)?\s*\d[\d.,]*\s*(?:[a-z]+)?$/i;

/** The longest name a token list opens with (at most `max` tokens): its entity and its end. */
function leadingName(ctx: CheckContext, text: string, max = 6): { iri: string; end: number } | undefined {
  const toks = dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
  for (let k = Math.min(max, toks.length); k >= 1; k--) {
    const hits = resolveMention(ctx, toks.slice(0, k));
    if (hits.length === 1 && toks[0]!.cap && toks[0]!.start <= leadingSpace(text)) return { iri: hits[0]!.iri, end: toks[k - 1]!.end };
  }
  return undefined;
}

/** Offset of the first non-blank character ("the" and other ignorable words count as blank here). */
function leadingSpace(text: string): number {
  const m = /^\s*(?:(?:the|a|an)\s+)?/i.exec(text);
  return m ? m[0].length : 0;
}

/** The first name after `from` in the text: its entity, start and end (the verb is before it). */
function firstNameAfter(ctx: CheckContext, text: string, from: number): { iri: string; start: number; end: number } | undefined {
  const toks: Token[] = tokenize(text, ctx.morph).filter((t) => t.start >= from);
  for (let i = 0; i < toks.length; i++) {
    // a determiner opens the name it stands before
    const open = /^(?:the|a|an)$/i.test(toks[i]!.raw) ? i + 1 : i;
    // names are written with a capital (no verb or noun of the clause is taken for one)
    if (!toks[open]?.cap) continue;
    for (let k = Math.min(6, toks.length - open); k >= 1; k--) {
      const span = text.slice(toks[i]!.start, toks[open + k - 1]!.end);
      const hit = wholeName(ctx, span, 8);
      if (hit) return { iri: hit.iri, start: toks[i]!.start, end: toks[open + k - 1]!.end };
    }
  }
  return undefined;
}

/**
 * The two statements of a compound whose second conjunct leaves out the verb (see the module
 * comment); undefined when the claim has no such conjunct.
 *
 * @example
 * ```ts
 * verbGappingCut(ctx, 'Freedonia joined the League and Sylvania the Pact.');
 * // ['Freedonia joined the League', 'Sylvania joined the Pact']
 * verbGappingCut(ctx, 'Freedonia promised Sylvania US$5 million and Ruritania US$7 million.');
 * // ['Freedonia promised Sylvania US$5 million', 'Freedonia promised Ruritania US$7 million']
 * ```
 */
export function verbGappingCut(ctx: CheckContext, claim: string): string[] | undefined {
  const text = claim.trim().replace(/[.!?]+$/, '');
  for (const m of text.matchAll(JOIN)) {
    const left = text.slice(0, m.index).trim();
    const right = text.slice(m.index! + m[0].length).trim();
    const cut = gapped(ctx, left, right);
    if (cut) return cut;
  }
  return undefined;
}

/** "<amount> to|for <name>", the whole conjunct: the amount, the preposition, the name. */
const AMOUNT_TO = /^((?:(?:US|A|C)?\$|\u00A5|\u20AC|\u00A3)?\s*\d[\d.,]*\s*(?:[a-z]+)?)\s+(to|for)\s+(\S.*)$/i;

function gapped(ctx: CheckContext, left: string, right: string): string[] | undefined {
  if (/[,;]/.test(right) || /[,;]/.test(left)) return undefined;
  const subject = leadingName(ctx, left);
  if (!subject) return undefined;
  const given = amountTo(ctx, left, right, subject.end);
  if (given) return given;
  const object = firstNameAfter(ctx, left, subject.end);
  if (!object) return undefined;
  const verb = left.slice(subject.end, object.start).trim();
  // a verb of words only, nothing the graph names inside it
  if (!verb || !/^[a-z][a-z' -]*$/i.test(verb)) return undefined;
  const a = leadingName(ctx, right);
  if (!a) return undefined;
  const rest = right.slice(a.end).trim();
  const leftRest = left.slice(object.end).trim();
  // objects only: "A V B <amount> and C <amount>"
  if (ONE_AMOUNT.test(rest) && AMOUNT.test(leftRest) && kindred(ctx, a.iri, object.iri)) {
    return [left, `${left.slice(0, subject.end).trim()} ${verb} ${right}`];
  }
  // subject and object: "A V B and C D [setting]"
  const b = leadingName(ctx, rest);
  if (!b) return undefined;
  const setting = rest.slice(b.end).trim();
  if (setting && !SETTING.test(setting)) return undefined;
  if (!kindred(ctx, a.iri, subject.iri) || !kindred(ctx, b.iri, object.iri)) return undefined;
  return [left, `${right.slice(0, a.end).trim()} ${verb} ${rest}`];
}

/**
 * "A V <amount> to B" and "<amount> to C": the second conjunct said with the first's subject and
 * verb, when C is one whole name of B's kind and the first conjunct says "<verb words> <amount>
 * to|for B" after its subject; undefined otherwise.
 */
function amountTo(ctx: CheckContext, left: string, right: string, subjectEnd: number): string[] | undefined {
  const r = AMOUNT_TO.exec(right);
  if (!r) return undefined;
  const c = wholeName(ctx, r[3]!, 8);
  if (!c) return undefined;
  const head = left.slice(subjectEnd);
  const l = cachedRegExp(`^\\s+([a-z][a-z' -]*?)\\s+((?:(?:US|A|C)?\\$|\\u00A5|\\u20AC|\\u00A3)?\\s*\\d[\\d.,]*\\s*(?:[a-z]+)?)\\s+${r[2]!.toLowerCase()}\\s+(\\S.*)$`, 'i').exec(head);
  if (!l) return undefined;
  const b = wholeName(ctx, l[3]!, 8);
  if (!b || !kindred(ctx, b.iri, c.iri) || b.iri === c.iri) return undefined;
  return [left, `${left.slice(0, subjectEnd).trim()} ${l[1]!} ${right}`];
}
