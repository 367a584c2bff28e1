/**
 * traqula (Comunica's own SPARQL 1.2 parser and generator), loaded on first use.
 *
 * Why one module: the parser is a Chevrotain grammar whose construction (grammar recording and
 * look-ahead analysis) costs the better part of a second in a cold process; it is built once,
 * here, and shared by the syntax trees claimgraph reads (src/query/parse.ts) and the algebra it
 * hands Comunica (src/query/algebra.ts). A query whose syntax tree and algebra are cached
 * (src/query/cache.ts) builds neither. A plain `require` through `createRequire` keeps callers
 * synchronous and is left alone by the bundler (scripts/bundle.mjs), so the packages load from
 * node_modules only when first asked for.
 */
import { createRequire } from 'node:module';
import type { SparqlQuery } from '@traqula/rules-sparql-1-2';

/** The parser settings claimgraph and Comunica's `ActorQueryParseSparql` both use. */
interface TraqulaParser {
  parse(query: string, context?: { prefixes?: Record<string, string>; baseIRI?: string; astFactory?: unknown }): SparqlQuery;
}
interface TraqulaGenerator {
  generate(ast: unknown, origSource?: string): string;
}
/** The part of traqula's `AstFactory` claimgraph uses. */
export interface AstFactoryLike {
  isQuery(node: unknown): boolean;
  isContextDefinitionBase(node: unknown): boolean;
  forcedAutoGenTree<T extends object>(node: T): T;
  gen(): object;
}

const req = createRequire(import.meta.url);
let parser: TraqulaParser | undefined;
let generator: TraqulaGenerator | undefined;
let factory: AstFactoryLike | undefined;

/**
 * traqula's AST factory (node constructors and type guards).
 *
 * @example
 * ```ts
 * astFactory().isQuery(ast); // true
 * ```
 */
export function astFactory(): AstFactoryLike {
  factory ??= new (req('@traqula/rules-sparql-1-2') as { AstFactory: new () => AstFactoryLike }).AstFactory();
  return factory;
}

/**
 * The process's SPARQL 1.2 parser, with full position tracking (what the generator needs to
 * give a parsed text back unchanged, and what Comunica's own parse actor uses).
 *
 * @example
 * ```ts
 * const ast = sparqlParser().parse('SELECT * { ?s ?p ?o }');
 * ```
 */
export function sparqlParser(): TraqulaParser {
  if (!parser) {
    const { Parser } = req('@traqula/parser-sparql-1-2') as { Parser: new (args: object) => TraqulaParser };
    parser = new Parser({ defaultContext: { astFactory: astFactory() }, lexerConfig: { positionTracking: 'full' } });
  }
  return parser;
}

/**
 * The process's SPARQL 1.2 generator.
 *
 * @example
 * ```ts
 * sparqlGenerator().generate(ast);
 * ```
 */
export function sparqlGenerator(): TraqulaGenerator {
  generator ??= new (req('@traqula/generator-sparql-1-2') as { Generator: new () => TraqulaGenerator }).Generator();
  return generator;
}
