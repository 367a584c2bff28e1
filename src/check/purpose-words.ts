/**
 * Other words for what a package is for (round 11): "X's aid to Y aims / seeks / serves to V O",
 * "X's grants to Y would serve P", "... is geared toward / targeted at P", and the package named by
 * its amount ("X's US$ 5 million for Y aims to ..."). Each is said in the frame
 * src/check/purpose-frames.ts reads ("X's aid to Y is meant to V O", "is meant for P", "The US$ 5
 * million X gave Y is meant to ...") and read by it, so its rules decide: a supported deed and
 * purpose support, only the package's own other purposes refute.
 *
 * The words are data (lexicon `cg:purposeVerb`: verbs before "to V"; `cg:purposeObjectVerb`: verbs
 * before the purpose itself; `cg:purposeParticiple`: participles before "for/toward/at"). An
 * amount keeps its verb open as a bare noun does (gave, pledged, may provide), and is never dropped.
 */
import type { CheckContext } from './context.js';
import { mainPurposeAdverbs, perLexicon } from './lexicon-words.js';
import { cg, literals } from './context-vocab.js';
import { inflect } from './light-verbs.js';
import { readPackagePurpose } from './purpose-frames.js';
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';
import { cachedRegExp } from './regex-memo.js';
import { restate } from './result.js';

interface Words { verb: string; object: string; participle: string; toParticiple: string; bareVerb: string }
const cache = new WeakMap<object, Words>();

/** The lexicon's words as regex alternations, each verb in its forms, longest first. */
function wordsOf(ctx: CheckContext): Words {
  const hit = cache.get(ctx.lexicon);
  if (hit) return hit;
  const alt = (xs: string[]): string => [...new Set(xs)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map((w) => w.replace(/\s+/g, '\\s+')).join('|');
  const forms = (v: string): string[] => {
    const [head = '', ...rest] = v.toLowerCase().split(/\s+/);
    // (round 32, users24 "the ¥13bn is going towards P") the progressive too: "is going towards"
    return [...(['base', 's', 'ed'] as const).map((f) => [inflect(ctx, head, f), ...rest].join(' ')),
      ['(?:is|are|was|were)', inflect(ctx, head, 'ing'), ...rest].join(' ')];
  };
  const w = {
    verb: alt(literals(ctx.lexicon, null, cg('purposeVerb')).flatMap(forms)),
    object: alt(literals(ctx.lexicon, null, cg('purposeObjectVerb')).flatMap(forms)),
    participle: alt(literals(ctx.lexicon, null, cg('purposeParticiple')).map((p) => p.toLowerCase())),
    // round 25: participles before "to" and a purpose ("is devoted to P"), verbs before a bare verb
    // ("will help upgrade P")
    toParticiple: alt(literals(ctx.lexicon, null, cg('purposeToParticiple')).map((p) => p.toLowerCase())),
    bareVerb: alt(literals(ctx.lexicon, null, cg('purposeBareVerb')).flatMap(forms)),
  };
  cache.set(ctx.lexicon, w);
  return w;
}

const BE = String.raw`(?:is|was|are|were|will\s+be|would\s+be)`;
const MAIN_SAID = perLexicon((ctx) => cachedRegExp(String.raw`\sis\s+(?:${mainPurposeAdverbs(ctx).alternation})\s+meant\s`, 'i'));
const MODAL = String.raw`(?:(?:will|would|may|might|could|is\s+to|are\s+to)\s+)?`;
const AMOUNT = String.raw`(?:US)?\$\s?[\d.,]+(?:\s*(?:million|billion|trillion|mn|bn|m)\b)?`;

/**
 * The claim said in the frames src/check/purpose-frames.ts reads; empty when it has no purpose
 * words of the lexicon.
 *
 * @example
 * ```ts
 * purposeWordsRewrites(ctx, "Freedonia's aid to Sylvania aims to repair canals.");
 * // ["Freedonia's aid to Sylvania is meant to repair canals."]
 * ```
 */
export function purposeWordsRewrites(ctx: CheckContext, text: string): string[] {
  const said = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!?]+$/, '');
  const w = wordsOf(ctx);
  const MAIN_ADVERB = mainPurposeAdverbs(ctx).alternation;
  // (round 22) a main-purpose adverb around a purpose verb ("aims mainly at P", "mainly aims to V"):
  // read without it, and kept as "is mainly meant ..." (src/check/purpose-main.ts reads the main purpose)
  const verbs = [w.verb, w.object].filter(Boolean).join('|');
  const around = verbs ? cachedRegExp(String.raw`\s(${MAIN_ADVERB})(?=\s+(?:at|for|to|toward|towards)\b)|\s(${MAIN_ADVERB})(?=\s+(?:${verbs})\b)`, 'i').exec(said) : null;
  // "targets A as well as B": the list of purposes the frames read ("A and B")
  const t = (around ? said.slice(0, around.index) + said.slice(around.index + around[0].length) : said).replace(/\s+as\s+well\s+as\s+/gi, ' and ');
  const main = around ? `${(around[1] ?? around[2])!.toLowerCase()} ` : '';
  let heads: Array<{ head: string; tail: string }> = [];
  // round 25: "The purpose (aim, goal, objective) of X is to V P" is "X is meant to V P"
  // (or "is V-ing P": "is meant for V-ing P")
  const named = /^the\s+(?:purpose|aim|goal|objective|object|intention|intent)\s+of\s+(?<head>.+?)\s+(?:is|was|are|were)\s+(?:to\s+(?<rest>[a-z]+\s+.+)|(?<ger>[a-z]+ing\s+.+))$/i.exec(t);
  if (named) heads.push({ head: named.groups!.head!, tail: named.groups!.rest ? `is ${main}meant to ${named.groups!.rest}` : `is ${main}meant for ${named.groups!.ger}` });
  const to = w.verb && cachedRegExp(String.raw`^(?<head>.+?)\s+${MODAL}(?:${w.verb})\s+to\s+(?<rest>[a-z]+\s+.+)$`, 'i').exec(t);
  const obj = w.object && cachedRegExp(String.raw`^(?<head>.+?)\s+${MODAL}(?:${w.object})\s+(?<np>(?!to\b)[a-z].+)$`, 'i').exec(t);
  const part = w.participle && cachedRegExp(String.raw`^(?<head>.+?)\s+${BE}\s+(?<adv>(?:${MAIN_ADVERB})\s+)?(?:${w.participle})\s+(?:for|toward|towards|at)\s+(?<np>[a-z].+)$`, 'i').exec(t);
  // the participle after "is" first: "is targeted at P" is no object verb "target" with "is" in
  // its head ("... is is meant for at P", round 19)
  const toPart = w.toParticiple && cachedRegExp(String.raw`^(?<head>.+?)\s+${BE}\s+(?<adv>(?:${MAIN_ADVERB})\s+)?(?:${w.toParticiple})\s+to\s+(?<np>[a-z].+)$`, 'i').exec(t);
  // "will help V P": a verb with a bare infinitive ("help to V" is read by the "to" verbs)
  const bare = w.bareVerb && cachedRegExp(String.raw`^(?<head>.+?)\s+${MODAL}(?:${w.bareVerb})\s+(?<rest>(?!to\b)[a-z]+\s+.+)$`, 'i').exec(t);
  if (named) { /* read above */ } else if (to) heads.push({ head: to.groups!.head!, tail: `is ${main}meant to ${to.groups!.rest}` });
  else if (toPart) heads.push({ head: toPart.groups!.head!, tail: `is ${toPart.groups!.adv ?? main}meant for ${toPart.groups!.np}` });
  else if (bare) heads.push({ head: bare.groups!.head!, tail: `is ${main}meant to ${bare.groups!.rest}` });
  else if (part) heads.push({ head: part.groups!.head!, tail: `is ${part.groups!.adv ?? main}meant for ${part.groups!.np}` });
  else if (obj) heads.push({ head: obj.groups!.head!, tail: `is ${main}meant for ${obj.groups!.np}` });
  // "X's US$ 5 million [in aid] for|to Y ...": the amount as the package, its verb left open
  const amount = cachedRegExp(String.raw`^(?<giver>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)'s\s+(?<amt>${AMOUNT})\s+(?:in\s+[a-z]+\s+)?(?:for|to)\s+(?<rec>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?<tail>(?:is|was|are|were)\s+.+)$`);
  const out: string[] = [];
  if (!heads.length) {
    // "X's US$ 5 million for Y is meant to ...": a frame purpose-frames reads, but for the amount
    const m = amount.exec(t);
    if (m) heads = [{ head: t.slice(0, t.length - m.groups!.tail!.length).trim(), tail: m.groups!.tail! }];
  }
  // the subject must name a package ("X's aid to Y", "the grants ..."): "Freedonia serves Sylvania" is no purpose
  heads = heads.filter(({ head }) => /'s\s/.test(head) || /^the\s/i.test(head));
  for (const { head, tail } of heads) {
    const m = amount.exec(`${head} ${tail}`);
    if (m) {
      const g = m.groups!;
      for (const v of ['gave', 'pledged', 'may provide']) out.push(`The ${g.amt} ${g.giver} ${v} ${g.rec} ${g.tail}.`);
    } else out.push(`${head} ${tail}.`);
  }
  return out.filter((c) => c !== `${said}.`);
}

