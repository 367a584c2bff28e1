/**
 * The claims stage: entities.yaml and claims.yaml -> typed, quote-anchored claims, with group
 * statements expanded into one claim per member. Every error names file:line and claim id.
 */
import { ClaimgraphError } from '../errors.js';
import { sha256Hex, findQuote, type Segmentation } from '../source/index.js';
import { PREFIXES } from '../graph/vocab.js';
import { readYaml, parseYaml, mapEntries, isMap, isSeq, isScalar, scalarString, toJs, type YamlFile } from './yaml.js';
import type {
  AnchoredQuote, Amount, ClaimDef, ClaimSide, ClaimsFile, CompiledClaim, EntityDef, GroupSpec, Modality,
  OntologyInfo, Polarity, Qualifier, RawFact, ResolvedClaim, ResolvedGroupClaim, SentenceRef, SourcePos, Speaker, TermValue, UncitedEntry,
} from './types.js';

export * from './types.js';
export { loadOntology, parseOntology } from './ontology.js';

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;
const MODALITIES: readonly Modality[] = ['stated', 'expected', 'possible', 'pledged', 'perceived'];
const POLARITIES: readonly Polarity[] = ['positive', 'negative'];
const CLAIM_KEYS = new Set(['id', 'quote', 'subject', 'predicate', 'object', 'polarity', 'modality', 'qualifiers', 'distribute', 'note']);
const ENTITY_KEYS = new Set(['id', 'type', 'label', 'altLabels']);
const GROUP_KEYS = new Set(['group', 'plus', 'except', 'role', 'quantifier']);
const QUANTIFIERS = ['all', 'some'] as const;

/** The entities of a project by id. */
export type EntityIndex = Map<string, EntityDef>;

// ---------------------------------------------------------------- entities

/**
 * Loads graph/entities.yaml (shape checked; values resolved later against the ontology).
 *
 * @example
 * ```ts
 * const entities = loadEntities('graph/entities.yaml');
 * entities.get('acme')?.label; // 'Acme Corp'
 * ```
 */
export function loadEntities(path: string, displayName = path): EntityIndex {
  return entitiesFromYaml(readYaml(path, displayName));
}

/**
 * Parses entities YAML text; see {@link loadEntities}.
 *
 * @example
 * ```ts
 * parseEntities('entities:\n  - { id: acme, type: Company, label: Acme }\n', 'e.yaml').size; // 1
 * ```
 */
export function parseEntities(src: string, displayName: string): EntityIndex {
  return entitiesFromYaml(parseYaml(src, displayName));
}

function entitiesFromYaml(y: YamlFile): EntityIndex {
  const file = y.file;
  const top = mapEntries(y.root);
  const list = top.find(([k]) => k === 'entities')?.[2];
  if (!isSeq(list)) throw new ClaimgraphError('CLAIMS_INVALID', 'expected a top-level `entities:` list', { file, line: y.line(y.root) });
  const out: EntityIndex = new Map();
  for (const item of list.items) {
    const line = y.line(item);
    if (!isMap(item)) throw new ClaimgraphError('CLAIMS_INVALID', 'each entity must be a mapping', { file, line });
    const e: EntityDef = { id: '', types: [], label: '', altLabels: [], facts: [], pos: { file, line } };
    for (const [key, keyNode, val] of mapEntries(item)) {
      const kl = y.line(keyNode);
      if (key === 'id') e.id = scalarString(val) ?? '';
      else if (key === 'type') e.types = stringList(val, y, 'type', kl);
      else if (key === 'label') e.label = scalarString(val) ?? '';
      else if (key === 'altLabels') e.altLabels = stringList(val, y, 'altLabels', kl);
      else if (!ENTITY_KEYS.has(key)) e.facts.push({ property: key, values: stringList(val, y, key, kl), pos: { file, line: kl } });
    }
    if (!ID_RE.test(e.id)) throw new ClaimgraphError('CLAIMS_INVALID', `entity id ${JSON.stringify(e.id)} must match [a-z0-9-]+`, { file, line });
    if (out.has(e.id)) throw new ClaimgraphError('CLAIMS_INVALID', `duplicate entity id ${e.id} (first at line ${out.get(e.id)!.pos.line})`, { file, line, claim: e.id });
    if (!e.types.length) throw new ClaimgraphError('CLAIMS_INVALID', `entity ${e.id} has no type`, { file, line, claim: e.id });
    if (!e.label) throw new ClaimgraphError('CLAIMS_INVALID', `entity ${e.id} has no label`, { file, line, claim: e.id });
    out.set(e.id, e);
  }
  return out;
}

function stringList(node: unknown, y: YamlFile, key: string, line: number): string[] {
  if (isSeq(node)) {
    return node.items.map((it) => {
      const s = scalarString(it);
      if (s === undefined) throw new ClaimgraphError('CLAIMS_INVALID', `\`${key}\` items must be scalars`, { file: y.file, line: y.line(it) });
      return s;
    });
  }
  const s = scalarString(node);
  if (s === undefined) throw new ClaimgraphError('CLAIMS_INVALID', `\`${key}\` must be a string or a list`, { file: y.file, line });
  return [s];
}

