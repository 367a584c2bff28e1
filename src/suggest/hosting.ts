/**
 * A host and their guests where the clause leaves the event unsaid: "Leaders ... launched the
 * works at a ceremony near X. Sylvania's President Y hosted Freedonian President A and
 * Marsovian President B." The event is the one event the sentence before (or this sentence,
 * before the verb) named; the host hosts it (cg:hostOf) and each person named after the verb
 * attended it (cg:attended) as its guest (cg:guestOf, when the ontology has it: the one statement
 * that tells a guest from a co-host): hosting someone at an event is their attending it. Nothing is read
 * when the clause goes on past the guests (it may name another event), or when no single event
 * is in view.
 */
import { NS, type CheckContext } from '../check/context.js';
import { lastWords } from '../check/pattern.js';
import type { Word } from './groups.js';
import type { ArticleReading, SentenceContext, SentenceReader } from './types.js';

/** The properties of the construction (ontology terms, not entities). */
const HOST = 'hostOf';
const GUEST = 'attended';
/** The sub-property of cg:attended for a guest of the host (disjoint with cg:hostOf). */
const GUEST_OF = 'guestOf';
/** How much less sure a statement is whose event the clause leaves unsaid. */
const UNSAID_EVENT_WEIGHT = 0.85 * 0.9;

/** What the construction asks of the reader around it. */
export interface HostingEnv {
  ctx: CheckContext;
  /** The reader that reads the clause with the event's name put in. */
  base: SentenceReader;
  /** The entities the sentence before named, in order. */
  previous: readonly string[];
  /** The entities this sentence names by label, by token position. */
  named: ReadonlyArray<{ id: string; start: number; end: number }>;
  /** Whether an entity is of a class (itself or a superclass), by local names. */
  isA(id: string, cls: string): boolean;
}

/**
 * The words a cg:hostOf pattern puts right before its object ("hosted", "hosts", "host"), once
 * per context.
 */
function hostVerbs(ctx: CheckContext): Set<string> {
  let hit = verbsCache.get(ctx);
  if (hit) return hit;
  hit = new Set();
  for (const rp of ctx.relations) {
    if (rp.claimOnly) continue;
    if (rp.property !== NS.cg + HOST || rp.polarity !== 'positive') continue;
    const nodes = rp.pattern.nodes;
    const [first, verb, o] = nodes;
    if (nodes.length !== 3 || first?.t !== 'slot' || first.name !== 's' || o?.t !== 'slot' || o.name !== 'o') continue;
    for (const w of lastWords(verb)) hit.add(w);
  }
  verbsCache.set(ctx, hit);
  return hit;
}
const verbsCache = new WeakMap<CheckContext, Set<string>>();

/**
 * Readings of "X hosted A, B and C." with the event left unsaid (see the module comment).
 *
 * @example
 * ```ts
 * hostedGuests(env, 'Y hosted A and B.', words, sctx); // [Y hostOf E, A attended E, B attended E]
 * ```
 */
export function hostedGuests(env: HostingEnv, text: string, words: readonly Word[], context: SentenceContext): ArticleReading[] {
  const verbs = hostVerbs(env.ctx);
  const v = words.findIndex((w, i) => i > 0 && !w.cap && verbs.has(w.norm));
  if (v < 0) return [];
  // the guests: names (with their titles), commas and "and" up to the end of the sentence
  const after = env.named.filter((m) => m.start > v);
  const last = after[after.length - 1];
  if (!last || !/^[\s.!"\u201D)]*$/.test(text.slice(words[last.end - 1]!.end))) return [];
  for (let i = v + 1; i < last.end; i++) if (!words[i]!.cap && words[i]!.raw.toLowerCase() !== 'and' && words[i]!.kind !== 'dash') return [];
  const guests = after.filter((m) => env.isA(m.id, 'Person'));
  if (!guests.length) return [];
  const events = [...new Set([...env.previous, ...env.named.filter((m) => m.end <= v).map((m) => m.id)])].filter((id) => env.isA(id, 'Event'));
  if (events.length !== 1) return [];
  const event = events[0]!;
  const label = env.ctx.entityLabel.get(NS.cgr + event) ?? event;
  const verb = words[v]!;
  const out: ArticleReading[] = [];
  const why = `the event left unsaid after "${verb.raw}" read as ${event}, the one event in view`;
  for (const r of env.base.read(`${text.slice(0, verb.end)} the ${label}.`, context)) {
    if (r.predicate !== HOST || r.object.kind !== 'entity' || r.object.id !== event || r.end <= verb.start || r.begin >= verb.start) continue;
    out.push({ ...r, end: verb.end, object: { ...r.object, mention: verb.raw }, confidence: r.confidence * UNSAID_EVENT_WEIGHT, why: `${r.why}; ${why}` });
    const asGuest = env.ctx.relations.some((rp) => rp.property === NS.cg + GUEST_OF);
    for (const g of guests) {
      // the guest's words with their title ("Freedonian President A"): back to the comma, "and" or the verb
      let from = g.start;
      while (from - 1 > v && words[from - 1]!.raw.toLowerCase() !== 'and' && !text.slice(words[from - 1]!.end, words[from]!.start).includes(',')) from--;
      out.push({
        subject: { kind: 'entity', id: g.id, mention: text.slice(words[g.start]!.start, words[g.end - 1]!.end) },
        predicate: GUEST, object: { kind: 'entity', id: event, mention: verb.raw },
        polarity: r.polarity, modality: r.modality, qualifiers: {},
        begin: words[from]!.start, end: words[g.end - 1]!.end, confidence: r.confidence * UNSAID_EVENT_WEIGHT,
        why: `a guest of "${verb.raw}" attends what is hosted; ${why}`,
      });
      if (asGuest) out.push({ ...out[out.length - 1]!, predicate: GUEST_OF, why: `a guest of "${verb.raw}" is a guest of what is hosted; ${why}` });
    }
  }
  return out;
}
