/**
 * The validate stage: SHACL over the committed graph, plus checks SHACL cannot express: every
 * anchored text equals the article at its code-point offsets, article hashes agree (graph,
 * meta.yaml, file on disk), and the committed graph equals a fresh build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { ClaimgraphError } from '../errors.js';
import { sha256Hex } from '../source/index.js';
import {
  GRAPH_FILE, ONTOLOGY_FILE, SHAPES_FILE, buildGraph, loadGraphStore, loadProject, serializeTurtle,
  NIF, SCHEMA, RDF, SH, XSD, PREFIXES,
} from '../graph/index.js';
import { loadArticleMetaHash } from './meta.js';
import { claimClassCheck, generatedShapes, vocabularyCheck } from './vocabulary.js';

const LEXICON_FILE = 'ontology/lexicon.ttl';
import type { ResultSource, Severity, ValidationReport, ValidationResultData } from './types.js';

export type { ResultSource, Severity, ValidationReport, ValidationResultData } from './types.js';

const { namedNode, literal, quad } = N3.DataFactory;

/** Options of {@link validateProject}. */
export interface ValidateOptions {
  /** Skip the staleness check (compare with a fresh build). */
  skipStale?: boolean;
}

/**
 * Validates a project's committed graph: SHACL shapes, anchors, hashes, staleness.
 *
 * @example
 * ```ts
 * const report = await validateProject('.');
 * if (!report.conforms) console.log(report.results.map((r) => r.message));
 * ```
 */
export async function validateProject(dir: string, opts: ValidateOptions = {}): Promise<ValidationReport> {
  const store = await loadGraphStore(dir);
  const results: ValidationResultData[] = [];
  const shapes = existsSync(join(dir, SHAPES_FILE));
  if (shapes) results.push(...(await shaclCheck(dir, store, results)));
  else results.push(result('Violation', 'shacl', SHAPES_FILE, `no SHACL shapes at ${SHAPES_FILE}`));
  const anchors = anchorCheck(store, results);
  const articles = hashCheck(dir, store, results);
  let stale = false;
  if (!opts.skipStale) {
    stale = true;
    try {
      const fresh = await serializeTurtle(buildGraph(loadProject(dir)).quads);
      const committed = readFileSync(join(dir, GRAPH_FILE), 'utf8');
      if (fresh !== committed) {
        const now = new Set(new N3.Parser().parse(fresh).map(nt));
        const old = new Set(store.getQuads(null, null, null, null).map(nt));
        const added = [...now].filter((q) => !old.has(q)).length;
        const removed = [...old].filter((q) => !now.has(q)).length;
        results.push(result('Violation', 'stale', GRAPH_FILE,
          `${GRAPH_FILE} is stale: a fresh build differs (${added} triples added, ${removed} removed); run \`claimgraph build\``));
      }
    } catch (err) {
      if (!(err instanceof ClaimgraphError)) throw err;
      results.push(result('Violation', 'build', err.location.file ?? GRAPH_FILE, `the project does not build: [${err.code}] ${err.message}`));
    }
  }
  results.sort((a, b) => cmp(sevRank(a.severity), sevRank(b.severity)) || cmp(a.source, b.source) || cmp(a.focusNode, b.focusNode) ||
    cmp(a.path ?? '', b.path ?? '') || cmp(a.message, b.message));
  return {
    conforms: !results.some((r) => r.severity === 'Violation'),
    results,
    checked: { triples: store.size, anchors, articles, shapes, stale },
  };
}

function result(severity: Severity, source: ResultSource, focusNode: string, message: string, extra: Partial<ValidationResultData> = {}): ValidationResultData {
  return { severity, source, focusNode, message, ...extra };
}

const sevRank = (s: Severity): number => (s === 'Violation' ? 0 : s === 'Warning' ? 1 : 2);
const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

function nt(q: Quad): string {
  const t = (x: Term): string => (x.termType === 'Literal' ? `"${x.value}"^^${(x as N3.Literal).datatype.value}@${(x as N3.Literal).language}` : `<${x.value}>`);
  return `${t(q.subject)} ${t(q.predicate)} ${t(q.object)}`;
}