/**
 * Checks every entity's classes and background facts against the ontology and the entity index;
 * returns the typed facts per entity.
 *
 * @example
 * ```ts
 * const facts = checkEntities(entities, ontology); // Map<id, Qualifier[]>
 * ```
 */
export function checkEntities(entities: EntityIndex, ontology: OntologyInfo): Map<string, Qualifier[]> {
  const out = new Map<string, Qualifier[]>();
  for (const e of entities.values()) {
    for (const t of e.types) {
      if (t.includes(':')) continue; // prefixed class from another vocabulary (schema:Person)
      if (!ontology.classes.has(t)) throw new ClaimgraphError('UNKNOWN_PROPERTY', `unknown class cg:${t} (not declared in ${ontology.file})`, { file: e.pos.file, line: e.pos.line, claim: e.id });
    }
    out.set(e.id, e.facts.map((f) => typeFact(f, entities, ontology, e.id)));
  }
  return out;
}

function typeFact(f: RawFact, entities: EntityIndex, ontology: OntologyInfo, who: string): Qualifier {
  const prop = ontology.properties.get(f.property);
  if (!prop) throw new ClaimgraphError('UNKNOWN_PROPERTY', `unknown property cg:${f.property} (not declared in ${ontology.file})`, { ...f.pos, claim: who });
  return { property: f.property, values: f.values.map((v) => typeValue(v, f.property, entities, ontology, f.pos, who)) };
}

/**
 * Types a value for a property: an entity (must exist) or a literal checked against the range.
 *
 * @example
 * ```ts
 * typeValue('2009', 'operationalSince', entities, ontology, pos, 'c1'); // {type:'literal', value:'2009', datatype: xsd:gYear}
 * ```
 */
export function typeValue(raw: string, property: string, entities: EntityIndex, ontology: OntologyInfo, pos: SourcePos, claim: string): TermValue {
  const prop = ontology.properties.get(property);
  if (!prop) throw new ClaimgraphError('UNKNOWN_PROPERTY', `unknown property cg:${property} (not declared in ${ontology.file})`, { ...pos, claim });
  if (prop.kind === 'entity') {
    if (!entities.has(raw)) throw new ClaimgraphError('UNKNOWN_ENTITY', `unknown entity ${JSON.stringify(raw)} (value of ${property}; not in entities.yaml)`, { ...pos, claim });
    return { type: 'entity', id: raw };
  }
  const candidates = prop.datatypes ?? [prop.datatype ?? PREFIXES.xsd + 'string'];
  const datatype = candidates.find((d) => literalOk(raw, d));
  if (datatype === undefined) {
    throw new ClaimgraphError('CLAIMS_INVALID', `bad literal ${JSON.stringify(raw)} for ${property} (range ${candidates.map((d) => d.replace(PREFIXES.xsd, 'xsd:')).join(' or ')})`, { ...pos, claim });
  }
  return { type: 'literal', value: raw, datatype };
}

const LEXICAL: Record<string, RegExp> = {
  date: /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  gYear: /^-?\d{4,}$/,
  gYearMonth: /^-?\d{4,}-(0[1-9]|1[0-2])$/,
  dateTime: /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/,
  positiveInteger: /^\+?0*[1-9]\d*$/,
  nonNegativeInteger: /^\+?\d+$/,
  integer: /^[+-]?\d+$/,
  int: /^[+-]?\d+$/,
  decimal: /^[+-]?(\d+(\.\d*)?|\.\d+)$/,
  double: /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^(INF|-INF|NaN)$/,
  boolean: /^(true|false|0|1)$/,
  anyURI: /^\S*$/,
};

function literalOk(raw: string, datatype: string): boolean {
  const re = LEXICAL[datatype.slice(PREFIXES.xsd.length)];
  return re ? re.test(raw) : true;
}

// ---------------------------------------------------------------- claims.yaml

/**
 * Loads a claims.yaml: checks its shape and keys (values are resolved by {@link compileClaims}).
 *
 * @example
 * ```ts
 * const cf = loadClaimsFile('graph/articles/freedonia-vote/claims.yaml');
 * cf.claims[0].id; // 'vote-held'
 * ```
 */
export function loadClaimsFile(path: string, displayName = path): ClaimsFile {
  return claimsFromYaml(readYaml(path, displayName));
}

/**
 * Parses claims YAML text; see {@link loadClaimsFile}.
 *
 * @example
 * ```ts
 * parseClaimsFile('article: a\nclaims: []\n', 'c.yaml').claims.length; // 0
 * ```
 */
export function parseClaimsFile(src: string, displayName: string): ClaimsFile {
  return claimsFromYaml(parseYaml(src, displayName));
}

