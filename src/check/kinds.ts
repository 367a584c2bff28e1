/**
 * Claims about what kind of thing an entity is (issue 15, domain sanity): "Gala City is a city in
 * Freedonia", "Acme is a natural gas field", "the canal pipeline is the Freedonian leader who ...".
 *
 * "X is a/an/the [modifiers] <noun> [in Y | who/that/where ...]": the noun is a class of the
 * ontology (its `rdfs:label`, or a `cg:classNoun` of the lexicon: "town" for a city), or an office
 * (an office's holder is of the domain of `cg:holdsOffice`, a person). The graph's types of X decide:
 *
 * - X is of a class the ontology declares disjoint with it (`owl:AllDisjointClasses`): whatever
 *   the rest says, X is no such thing, so the claim is REFUTED (its denial SUPPORTED);
 * - X is of that class and nothing else is said: SUPPORTED; with "in Y" the claim is "X is in Y",
 *   decided by the graph's claims (the kind is a background fact, said so in the explanation);
 * - otherwise (modifiers, a clause, an office X may hold, a class neither shared nor disjoint):
 *   not read here.
 *
 * "X is one of / among the [modifiers] <plural noun> [in Y]" (round 18, branch lex18: "Acme is one
 * of the largest oil fields in the world") puts X in a group of that class: a disjoint kind refutes
 * it (its denial is supported); X of the class decides nothing here (which ones is more).
 *
 * An office is read as a kind only for a claim no lexical pattern reads (`opts.offices`, from the
 * unread path of checkClaim): "Freedonia is the leader of the League" is a leads claim of a state.
 *
 * Types come from graph/entities.yaml (background facts, uncited): the explanation says so.
 */
