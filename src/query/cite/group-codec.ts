/**
 * The text one aggregate carries each group's solutions in, written by SPARQL's own string
 * functions inside the query (src/query/cite/plan.ts `planGroupCitation`) and read back here:
 * the format has this one home.
 *
 * A group's text is its solutions joined by `|`; a solution is its variables' fields joined by a
 * space, in a fixed order; a field is empty (unbound, or a term citation does not need), `i<IRI>`
 * (an IRI as it is: Oxigraph holds only valid IRIs, which have no space, `|` or `^`),
 * `I<ENCODE_FOR_URI(IRI)>`, or `L<lexical>^<datatype>^<language>` with each part
 * `ENCODE_FOR_URI`'d. A term with no string form (blank node, triple term) is written `X`, and
 * the group is then cited by the re-run instead.
 */
import type * as RDF from '@rdfjs/types';
import rdfDataFactory from 'rdf-data-factory';
import type { QueryRow } from '../types.js';

const DF = new rdfDataFactory.DataFactory();
const DIR_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString';

/**
 * The aggregate expression (SPARQL text) that writes each solution of a group. `inPatterns`: the
 * variables of citable patterns (written whatever their kind); any other variable matters only
 * when it binds a claim or a sentence, so only its IRIs are written.
 *
 * @example
 * ```ts
 * groupConcatText(['c', 's'], new Set(['c']), true); // 'GROUP_CONCAT(CONCAT(…, " ", …); SEPARATOR = "|")'
 * ```
 */
export function groupConcatText(vars: string[], inPatterns: Set<string>, rawIris: boolean): string {
  // ENCODE_FOR_URI always escapes space, | and ^ (Comunica's, like JavaScript's encodeURI,
  // leaves more unescaped than the spec's [A-Za-z0-9._~-], such as "," and ":"): they separate
  // solutions, variables and a literal's parts. COALESCE turns an unbound variable (an error in
  // the IF) into an empty field. Not DISTINCT: citations are sets anyway, and Oxigraph's
  // DISTINCT cost ~40 ms of claims-per-sentence at 1M.
  const iri = (v: string) => (rawIris ? `CONCAT("i", STR(?${v}))` : `CONCAT("I", ENCODE_FOR_URI(STR(?${v})))`);
  const term = (v: string) =>
    inPatterns.has(v)
      ? `COALESCE(IF(isIRI(?${v}), ${iri(v)}, IF(isLiteral(?${v}), CONCAT("L", ENCODE_FOR_URI(STR(?${v})), "^", ENCODE_FOR_URI(STR(DATATYPE(?${v}))), "^", LANG(?${v})), "X")), "")`
      : `COALESCE(IF(isIRI(?${v}), ${iri(v)}, ""), "")`;
  const tuple = vars.length === 1 ? term(vars[0]!) : `CONCAT(${vars.map(term).join(', " ", ')})`;
  return `GROUP_CONCAT(${tuple}; SEPARATOR = "|")`;
}

/**
 * Reads back one group's solutions; undefined when a term has no string form to read (blank
 * node, triple term, directional literal). `memo` shares the terms of repeated encoded fields
 * (an IRI written as it is, `i…`, is read anew: a slice costs less than a look-up).
 *
 * @example
 * ```ts
 * decodeGroup('ihttp://ex/a|ihttp://ex/b', ['s'], new Map()); // [{ s: <http://ex/a> }, { s: <http://ex/b> }]
 * ```
 */
export function decodeGroup(text: string, vars: string[], memo: Map<string, RDF.Term>): QueryRow[] | undefined {
  if (text === '') return [];
  const out: QueryRow[] = [];
  for (const tuple of text.split('|')) {
    const sol: QueryRow = {};
    // one variable (the common case): the tuple is the field, no second split
    const fields = vars.length === 1 ? [tuple] : tuple.split(' ');
    if (fields.length !== vars.length) return undefined;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      if (f === '') continue;
      // an IRI as it is costs a slice, less than a memo look-up of a field that rarely repeats
      let t = f.charCodeAt(0) === 105 /* i */ ? DF.namedNode(f.slice(1)) : memo.get(f);
      if (!t) {
        t = readField(f);
        if (!t) return undefined;
        memo.set(f, t);
      }
      sol[vars[i]!] = t;
    }
    out.push(sol);
  }
  return out;
}

function readField(f: string): RDF.Term | undefined {
  switch (f[0]) {
    case 'i':
      return DF.namedNode(f.slice(1));
    case 'I':
      return DF.namedNode(decodeURIComponent(f.slice(1)));
    case 'L': {
      const [lex, dt, lang] = f.slice(1).split('^');
      const datatype = decodeURIComponent(dt!);
      if (datatype === DIR_LANG_STRING) return undefined;
      return lang ? DF.literal(decodeURIComponent(lex!), lang) : DF.literal(decodeURIComponent(lex!), DF.namedNode(datatype));
    }
    default:
      return undefined;
  }
}