function claimsFromYaml(y: YamlFile): ClaimsFile {
  const file = y.file;
  if (!isMap(y.root)) throw new ClaimgraphError('CLAIMS_INVALID', 'expected a mapping with `article:` and `claims:`', { file, line: 1 });
  let article = '';
  let list: unknown;
  let uncitedNode: unknown;
  for (const [k, kn, v] of mapEntries(y.root)) {
    if (k === 'article') article = scalarString(v) ?? '';
    else if (k === 'claims') list = v;
    else if (k === 'uncited') uncitedNode = v;
    else throw new ClaimgraphError('CLAIMS_INVALID', `unknown top-level key \`${k}\` (expected article, claims, uncited)`, { file, line: y.line(kn) });
  }
  if (!ID_RE.test(article)) throw new ClaimgraphError('CLAIMS_INVALID', 'missing or bad `article:` id', { file, line: 1 });
  const claims: ClaimDef[] = [];
  if (list !== undefined && list !== null && !(isScalar(list) && list.value === null)) {
    if (!isSeq(list)) throw new ClaimgraphError('CLAIMS_INVALID', '`claims:` must be a list', { file, line: y.line(list) });
    const seen = new Map<string, number>();
    for (const item of list.items) {
      const line = y.line(item);
      if (!isMap(item)) throw new ClaimgraphError('CLAIMS_INVALID', 'each claim must be a mapping', { file, line });
      const idNode = mapEntries(item).find(([k]) => k === 'id')?.[2];
      const id = scalarString(idNode) ?? '';
      if (!ID_RE.test(id)) throw new ClaimgraphError('CLAIMS_INVALID', `claim id ${JSON.stringify(id)} missing or not [a-z0-9-]+`, { file, line });
      if (seen.has(id)) throw new ClaimgraphError('CLAIMS_INVALID', `duplicate claim id ${id} (first at line ${seen.get(id)})`, { file, line, claim: id });
      seen.set(id, line);
      const def: ClaimDef = {
        id, article, pos: { file, line }, quotes: [], subject: undefined, predicate: '', object: undefined,
        polarity: 'positive', modality: 'stated', qualifiers: {}, keyLines: {}, quoteLines: [],
      };
      for (const [k, kn, v] of mapEntries(item)) {
        const kl = y.line(kn);
        def.keyLines[k] = kl;
        const loc = { file, line: kl, claim: id };
        if (!CLAIM_KEYS.has(k)) throw new ClaimgraphError('CLAIMS_INVALID', `unknown key \`${k}\` (expected ${[...CLAIM_KEYS].join(', ')})`, loc);
        switch (k) {
          case 'quote':
            def.quotes = stringList(v, y, 'quote', kl);
            def.quoteLines = isSeq(v) ? v.items.map((it) => y.line(it)) : def.quotes.map(() => kl);
            break;
          case 'subject': def.subject = toJs(v); break;
          case 'object': def.object = isScalar(v) ? scalarString(v) : toJs(v); break;
          case 'predicate': def.predicate = scalarString(v) ?? ''; break;
          case 'polarity': {
            const p = scalarString(v) as Polarity;
            if (!POLARITIES.includes(p)) throw new ClaimgraphError('CLAIMS_INVALID', `polarity must be one of ${POLARITIES.join(', ')}`, loc);
            def.polarity = p; break;
          }
          case 'modality': {
            const m = scalarString(v) as Modality;
            if (!MODALITIES.includes(m)) throw new ClaimgraphError('CLAIMS_INVALID', `modality must be one of ${MODALITIES.join(', ')}`, loc);
            def.modality = m; break;
          }
          case 'qualifiers': {
            if (!isMap(v)) throw new ClaimgraphError('CLAIMS_INVALID', '`qualifiers` must be a mapping', loc);
            for (const [qk, qkn, qv] of mapEntries(v)) {
              def.keyLines[`qualifiers.${qk}`] = y.line(qkn);
              def.qualifiers[qk] = isScalar(qv) ? scalarString(qv) : isSeq(qv) ? qv.items.map((it) => (isScalar(it) ? scalarString(it) : toJs(it))) : toJs(qv);
            }
            break;
          }
          case 'distribute': def.distribute = stringList(v, y, 'distribute', kl); break;
          case 'note': def.note = scalarString(v); break;
        }
      }
      const loc = { file, line, claim: id };
      if (!def.quotes.length || def.quotes.some((q) => !q.trim())) throw new ClaimgraphError('CLAIMS_INVALID', 'missing `quote`', loc);
      if (def.subject === undefined || def.subject === null) throw new ClaimgraphError('CLAIMS_INVALID', 'missing `subject`', loc);
      if (!def.predicate) throw new ClaimgraphError('CLAIMS_INVALID', 'missing `predicate`', loc);
      if (def.object === undefined || def.object === null) throw new ClaimgraphError('CLAIMS_INVALID', 'missing `object`', loc);
      claims.push(def);
    }
  }
  return { file, article, claims, uncited: readUncited(y, uncitedNode) };
}

/** Why a sentence supports no claim: the reasons `uncited:` entries may give. */
export const UNCITED_REASONS = ['opinion', 'question', 'conditional', 'speculation', 'metadata'] as const;

