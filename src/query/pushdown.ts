/**
 * A Comunica query source that hands the whole query to an {@link OxigraphGraph}.
 *
 * Why: Comunica keeps planning and streaming, but its joins over an RDF/JS source cost
 * 10-150x Oxigraph's own evaluation at 1M triples (bench, 2026-11-29). Comunica already pushes a
 * whole query to a source that says it accepts any operation (that is how it queries a SPARQL
 * endpoint: `ActorOptimizeQueryOperationAssignSourcesExhaustive` and `QuerySourceSparql`, which
 * sends the original query text). This source does the same in-process, without HTTP or a
 * results serialisation in between. Measured on a 1,000-triple graph, warm: Comunica's cost
 * around the pushed query is ~0.4-0.5 ms (through a SPARQL endpoint source whose fetch answered
 * in-process it was 2.5-3.2 ms). Since that is more than Oxigraph's own evaluation of a selective
 * query, a SELECT or ASK that goes to Oxigraph whole no longer passes through Comunica at all
 * (src/query/run.ts `answerWhole`); CONSTRUCT and DESCRIBE still come through this source.
 *
 * Should Comunica ever hand over part of a query (it does when a source's shape rejects the whole
 * operation, e.g. an extension function), single triple patterns are answered by index look-up;
 * anything else is refused with a clear error rather than answered wrongly.
 */
import type * as RDF from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import type { OxigraphGraph } from './oxigraph.js';

/** Comunica context keys this module reads or sets (their stable string names). */
export const CONTEXT_KEYS = {
  querySources: '@comunica/bus-query-operation:querySources',
  queryString: '@comunica/actor-init-query:queryString',
  baseIRI: '@comunica/actor-init-query:baseIRI',
  /** claimgraph's own: the IRIs of the functions the query calls (see `getSelectorShape`). */
  extensionFunctions: 'claimgraph:extensionFunctions',
  /** claimgraph's own: the query as traqula writes it, for a text Oxigraph's parser refuses. */
  writtenText: 'claimgraph:writtenText',
} as const;

interface ActionContextLike {
  get(key: { name: string }): unknown;
}
interface OperationLike {
  type: string;
  subject?: RDF.Term;
  predicate?: RDF.Term;
  object?: RDF.Term;
  graph?: RDF.Term;
}
interface AsyncIteratorLike<T> {
  setProperty(name: string, value: unknown): void;
  readonly __item?: T;
}
/** The Comunica helpers this source needs, passed in so the module itself imports none. */
export interface PushdownHelpers {
  ArrayIterator: new <T>(items: T[], options: { autoStart: boolean }) => AsyncIteratorLike<T>;
  bindings(entries: [RDF.Variable, RDF.Term][]): unknown;
  inScopeVariables(operation: unknown): RDF.Variable[];
  MetadataValidationState: new () => unknown;
  variable(name: string): RDF.Variable;
}

const key = (name: string) => ({ name });

/**
 * Builds the query source (Comunica's `IQuerySource`) over a graph held in Oxigraph.
 *
 * @example
 * ```ts
 * const source = oxigraphQuerySource(graph, helpers);
 * const ctx = { [CONTEXT_KEYS.querySources]: [{ source }], [CONTEXT_KEYS.queryString]: text };
 * const result = await engine.query(operation, ctx);
 * ```
 */
