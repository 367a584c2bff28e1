/**
 * Tracing a property path between two bound nodes back to the triples it walked.
 *
 * A path row (`?x cg:partOf+ ?y`) shows its ends, not the nodes in between, so the triples it
 * rests on are found again here: the path becomes an automaton (Thompson's construction over
 * links read forwards or backwards, and negated property sets), walked forwards from the
 * subject through the graph's indexes, then backwards from the object over the steps taken.
 * A triple is kept when it lies on some walk from the subject to the object that the path
 * matches: every way the row holds, not one chosen way. The walk is bounded
 * ({@link MAX_PATH_STEPS}); past the bound the path is reported as not traced, never as
 * traced in part.
 */
import type * as RDF from '@rdfjs/types';
import rdfDataFactory from 'rdf-data-factory';
import { termToSparql } from '../format.js';
import type { GraphReader } from '../types.js';
import type { GroundTriple, PathExpr } from './types.js';
import { tripleKey } from './patterns.js';

const DF = new rdfDataFactory.DataFactory();

/**
 * Node-and-state pairs one path between two nodes may visit before it is reported as not
 * traced. A row of a transitive path over a whole hierarchy visits each node of it once per
 * automaton state: 20,000 covers hierarchies of thousands of nodes at a few ms.
 */
export const MAX_PATH_STEPS = 20_000;

interface Edge {
  to: number;
  /** undefined: an epsilon move */
  step?: { kind: 'link'; iri: string; inverse: boolean } | { kind: 'nps'; exclude: Set<string>; inverse: boolean };
}

/** An automaton: states 0..n-1, one start and one accepting state. */
interface Automaton {
  edges: Edge[][];
  start: number;
  accept: number;
}

/**
 * Builds the automaton of a path (Thompson's construction).
 *
 * @example
 * ```ts
 * const a = compilePath({ type: 'plus', item: { type: 'link', iri: partOf, inverse: false } });
 * ```
 */
export function compilePath(path: PathExpr): Automaton {
  const edges: Edge[][] = [];
  const state = () => {
    edges.push([]);
    return edges.length - 1;
  };
  const build = (p: PathExpr): [number, number] => {
    const from = state();
    switch (p.type) {
      case 'link': {
        const to = state();
        edges[from]!.push({ to, step: { kind: 'link', iri: p.iri, inverse: p.inverse } });
        return [from, to];
      }
      case 'nps': {
        const to = state();
        if (p.forward) edges[from]!.push({ to, step: { kind: 'nps', exclude: p.forward, inverse: false } });
        if (p.inverse) edges[from]!.push({ to, step: { kind: 'nps', exclude: p.inverse, inverse: true } });
        return [from, to];
      }
      case 'seq': {
        let at = from;
        for (const item of p.items) {
          const [s, e] = build(item);
          edges[at]!.push({ to: s });
          at = e;
        }
        return [from, at];
      }
      case 'alt': {
        const to = state();
        for (const item of p.items) {
          const [s, e] = build(item);
          edges[from]!.push({ to: s });
          edges[e]!.push({ to });
        }
        return [from, to];
      }
      case 'opt':
      case 'star':
      case 'plus': {
        const to = state();
        const [s, e] = build(p.item);
        edges[from]!.push({ to: s });
        edges[e]!.push({ to });
        if (p.type !== 'plus') edges[from]!.push({ to });
        if (p.type !== 'opt') edges[e]!.push({ to: s });
        return [from, to];
      }
    }
  };
  const [start, accept] = build(path);
  return { edges, start, accept };
}

/**
 * The triples on the walks from `s` to `o` that the path matches, or `undefined` when the walk
 * passes {@link MAX_PATH_STEPS}. An empty list: the ends are joined by the empty walk only
 * (`?x p* ?x`), or not at all.
 *
 * @example
 * ```ts
 * tracePath(store, compilePath(path), cgr('westland'), cgr('mundus')); // [westland partOf eastia, eastia partOf mundus]
 * ```
 */
export function tracePath(graph: GraphReader, automaton: Automaton, s: RDF.Term, o: RDF.Term, maxSteps = MAX_PATH_STEPS): GroundTriple[] | undefined {
  const { edges, start, accept } = automaton;
  const nodes = new Map<string, RDF.Term>();
  const id = (t: RDF.Term) => {
    const k = termToSparql(t);
    if (!nodes.has(k)) nodes.set(k, t);
    return k;
  };
  const pair = (n: string, q: number) => `${q} ${n}`;
  // forward: every pair reachable from (s, start), and the moves between them
  const seen = new Set<string>();
  const moves = new Map<string, { from: string; triple?: GroundTriple }[]>(); // to-pair -> incoming moves
  const queue: [string, number][] = [[id(s), start]];
  seen.add(pair(id(s), start));
  const arrive = (fromPair: string, n: string, q: number, triple?: GroundTriple) => {
    const to = pair(n, q);
    const list = moves.get(to);
    if (list) list.push({ from: fromPair, triple });
    else moves.set(to, [{ from: fromPair, triple }]);
    if (!seen.has(to)) {
      seen.add(to);
      queue.push([n, q]);
    }
  };
  for (let next = 0; next < queue.length; next++) {
    if (seen.size > maxSteps) return undefined;
    const [n, q] = queue[next]!;
    const here = pair(n, q);
    const node = nodes.get(n)!;
    for (const e of edges[q]!) {
      if (!e.step) {
        arrive(here, n, e.to);
        continue;
      }
      if (node.termType === 'Literal' && !e.step.inverse) continue;
      const quads = e.step.kind === 'link'
        ? e.step.inverse ? graph.getQuads(null, DF.namedNode(e.step.iri), node, null) : graph.getQuads(node, DF.namedNode(e.step.iri), null, null)
        : e.step.inverse ? graph.getQuads(null, null, node, null) : graph.getQuads(node, null, null, null);
      for (const quad of quads) {
        if (e.step.kind === 'nps' && e.step.exclude.has(quad.predicate.value)) continue;
        const other = e.step.inverse ? quad.subject : quad.object;
        const triple = { key: tripleKey(quad.subject, quad.predicate.value, quad.object), s: quad.subject as RDF.Term, p: quad.predicate.value, o: quad.object as RDF.Term };
        arrive(here, id(other as RDF.Term), e.to, triple);
      }
    }
  }
  // backward: the moves on some walk that ends in (o, accept)
  const end = pair(termToSparql(o), accept);
  if (!seen.has(end)) return [];
  const kept = new Map<string, GroundTriple>();
  const back = [end];
  const done = new Set([end]);
  while (back.length > 0) {
    const to = back.pop()!;
    for (const m of moves.get(to) ?? []) {
      if (m.triple) kept.set(m.triple.key, m.triple);
      if (!done.has(m.from)) {
        done.add(m.from);
        back.push(m.from);
      }
    }
  }
  return [...kept.values()];
}