/**
 * Reads a package's purpose said in other words (see the module comment): the first rewrite
 * purpose-frames decides; else the first it holds.
 *
 * @example
 * ```ts
 * await readPurposeWords(ctx, "Freedonia's aid to Sylvania aims to repair canals.", recheck); // { decided: … }
 * ```
 */
export async function readPurposeWords(ctx: CheckContext, text: string, recheck: (claim: string) => Promise<CheckResult | undefined>):
  Promise<{ decided: CheckResult } | { held: CheckResult } | undefined> {
  let held: CheckResult | undefined;
  for (const said of purposeWordsRewrites(ctx, text)) {
    // a main purpose ("is mainly meant ...") is read by the whole pipeline (src/check/purpose-main.ts)
    const whole = MAIN_SAID(ctx).test(said) ? await recheck(said) : undefined;
    const r = whole ? (whole.verdict === 'NOT_ENOUGH_INFO' ? { held: whole } : { decided: whole }) : await readPackagePurpose(ctx, said, recheck);
    if (!r) continue;
    const note = `read the purpose words as "${said}" (lexicon cg:purposeVerb, cg:purposeObjectVerb, cg:purposeParticiple)`;
    const tell = (x: CheckResult): CheckResult => restate(x, text, { interpretation: { ...x.interpretation, notes: [...(x.interpretation.notes ?? []), note] }, explanation: `Read as "${said}". ${x.explanation}` });
    if ('decided' in r) return { decided: tell(r.decided) };
    held ??= tell(r.held);
  }
  return held ? { held } : undefined;
}