export function oxigraphQuerySource(graph: OxigraphGraph, h: PushdownHelpers): object {
  const text = (context: ActionContextLike): string | undefined => context.get(key(CONTEXT_KEYS.queryString)) as string | undefined;
  const base = (context: ActionContextLike): string | undefined => context.get(key(CONTEXT_KEYS.baseIRI)) as string | undefined;
  const withMetadata = <T>(items: T[], variables: RDF.Variable[]) => {
    const it = new h.ArrayIterator(items, { autoStart: false });
    it.setProperty('metadata', {
      state: new h.MetadataValidationState(),
      cardinality: { type: 'exact', value: items.length },
      variables: variables.map((variable) => ({ variable, canBeUndef: true })),
    });
    return it;
  };
  const whole = (context: ActionContextLike, what: string): string => {
    const q = text(context);
    if (q === undefined) throw new ClaimgraphError('QUERY_FAILED', `internal: Comunica handed part of a query (${what}) to the Oxigraph store without its text; run it with --store n3`);
    return q;
  };
  const ask = <T>(context: ActionContextLike, what: string, run: (q: string) => T): T =>
    orAsWritten(whole(context, what), context.get(key(CONTEXT_KEYS.writtenText)) as (() => string) | undefined, run);
  return {
    referenceValue: 'claimgraph:oxigraph',
    toString: () => 'OxigraphQuerySource(claimgraph)',
    getFilterFactor: async () => 1,
    // Any operation, as a whole, and no bindings pushed into it: Comunica then never joins.
    // Comunica's wildcard shape excludes extension functions (a call to a function Comunica does
    // not know would be evaluated by Comunica, which refuses it); the query's own function IRIs
    // are listed as accepted, so such a query goes to Oxigraph whole like any other.
    getSelectorShape: async (context: ActionContextLike) => {
      const wildcard = { type: 'operation', operation: { operationType: 'wildcard' }, joinBindings: false };
      const functions = context.get(key(CONTEXT_KEYS.extensionFunctions)) as string[] | undefined;
      if (!functions?.length) return wildcard;
      const calls = { type: 'operation', operation: { operationType: 'type', type: 'expression', extensionFunctions: functions }, joinBindings: false };
      return { type: 'disjunction', children: [wildcard, calls] };
    },
    queryBindings(operation: OperationLike, context: ActionContextLike) {
      const variables = h.inScopeVariables(operation);
      if (operation.type === 'pattern' && text(context) === undefined) {
        return withMetadata(patternBindings(graph, operation, h), variables);
      }
      const res = ask(context, operation.type, (q) => graph.query(q, base(context), 'bindings'));
      if (!Array.isArray(res) || (res.length > 0 && !(res[0] instanceof Map))) {
        throw new ClaimgraphError('QUERY_FAILED', 'internal: Oxigraph did not answer a SELECT with solutions');
      }
      const vars = new Map<string, RDF.Variable>(variables.map((v) => [v.value, v]));
      const rows = (res as Map<string, RDF.Term>[]).map((row) => {
        const entries: [RDF.Variable, RDF.Term][] = [];
        for (const [name, term] of row) {
          let v = vars.get(name);
          if (!v) vars.set(name, (v = h.variable(name)));
          entries.push([v, term]);
        }
        return h.bindings(entries);
      });
      return withMetadata(rows, [...vars.values()]);
    },
    queryQuads(operation: OperationLike, context: ActionContextLike) {
      const res = ask(context, operation.type, (q) => graph.query(q, base(context), 'quads'));
      if (!Array.isArray(res)) throw new ClaimgraphError('QUERY_FAILED', 'internal: Oxigraph did not answer a graph query with triples');
      return withMetadata(res as RDF.Quad[], []);
    },
    async queryBoolean(operation: OperationLike, context: ActionContextLike) {
      const res = ask(context, operation.type, (q) => graph.query(q, base(context), 'boolean'));
      if (typeof res !== 'boolean') throw new ClaimgraphError('QUERY_FAILED', 'internal: Oxigraph did not answer an ASK with a boolean');
      return res;
    },
    async queryVoid() {
      throw new ClaimgraphError('QUERY_FAILED', 'SPARQL updates are not supported: the graph is read-only');
    },
  };
}

/**
 * Runs a query text in Oxigraph; when Oxigraph's parser refuses it (some texts traqula accepts,
 * such as `TRUE` in capitals), runs it again as traqula writes it (`written`), which every
 * SPARQL parser reads.
 *
 * @example
 * ```ts
 * orAsWritten(text, () => generateQuery(ast), (q) => graph.query(q, undefined, 'boolean'));
 * ```
 */
export function orAsWritten<T>(text: string, written: (() => string) | undefined, run: (q: string) => T): T {
  try {
    return run(text);
  } catch (err) {
    if (!written || !/^error at \d+:\d+/.test((err as Error).message ?? '')) throw err;
    return run(written());
  }
}

function patternBindings(graph: OxigraphGraph, op: OperationLike, h: PushdownHelpers): unknown[] {
  const positions = ['subject', 'predicate', 'object', 'graph'] as const;
  const out: unknown[] = [];
  const pattern = positions.map((p) => op[p]);
  for (const q of graph.getQuads(...(pattern as [RDF.Term, RDF.Term, RDF.Term, RDF.Term]))) {
    const entries: [RDF.Variable, RDF.Term][] = [];
    let consistent = true;
    positions.forEach((p, i) => {
      const t = pattern[i];
      if (t?.termType !== 'Variable') return;
      const bound = entries.find(([v]) => v.value === t.value);
      if (bound && !bound[1].equals(q[p])) consistent = false;
      else if (!bound) entries.push([t as RDF.Variable, q[p]]);
    });
    if (consistent) out.push(h.bindings(entries));
  }
  return out;
}
