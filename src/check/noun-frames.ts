/**
 * Relations named by a noun of their doer or undergoer (round 14, issue 15): "Rufus was the host
 * of Gloria" is "Rufus hosted Gloria", "Freedonia is the recipient of V in aid" is "Freedonia
 * received V in aid", "Sylvania is a signatory of the treaty" is "Sylvania signed the treaty",
 * "Rufus was Gloria's host at the gala" is "Rufus hosted Gloria at the gala", and a noun of the
 * one the act is done to, "Gloria was a guest of Rufus" / "Gloria was among Rufus's guests", is
 * "Rufus hosted Gloria".
 *
 * Which noun names which verb is data: WordNet's agent derivations (ontology/lexicon.derived.json
 * `nominals`, kind `agent`: "host", "recipient", "importer"), and the lexicon's `cg:agentNoun`
 * ("signatory|sign": WordNet files no such derivation) and `cg:patientNoun` ("guest|host": the
 * noun names the act's object). Each rewrite is checked as a claim, so the lexicon's patterns,
 * each property's rdfs:domain and rdfs:range, and the verdict rules decide: a noun of another
 * sense ("the speaker of the assembly" is no one who spoke) finds no reading rather than a wrong
 * one. Only a noun right after the copula and a determiner is read: an adjective before it ("the
 * largest importer") says more than the verb, and is left to the patterns that read it, except
 * the words of possibility ("a possible recipient"), read as "may".
 */
import type { CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { inflect, readOtherWords, isWordRewrite, type Form, type OtherWords } from './light-verbs.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

interface NounVerbs {
  /** noun -> verbs of which it names the doer. */
  agent: Map<string, string[]>;
  /** noun -> verbs of which it names the one the act is done to. */
  patient: Map<string, string[]>;
}

const cache = new WeakMap<object, NounVerbs>();

/** "noun|verb" literals of one lexicon annotation, as a map. */
function pairs(ctx: CheckContext, property: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const v of literals(ctx.lexicon, null, cg(property)).sort()) {
    const [noun, verb] = v.toLowerCase().split('|').map((s) => s.trim());
    if (noun && verb) out.set(noun, [...(out.get(noun) ?? []), verb]);
  }
  return out;
}

function nounVerbs(ctx: CheckContext): NounVerbs {
  const hit = cache.get(ctx.lexicon);
  if (hit) return hit;
  const agent = pairs(ctx, 'agentNoun');
  for (const [noun, entries] of ctx.derived.nominals) {
    for (const e of entries) if (e.kind === 'agent') agent.set(noun, [...new Set([...(agent.get(noun) ?? []), e.verb])]);
  }
  const lists = { agent, patient: pairs(ctx, 'patientNoun') };
  cache.set(ctx.lexicon, lists);
  return lists;
}

/**
 * The verbs of a noun (singular or plural) that names the one an act is done to (lexicon
 * cg:patientNoun, "guest|host"), empty for any other noun: "as his guests" is the object's part in
 * the act, no office of the doer (round 36).
 *
 * @example
 * ```ts
 * patientVerbs(ctx, 'guests'); // ['host']
 * ```
 */
export function patientVerbs(ctx: CheckContext, noun: string): string[] {
  const n = noun.toLowerCase();
  const { patient } = nounVerbs(ctx);
  return patient.get(n) ?? (n.endsWith('s') ? patient.get(n.slice(0, -1)) : undefined) ?? [];
}

/** The copula and the form the verb takes in its place ("will be" keeps "will"). */
const COPULA: ReadonlyArray<{ words: string; form: Form; keep?: string }> = [
  { words: 'will be', form: 'base', keep: 'will ' },
  { words: 'has been', form: 'ed' }, { words: 'have been', form: 'ed' }, { words: 'had been', form: 'ed' },
  { words: 'is', form: 's' }, { words: 'are', form: 'base' }, { words: 'was', form: 'ed' }, { words: 'were', form: 'ed' },
];
/** Words of possibility before the noun: "a possible recipient" may receive. */
const POSSIBLE = new Set(['possible', 'potential', 'prospective', 'likely', 'future']);
/** Prepositions after an agent noun: dropped ("host of Y": hosted Y) or kept ("recipient of": received). */
const PREPOSITION = new Set(['of', 'to', 'for', 'at', 'in', 'with', 'from']);