async function shaclCheck(dir: string, data: N3.Store, vocabulary: ValidationResultData[]): Promise<ValidationResultData[]> {
  const parse = (file: string): N3.Quad[] => {
    try {
      return new N3.Parser().parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      throw new ClaimgraphError('ONTOLOGY_INVALID', `cannot parse: ${(err as Error).message}`, { file }, { cause: err });
    }
  };
  const shapes = new N3.Store(parse(SHAPES_FILE));
  // The ontology joins the data graph so sh:class sees rdfs:subClassOf chains, and the shapes of
  // its properties are generated from it (src/validate/vocabulary.ts)
  const full = new N3.Store(data.getQuads(null, null, null, null));
  const onto = new N3.Store(existsSync(join(dir, ONTOLOGY_FILE)) ? parse(ONTOLOGY_FILE) : []);
  full.addQuads(onto.getQuads(null, null, null, null));
  shapes.addQuads(generatedShapes(onto) as N3.Quad[]);
  const vocab = new N3.Store(onto.getQuads(null, null, null, null));
  if (existsSync(join(dir, LEXICON_FILE))) vocab.addQuads(parse(LEXICON_FILE));
  vocabulary.push(...vocabularyCheck(data, vocab), ...claimClassCheck(data, full));
  // imported on use: only validation needs the SHACL engine
  const { default: SHACLValidator } = await import('rdf-validate-shacl');
  const validator = new SHACLValidator(shapes);
  const report = await validator.validate(full);
  return report.results.map((r) => {
    const sev = r.severity?.value.replace(PREFIXES.sh ?? 'http://www.w3.org/ns/shacl#', '') ?? 'Violation';
    const severity: Severity = sev.endsWith('Warning') ? 'Warning' : sev.endsWith('Info') ? 'Info' : 'Violation';
    return result(severity, 'shacl', r.focusNode?.value ?? '', r.message.map((m) => m.value).join('; ') || 'SHACL constraint violated', {
      path: r.path?.termType === 'NamedNode' ? r.path.value : undefined,
      value: r.value?.value,
      sourceShape: r.sourceShape?.termType === 'NamedNode' ? r.sourceShape.value : undefined,
      sourceConstraintComponent: r.sourceConstraintComponent?.value,
    });
  });
}

/** Every node with nif:anchorOf and offsets must equal its context's text at those offsets. */
function anchorCheck(store: N3.Store, results: ValidationResultData[]): number {
  const texts = new Map<string, string[]>();
  const contextChars = (ctx: string): string[] | undefined => {
    if (!texts.has(ctx)) {
      const s = store.getObjects(ctx, NIF('isString'), null)[0];
      if (!s) return undefined;
      texts.set(ctx, [...s.value]);
    }
    return texts.get(ctx);
  };
  let n = 0;
  for (const q of store.getQuads(null, NIF('anchorOf'), null, null)) {
    n++;
    const node = q.subject.value;
    const num = (p: string): number | undefined => {
      const v = store.getObjects(q.subject, NIF(p), null)[0]?.value;
      return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
    };
    const begin = num('beginIndex');
    const end = num('endIndex');
    const ctx = store.getObjects(q.subject, NIF('referenceContext'), null)[0]?.value;
    if (begin === undefined || end === undefined || !ctx) {
      results.push(result('Violation', 'anchor', node, 'anchored text without nif:beginIndex, nif:endIndex and nif:referenceContext', { path: NIF('anchorOf').value }));
      continue;
    }
    const chars = contextChars(ctx);
    if (!chars) {
      results.push(result('Violation', 'anchor', node, `reference context ${ctx} has no nif:isString`, { path: NIF('referenceContext').value, value: ctx }));
      continue;
    }
    if (!(begin <= end && end <= chars.length)) {
      results.push(result('Violation', 'anchor', node, `offsets ${begin}-${end} outside the text (length ${chars.length})`, { path: NIF('endIndex').value, value: String(end) }));
      continue;
    }
    const actual = chars.slice(begin, end).join('');
    if (actual !== q.object.value) {
      results.push(result('Violation', 'anchor', node,
        `nif:anchorOf ${JSON.stringify(short(q.object.value))} differs from the text at ${begin}-${end}: ${JSON.stringify(short(actual))}`,
        { path: NIF('anchorOf').value, value: q.object.value }));
    }
  }
  return n;
}

function short(s: string): string {
  return s.length > 70 ? s.slice(0, 67) + '...' : s;
}