function readUncited(y: YamlFile, node: unknown): UncitedEntry[] {
  if (node === undefined || node === null || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) throw new ClaimgraphError('CLAIMS_INVALID', '`uncited:` must be a list of `{ quote, reason }`', { file: y.file, line: y.line(node) });
  return node.items.map((item) => {
    const line = y.line(item);
    const e = Object.fromEntries(mapEntries(item).map(([k, , v]) => [k, scalarString(v)]));
    for (const k of Object.keys(e)) if (!['quote', 'reason', 'note'].includes(k)) throw new ClaimgraphError('CLAIMS_INVALID', `unknown key \`${k}\` in an uncited entry (expected quote, reason, note)`, { file: y.file, line });
    if (!e.quote) throw new ClaimgraphError('CLAIMS_INVALID', 'an uncited entry needs `quote`', { file: y.file, line });
    if (!(UNCITED_REASONS as readonly string[]).includes(e.reason ?? '')) {
      throw new ClaimgraphError('CLAIMS_INVALID', `an uncited entry needs \`reason\`: one of ${UNCITED_REASONS.join(', ')}`, { file: y.file, line });
    }
    return { quote: e.quote, reason: e.reason as UncitedEntry['reason'], line };
  });
}

// ---------------------------------------------------------------- anchoring

/**
 * Locates each quote of each claim: exactly once in the text, inside one sentence.
 *
 * @example
 * ```ts
 * const anchors = anchorClaims(cf, text, segmentText(text)); // Map<claimId, AnchoredQuote[]>
 * ```
 */
export function anchorClaims(cf: ClaimsFile, text: string, seg: Segmentation): Map<string, AnchoredQuote[]> {
  const out = new Map<string, AnchoredQuote[]>();
  for (const c of cf.claims) {
    out.set(c.id, c.quotes.map((q, i) => anchorQuote(q, text, seg, { file: cf.file, line: c.quoteLines[i] ?? c.keyLines.quote ?? c.pos.line, claim: c.id })));
  }
  return out;
}

/**
 * Anchors one quote; throws QUOTE_NOT_FOUND, QUOTE_AMBIGUOUS or QUOTE_SPANS_SENTENCES.
 *
 * @example
 * ```ts
 * anchorQuote('vote was held', text, seg, { file: 'c.yaml', line: 3, claim: 'vote' }).sentenceId; // 's002'
 * ```
 */
export function anchorQuote(quote: string, text: string, seg: Segmentation, loc: { file: string; line: number; claim: string }): AnchoredQuote {
  const hits = findQuote(text, quote);
  const short = quote.length > 60 ? quote.slice(0, 57) + '...' : quote;
  if (hits.length === 0) throw new ClaimgraphError('QUOTE_NOT_FOUND', `quote not found in the article: ${JSON.stringify(short)}`, loc);
  if (hits.length > 1) {
    const where = hits.map((h) => seg.sentences.find((s) => s.begin <= h.begin && h.begin < s.end)?.id ?? `@${h.begin}`);
    throw new ClaimgraphError('QUOTE_AMBIGUOUS', `quote occurs ${hits.length} times (${where.join(', ')}); quote more words: ${JSON.stringify(short)}`, loc);
  }
  const { begin, end } = hits[0];
  const sent = seg.sentences.find((s) => s.begin <= begin && end <= s.end);
  if (!sent) throw new ClaimgraphError('QUOTE_SPANS_SENTENCES', `quote spans more than one sentence: ${JSON.stringify(short)}`, loc);
  return { begin, end, text: quote, sentenceId: sent.id, segmentId: sent.segmentId };
}

// ---------------------------------------------------------------- typing

/** What {@link compileClaims} needs besides the claims file. */
export interface CompileContext {
  ontology: OntologyInfo;
  entities: EntityIndex;
  text: string;
  segmentation: Segmentation;
  /**
   * The date the article speaks at (its datePublished, or the notBefore bound of an undated one):
   * what the qualifier value `published` stands for.
   */
  sourceDate?: string;
}

/**
 * Anchors and types every claim of a claims file (no group expansion yet).
 *
 * @example
 * ```ts
 * const compiled = compileClaims(cf, { ontology, entities, text, segmentation });
 * ```
 */
/**
 * The sentences a claims file says support no claim, anchored, with the reason.
 *
 * @example
 * ```ts
 * anchorUncited(cf, text, segmentation); // [{ sentenceId: 's041', reason: 'question' }]
 * ```
 */
export function anchorUncited(cf: ClaimsFile, text: string, seg: Segmentation): Array<{ sentenceId: string; reason: UncitedEntry['reason'] }> {
  return (cf.uncited ?? []).map((u) => ({ sentenceId: anchorQuote(u.quote, text, seg, { file: cf.file, line: u.line, claim: 'uncited' }).sentenceId, reason: u.reason }));
}

export function compileClaims(cf: ClaimsFile, ctx: CompileContext): CompiledClaim[] {
  const anchors = anchorClaims(cf, ctx.text, ctx.segmentation);
  return cf.claims.map((c) => compileOne(c, anchors.get(c.id)!, ctx));
}