/** A noun as WordNet files it (singular), with its verbs in `map`. */
function lookup(map: Map<string, string[]>, word: string): { noun: string; verbs: string[] } | undefined {
  const w = word.toLowerCase();
  for (const c of [w, w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')]) {
    const verbs = map.get(c);
    if (verbs) return { noun: c, verbs };
  }
  return undefined;
}

/** Possessor in "X's" or "X'" (the subject of a possessed noun). */
const POSSESSOR = /^(.+?)(?:'s|')\s+/;

/**
 * The claim with a noun of the doer or of the undergoer read as its verb. Empty when the claim
 * has no copula followed by such a noun.
 *
 * @example
 * ```ts
 * nounFrameRewrites(ctx, 'Rufus was the host of Gloria.').map((r) => r.claim);
 * // ['Rufus hosted Gloria.', 'Rufus hosted of Gloria.']
 * nounFrameRewrites(ctx, 'Gloria was among Rufus\'s guests at the gala.').map((r) => r.claim);
 * // ['Rufus hosted Gloria at the gala.']
 * ```
 */
export function nounFrameRewrites(ctx: CheckContext, input: string): OtherWords[] {
  const text = normalizeTypography(input).trim().replace(/[.!]$/, '');
  const lists = nounVerbs(ctx);
  const out: OtherWords[] = [];
  for (const c of COPULA) {
    const m = cachedRegExp(`^(.+?)\\s+${c.words.replace(' ', '\\s+')}\\s+(.+)$`, 'i').exec(text);
    if (!m) continue;
    const subject = m[1]!;
    // "X, Sylvania's president, was ...": the apposition is read by its own reader, which
    // rechecks the claim without it
    if (subject.includes(',')) break;
    const after = m[2]!;
    if (/^(not|no|never)\b/i.test(after)) continue;
    // "X was the host of Y", "X is a possible recipient of V", "X was Y's host at E"
    const det = /^(?:(a|an|the)\s+)?(?:(possible|potential|prospective|likely|future)\s+)?([a-z][a-z-]*)\b\s*(.*)$/i.exec(after);
    if (det && !(det[2] && !det[1])) {
      const agent = lookup(lists.agent, det[3]!);
      if (agent && (det[1] || det[2])) out.push(...agentRewrites(ctx, subject, c, det[2], agent, det[4]!));
      const patient = lookup(lists.patient, det[3]!);
      if (patient && det[1] && /^of\s/i.test(det[4]!)) out.push(...patientRewrites(ctx, c, subject, patient, det[4]!.replace(/^of\s+/i, '')));
    }
    // "X was among Y's guests at E", "X is one of Y's guests"
    const among = /^(?:among|one of)\s+(?:the\s+)?(.+)$/i.exec(after);
    if (among) {
      const of = /^([a-z][a-z-]*)\s+of\s+(.+)$/i.exec(among[1]!);
      const patient = of && lookup(lists.patient, of[1]!);
      if (of && patient && /s$/i.test(of[1]!)) out.push(...patientRewrites(ctx, c, subject, patient, of[2]!));
      const pos = possessed(among[1]!);
      const p2 = pos && /s$/i.test(pos.noun) ? lookup(lists.patient, pos.noun) : undefined;
      if (pos && p2) out.push(...patientRewrites(ctx, c, subject, p2, `${pos.owner} ${pos.rest}`.trim()));
    }
    // "X was Y's host at E", "Gloria is Rufus's guest"
    const pos = among ? undefined : possessed(after);
    if (pos) {
      const agent = lookup(lists.agent, pos.noun);
      if (agent) out.push(...agentRewrites(ctx, subject, c, undefined, agent, `${pos.owner} ${pos.rest}`.trim(), true));
      const patient = lookup(lists.patient, pos.noun);
      if (patient) out.push(...patientRewrites(ctx, c, subject, patient, `${pos.owner} ${pos.rest}`.trim()));
    }
    break;
  }
  const seen = new Set<string>();
  return out.filter((r) => !seen.has(r.claim) && seen.add(r.claim));
}

/** "Y's N [rest]": the owner, the noun, and what follows it. */
function possessed(s: string): { owner: string; noun: string; rest: string } | undefined {
  const m = POSSESSOR.exec(s);
  if (!m) return undefined;
  // the owner is one noun phrase: across a clause's boundary ("the top shareholder and Rufus leads
  // the bank's rival") the possessive belongs to a later clause, whose noun is no copula's (round 29)
  if (/[,;:]|\b(?:and|or|but|nor|which|who|whom|whose|that|while|whereas|because|so)\b/i.test(m[1]!)) return undefined;
  const tail = /^([a-z][a-z-]*)\b\s*(.*)$/.exec(s.slice(m[0].length));
  return tail ? { owner: m[1]!, noun: tail[1]!, rest: tail[2]! } : undefined;
}

function agentRewrites(ctx: CheckContext, subject: string, c: (typeof COPULA)[number], possible: string | undefined,
  found: { noun: string; verbs: string[] }, rest: string, direct = false): OtherWords[] {
  const out: OtherWords[] = [];
  const next = /^([a-z]+)\s+(.*)$/i.exec(rest);
  const prep = !direct && next && PREPOSITION.has(next[1]!.toLowerCase()) ? next : undefined;
  const variants = direct ? [rest] : prep ? [prep[2]!, `${prep[1]} ${prep[2]}`] : [];
  for (const verb of found.verbs) {
    const form: Form = possible ? 'base' : c.form;
    const said = `${possible ? 'may ' : c.keep ?? ''}${inflect(ctx, verb, form)}`;
    for (const v of variants) {
      out.push({ claim: `${subject} ${said} ${v}.`, note: `read '${c.words} ${possible ? `${possible} ` : ''}${found.noun}' as '${said}' (a noun of the doer: ${ctx.derived.nominals.get(found.noun)?.some((e) => e.verb === verb && e.kind === 'agent') ? `WordNet ${found.noun} (n) -> ${verb} (v), ontology/lexicon.derived.json` : `lexicon cg:agentNoun "${found.noun}|${verb}"`})` });
    }
  }
  return out;
}

function patientRewrites(ctx: CheckContext, c: (typeof COPULA)[number], undergoer: string, found: { noun: string; verbs: string[] }, doerAndRest: string): OtherWords[] {
  // the doer is the noun phrase up to a preposition that opens an adjunct ("at the gala")
  const m = /^(.+?)(\s+(?:at|in|on|during|near)\s+.+)?$/i.exec(doerAndRest);
  if (!m) return [];
  return found.verbs.map((verb) => {
    const said = `${c.keep ?? ''}${inflect(ctx, verb, c.form === 'base' && !c.keep ? 's' : c.form)}`;
    return { claim: `${m[1]} ${said} ${undergoer}${m[2] ?? ''}.`, note: `read '${found.noun}' of ${m[1]} as '${m[1]} ${said} ${undergoer}' (a noun of the one the act is done to: lexicon cg:patientNoun "${found.noun}|${verb}")` };
  });
}

/** The verbs of holding an office and the copula said in their place. */
const HOLD: ReadonlyArray<[RegExp, string]> = [
  [/^(?:holds|occupies)$/i, 'is'], [/^(?:hold|occupy)$/i, 'are'], [/^(?:held|occupied)$/i, 'was'],
];

/**
 * "X holds the presidency of Y", "X held the Y premiership": the office held, named by a noun of
 * the lexicon's `cg:roleAlias` ("presidency|president"), said as "X is the president of Y"; the
 * copula carries the tense, which the rules about one holder at a time read.
 *
 * @example
 * ```ts
 * officeNounRewrites(ctx, 'Rufus holds the presidency of Freedonia.'); // [{ claim: 'Rufus is the president of Freedonia.', … }]
 * ```
 */
export function officeNounRewrites(ctx: CheckContext, input: string): OtherWords[] {
  const text = normalizeTypography(input).trim().replace(/[.!]$/, '');
  const aliases = new Map<string, string>();
  for (const v of literals(ctx.lexicon, null, cg('roleAlias'))) {
    const [alias, role] = v.toLowerCase().split('|');
    if (alias && role && !alias.includes(' ') && !aliases.has(alias)) aliases.set(alias, role);
  }
  const m = /^(.+?)\s+(will\s+)?(holds|hold|held|occupies|occupy|occupied)\s+(the\s+)?(.+)$/i.exec(text);
  if (!m || m[1]!.includes(',')) return [];
  const copula = m[2] ? 'will be' : HOLD.find(([re]) => re.test(m[3]!))?.[1];
  if (!copula || (m[2] && !/^(?:hold|occupy)$/i.test(m[3]!))) return [];
  const words = m[5]!.split(/\s+/);
  const at = words.findIndex((w) => aliases.has(w.toLowerCase()));
  // the office noun comes first ("the presidency of Y") or after its holder ("the Y presidency")
  if (at < 0 || at > 3 || (at > 0 && !m[4] && !/'s?$/.test(words[at - 1]!))) return [];
  const role = aliases.get(words[at]!.toLowerCase())!;
  const office = [...words.slice(0, at), role, ...words.slice(at + 1)].join(' ');
  const det = at > 0 && /'s?$/.test(words[0]!) ? '' : 'the ';
  return [{ claim: `${m[1]} ${copula} ${det}${office}.`, note: `read '${m[3]} ${m[4] ?? ''}${words[at]}' as '${copula} ${role}' (the office held, named by its noun: lexicon cg:roleAlias "${words[at]!.toLowerCase()}|${role}")` }];
}

/**
 * The noun-frame reader (table entry `noun-frame`): each rewrite checked in order; the readings
 * that decide must agree, an undecided one is held.
 *
 * @example
 * ```ts
 * await readNounFrames({ ctx, text: 'Rufus was the host of Gloria.', recheck }); // as "Rufus hosted Gloria."
 * ```
 */
export async function readNounFrames({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  if (isWordRewrite(ctx)) return undefined;
  const offices = officeNounRewrites(ctx, text);
  const others = [...nounFrameRewrites(ctx, text), ...offices];
  // an office said with its copula takes the copula's tense ("holds" is no present copula, "is"
  // is one): the rules about one holder at a time read the present of the words said
  const saidAgain = new Set(offices.map((o) => o.claim));
  const tensed: ReaderInput['recheck'] = (claim, context) =>
    recheck(claim, saidAgain.has(claim) && context ? { ...context, present: undefined, perfect: undefined } : context);
  return others.length ? readOtherWords({ ctx, text, recheck: tensed }, others) : undefined;
}
