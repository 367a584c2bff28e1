/**
 * A place or a time said as the one who sees an event (round 36): "Zenda saw the League throw open
 * its doors", "1999 witnessed the canal open". The place (time) is no doer: it is where (when) the
 * event happened, so the claim is read again as the event's own clause with the scene after "in":
 * "the League threw open its doors in Zenda", "the canal opened in 1999", and decided as that
 * reading is, the reading shown.
 *
 * Read only when the scene is a place of the graph (an entity typed `cg:Place`) or a year or a
 * month and year: a person who saw something was a witness, which this reading does not say. The
 * event's verb is the first word after the event's subject that is in small letters and no word of
 * the noun phrase (a determiner, "of", "and"); it is put in the past ("throw" -> "threw", the
 * lexicon's irregular forms first). Each split the words allow is tried in order; the first that
 * reads is the reading, decided or held as it is. Nothing here knows an entity.
 *
 * @example
 * ```ts
 * await readSceneSubject({ ctx, text: 'Zenda saw the League open on a Saturday.', recheck });
 * // reads "the League opened on a Saturday in Zenda."
 * ```
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { inflect } from './light-verbs.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { nameKey } from './text.js';
import { undecidedResult, restate } from './result.js';
import type { CheckResult } from './types.js';

/** "<scene> saw / witnessed <event clause>": the scene and the clause with a bare verb. */
const SCENE = /^(?<scene>[A-Z0-9][^,;:?!]*?)\s+(?:saw|witnessed)\s+(?<clause>[^?!]+?)\s*[.!]*$/;

/** Words of a noun phrase, never the event's verb. */
const NOUN_PHRASE_WORD = /^(?:the|a|an|its|their|his|her|of|and|new|first|bank's|'s)$/i;

/** A year, or a month and year ("December 2015"), as a scene. */
const TIME_SCENE = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+)?\d{4}$/i;

/** Whether the scene is a place of the graph or a time. */
function isScene(ctx: CheckContext, scene: string): boolean {
  if (TIME_SCENE.test(scene)) return true;
  const iris = ctx.labelIndex.get(nameKey(scene.replace(/^the\s+(?:city|town)\s+of\s+/i, ''), ctx.morph)) ?? [];
  return [...iris].some((iri) => isA(ctx, iri, `${NS.cg}Place`));
}

/**
 * The event's clauses the words allow, each with the scene after "in", first split first.
 *
 * @example
 * ```ts
 * sceneRewrites(ctx, 'Zenda saw the League open.'); // ['the League opened in Zenda.']
 * ```
 */
export function sceneRewrites(ctx: CheckContext, text: string): string[] {
  const m = SCENE.exec(text.trim());
  if (!m?.groups) return [];
  const scene = m.groups.scene!;
  if (!isScene(ctx, scene)) return [];
  const words = m.groups.clause!.split(/\s+/);
  const out: string[] = [];
  for (let k = 1; k < Math.min(words.length, 7); k++) {
    const verb = words[k]!;
    if (!/^[a-z]+$/.test(verb) || NOUN_PHRASE_WORD.test(verb)) continue;
    // an inflected verb ("saw the League opened") is another shape: not this one
    if (ctx.morph.lemmas.get(verb) && ctx.morph.lemmas.get(verb) !== verb) continue;
    out.push(`${words.slice(0, k).join(' ')} ${inflect(ctx, verb, 'ed')}${k + 1 < words.length ? ` ${words.slice(k + 1).join(' ')}` : ''} in ${scene}.`);
  }
  return out;
}

/** The first reading of the event's clause that reads, decided or held as it is. */
export async function readSceneSubject({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  for (const claim of sceneRewrites(ctx, text)) {
    const r = await recheck(claim);
    if (!r) continue;
    const note = `read as "${claim}" (a place or time as the scene of the event)`;
    const out = restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] }, explanation: `Read as "${claim}" (the scene of the event). ${r.explanation}` });
    return r.verdict === 'NOT_ENOUGH_INFO' ? { held: out } : { decided: out };
  }
  return undefined;
}

/** "<S> joined <X> at <event>": the joiners, the one joined, the event. */
const JOINED_AT = /^(?<s>[^?!]+?)\s+(?:joined|join|joins)\s+(?<x>[A-Z][^,;?!]*?)\s+(?<prep>at)\s+(?<e>(?:the|a|an|his|her|their|its)\s+[^,;?!]+?|[A-Z][^,;?!]+?)\s*[.!]*$/;

