// Citations computed on Oxigraph, independently of claimgraph's code, with the semantics
// documented in docs/DESIGN.md ("What --cite cites"), for the shapes the named queries use: the
// query's positive triple patterns (IRI, ^IRI, alternative or variable predicates) are
// instantiated with each solution (after re-running it as SELECT * when the shown rows lack
// variables or aggregate); a ground triple is backed by the positive, stated claims with that
// subject, predicate and object, or failing that (when the triple holds) by claims of a
// sub-property, inverse or symmetric property; a bound claim or sentence is cited directly.
// Look-ups are Oxigraph index look-ups (store.match), the claim-triple index is built once per
// store. The query is read with traqula's parser and the re-run written with its generator.
import oxigraph from 'oxigraph';
import { Parser } from '@traqula/parser-sparql-1-2';
import { Generator } from '@traqula/generator-sparql-1-2';
import { AstFactory } from '@traqula/rules-sparql-1-2';
import { canonRow } from './lib.js';

const parser = new Parser();
const generator = new Generator();
const F = new AstFactory();

/**
 * Reads a query with traqula, and its terms as RDF/JS-like terms (prefixed names resolved with
 * its own prefixes).
 *
 * @example
 * const { query, term } = readQuery('PREFIX : <http://ex/> SELECT * { ?s :p ?o }');
 */
export function readQuery(sparql) {
  const query = parser.parse(sparql);
  const prefixes = {};
  for (const c of query.context ?? []) if (c.subType === 'prefix') prefixes[c.key] = c.value.value;
  const iri = (t) => (t.prefix !== undefined ? prefixes[t.prefix] + t.value : t.value);
  const term = (t) => {
    if (!t || t.type !== 'term') return undefined;
    if (t.subType === 'variable') return { termType: 'Variable', value: t.value };
    if (t.subType === 'namedNode') return oxigraph.namedNode(iri(t));
    if (t.subType === 'blankNode') return { termType: 'BlankNode', value: t.label };
    if (t.subType === 'literal') {
      if (typeof t.langOrIri === 'string') return oxigraph.literal(t.value, t.langOrIri);
      return t.langOrIri ? oxigraph.literal(t.value, oxigraph.namedNode(iri(t.langOrIri))) : oxigraph.literal(t.value);
    }
    return undefined;
  };
  return { query, term, iri };
}

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const OWL = 'http://www.w3.org/2002/07/owl#';
const CG = 'https://w3id.org/claimgraph/ontology#';
const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';
const PROV_DERIVED = 'http://www.w3.org/ns/prov#wasDerivedFrom';
const nn = (v) => oxigraph.namedNode(v);

function key(t) {
  if (!t) return '';
  if (t.termType === 'Literal') return `"${t.value}"@${t.language || ''}^^${t.datatype?.value ?? ''}`;
  return `<${t.value}>`;
}
const tripleKey = (s, p, o) => `${key(s)} <${p}> ${key(o)}`;

const indexes = new WeakMap();

function storeIndex(store, ontologyQuads) {
  let idx = indexes.get(store);
  if (idx) return idx;
  const byTriple = new Map();
  const bySO = new Map();
  const rows = store.query(`SELECT ?c ?s ?p ?o WHERE { ?c <${RDF}subject> ?s ; <${RDF}predicate> ?p ; <${RDF}object> ?o ;
    <${CG}polarity> <${CG}Positive> ; <${CG}modality> <${CG}Stated> . }`);
  for (const r of rows) {
    const s = r.get('s'); const p = r.get('p').value; const o = r.get('o'); const c = r.get('c').value;
    const k = tripleKey(s, p, o);
    (byTriple.get(k) ?? byTriple.set(k, []).get(k)).push(c);
    const so = `${key(s)} ${key(o)}`;
    (bySO.get(so) ?? bySO.set(so, []).get(so)).push({ claim: c, p });
  }
  const inverses = new Map();
  const symmetric = new Set();
  const direct = new Map();
  const add = (m, k, v) => (m.get(k) ?? m.set(k, new Set()).get(k)).add(v);
  const axiomQuads = [...store.match(null, nn(`${OWL}inverseOf`), null), ...store.match(null, nn(`${RDF}type`), nn(`${OWL}SymmetricProperty`)),
    ...store.match(null, nn(`${RDFS}subPropertyOf`), null), ...(ontologyQuads ?? [])];
  for (const q of axiomQuads) {
    const p = q.predicate.value;
    if (p === `${OWL}inverseOf`) { add(inverses, q.subject.value, q.object.value); add(inverses, q.object.value, q.subject.value); }
    else if (p === `${RDF}type` && q.object.value === `${OWL}SymmetricProperty`) symmetric.add(q.subject.value);
    else if (p === `${RDFS}subPropertyOf`) add(direct, q.object.value, q.subject.value);
  }
  const subProperties = new Map();
  for (const p of direct.keys()) {
    const all = new Set();
    const stack = [...direct.get(p)];
    while (stack.length) {
      const x = stack.pop();
      if (all.has(x) || x === p) continue;
      all.add(x);
      stack.push(...(direct.get(x) ?? []));
    }
    subProperties.set(p, all);
  }
  idx = { byTriple, bySO, inverses, symmetric, subProperties, claims: new Map() };
  indexes.set(store, idx);
  return idx;
}