import { NS, localName, type CheckContext } from './context.js';
import { isA } from './claim-index.js';
import { lexiconWords } from './lexicon-words.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize, type Token } from './text.js';
import type { CheckResult, CheckValue, Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';
import { restate } from './result.js';

type EntityValue = Extract<CheckValue, { kind: 'entity' }>;

const nouns = new WeakMap<object, Map<string, string>>();

/**
 * The class a noun's tokens name, as written (no word dropped): the one lookup of {@link classNouns}
 * by tokens that the "which" questions (src/check/wh-answer.ts) and the definite nouns
 * (src/check/definite-noun.ts `classOfNoun`, which drops the ignorable words first) share.
 *
 * @example
 * ```ts
 * classOfTokens(ctx, tokenize('gas field', ctx.morph)); // NS.cg + 'GasField'
 * ```
 */
export function classOfTokens(ctx: CheckContext, toks: readonly Token[]): string | undefined {
  return classNouns(ctx).get(toks.map((t) => t.norm).join(' '));
}

/** Normalised noun -> class IRI: class labels of the ontology and the lexicon's `cg:classNoun`s. */
export function classNouns(ctx: CheckContext): Map<string, string> {
  let m = nouns.get(ctx.lexicon);
  if (m) return m;
  m = new Map();
  const key = (s: string): string => dropIgnorable(tokenize(s, ctx.morph), ctx.morph).map((t) => t.norm).join(' ');
  for (const [cls, label] of [...ctx.axioms.classLabels].sort()) m.set(key(label), cls);
  for (const q of ctx.lexicon.getQuads(null, NS.cg + 'classNoun', null, null).sort((a, b) => (a.object.value < b.object.value ? -1 : 1))) m.set(key(q.object.value), q.subject.value);
  nouns.set(ctx.lexicon, m);
  return m;
}

/** Whether an entity of class `a` can never be of class `b` (a declared disjointness above them). */
function disjointClasses(ctx: CheckContext, a: string, b: string): string[] | undefined {
  const supA = ctx.axioms.superClasses.get(a) ?? new Set([a]);
  const supB = ctx.axioms.superClasses.get(b) ?? new Set([b]);
  for (const x of [...supA].sort()) {
    for (const y of [...supB].sort()) if (ctx.axioms.disjoint.get(x)?.has(y)) return [x, y];
  }
  return undefined;
}

/** A reading of a kind claim: the entity, the class, and what follows the noun. */
export interface KindReading {
  entity: EntityValue;
  cls: string;
  /** The class comes from an office the claim names (its holder's kind), not a class noun. */
  viaOffice: boolean;
  negated: boolean;
  /** Words before the noun ("Freedonian" firm). */
  modifiers: string;
  /** (round 36) The class noun as the claim says it, normalised ("lender", "gas field"); none for an office. */
  noun?: string;
  /** "in Y" after the noun: the place the claim puts the entity. */
  place?: string;
  /** A relative clause after the noun ("who hosted ..."). */
  clause?: string;
  /** (round 35) A passive participle with its agent after the noun ("initiated by Y"): a reduced relative. */
  passive?: string;
  /**
   * "X is one of / among the [modifiers] <plural noun>" (round 18): X is said to be of the class
   * and more (which ones), so only a disjoint kind decides.
   */
  among?: boolean;
}

/**
 * Reads "X is a/an/the [modifiers] <class noun or office> [in Y | clause]"; undefined when the
 * claim is not of that form or X is not one entity of the graph.
 *
 * @example
 * ```ts
 * readKind(ctx, 'Freedonia canal pipeline is a city.')?.cls; // 'https://w3id.org/claimgraph/ontology#City'
 * ```
 */
export function readKind(ctx: CheckContext, text: string, opts: { offices?: boolean } = {}): KindReading | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '').trim();
  // "X is one of / among the largest oil fields": a kind said of a group X is put in (round 18)
  const g = /^(.+?)\s+(?:is|are|was|were)\s+(not\s+)?(?:one\s+of|among)\s+(.+)$/i.exec(t);
  const m = g ? [g[0], g[1], g[2], 'a', g[3]] : /^(.+?)\s+(?:is|are|was|were)\s+(not\s+)?(a|an|the)\s+(.+)$/i.exec(t);
  if (!m) return undefined;
  const [, subjectText, not, article, restText] = m as unknown as [string, string, string | undefined, string, string];
  // (round 41) a kind is read from one clause: a subject or noun phrase that runs past a clause
  // boundary ("Freedonia is a state, and the fair was a big event") would take the next clause's
  // noun as the subject's kind, and the first clause would decide the whole claim: not read here
  // (the compound reader gives each clause its own verdict)
  if (crossesClause(subjectText) || crossesClause(restText)) return undefined;
  const among = !!g;
  const subjects = resolveMention(ctx, dropIgnorable(tokenize(subjectText, ctx.morph), ctx.morph));
  if (subjects.length !== 1) return undefined;
  const entity = subjects[0]!;
  const c = /^(.*?)(?:\s+(?:who|that|which|where|whose)\s+(.+))?$/i.exec(restText)!;
  // (round 35) "an organisation initiated by Y": a participle and its agent after the noun, a
  // reduced relative ("which was initiated by Y"); a capitalised word is a name, no participle
  const r = c[2] ? null : /^(.*?)\s+((?:[a-z]+(?:ed|en)|led|run|held|built|owned|set\s+up)\s+by\s+\S.*)$/.exec(c[1]!);
  const np = r ? r[1]! : c[1]!;
  const passive = r ? r[2] : undefined;
  const clause = c[2];
  const p = /^(.*?)\s+(?:in|based\s+in|located\s+in)\s+(.+)$/i.exec(np);
  const head = p ? p[1]! : np;
  const place = p ? p[2] : undefined;
  // (round 32) a possessive after the place makes what follows it the head: "the bank in Zenda's
  // president" is a president, not a bank (read as a bank, a person was refuted as one)
  if (place && /['\u2019]s\s+\S/.test(place)) return opts.offices ? officeKind(ctx, entity, np, !!not, clause) : undefined;
  const words = dropIgnorable(tokenize(head, ctx.morph), ctx.morph);
  // the noun ends the phrase before any other preposition or verb ("a member of the X
  // Organisation", "the first minister to visit three countries" name no class), and is no name
  const cut = words.findIndex((w) => /^(of|to|at|for|with|from|by|on|as|among)$/i.test(w.raw));
  const office = (): KindReading | undefined => (opts.offices ? officeKind(ctx, entity, np, !!not, clause) : undefined);
  // after "the", a phrase that is a name names that entity, not a kind ("the Acme field");
  // after "a"/"an" it names a kind, even when a name uses the same words ("a natural gas field")
  if (cut >= 0 || (article.toLowerCase() === 'the' && resolveMention(ctx, words).length)) return office();
  const table = classNouns(ctx);
  // (round 31) "the country Firefly visited": a class noun, then a contact clause opening with a
  // name; the last word is the clause's verb, no kind (src/check/identified-description.ts reads it)
  if (contactClause(words, table)) return undefined;
  // the longest class noun that ends the noun phrase ("natural gas field": gas field)
  for (let k = 0; k < words.length; k++) {
    const cls = table.get(words.slice(k).map((w) => w.norm).join(' '));
    if (cls) return { entity, cls, viaOffice: false, negated: !!not, modifiers: words.slice(0, k).map((w) => w.raw).join(' '), noun: words.slice(k).map((w) => w.norm).join(' '), place, clause, ...(among ? { among } : {}), ...(passive ? { passive } : {}) };
  }
  return among ? undefined : office();
}

/**
 * Whether a phrase holds a clause boundary with more after it: a stop, comma, semicolon, colon,
 * dash, bracket, "&", "+" or "/", or a coordinator ("and", "plus", "but", "while", "whereas",
 * "yet") opening a new clause (a determiner, a pronoun, a name or a finite verb after it). "an oil
 * and gas field" stays one phrase; ", Freedonia" after a place (its country) is no new clause.
 *
 * @example
 * ```ts
 * crossesClause('state, and the fair was a big event'); // true
 * crossesClause('oil and gas field'); // false
 * ```
 */
export function crossesClause(phrase: string): boolean {
  const t = phrase.trim();
  const punct = /\s*(?:[.;:()\[\]&+/\u2014\u2013]|,|\s-\s)\s*/g;
  for (let m = punct.exec(t); m; m = punct.exec(t)) {
    const after = t.slice(m.index + m[0].length).trim();
    if (!after) continue;
    // "in Gala City, Freedonia": a comma, then one name to the end (a place's country)
    if (m[0].trim() === ',' && /^[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*$/.test(after)) continue;
    // a decimal or thousands mark ("3,000", "1.5") or an initial ("T. Firefly") is no boundary
    if (/[.,]/.test(m[0].trim()) && /\d$/.test(t.slice(0, m.index)) && /^\d/.test(after)) continue;
    if (m[0].trim() === '.' && /(?:^|[\s.])[A-Z][a-z]?$/.test(t.slice(0, m.index))) continue;
    return true;
  }
  // a second finite verb before any relative pronoun: the phrase holds a clause of its own
  // ("the Freedonian leader the fair was a big event")
  const np = /^(.*?)(?:\s(?:who|that|which|where|whose)\s.*)?$/i.exec(t)![1]!;
  if (/\s(?:is|are|was|were|will|would|has|have|had)\s/i.test(` ${np} `)) return true;
  const coord = /\s(?:and|plus|but|while|whereas|yet)\s+(\S+)/gi;
  for (let m = coord.exec(t); m; m = coord.exec(t)) {
    const w = m[1]!;
    if (/^(?:the|a|an|its|his|her|their|this|that|these|those|it|he|she|they|we|i|is|are|was|were|has|have|had|will|would|can|could|may|might|also|not)$/i.test(w) || /^[A-Z]/.test(w)) return true;
  }
  return false;
}

/** Whether the words are a class noun, then a name (capitalised) and more words: a contact clause ("country Firefly visited"). */
function contactClause(words: Array<{ raw: string; norm: string }>, table: Map<string, string>): boolean {
  for (let i = 1; i < words.length - 1; i++) {
    if (!/^[A-Z]/.test(words[i]!.raw) || /^[A-Z]/.test(words[i - 1]!.raw)) continue;
    for (let k = 0; k < i; k++) if (table.has(words.slice(k, i).map((w) => w.norm).join(' '))) return true;
  }
  return false;
}

/**
 * An office as a kind ("the Freedonian leader", "the president of X"): its holder is of the domain of
 * holdsOffice. Only for a claim no pattern reads: "Freedonia is the leader of the League" is a leads
 * claim of a state, not an office a person holds.
 */
function officeKind(ctx: CheckContext, entity: EntityValue, np: string, negated: boolean, clause: string | undefined): KindReading | undefined {
  const holder = ctx.axioms.domain.get(NS.cg + 'holdsOffice');
  const offices = resolveMention(ctx, dropIgnorable(tokenize(np, ctx.morph), ctx.morph));
  if (!holder || !offices.length || !offices.every((o) => isA(ctx, o.iri, NS.cg + 'Office'))) return undefined;
  // (round 40, users32's F9) "Freedonia is the head / boss / chief of the League": a loose office
  // noun a country is said to hold as a figure (the lexicon's cg:countryOfficeNoun)
  // says the state leads or backs the body, not that it is a person: no kind is read from it
  const words = tokenize(np, ctx.morph);
  const of = words.findIndex((w) => /^of$/i.test(w.raw));
  const head = (of > 0 ? words[of - 1] : words[words.length - 1])?.raw.toLowerCase() ?? '';
  if (figurativeOffice(ctx, entity.iri, head)) return undefined;
  return { entity, cls: holder, viaOffice: true, negated, modifiers: '', clause };
}

/**
 * Whether the entity is a country and the noun one the lexicon lets a country be called as a
 * figure (`cg:countryOfficeNoun`: "Freedonia is the League's boss"), shared with the near misses
 * of src/check/ill-typed.ts.
 */
export function figurativeOffice(ctx: CheckContext, iri: string, noun: string): boolean {
  return lexiconWords(ctx, 'countryOfficeNoun').has(noun) && isA(ctx, iri, NS.cg + 'Country');
}

const classWord = (ctx: CheckContext, cls: string): string => ctx.axioms.classLabels.get(cls) ?? localName(cls);

/**
 * The words of an entity's label that its mention leaves out when they include a class noun of
 * the ontology ("Zenda" for "Zenda International Airport": "International Airport"); undefined
 * when the mention is the whole label, is no part of it (an acronym), or leaves out no class noun
 * ("Firefly" for "Rufus T. Firefly").
 */
export function kindCutFrom(ctx: CheckContext, entity: EntityValue): string | undefined {
  const said = (entity.mention ?? '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const label = entity.label.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (!said.length || said.length >= label.length) return undefined;
  const left = label.filter((w) => !said.includes(w.toLowerCase()));
  if (left.length !== label.length - said.length) return undefined;
  const heads = new Set([...ctx.axioms.classLabels.values()].map((l) => l.toLowerCase().split(/\s+/).pop()!));
  return left.some((w) => heads.has(w.toLowerCase())) ? left.join(' ') : undefined;
}

/**
 * Decides a kind claim from the graph's types: a result, or undefined when the types do not
 * decide it (the claim is then read by the other readers). `check` checks the rest ("X is in Y").
 *
 * @example
 * ```ts
 * (await decideKind(ctx, 'Freedonia canal pipeline is a person.', check))?.verdict; // 'REFUTED'
 * ```
 */
export async function decideKind(ctx: CheckContext, text: string, check: (claim: string) => Promise<CheckResult | undefined>, opts: { offices?: boolean } = {}): Promise<CheckResult | undefined> {
  const k = readKind(ctx, text, opts);
  if (!k) return undefined;
  const types = [...(ctx.entityTypes.get(k.entity.iri) ?? [])].sort();
  if (!types.length) return undefined;
  const interpretation: Interpretation = {
    subject: k.entity, predicate: NS.rdf + 'type', predicateName: 'type', object: { kind: 'string', value: classWord(ctx, k.cls) },
    polarity: k.negated ? 'negative' : 'positive', modality: 'stated', qualifiers: {},
    notes: [`read as a claim about what kind of thing ${k.entity.label} is (${k.viaOffice ? `an office's holder is a ${classWord(ctx, k.cls)}` : `the class ${localName(k.cls)}`})`],
  };
  const typeWords = types.map((x) => classWord(ctx, x)).join(', ');
  const result = (verdict: CheckResult['verdict'], reason: Evaluation['reason'], explanation: string): CheckResult => ({
    claim: text.trim(), verdict, interpretation, evidence: [], explanation, reason, conflict: false,
  });
  for (const type of types) {
    const pair = disjointClasses(ctx, type, k.cls);
    if (!pair) continue;
    // round 33 (users26): "Zenda is a city" of "Zenda International Airport": a name cut short
    // before its kind noun may be another thing's whole name (a city called Zenda): held
    // (its denial too: "Zenda is not a city" is not supported by the airport)
    const cut = kindCutFrom(ctx, k.entity);
    // (an office or a clause the claim gives is decided by the readers of offices and places: "the
    // president of Sylvania" has a holder whoever the name stands for)
    if (cut && (k.viaOffice || k.clause)) return undefined;
    // a class of the same head as the kind cut off ("Zenda is an oil field" of "Zenda gas
    // field") is a claim about that thing's kind, which its kind decides
    if (cut && !sameHead(cut, classWord(ctx, k.cls))) {
      return result('NOT_ENOUGH_INFO', 'no-claim', `"${k.entity.mention}" is ${k.entity.label} cut short before "${cut}", which names its kind; the name alone may be another thing's, so that ${k.entity.label} is no ${classWord(ctx, k.cls)} does not decide the claim.`);
    }
    // round 36 (users29 probes): "a lender", "a financial centre", "a river bank" name other kinds of
    // thing too (a country lends, a city is a centre): the noun does not say the thing is of the class
    const loose = looseNoun(ctx, k);
    if (loose) return result('NOT_ENOUGH_INFO', 'no-claim', `"${k.modifiers ? `${k.modifiers} ` : ''}${k.noun}" ${loose}, so that ${k.entity.label} is no ${classWord(ctx, k.cls)} does not decide the claim: not enough information.`);
    const why = `The graph types ${k.entity.label} as a ${typeWords} (a background fact of graph/entities.yaml, uncited), and the ontology declares ${classWord(ctx, pair[0])} and ${classWord(ctx, pair[1])} disjoint (owl:AllDisjointClasses): ${k.entity.label} is no ${classWord(ctx, k.cls)}`;
    return k.negated
      ? result('SUPPORTED', 'entity-kind', `${why}, as the claim says.`)
      : result('REFUTED', 'disjoint-kind', `${why}, so the claim is false whatever else it says.`);
  }
  const holds = isA(ctx, k.entity.iri, k.cls);
  // round 38 (users30: "Zenda is a Sylvanian city"): a city said with a country's demonym is a city in
  // that country; only of a city (a pipeline or a company "of" a demonym may cross or belong to
  // several), the word one whole demonym (not the country's own label)
  const country = holds && !k.viaOffice && !k.negated && !k.clause && !k.among && !k.place && !k.passive ? demonymCountry(ctx, k) : undefined;
  if (country) {
    const rest = `${k.entity.label} is in ${country}`;
    const r = await check(rest);
    if (r && r.verdict !== 'NOT_ENOUGH_INFO') return restate(r, text, { explanation: `Read as "${rest}" ("${k.modifiers}" of a ${classWord(ctx, k.cls)} names the country it is in). ${r.explanation}` });
  }
  if (!holds || k.viaOffice || k.negated || k.modifiers || k.clause || k.among || (k.place && k.passive)) return undefined;
  const kind = `The graph types ${k.entity.label} as a ${typeWords} (a background fact of graph/entities.yaml, uncited)`;
  if (!k.place && !k.passive) return result('SUPPORTED', 'entity-kind', `${kind}.`);
  // the kind holds: what the participle or the place says decides the rest
  const rest = k.passive ? `${k.entity.label} was ${k.passive}` : `${k.entity.label} is in ${k.place}`;
  const r = await check(rest);
  if (!r || r.verdict === 'NOT_ENOUGH_INFO') return undefined;
  return restate(r, text, { explanation: `Read as "${rest}", of a ${classWord(ctx, k.cls)}. ${kind}. ${r.explanation}` });
}

/** The country a city's one modifier names as its demonym ("Sylvanian" of "a Sylvanian city"), or undefined. */
function demonymCountry(ctx: CheckContext, k: KindReading): string | undefined {
  if (!/^[A-Z][\w-]*$/.test(k.modifiers) || !(k.cls === `${NS.cg}City` || ctx.axioms.superClasses.get(k.cls)?.has(`${NS.cg}City`)) || !isA(ctx, k.entity.iri, `${NS.cg}City`)) return undefined;
  const hit = resolveMention(ctx, dropIgnorable(tokenize(k.modifiers, ctx.morph), ctx.morph));
  if (hit.length !== 1 || hit[0]!.label.toLowerCase() === k.modifiers.toLowerCase() || !isA(ctx, hit[0]!.iri, `${NS.cg}Country`)) return undefined;
  return hit[0]!.label;
}

/**
 * A kind claim with words before the class noun ("X is a commercial bank") whose entity the graph
 * types with that class: the class is shared, but the words say more (what kind of bank), which
 * the graph's types do not state, so the claim is read and left NOT_ENOUGH_INFO with its reading
 * (a last resort: a reader that reads the words, a rank or a place, comes first).
 * A disjoint kind is decided by {@link decideKind} first; this is a last resort of the unread path.
 *
 * @example
 * ```ts
 * undecidedModifiedKind(ctx, 'The League Bank is a commercial bank.')?.verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function undecidedModifiedKind(ctx: CheckContext, text: string): CheckResult | undefined {
  const k = readKind(ctx, text);
  if (!k || k.viaOffice || !k.modifiers || k.clause || k.place || k.among) return undefined;
  const types = [...(ctx.entityTypes.get(k.entity.iri) ?? [])].sort();
  if (!types.length || !isA(ctx, k.entity.iri, k.cls) || types.some((t) => disjointClasses(ctx, t, k.cls))) return undefined;
  const typeWords = types.map((x) => classWord(ctx, x)).join(', ');
  const interpretation: Interpretation = {
    subject: k.entity, predicate: NS.rdf + 'type', predicateName: 'type', object: { kind: 'string', value: `${k.modifiers} ${classWord(ctx, k.cls)}` },
    polarity: k.negated ? 'negative' : 'positive', modality: 'stated', qualifiers: {},
    notes: [`read as a claim about what kind of thing ${k.entity.label} is (the class ${localName(k.cls)}, said to be "${k.modifiers}")`],
  };
  return {
    claim: text.trim(), verdict: 'NOT_ENOUGH_INFO', interpretation, evidence: [], conflict: false, reason: 'no-claim',
    explanation: `The graph types ${k.entity.label} as a ${typeWords} (a background fact of graph/entities.yaml, uncited); its types do not say whether it is "${k.modifiers}", and no other reading was found: not enough information.`,
  };
}

const looseNouns = new WeakMap<object, { broad: Set<string>; homonym: Set<string> }>();

/**
 * Why a kind reading's noun does not name its class for a disjointness to refute, or undefined when
 * it does: a lexicon `cg:broadClassNoun` names things of other kinds too ("a lender": a country lends;
 * "a financial centre": a city), and a `cg:homonymClassNoun` after a lowercase word may be a compound
 * of another sense ("a river bank", "a playing field"); a class's own label ("gas field") always names it.
 *
 * @example
 * ```ts
 * looseNoun(ctx, readKind(ctx, 'Freedonia is a lender.')!); // 'names other kinds of thing too (a cg:broadClassNoun of the lexicon)'
 * ```
 */
export function looseNoun(ctx: CheckContext, k: KindReading): string | undefined {
  if (!k.noun) return undefined;
  let w = looseNouns.get(ctx.lexicon);
  if (!w) {
    const words = (p: string): Set<string> => new Set(ctx.lexicon.getQuads(null, NS.cg + p, null, null).map((q) => tokenize(q.object.value, ctx.morph).map((t) => t.norm).join(' ')));
    w = { broad: words('broadClassNoun'), homonym: words('homonymClassNoun') };
    looseNouns.set(ctx.lexicon, w);
  }
  if (w.broad.has(k.noun)) return 'names other kinds of thing too (a cg:broadClassNoun of the lexicon)';
  if (w.homonym.has(k.noun) && /(^|\s)[a-z]/.test(k.modifiers)) return `has other senses the words before it may pick (a cg:homonymClassNoun of the lexicon: "${k.modifiers}" may make a compound of another sense)`;
  return undefined;
}

/** Whether two kind phrases end in the same noun ("gas field", "oil field"). */
function sameHead(a: string, b: string): boolean {
  return a.toLowerCase().split(/\s+/).pop() === b.toLowerCase().split(/\s+/).pop();
}
