/**
 * A passive without its agent that its source also says without one (round 29, own29a): "No loan
 * to Zenda had been approved when the League opened", where the source says "no loan to Zenda has
 * been approved yet" and the graph gives that statement its subject (the League) from the
 * sentence's context. src/check/agentless.ts reads such a passive as "someone did it" and never
 * refutes it (the graph is not complete about everyone who could have done it), and reads no
 * denial at all; but when the source states the relation in the same agentless shape, the claim
 * says what the source says, in the source's own words, and the graph's subject of that statement
 * is the agent both leave unsaid. The claim is read with "by <that subject>" after its
 * participle, then checked as it stands (frames, questions, times and denials around it are read
 * by their own readers), and kept only when it reads as one of those statements (same subject,
 * relation and object).
 *
 * What makes a source statement agentless: it is stated (an expected or perceived statement's
 * passive, "is expected", "was regarded as", is its modality's), one of its quotes is a passive (a
 * form of "be" and a participle) with no "by" after it and no "to", and the quote names no entity
 * that is the statement's subject.
 */
import type { CheckContext } from './context.js';
import { NS } from './context.js';
import { anchorText } from './articles.js';
import { cg } from './context-vocab.js';
import { namedEntities } from './implied-party.js';
import { claimOf, heldWhenUndecided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import type { Interpretation } from './types.js';

/** A source statement said as an agentless passive: the graph's subject, relation and object. */
export interface AgentlessStatement { subject: string; predicate: string; object: string }

// the source's passive: a form of "be", adverbs, a participle; neither an agent nor "to" after it
const SOURCE_PASSIVE = /\b(?:is|are|was|were|be|been)\s+(?:(?:not|yet|already|never|[a-z]+ly)\s+)*[a-z]+(?:ed|en)\b(?!\s+to\b)/i;
// the claim's passive: the participle's end is where the agent is said
const CLAIM_PASSIVE = /\b(?:is|are|was|were|be|been)\s+(?:(?:not|yet|already|ever|never|[a-z]+ly)\s+)*([a-z]+(?:ed|en))\b/gi;
// "by" that starts a time, not an agent ("by the time", "by then", "by 2016", "by the end of")
const BY_TIME = /^\s+by\s+(?:the\s+(?:time|end|day|date|start|beginning|middle)\b|then\b|now\b|early\b|late\b|mid\b|\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;

const memo = new WeakMap<object, AgentlessStatement[]>();

/**
 * The graph's statements whose source says them as an agentless passive (read once per store).
 *
 * @example
 * ```ts
 * agentlessStatements(ctx); // [{ subject: '.../league', predicate: '...#approvedLoanTo', object: '.../zenda' }]
 * ```
 */
export function agentlessStatements(ctx: CheckContext): AgentlessStatement[] {
  const hit = memo.get(ctx.store);
  if (hit) return hit;
  const out: AgentlessStatement[] = [];
  const seen = new Set<string>();
  for (const q of ctx.store.getQuads(null, cg('quote'), null, null)) {
    const claim = q.subject.value;
    const text = anchorText(ctx.store, q.object.value);
    if (!text || !SOURCE_PASSIVE.test(text) || /\bby\b/i.test(text.slice(SOURCE_PASSIVE.exec(text)!.index))) continue;
    // an expected or perceived statement's passive is its modality's ("is expected", "was
    // regarded as"), not a passive of the deed
    if (ctx.store.getObjects(claim, cg('modality'), null)[0]?.value !== cg('Stated')) continue;
    const subject = ctx.store.getObjects(claim, NS.rdf + 'subject', null)[0];
    const predicate = ctx.store.getObjects(claim, NS.rdf + 'predicate', null)[0];
    const object = ctx.store.getObjects(claim, NS.rdf + 'object', null)[0];
    if (!subject || !predicate || object?.termType !== 'NamedNode' || !ctx.entityLabel.has(subject.value) || !ctx.entityLabel.has(object.value)) continue;
    // the quote names the subject: the statement is no passive of the subject's deed
    if (namedEntities(ctx, text).includes(subject.value)) continue;
    const key = `${subject.value} ${predicate.value} ${object.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ subject: subject.value, predicate: predicate.value, object: object.value });
  }
  memo.set(ctx.store, out);
  return out;
}

/**
 * The claim with "by <agent>" after its first agentless participle, one per subject of the
 * graph's agentless statements; empty when the claim has no agentless passive or the graph none.
 *
 * @example
 * ```ts
 * sourceAgentlessRewrites(ctx, 'No loan to Zenda had been approved when the League opened.');
 * // [{ agent: '.../league', claim: 'No loan to Zenda had been approved by the League when the League opened.' }]
 * ```
 */
export function sourceAgentlessRewrites(ctx: CheckContext, text: string): Array<{ agent: string; claim: string }> {
  const statements = agentlessStatements(ctx);
  if (!statements.length) return [];
  CLAIM_PASSIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let at = -1;
  while ((m = CLAIM_PASSIVE.exec(text))) {
    const end = m.index + m[0].length;
    const rest = text.slice(end);
    // an agent said ("by Freedonia") is no agentless passive; "to" after it is a modality
    if (/^\s+to\b/i.test(rest)) continue;
    if (/^\s+by\b/i.test(rest) && !BY_TIME.test(rest)) return [];
    at = end;
    break;
  }
  if (at < 0) return [];
  const agents = [...new Set(statements.map((s) => s.subject))].sort();
  return agents.map((agent) => ({ agent, claim: `${text.slice(0, at)} by ${ctx.entityLabel.get(agent) ?? agent}${text.slice(at)}` }));
}

/**
 * Reads an agentless passive its source also says without an agent (see the module comment): the
 * first rewrite whose check reads one of those statements (subject, relation and object) is the
 * claim's reading; decided when the graph decides it, else held. Undefined when none does.
 *
 * @example
 * ```ts
 * (await readSourceAgentless({ ctx, text: 'A loan to Zenda had been approved when the League opened.', recheck }))?.decided?.verdict; // 'REFUTED'
 * ```
 */
export async function readSourceAgentless({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  // a recheck of a rewrite that reaches this reader again (another reader said it otherwise) is
  // not rewritten again: one agent per claim, and no recursion
  if (inProgress.has(text)) return undefined;
  const rewrites = sourceAgentlessRewrites(ctx, text).filter((r) => !text.includes(` by ${ctx.entityLabel.get(r.agent) ?? r.agent}`));
  if (!rewrites.length) return undefined;
  inProgress.add(text);
  try {
    return await readRewrites(ctx, text, rewrites, recheck);
  } finally {
    inProgress.delete(text);
  }
}

const inProgress = new Set<string>();

async function readRewrites(ctx: CheckContext, text: string, rewrites: Array<{ agent: string; claim: string }>, recheck: ReaderInput['recheck']): Promise<ReaderOutcome | undefined> {
  const statements = agentlessStatements(ctx);
  for (const { agent, claim } of rewrites) {
    const r = await recheck(claim);
    if (!r) continue;
    const readings = r.parts?.length ? r.parts.map((p) => p.interpretation) : [r.interpretation];
    const iri = (v: Interpretation['subject']): string | undefined => (v.kind === 'entity' ? v.iri : undefined);
    const own = (i: Interpretation): boolean => iri(i.subject) === agent
      && statements.some((s) => s.subject === agent && s.predicate === i.predicate && s.object === iri(i.object));
    if (!readings.every(own)) continue;
    const label = ctx.entityLabel.get(agent) ?? agent;
    return heldWhenUndecided({
      ...r,
      claim: claimOf(text),
      explanation: `Read as "${claim}" (the claim names no agent, and its source says it without one too; the graph gives that statement's agent, ${label}). ${r.explanation}`,
    });
  }
  return undefined;
}