function compileOne(c: ClaimDef, quotes: AnchoredQuote[], ctx: CompileContext): CompiledClaim {
  const { ontology, entities } = ctx;
  const at = (key: string): SourcePos => ({ file: c.pos.file, line: c.keyLines[key] ?? c.pos.line });
  const prop = ontology.properties.get(c.predicate);
  if (!prop) throw new ClaimgraphError('UNKNOWN_PROPERTY', `unknown property cg:${c.predicate} (not declared in ${ontology.file})`, { ...at('predicate'), claim: c.id });
  const subject = side(c.subject, 'subject', c, ctx, at('subject'), true);
  const object = side(c.object, 'object', c, ctx, at('object'), prop.kind === 'entity');
  if (subject.type === 'group' && object.type === 'group') throw new ClaimgraphError('CLAIMS_INVALID', 'subject and object cannot both be groups', { ...c.pos, claim: c.id });
  const qualifiers: Qualifier[] = [];
  const amounts: Amount[] = [];
  for (const [key, raw] of Object.entries(c.qualifiers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const pos = at(`qualifiers.${key}`);
    if (key === 'amounts' || key === 'amount') {
      amounts.push(...parseAmounts(raw, pos, c.id));
      continue;
    }
    const qp = ontology.properties.get(key);
    if (!qp) throw new ClaimgraphError('UNKNOWN_PROPERTY', `unknown qualifier cg:${key} (not declared in ${ontology.file})`, { ...pos, claim: c.id });
    if (!qp.qualifier) throw new ClaimgraphError('UNKNOWN_PROPERTY', `cg:${key} is not a qualifier property`, { ...pos, claim: c.id });
    const list = Array.isArray(raw) ? raw : [raw];
    const values = list.map((v) => {
      if (v === null || v === undefined || typeof v === 'object') throw new ClaimgraphError('CLAIMS_INVALID', `qualifier ${key} must be a scalar or a list of scalars`, { ...pos, claim: c.id });
      // `published`: the source's own date ("has not been active" holds until the article's date)
      if (v === 'published' && qp.kind === 'literal') {
        if (!ctx.sourceDate) throw new ClaimgraphError('CLAIMS_INVALID', `qualifier ${key}: published needs the article's datePublished (or notBefore of an undated article) in meta.yaml`, { ...pos, claim: c.id });
        return typeValue(ctx.sourceDate, key, entities, ontology, pos, c.id);
      }
      return typeValue(String(v), key, entities, ontology, pos, c.id);
    });
    qualifiers.push({ property: key, values: sortTerms(values) });
  }
  amounts.sort((a, b) => cmp(a.currency, b.currency) || cmp(a.value, b.value));
  const distribute = c.distribute ?? [];
  if (distribute.length) {
    if (subject.type !== 'group' && object.type !== 'group') throw new ClaimgraphError('CLAIMS_INVALID', '`distribute` is for a claim about a group', { ...at('distribute'), claim: c.id });
    for (const d of distribute) {
      if (d === 'amounts' ? !amounts.length : !qualifiers.some((q) => q.property === d)) {
        throw new ClaimgraphError('CLAIMS_INVALID', `\`distribute\` names ${d}, which is not a qualifier of this claim`, { ...at('distribute'), claim: c.id });
      }
    }
  }
  return {
    id: c.id, article: c.article, pos: c.pos, quotes, subject, predicate: c.predicate, object,
    polarity: c.polarity, modality: c.modality, qualifiers, amounts, speaker: speakerOf(c, quotes, ctx), distribute: [...distribute].sort(),
  };
}

/**
 * Who states a claim, from the segments its quotes lie in: the article (headline, dateline,
 * byline, body) or one reader comment. Text that is nobody's (boilerplate, a comment header)
 * states nothing, and one claim cannot rest on two speakers' words.
 */
function speakerOf(c: ClaimDef, quotes: AnchoredQuote[], ctx: CompileContext): Speaker {
  let speaker: Speaker | undefined;
  quotes.forEach((q, i) => {
    const seg = ctx.segmentation.segments.find((s) => s.id === q.segmentId);
    const loc = { file: c.pos.file, line: c.quoteLines[i] ?? c.pos.line, claim: c.id };
    if (!seg || seg.kind === 'boilerplate' || seg.kind === 'comment-meta') {
      const what = seg?.kind === 'boilerplate' ? 'page boilerplate' : 'a comment header';
      throw new ClaimgraphError('CLAIMS_INVALID', `quote lies in ${what} (segment ${q.segmentId}), which states nothing; if that text is the author's or a reader's, mark the segment in meta.yaml (segments.marks)`, loc);
    }
    const sp: Speaker = seg.kind === 'comment' ? { kind: 'comment', number: seg.commentNumber ?? 1 } : { kind: 'article' };
    const name = (x: Speaker): string => (x.kind === 'comment' ? `comment ${x.number}` : 'the article');
    if (speaker && name(speaker) !== name(sp)) {
      throw new ClaimgraphError('CLAIMS_INVALID', `quotes come from two speakers (${name(speaker)} and ${name(sp)}): a claim is stated by one; split it`, loc);
    }
    speaker = sp;
  });
  return speaker!;
}

function side(raw: unknown, name: string, c: ClaimDef, ctx: CompileContext, pos: SourcePos, entity: boolean): ClaimSide {
  const loc = { ...pos, claim: c.id };
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const g = raw as Record<string, unknown>;
    for (const k of Object.keys(g)) if (!GROUP_KEYS.has(k)) throw new ClaimgraphError('CLAIMS_INVALID', `unknown key \`${k}\` in group ${name} (expected group, plus, except, role, quantifier)`, loc);
    const ids = (v: unknown, key: string): string[] => {
      if (v === undefined || v === null) return [];
      const list = Array.isArray(v) ? v : [v];
      return list.map((x) => {
        const id = String(x);
        if (!ctx.entities.has(id)) throw new ClaimgraphError('UNKNOWN_ENTITY', `unknown entity ${JSON.stringify(id)} (in group ${key}; not in entities.yaml)`, loc);
        return id;
      }).sort();
    };
    const [group] = ids(g.group, 'group');
    if (!group) throw new ClaimgraphError('CLAIMS_INVALID', `group ${name} needs \`group:\``, loc);
    const quantifier = g.quantifier === undefined || g.quantifier === null ? 'all' : String(g.quantifier);
    if (!(QUANTIFIERS as readonly string[]).includes(quantifier)) {
      throw new ClaimgraphError('CLAIMS_INVALID', `quantifier must be \`all\` (every member, the default) or \`some\` (a plural that names no member: "countries from X")`, loc);
    }
    const spec: GroupSpec = { group, plus: ids(g.plus, 'plus'), except: ids(g.except, 'except'), quantifier: quantifier as GroupSpec['quantifier'] };
    if (spec.quantifier === 'some' && (spec.plus.length || spec.except.length)) {
      throw new ClaimgraphError('CLAIMS_INVALID', '`quantifier: some` names no member: it takes no plus or except', loc);
    }
    if (g.role !== undefined && g.role !== null) spec.role = String(g.role);
    return { type: 'group', spec };
  }
  if (raw === undefined || raw === null || Array.isArray(raw)) throw new ClaimgraphError('CLAIMS_INVALID', `${name} must be an entity id, a literal or a group`, loc);
  const value = String(raw);
  if (!entity) return typeValue(value, c.predicate, ctx.entities, ctx.ontology, pos, c.id);
  if (!ctx.entities.has(value)) throw new ClaimgraphError('UNKNOWN_ENTITY', `unknown entity ${JSON.stringify(value)} (${name}; not in entities.yaml)`, loc);
  return { type: 'entity', id: value };
}

