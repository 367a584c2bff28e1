// Citations computed on Oxigraph, independently of claimgraph's code, with the semantics
// documented in src/query/cite.ts: the query's positive triple patterns are instantiated with
// each solution (after re-running it as SELECT * when the shown rows lack variables or
// aggregate); a ground triple is backed by the positive, stated claims with that subject,
// predicate and object, or failing that (when the triple holds) by claims of a sub-property,
// inverse or symmetric property; a bound claim or sentence is cited directly. Look-ups are
// Oxigraph index look-ups (store.match), the claim-triple index is built once per store.
import oxigraph from 'oxigraph';
import sparqljs from 'sparqljs';
import { canonRow } from './lib.js';

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

function predicateIris(p, inverse) {
  if (p.termType === 'NamedNode') return [{ iri: p.value, inverse }];
  if (p.type === 'path' && p.pathType === '^' && p.items?.length === 1) return predicateIris(p.items[0], !inverse);
  if (p.type === 'path' && p.pathType === '|') {
    const all = [];
    for (const item of p.items ?? []) {
      const sub = predicateIris(item, inverse);
      if (!sub) return undefined;
      all.push(...sub);
    }
    return all;
  }
  return undefined;
}

function collectPatterns(patterns, out) {
  for (const p of patterns) {
    if (p.type === 'bgp') {
      for (const t of p.triples) {
        const preds = predicateIris(t.predicate, false);
        if (preds?.length) out.push({ subject: t.subject, predicates: preds, object: t.object });
      }
    } else if (p.type === 'group' || p.type === 'optional' || p.type === 'union' || p.type === 'graph') collectPatterns(p.patterns, out);
    else if (p.type === 'query') collectPatterns(p.where ?? [], out);
  }
}

function scopeVariables(patterns, out) {
  for (const p of patterns) {
    if (p.type === 'bgp') {
      for (const t of p.triples) for (const term of [t.subject, t.predicate, t.object]) if (term.termType === 'Variable') out.add(term.value);
    } else if (p.type === 'group' || p.type === 'optional' || p.type === 'union') scopeVariables(p.patterns, out);
    else if (p.type === 'graph') { if (p.name.termType === 'Variable') out.add(p.name.value); scopeVariables(p.patterns, out); }
    else if (p.type === 'bind') out.add(p.variable.value);
    else if (p.type === 'values') for (const row of p.values) for (const k of Object.keys(row)) out.add(k.replace(/^[?$]/, ''));
    else if (p.type === 'query') {
      for (const v of p.variables) {
        if (v.termType === 'Variable') out.add(v.value);
        else if (v.variable) out.add(v.variable.value);
        else scopeVariables(p.where ?? [], out);
      }
    }
  }
}

function hasAggregate(e) {
  if (!e || typeof e !== 'object') return false;
  if (e.type === 'aggregate') return true;
  return Array.isArray(e.args) && e.args.some(hasAggregate);
}

function valuesConstants(patterns) {
  const out = new Map();
  for (const p of patterns) {
    if (p.type !== 'values' || p.values.length !== 1) continue;
    for (const [k, v] of Object.entries(p.values[0])) if (v) out.set(k.replace(/^[?$]/, ''), v);
  }
  return out;
}

/** Citations per row (arrays of { claim?, sentences: [iri] }), rows as Oxigraph binding Maps. */
export function citeRowsOxigraph(store, sparql, rows, ontologyQuads) {
  const query = new sparqljs.Parser().parse(sparql);
  if (query.queryType !== 'SELECT' || rows.length === 0) return rows.map(() => []);
  const constants = valuesConstants(query.where ?? []);
  const patterns = [];
  collectPatterns(query.where ?? [], patterns);
  for (const p of patterns) {
    if (p.subject.termType === 'Variable' && constants.has(p.subject.value)) p.subject = constants.get(p.subject.value);
    if (p.object.termType === 'Variable' && constants.has(p.object.value)) p.object = constants.get(p.object.value);
  }
  const inScope = new Set();
  scopeVariables(query.where ?? [], inScope);
  for (const c of constants.keys()) inScope.delete(c);
  const aggregated = !!query.group || !!query.having || query.variables.some((v) => v.expression && hasAggregate(v.expression));
  const plainShown = query.variables.filter((v) => v.termType === 'Variable').map((v) => v.value);
  const shown = query.variables.map((v) => (v.termType === 'Variable' ? v.value : v.variable?.value)).filter(Boolean);
  const wildcard = query.variables.some((v) => v.termType === 'Wildcard');
  const complete = wildcard || [...inScope].every((v) => plainShown.includes(v));
  const get = (row, v) => (row instanceof Map ? row.get(v) : row[v]);

  let solutionsByRow;
  if (!aggregated && complete) {
    solutionsByRow = rows.map((r) => [r]);
  } else {
    const keys = aggregated
      ? (query.group ?? []).map((g) => g.expression).filter((e) => e.termType === 'Variable').map((e) => e.value).filter((v) => shown.includes(v))
      : plainShown.filter((v) => inScope.has(v));
    const expanded = { ...query, variables: [new sparqljs.Wildcard()], distinct: false, reduced: false };
    for (const k of ['group', 'having', 'order', 'limit', 'offset']) delete expanded[k];
    const text = new sparqljs.Generator().stringify(expanded);
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
        for (const pred of p.predicates) {
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

/** Canonical, sorted text of rows with their citations (for the row-for-row comparison). */
export function canonCitations(rows, variables, citations, concat = {}) {
  return rows.map((r, i) => {
    const cs = (citations[i] ?? []).map((c) => `${c.claim ?? 'sentence'}[${c.sentences.map((s) => (typeof s === 'string' ? s : s.iri)).sort().join(',')}]`).sort();
    return `${canonRow(r, variables, concat)} => ${cs.join(' ; ')}`;
  }).sort();
}