function predicateIris(p, inverse, iri) {
  if (p.type === 'term' && p.subType === 'namedNode') return [{ iri: iri(p), inverse }];
  if (p.type === 'path' && p.subType === '^') return predicateIris(p.items[0], !inverse, iri);
  if (p.type === 'path' && p.subType === '|') {
    const all = [];
    for (const item of p.items) {
      const sub = predicateIris(item, inverse, iri);
      if (!sub) return undefined;
      all.push(...sub);
    }
    return all;
  }
  return undefined;
}

function collectPatterns(patterns, out, q) {
  for (const p of patterns) {
    if (p.type === 'query') collectPatterns(p.where.patterns, out, q);
    else if (p.subType === 'bgp') {
      for (const t of p.triples) {
        if (t.type !== 'triple') continue;
        const subject = q.term(t.subject);
        const object = q.term(t.object);
        if (!subject || !object) continue;
        if (t.predicate.type === 'term' && t.predicate.subType === 'variable') {
          out.push({ subject, variable: t.predicate.value, object });
          continue;
        }
        const preds = predicateIris(t.predicate, false, q.iri);
        if (preds?.length) out.push({ subject, predicates: preds, object });
      }
    } else if (['group', 'optional', 'union', 'graph'].includes(p.subType)) collectPatterns(p.patterns, out, q);
  }
}

function scopeVariables(patterns, out) {
  for (const p of patterns) {
    if (p.type === 'query') {
      for (const v of p.variables) {
        if (v.type === 'wildcard') scopeVariables(p.where.patterns, out);
        else if (v.subType === 'variable') out.add(v.value);
        else if (v.subType === 'bind') out.add(v.variable.value);
      }
    } else if (p.subType === 'bgp') {
      for (const t of p.triples) for (const x of [t.subject, t.predicate, t.object]) if (x?.type === 'term' && x.subType === 'variable') out.add(x.value);
    } else if (['group', 'optional', 'union'].includes(p.subType)) scopeVariables(p.patterns, out);
    else if (p.subType === 'graph') { if (p.name.subType === 'variable') out.add(p.name.value); scopeVariables(p.patterns, out); }
    else if (p.subType === 'bind') out.add(p.variable.value);
    else if (p.subType === 'values') for (const row of p.values) for (const k of Object.keys(row)) out.add(k);
  }
}

function hasAggregate(e) {
  if (!e || typeof e !== 'object') return false;
  if (e.type === 'expression' && e.subType === 'aggregate') return true;
  return Array.isArray(e.args) && e.args.some(hasAggregate);
}

function valuesConstants(patterns, q) {
  const out = new Map();
  for (const p of patterns) {
    if (p.subType !== 'values' || p.values.length !== 1) continue;
    for (const [k, v] of Object.entries(p.values[0])) if (v) out.set(k, q.term(v));
  }
  return out;
}