/**
 * "Rufus and Gloria joined Teasdale at the gala" (round 36): the joiners attended the event, with
 * the one they joined there. Read as "<S> attended <event>" and decided as it is when the one
 * joined is at the event in the graph (hosted or attended it); refuted when the joiners' reading
 * is; else held, the reading shown (a host the graph does not place there is not taken as absent).
 *
 * @example
 * ```ts
 * joinedAtRewrites('Rufus and Gloria joined Teasdale at the gala.');
 * // { joiners: 'Rufus and Gloria attended the gala.', joined: ['Teasdale hosted the gala.', 'Teasdale attended the gala.'] }
 * ```
 */
export function joinedAtRewrites(text: string): { joiners: string; joined: string[] } | undefined {
  const m = JOINED_AT.exec(text.trim());
  if (!m?.groups) return undefined;
  const { s, x, prep, e } = m.groups as { s: string; x: string; prep: string; e: string };
  const event = prep === 'at' ? e : `${prep} ${e}`;
  return { joiners: `${s} attended ${event}.`, joined: [`${x} hosted ${event}.`, `${x} attended ${event}.`] };
}

/** Reads "<S> joined <X> at <event>" (see {@link joinedAtRewrites}). */
export async function readJoinedAt({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const rw = joinedAtRewrites(text);
  if (!rw) return undefined;
  const r = await recheck(rw.joiners);
  if (!r) return undefined;
  const joined: CheckResult[] = [];
  for (const c of rw.joined) { const j = await recheck(c); if (j) joined.push(j); }
  const note = `read as "${rw.joiners}" (joining someone at an event is attending it with them)`;
  const tell = (x: CheckResult, why: string): CheckResult => restate(x, text, { interpretation: { ...x.interpretation, notes: [...(x.interpretation.notes ?? []), note] }, explanation: `Read as "${rw.joiners}"${why}. ${x.explanation}` });
  if (r.verdict === 'REFUTED') return { decided: tell(r, '') };
  const there = joined.find((j) => j.verdict === 'SUPPORTED');
  if (r.verdict === 'SUPPORTED' && there) return { decided: tell(r, `, and the one joined was there (${there.explanation})`) };
  return { held: undecidedResult(tell(r, r.verdict === 'SUPPORTED' ? ': the graph does not place the one joined at the event' : '')) };
}

/** A run of capitalised words: an office's name and a person's name after it. */
const CAPITAL_RUN = /\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){2,6}\b/g;

/**
 * "Freedonian Prime Minister Groucho Marx attended the gala" where the graph knows the office and
 * not the person (round 36): the claim read with the office alone ("the Freedonian Prime Minister
 * attended the gala"). Whoever the claim names, it says the office's holder did it, so the office's
 * reading refuted refutes it; a supported one says nothing of the name, and is not used.
 *
 * @example
 * ```ts
 * unknownHolderRewrite(ctx, 'Freedonian Prime Minister Groucho Marx attended the gala.');
 * // 'the Freedonian Prime Minister attended the gala.'
 * ```
 */
export function unknownHolderRewrite(ctx: CheckContext, text: string): string | undefined {
  for (const m of text.matchAll(CAPITAL_RUN)) {
    const words = m[0].split(/\s+/);
    for (let k = words.length - 1; k >= 2; k--) {
      const head = words.slice(0, k).join(' ');
      const tail = words.slice(k).join(' ');
      if (words.length - k > 3) break;
      const offices = [...(ctx.labelIndex.get(nameKey(head, ctx.morph)) ?? [])].filter((iri) => isA(ctx, iri, `${NS.cg}Office`));
      if (!offices.length) continue;
      // the name after the office is none of the graph's (nor any of its words)
      if (ctx.labelIndex.get(nameKey(tail, ctx.morph))?.size || tail.split(/\s+/).some((w) => ctx.labelIndex.get(nameKey(w, ctx.morph))?.size)) return undefined;
      const before = text.slice(0, m.index);
      const the = /\bthe\s*$/i.test(before) || before.trim() === '' ? '' : 'the ';
      const out = `${before}${the}${head}${text.slice(m.index! + m[0].length)}`;
      return before.trim() === '' ? `The ${out}` : out;
    }
  }
  return undefined;
}

/** Reads a claim naming an unknown holder after a known office: refuted when the office's reading is. */
export async function readUnknownHolder({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const claim = unknownHolderRewrite(ctx, text);
  if (!claim) return undefined;
  const r = await recheck(claim);
  if (r?.verdict !== 'REFUTED') return undefined;
  return { decided: restate(r, text, { explanation: `Read as "${claim}" (the office named before a name the graph does not know: whoever it is, the claim says the office's holder did it). ${r.explanation}` }) };
}
