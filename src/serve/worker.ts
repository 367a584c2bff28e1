/**
 * A query worker thread: holds its own copy of the graph and one Comunica engine.
 *
 * Why threads: destroying a Comunica result stream does not stop an aggregate that is still
 * consuming its input (measured: a COUNT over a cartesian product kept one core busy after its
 * stream was destroyed), so the only reliable way to stop a runaway query is to terminate the
 * thread that runs it. The server does that on timeout and starts a fresh worker.
 *
 * This file must stay self-contained (only package imports and `import type`): it is started as
 * a Worker from `dist/serve/worker.js`, and from `src/serve/worker.ts` by Node's type stripping
 * when the sources run under the test runner.
 */
import { parentPort, workerData } from 'node:worker_threads';
import module from 'node:module';
import { Parser, Store } from 'n3';
import type * as RDF from '@rdfjs/types';
import type { PlainResult, PlainTerm, WorkerRequest, WorkerResponse } from './types.js';

interface WorkerInit {
  nquads: string;
}

function plain(term: RDF.Term): PlainTerm {
  if (term.termType === 'NamedNode') return { type: 'uri', value: term.value };
  if (term.termType === 'BlankNode') return { type: 'bnode', value: term.value };
  if (term.termType === 'Literal') {
    const out: PlainTerm = { type: 'literal', value: term.value };
    if (term.language) out['xml:lang'] = term.language;
    else if (term.datatype && term.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') out.datatype = term.datatype.value;
    return out;
  }
  // variables, quoted triples and default graphs never appear in results of the queries we run
  return { type: 'literal', value: term.value };
}

class LimitReached extends Error {}

async function main(): Promise<void> {
  const init = workerData as WorkerInit;
  const store = new Store();
  store.addQuads(new Parser({ format: 'application/n-quads' }).parse(init.nquads));
  // Comunica is hundreds of modules: the on-disk compile cache makes a replacement worker start faster
  module.enableCompileCache?.();
  const { QueryEngine } = await import('@comunica/query-sparql');
  const engine = new QueryEngine();
  const port = parentPort!;

  async function run(req: WorkerRequest): Promise<PlainResult> {
    const result = await engine.query(req.sparql, { sources: [store] });
    if (result.resultType === 'boolean') return { type: 'boolean', value: await result.execute() };
    if (result.resultType === 'bindings') {
      const meta = await result.metadata();
      // Comunica reports { variable, canBeUndef } although the RDF/JS type says Variable
      const variables = (meta.variables as unknown as ({ variable?: RDF.Variable } & Partial<RDF.Variable>)[]).map((v) => v.variable?.value ?? v.value ?? '');
      const stream = await result.execute();
      const rows: Record<string, PlainTerm>[] = [];
      await new Promise<void>((resolve, reject) => {
        stream.on('data', (b: RDF.Bindings) => {
          if (rows.length >= req.maxResults) {
            stream.destroy();
            reject(new LimitReached());
            return;
          }
          const row: Record<string, PlainTerm> = {};
          for (const [k, v] of b) row[k.value] = plain(v);
          rows.push(row);
        });
        stream.on('error', reject);
        stream.on('end', resolve);
      });
      return { type: 'bindings', variables, rows };
    }
    if (result.resultType === 'quads') {
      const stream = await result.execute();
      const triples: { s: PlainTerm; p: PlainTerm; o: PlainTerm }[] = [];
      await new Promise<void>((resolve, reject) => {
        stream.on('data', (q: RDF.Quad) => {
          if (triples.length >= req.maxResults) {
            stream.destroy();
            reject(new LimitReached());
            return;
          }
          triples.push({ s: plain(q.subject), p: plain(q.predicate), o: plain(q.object) });
        });
        stream.on('error', reject);
        stream.on('end', resolve);
      });
      return { type: 'quads', triples };
    }
    throw new Error('updates are not run by query workers');
  }

  port.on('message', (req: WorkerRequest) => {
    run(req).then(
      (result) => port.postMessage({ id: req.id, ok: true, result } satisfies WorkerResponse),
      (err: unknown) => {
        const msg: WorkerResponse = err instanceof LimitReached
          ? { id: req.id, ok: false, code: 'QUERY_RESULT_TOO_LARGE', message: `the result has more than ${req.maxResults} rows/triples, the server's limit; narrow the query or add a LIMIT` }
          : { id: req.id, ok: false, code: 'QUERY_FAILED', message: err instanceof Error ? err.message : String(err) };
        port.postMessage(msg);
      },
    );
  });
  port.postMessage({ id: -1, ready: true, triples: store.size } satisfies WorkerResponse);
}

void main();