/** Citations per row (arrays of { claim?, sentences: [iri] }), rows as Oxigraph binding Maps. */
export function citeRowsOxigraph(store, sparql, rows, ontologyQuads) {
  const q = readQuery(sparql);
  const { query } = q;
  if (query.subType !== 'select' || rows.length === 0) return rows.map(() => []);
  const where = query.where.patterns;
  const constants = valuesConstants(where, q);
  const patterns = [];
  collectPatterns(where, patterns, q);
  for (const p of patterns) {
    if (p.subject.termType === 'Variable' && constants.has(p.subject.value)) p.subject = constants.get(p.subject.value);
    if (p.object.termType === 'Variable' && constants.has(p.object.value)) p.object = constants.get(p.object.value);
    if (p.variable && constants.has(p.variable)) {
      p.predicates = [{ iri: constants.get(p.variable).value, inverse: false }];
      delete p.variable;
    }
  }
  const inScope = new Set();
  scopeVariables(where, inScope);
  for (const c of constants.keys()) inScope.delete(c);
  const mods = query.solutionModifiers;
  const aggregated = !!mods.group || !!mods.having || query.variables.some((v) => v.subType === 'bind' && hasAggregate(v.expression));
  const plainShown = query.variables.filter((v) => v.subType === 'variable').map((v) => v.value);
  const shown = query.variables.map((v) => (v.subType === 'variable' ? v.value : v.variable?.value)).filter(Boolean);
  const wildcard = query.variables.some((v) => v.type === 'wildcard');
  const complete = wildcard || [...inScope].every((v) => plainShown.includes(v));
  const get = (row, v) => (row instanceof Map ? row.get(v) : row[v]);

  let solutionsByRow;
  if (!aggregated && complete) {
    solutionsByRow = rows.map((r) => [r]);
  } else {
    const keys = aggregated
      ? (mods.group?.groupings ?? []).filter((e) => e.type === 'term' && e.subType === 'variable').map((e) => e.value).filter((v) => shown.includes(v))
      : plainShown.filter((v) => inScope.has(v));
    const expanded = { ...query, variables: [F.wildcard(F.gen())], distinct: undefined, reduced: undefined, solutionModifiers: {} };
    const text = generator.generate(F.forcedAutoGenTree(expanded));
    const groups = new Map();
    const rk = (row) => keys.map((k) => key(get(row, k))).join('\u0001');
    for (const row of store.query(text)) {
      const k = rk(row);
      (groups.get(k) ?? groups.set(k, []).get(k)).push(row);
    }
    solutionsByRow = rows.map((r) => groups.get(rk(r)) ?? []);
  }

  const idx = storeIndex(store, ontologyQuads);
  const has = (s, p, o) => store.match(s, nn(p), o).length > 0;
  const claimsFor = new Map();
  const claimsForTriple = (s, p, o) => {
    const k = tripleKey(s, p, o);
    if (claimsFor.has(k)) return claimsFor.get(k);
    let out = idx.byTriple.get(k) ?? [];
    // The fallback only ever finds claims between these two terms: none known, no look-up.
    const related = idx.bySO.has(`${key(s)} ${key(o)}`) || idx.bySO.has(`${key(o)} ${key(s)}`);
    if (!out.length && related && has(s, p, o)) {
      out = [];
      const subs = idx.subProperties.get(p);
      for (const c of idx.bySO.get(`${key(s)} ${key(o)}`) ?? []) if (subs?.has(c.p)) out.push(c.claim);
      if (o.termType !== 'Literal') {
        const invs = new Set(idx.inverses.get(p) ?? []);
        if (idx.symmetric.has(p)) invs.add(p);
        for (const inv of [...invs]) for (const sub of idx.subProperties.get(inv) ?? []) invs.add(sub);
        for (const c of idx.bySO.get(`${key(o)} ${key(s)}`) ?? []) if (invs.has(c.p)) out.push(c.claim);
      }
    }
    claimsFor.set(k, out);
    return out;
  };
  const sentencesOf = (iri) => {
    let s = idx.claims.get(iri);
    if (!s) {
      s = store.match(nn(iri), nn(PROV_DERIVED), null)
        .map((q) => q.object)
        .filter((x) => store.match(x, nn(`${NIF}beginIndex`), null).length && store.match(x, nn(`${NIF}endIndex`), null).length)
        .map((x) => x.value)
        .sort();
      idx.claims.set(iri, s);
    }
    return s;
  };
  const kinds = new Map();
  const kind = (t) => {
    if (kinds.has(t.value)) return kinds.get(t.value);
    const k = kindOf(t);
    kinds.set(t.value, k);
    return k;
  };
  const kindOf = (t) => {
    const type = nn(`${RDF}type`);
    if (store.match(t, type, nn(`${CG}Claim`)).length || store.match(t, type, nn(`${CG}GroupClaim`)).length) return 'claim';
    if (store.match(t, type, nn(`${NIF}Sentence`)).length) return 'sentence';
    return undefined;
  };

  return solutionsByRow.map((sols) => {
    const out = new Map();
    for (const sol of sols) {
      for (const p of patterns) {
        const bind = (t) => (t.termType === 'Variable' ? get(sol, t.value) : t.termType === 'BlankNode' ? undefined : t);
        const s = bind(p.subject);
        const o = bind(p.object);
        if (!s || !o) continue;
        const bound = p.variable ? get(sol, p.variable) : undefined;
        const predicates = p.variable ? (bound?.termType === 'NamedNode' ? [{ iri: bound.value, inverse: false }] : []) : p.predicates;
        for (const pred of predicates) {
          const [subj, obj] = pred.inverse ? [o, s] : [s, o];
          if (subj.termType === 'Literal') continue;
          for (const c of claimsForTriple(subj, pred.iri, obj)) if (!out.has(c)) out.set(c, { claim: c, sentences: sentencesOf(c) });
        }
      }
      const terms = sol instanceof Map ? [...sol.values()] : Object.values(sol);
      for (const t of terms) {
        if (t.termType !== 'NamedNode' || out.has(t.value)) continue;
        const k = kind(t);
        if (k === 'claim') out.set(t.value, { claim: t.value, sentences: sentencesOf(t.value) });
        else if (k === 'sentence') out.set(t.value, { sentences: [t.value] });
      }
    }
    return [...out.values()];
  });
}

/**
 * Canonical, sorted text of rows with their citations (for the row-for-row comparison); a row's
 * citations are claimgraph's `{ status, citations }` or this module's plain list.
 */
export function canonCitations(rows, variables, citations, concat = {}) {
  return rows.map((r, i) => {
    const row = citations[i];
    const cs = (Array.isArray(row) ? row : row?.citations ?? []).map((c) => `${c.claim ?? 'sentence'}[${c.sentences.map((s) => (typeof s === 'string' ? s : s.iri)).sort().join(',')}]`).sort();
    return `${canonRow(r, variables, concat)} => ${cs.join(' ; ')}`;
  }).sort();
}