/** Article hashes: text in the graph, schema:sha256 in the graph, meta.yaml, file on disk. */
function hashCheck(dir: string, store: N3.Store, results: ValidationResultData[]): number {
  const contexts = store.getSubjects(RDF('type'), NIF('Context'), null);
  for (const ctx of contexts) {
    const text = store.getObjects(ctx, NIF('isString'), null)[0]?.value ?? '';
    const art = store.getObjects(ctx, NIF('sourceUrl'), null)[0];
    const stated = store.getObjects(ctx, SCHEMA('sha256'), null)[0]?.value;
    const actual = sha256Hex(text);
    if (stated !== actual) {
      results.push(result('Violation', 'hash', ctx.value, `nif:isString has sha256 ${actual} but the graph states ${stated ?? 'none'}`, { path: SCHEMA('sha256').value, value: stated }));
    }
    if (!art) continue;
    const artHash = store.getObjects(art, SCHEMA('sha256'), null)[0]?.value;
    if (artHash !== undefined && artHash !== actual) {
      results.push(result('Violation', 'hash', art.value, `article sha256 ${artHash} differs from its text's ${actual}`, { path: SCHEMA('sha256').value, value: artHash }));
    }
    const id = art.value.startsWith(PREFIXES.cga) ? art.value.slice(PREFIXES.cga.length) : undefined;
    if (!id) continue;
    const file = `graph/articles/${id}/article.txt`;
    const path = join(dir, file);
    if (!existsSync(path)) {
      results.push(result('Violation', 'hash', file, `the graph holds article ${id} but ${file} does not exist`));
      continue;
    }
    const disk = sha256Hex(readFileSync(path));
    if (disk !== actual) {
      results.push(result('Violation', 'hash', file, `${file} has sha256 ${disk} but the graph's text has ${actual}: the source text was changed`, { value: disk }));
    }
    const meta = loadArticleMetaHash(dir, id);
    if (meta && meta.sha256 !== disk) {
      results.push(result('Violation', 'hash', meta.file, `${meta.file}:${meta.line} says sha256 ${meta.sha256} but ${file} has ${disk}`, { value: meta.sha256 }));
    }
  }
  return contexts.length;
}

/**
 * The report as RDF: one sh:ValidationReport with sh:ValidationResult nodes (IRIs under
 * `urn:claimgraph:validation:`, no blank nodes).
 *
 * @example
 * ```ts
 * const quads = reportToQuads(await validateProject('.'));
 * ```
 */
export function reportToQuads(report: ValidationReport): Quad[] {
  const base = 'urn:claimgraph:validation:';
  const r = namedNode(base + 'report');
  const out: Quad[] = [
    quad(r, RDF('type'), SH('ValidationReport')),
    quad(r, SH('conforms'), literal(String(report.conforms), XSD('boolean'))),
  ];
  report.results.forEach((res, i) => {
    const n = namedNode(`${base}result/${i + 1}`);
    out.push(quad(r, SH('result'), n));
    out.push(quad(n, RDF('type'), SH('ValidationResult')));
    out.push(quad(n, SH('resultSeverity'), SH(res.severity)));
    out.push(quad(n, SH('focusNode'), /^[a-z][a-z0-9+.-]*:/i.test(res.focusNode) ? namedNode(res.focusNode) : literal(res.focusNode)));
    out.push(quad(n, SH('resultMessage'), literal(res.message)));
    if (res.path) out.push(quad(n, SH('resultPath'), namedNode(res.path)));
    if (res.value !== undefined) out.push(quad(n, SH('value'), literal(res.value)));
    if (res.sourceShape) out.push(quad(n, SH('sourceShape'), namedNode(res.sourceShape)));
    out.push(quad(n, SH('sourceConstraintComponent'), res.sourceConstraintComponent ? namedNode(res.sourceConstraintComponent) : namedNode(`${base}check/${res.source}`)));
  });
  return out;
}

/**
 * Human-readable report: one line per result, then a summary line.
 *
 * @example
 * ```ts
 * process.stdout.write(formatReport(report));
 * ```
 */
export function formatReport(report: ValidationReport): string {
  const lines = report.results.map((r) =>
    `${r.severity.toLowerCase()}[${r.source}] ${compact(r.focusNode)}${r.path ? ` ${compact(r.path)}` : ''}: ${r.message}`);
  const count = (s: Severity): number => report.results.filter((r) => r.severity === s).length;
  const c = report.checked;
  lines.push(`${report.conforms ? 'conforms' : 'does NOT conform'}: ${count('Violation')} violations, ${count('Warning')} warnings, ${count('Info')} infos ` +
    `(${c.triples} triples, ${c.anchors} anchors, ${c.articles} article texts${c.shapes ? ', SHACL shapes' : ''}${c.stale ? ', fresh-build comparison' : ''})`);
  return lines.join('\n') + '\n';
}

function compact(iri: string): string {
  for (const [p, ns] of Object.entries(PREFIXES)) if (iri.startsWith(ns) && iri.length > ns.length) return `${p}:${iri.slice(ns.length)}`;
  return iri;
}
