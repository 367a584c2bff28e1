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
  generate(ast: unknown): string;
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
 * The process's SPARQL 1.2 generator: traqula's, with one rule corrected through its builder
 * (`GeneratorBuilder.create(...).patchRule`, traqula's way of extending a generator). traqula
 * 1.3 writes the items of a collection with nothing between them, so `( ex:a ex:b )` came out
 * as `( ex:aex:b )`, one prefixed name, and `( _:a _:b )` as a blank node and a prefixed name;
 * the patched rule puts a space between items. tests/query/roundtrip.test.ts fails if the
 * writing of any W3C query (lists included) stops parsing back to its algebra.
 *
 * @example
 * ```ts
 * sparqlGenerator().generate(astFactory().forcedAutoGenTree(ast));
 * ```
 */
export function sparqlGenerator(): TraqulaGenerator {
  if (!generator) {
    const { GeneratorBuilder } = req('@traqula/core') as { GeneratorBuilder: { create(b: unknown): { patchRule(r: unknown): { build(): GeneratorRules } } } };
    const { sparql12GeneratorBuilder } = req('@traqula/generator-sparql-1-2') as { sparql12GeneratorBuilder: unknown };
    const { gram, completeGeneratorContext } = req('@traqula/rules-sparql-1-2') as { gram: { graphNodePath: unknown }; completeGeneratorContext(c: object): object };
    const built = GeneratorBuilder.create(sparql12GeneratorBuilder).patchRule(spacedCollection(gram.graphNodePath)).build();
    const context = completeGeneratorContext({});
    generator = { generate: (ast) => built.queryOrUpdate(ast, { ...context }).trim() };
  }
  return generator;
}

interface GeneratorRules {
  queryOrUpdate(ast: unknown, context: object): string;
}

interface CollectionAst {
  triples: { object: unknown }[];
}
interface GeneratorHelpers {
  SUBRULE(rule: unknown, ast: unknown): void;
  PRINT_WORD(word: string): void;
  ENSURE_EITHER(...options: string[]): void;
}

/** traqula's `collectionPath` rule, with whitespace ensured before each item. */
function spacedCollection(graphNodePath: unknown): object {
  return {
    name: 'collectionPath',
    gImpl: ({ SUBRULE, PRINT_WORD, ENSURE_EITHER }: GeneratorHelpers) => (ast: CollectionAst, { astFactory: F }: { astFactory: { printFilter(n: unknown, f: () => void): void } }) => {
      F.printFilter(ast, () => PRINT_WORD('('));
      // every other triple of the list's encoding holds an item; the others link the cells
      for (const [i, triple] of ast.triples.entries()) {
        if (i % 2 !== 0) continue;
        ENSURE_EITHER(' ', '\n');
        SUBRULE(graphNodePath, triple.object);
      }
      F.printFilter(ast, () => PRINT_WORD(')'));
    },
  };
}