function parseAmounts(raw: unknown, pos: SourcePos, claim: string): Amount[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((a) => {
    const o = a as Record<string, unknown> | null;
    const value = o && typeof o === 'object' ? String(o.value ?? '') : '';
    const currency = o && typeof o === 'object' ? String(o.currency ?? '') : '';
    if (!/^\d+(\.\d+)?$/.test(value) || !/^[A-Z]{3}$/.test(currency)) {
      throw new ClaimgraphError('CLAIMS_INVALID', 'each amount needs `value` (a decimal string) and `currency` (ISO 4217 code)', { ...pos, claim });
    }
    return { value, currency };
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function termSortKey(t: TermValue): string {
  return t.type === 'entity' ? `e:${t.id}` : `l:${t.value}^^${t.datatype}`;
}

function sortTerms(ts: TermValue[]): TermValue[] {
  return [...ts].sort((a, b) => cmp(termSortKey(a), termSortKey(b)));
}

// ---------------------------------------------------------------- keys and expansion

/**
 * Slug of a term for a claim IRI: the entity id, or the lexical value lowercased with
 * everything outside [a-z0-9-] turned into `-`.
 *
 * @example
 * ```ts
 * termSlug({ type: 'literal', value: '2015-09-03', datatype: '' }); // '2015-09-03'
 * ```
 */
export function termSlug(t: TermValue): string {
  if (t.type === 'entity') return t.id;
  const s = t.value.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return s || 'x' + sha256Hex(t.value).slice(0, 6);
}

/**
 * The content-derived local name of a claim IRI:
 * `<subject>.<predicate>.<object>[.neg][.<modality>][.<6 hex of qualifiers>]`.
 *
 * @example
 * ```ts
 * claimKey({ subject: { type: 'entity', id: 'acme' }, predicate: 'memberOf', object: { type: 'entity', id: 'guild' },
 *   polarity: 'positive', modality: 'stated', qualifiers: [], amounts: [] }); // 'acme.memberOf.guild'
 * ```
 */
export function claimKey(c: Pick<ResolvedClaim, 'subject' | 'predicate' | 'object' | 'polarity' | 'modality' | 'qualifiers' | 'amounts'>): string {
  let key = `${termSlug(c.subject)}.${c.predicate}.${termSlug(c.object)}`;
  if (c.polarity === 'negative') key += '.neg';
  if (c.modality !== 'stated') key += `.${c.modality}`;
  const parts = [
    ...c.qualifiers.map((q) => `${q.property}=${q.values.map(termSortKey).join(',')}`),
    ...c.amounts.map((a) => `amount=${a.currency}:${a.value}`),
  ].sort();
  if (parts.length) key += '.' + sha256Hex(parts.join('\n')).slice(0, 6);
  return key;
}

/**
 * A claim's content as a 32-hex digest: subject, predicate, object, polarity, modality,
 * qualifiers, amounts, and for a group claim its group spec and what it hands to each member
 * (`distribute`); not its provenance (id, article, sentences, speaker, quotes). Two direct
 * claims with one content key make the same claim triples apart from their provenance; two
 * group claims with one content key expand into the same claims, citing the same membership
 * sentences (the corpus-wide members of the group). Not {@link claimKey}: that one slugs
 * literals and truncates its qualifier hash, so two claims with one IRI may still differ. The
 * corpus build writes such shared content once, in the first article stating it
 * (src/corpus/keys.ts), and needs to know the others' is the same.
 *
 * @example
 * ```ts
 * claimContentKey({ subject: { type: 'entity', id: 'acme' }, predicate: 'memberOf', object: { type: 'entity', id: 'guild' },
 *   polarity: 'positive', modality: 'stated', qualifiers: [], amounts: [] }); // 32 hex digits
 * ```
 */
export function claimContentKey(c: Pick<CompiledClaim, 'subject' | 'predicate' | 'object' | 'polarity' | 'modality' | 'qualifiers' | 'amounts'> & { distribute?: string[] }): string {
  const t = (v: TermValue): string[] => (v.type === 'entity' ? ['e', v.id] : ['l', v.value, v.datatype]);
  const side = (v: ClaimSide): unknown[] => (v.type === 'group' ? ['g', v.spec.group, v.spec.plus, v.spec.except, v.spec.role ?? null, v.spec.quantifier] : t(v));
  const group = c.subject.type === 'group' || c.object.type === 'group';
  return sha256Hex(JSON.stringify([
    side(c.subject), c.predicate, side(c.object), c.polarity, c.modality,
    c.qualifiers.map((q) => [q.property, q.values.map(t)]), c.amounts.map((a) => [a.currency, a.value]),
    group ? c.distribute ?? [] : null,
  ])).slice(0, 32);
}

/**
 * The local part of a group claim's IRI, `group.<article>.<id>` (its expansions' `expandedFrom`).
 *
 * @example
 * ```ts
 * groupClaimKey({ article: 'freedonia-votes', id: 'steppe-in-acme' }); // 'group.freedonia-votes.steppe-in-acme'
 * ```
 */
export function groupClaimKey(c: Pick<CompiledClaim, 'article' | 'id'>): string {
  return `group.${c.article}.${c.id}`;
}

/**
 * Expands group statements into one claim per member and resolves every claim to its
 * content-derived key. Members of a group are the entities with a positive, stated
 * `partOf <group>` claim in any of `all`; expansions cite the group sentence and the
 * membership sentences. `membership` holds further claims (another article's, say) that count
 * for group membership only: they are not resolved into claims of their own.
 *
 * @example
 * ```ts
 * const { claims, groups } = expandGroups(compiledOfAllArticles, entities, entityFacts);
 * ```
 */
export function expandGroups(
  all: CompiledClaim[],
  entities: EntityIndex,
  entityFacts: Map<string, Qualifier[]>,
  membership: readonly CompiledClaim[] = [],
): { claims: ResolvedClaim[]; groups: ResolvedGroupClaim[] } {
  const claims: ResolvedClaim[] = [];
  const groups: ResolvedGroupClaim[] = [];
  // membership: group id -> member id -> sentences of the partOf claims
  const members = new Map<string, Map<string, SentenceRef[]>>();
  let holders: Map<string, Map<string, string>> | undefined;
  for (const list of [all, membership]) for (const c of list) {
    if (c.predicate !== 'partOf' || c.polarity !== 'positive' || c.modality !== 'stated') continue;
    if (c.subject.type !== 'entity' || c.object.type !== 'entity') continue;
    const m = members.get(c.object.id) ?? new Map<string, SentenceRef[]>();
    members.set(c.object.id, m);
    m.set(c.subject.id, [...(m.get(c.subject.id) ?? []), ...refs(c)]);
  }
  for (const c of all) {
    const quotes = c.quotes.map((q) => ({ ...q, article: c.article }));
    if (c.subject.type !== 'group' && c.object.type !== 'group') {
      const r = { subject: c.subject, predicate: c.predicate, object: c.object, polarity: c.polarity, modality: c.modality, qualifiers: c.qualifiers, amounts: c.amounts };
      claims.push({ ...r, key: claimKey(r), claimId: `${c.article}#${c.id}`, article: c.article, derivation: 'Direct', sentences: refs(c), quotes, speaker: c.speaker });
      continue;
    }
    const sideName = c.subject.type === 'group' ? 'subject' : 'object';
    const spec = (sideName === 'subject' ? c.subject : c.object) as { type: 'group'; spec: GroupSpec };
    const other = (sideName === 'subject' ? c.object : c.subject) as TermValue;
    const groupKey = groupClaimKey(c);
    const memberMap = members.get(spec.spec.group) ?? new Map<string, SentenceRef[]>();
    const g: ResolvedGroupClaim = {
      key: groupKey, claimId: `${c.article}#${c.id}`, article: c.article, side: sideName, spec: spec.spec, other,
      predicate: c.predicate, polarity: c.polarity, modality: c.modality, qualifiers: c.qualifiers, amounts: c.amounts,
      sentences: refs(c), quotes, speaker: c.speaker, expandedInto: [], distribute: c.distribute,
    };
    // "countries from X": true of some members, none of them named: no member gets a claim
    if (spec.spec.quantifier === 'some') { groups.push(g); continue; }
    if (memberMap.size === 0 && spec.spec.plus.length === 0) {
      throw new ClaimgraphError('CLAIMS_INVALID', `group ${spec.spec.group} has no members (no positive stated \`partOf ${spec.spec.group}\` claim)`, { ...c.pos, claim: c.id });
    }
    for (const ex of spec.spec.except) {
      if (!memberMap.has(ex) && !spec.spec.plus.includes(ex)) {
        throw new ClaimgraphError('CLAIMS_INVALID', `except ${ex} is not a member of group ${spec.spec.group}`, { ...c.pos, claim: c.id });
      }
    }
    // qualifiers describe the whole (a trip's dates, a total) unless the claim distributes them;
    // the whole's time only bounds each member's (a visit to one country lies within the trip)
    const memberQualifiers = sortQualifiers([
      ...c.qualifiers.filter((q) => c.distribute.includes(q.property)),
      ...timeBounds(c.qualifiers.filter((q) => !c.distribute.includes(q.property))),
    ]);
    const memberAmounts = c.distribute.includes('amounts') ? c.amounts : [];
    const ids = [...new Set([...memberMap.keys(), ...spec.spec.plus])].sort();
    for (const id of ids) {
      const excepted = spec.spec.except.includes(id);
      const target = spec.spec.role ? roleHolder(id, spec.spec.role, (holders ??= roleHolders(entities, entityFacts)), c) : id;
      const t: TermValue = { type: 'entity', id: target };
      const polarity: Polarity = excepted ? (c.polarity === 'positive' ? 'negative' : 'positive') : c.polarity;
      const r = {
        subject: sideName === 'subject' ? t : other, predicate: c.predicate, object: sideName === 'object' ? t : other,
        polarity, modality: c.modality, qualifiers: memberQualifiers, amounts: memberAmounts,
      };
      const key = claimKey(r);
      g.expandedInto.push(key);
      claims.push({
        ...r, key, claimId: `${c.article}#${c.id}/${target}`, article: c.article,
        derivation: excepted ? 'GroupException' : 'GroupExpansion', expandedFrom: groupKey,
        sentences: dedupeRefs([...refs(c), ...(memberMap.get(id) ?? [])]), quotes, speaker: c.speaker,
      });
    }
    groups.push(g);
  }
  return { claims, groups };
}

/**
 * What the time of a whole says of each member's part: a part of a one-day whole happened that
 * day, and in its year or at its point in time; a part of a whole from S to E happened between
 * (Wikidata's earliest date and latest date), not from S to E.
 */
function timeBounds(whole: Qualifier[]): Qualifier[] {
  const get = (p: string): TermValue[] => whole.find((q) => q.property === p)?.values ?? [];
  const out: Qualifier[] = [];
  for (const p of ['date', 'year', 'pointInTime']) if (get(p).length) out.push({ property: p, values: get(p) });
  const start = get('startDate')[0];
  const end = get('endDate')[0];
  if (start) out.push({ property: 'earliestDate', values: [start] });
  if (end) out.push({ property: 'latestDate', values: [end] });
  return out;
}

function sortQualifiers(qs: Qualifier[]): Qualifier[] {
  return [...qs].sort((a, b) => cmp(a.property, b.property));
}

function roleHolder(country: string, role: string, holders: Map<string, Map<string, string>>, c: CompiledClaim): string {
  const found = holders.get(country)?.get(role);
  if (found === undefined) {
    throw new ClaimgraphError('UNKNOWN_ENTITY', `no entity with officeOf: ${country} and roleType: ${role} (needed by the group's role)`, { ...c.pos, claim: c.id });
  }
  return found;
}

/**
 * The holder of each office (by `officeOf` value, then `roleType` value), the first by id when
 * several hold it: indexed once per expansion rather than searched for every member.
 */
function roleHolders(entities: EntityIndex, facts: Map<string, Qualifier[]>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const valuesOf = (qs: Qualifier[], prop: string): string[] =>
    qs.filter((q) => q.property === prop).flatMap((q) => q.values.map((x) => (x.type === 'entity' ? x.id : x.value)));
  for (const id of entities.keys()) {
    const qs = facts.get(id);
    if (!qs?.length) continue;
    const roles = valuesOf(qs, 'roleType');
    if (!roles.length) continue;
    for (const country of valuesOf(qs, 'officeOf')) {
      let byRole = out.get(country);
      if (byRole === undefined) out.set(country, (byRole = new Map()));
      for (const role of roles) {
        const held = byRole.get(role);
        if (held === undefined || id < held) byRole.set(role, id);
      }
    }
  }
  return out;
}

function refs(c: CompiledClaim): SentenceRef[] {
  return dedupeRefs(c.quotes.map((q) => ({ article: c.article, sentenceId: q.sentenceId })));
}

function dedupeRefs(rs: SentenceRef[]): SentenceRef[] {
  // most claims cite one sentence
  if (rs.length < 2) return [...rs];
  const seen = new Map<string, SentenceRef>();
  for (const r of rs) seen.set(`${r.article}/${r.sentenceId}`, r);
  return [...seen.entries()].sort(([a], [b]) => cmp(a, b)).map(([, r]) => r);
}
