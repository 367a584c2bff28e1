import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { runCliCapture, corpusFixture } from '../helpers/cli.js';
import { fileHash } from '../helpers/project.js';
import { cgr, jsonRows, type SparqlJson } from '../helpers/query-results.js';
import { tempDir } from '../helpers/temp.js';

describe('claimgraph query: errors', () => {
  it('a broken SPARQL query: QUERY_SYNTAX with line and column, non-zero exit, graph untouched', async () => {
    const before = fileHash(join(corpusFixture, 'graph/claimgraph.ttl'));
    const r = await runCliCapture(['query', '-e', 'SELECT ?x WHERE {\n  ?x cg:memberOf cgr:sco .\n  FILTER( }']);
    expect(r.code).toBe(ERROR_CODES.QUERY_SYNTAX);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error\[QUERY_SYNTAX\]: line 3, column 11, query -e: SPARQL syntax error: unexpected '}'/);
    expect(r.stderr).toContain('  FILTER( }\n            ^');
    expect(fileHash(join(corpusFixture, 'graph/claimgraph.ttl'))).toBe(before);
  });

  it('a broken query file names the file', async () => {
    const dir = tempDir('claimgraph-q-');
    const file = join(dir, 'bad.rq');
    writeFileSync(file, '# title: bad\nSELECT ?x\nWHERE { ?x ?p "unterminated }\n');
    const r = await runCliCapture(['query', file]);
    expect(r.code).toBe(ERROR_CODES.QUERY_SYNTAX);
    expect(r.stderr).toContain(`${file}:3:15, query bad.rq: SPARQL syntax error: unexpected invalid text`);
  });

  it('an unknown prefix is located too', async () => {
    const r = await runCliCapture(['query', '-e', 'SELECT * WHERE {\n ?x foo:bar ?y }']);
    expect(r.code).toBe(ERROR_CODES.QUERY_SYNTAX);
    expect(r.stderr).toMatch(/line 2, column 5.*Unknown prefix: foo/);
  });

  it('an unknown query name: QUERY_NOT_FOUND listing the available names', async () => {
    const r = await runCliCapture(['query', 'aiib-not-sc0']);
    expect(r.code).toBe(ERROR_CODES.QUERY_NOT_FOUND);
    expect(r.stderr).toMatch(/no named query "aiib-not-sc0"; available: about, aiib-not-sco, aiib-not-sco-strict, claims-per-sentence, members-of, money-per-country, negative-claims, parade-attendance/);
  });

  it('SPARQL text where a name goes runs as with -e (prefixes predeclared); a syntax error is located as for -e', async () => {
    const inline = 'SELECT ?s WHERE { ?s cg:memberOf ?o } ORDER BY ?s LIMIT 3';
    const [a, b] = [await runCliCapture(['query', inline, '--format', 'csv']), await runCliCapture(['query', '-e', inline, '--format', 'csv'])];
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.split('\n').length).toBeGreaterThan(2);
    const bad = await runCliCapture(['query', 'select * where { ?s ?p ?o  LIMIT 2']);
    expect(bad.code).toBe(ERROR_CODES.QUERY_SYNTAX);
    expect(bad.stderr).toMatch(/^error\[QUERY_SYNTAX\]: line 1, column 28, query -e:/);
    // a name that is not SPARQL is still looked up as a name
    expect((await runCliCapture(['query', 'select-members'])).code).toBe(ERROR_CODES.QUERY_NOT_FOUND);
  });

  it('updates are refused: the graph is read-only', async () => {
    const r = await runCliCapture(['query', '-e', 'INSERT DATA { cgr:a cg:memberOf cgr:b }']);
    expect(r.code).toBe(ERROR_CODES.QUERY_FAILED);
    expect(r.stderr).toContain('read-only');
  });

  it('usage errors: no query, both a name and -e, unknown format, unknown parameter, --graph without --endpoint', async () => {
    for (const args of [
      ['query'],
      ['query', 'members-of', '-e', 'ASK {}'],
      ['query', 'members-of', '--format', 'yaml'],
      ['query', 'members-of', '--param', 'organisation=sco'],
      ['query', 'members-of', '--param', 'org'],
      ['query', 'members-of', '--graph', 'urn:g'],
      ['query', 'members-of', '--cite', '--format', 'xml'],
    ]) {
      const r = await runCliCapture(args);
      expect(r.code, args.join(' ')).toBe(ERROR_CODES.USAGE);
      expect(r.stderr, args.join(' ')).toMatch(/error\[USAGE\]/);
    }
    const p = await runCliCapture(['query', 'members-of', '--param', 'organisation=sco']);
    expect(p.stderr).toContain('its parameters: org');
  });

  it('an unreachable endpoint is a REMOTE_HTTP error naming the endpoint', async () => {
    const r = await runCliCapture(['query', 'members-of', '--endpoint', 'http://127.0.0.1:9/sparql']);
    expect(r.code).toBe(ERROR_CODES.REMOTE_HTTP);
    expect(r.stderr).toContain('http://127.0.0.1:9/sparql');
  });
});

describe('claimgraph query: inputs', () => {
  it('--list shows each named query with its title', async () => {
    const r = await runCliCapture(['query', '--list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines).toContain('members-of\tMembers of an organisation');
    expect(lines.every((l) => /^[a-z-]+\t\S.+$/.test(l))).toBe(true);
  });

  it('--param takes an entity id, a prefixed name or an IRI', async () => {
    for (const v of ['sco', 'cgr:sco', `<${cgr('sco')}>`]) {
      const r = await runCliCapture(['query', 'members-of', '--param', `org=${v}`]);
      expect(jsonRows(JSON.parse(r.stdout) as SparqlJson)).toHaveLength(5);
    }
  });

  it('a .rq file path runs, relative to the working directory', async () => {
    const dir = tempDir('claimgraph-q-');
    writeFileSync(join(dir, 'ask.rq'), 'PREFIX cg: <https://w3id.org/claimgraph/ontology#>\nPREFIX cgr: <https://w3id.org/claimgraph/resource/>\nASK { cgr:kazakhstan cg:consentedToJoin cgr:aiib }\n');
    const r = await runCliCapture(['--dir', corpusFixture, 'query', 'ask.rq'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ head: {}, boolean: true });
  });

  it('inline queries have the project prefixes predeclared but may redeclare one', async () => {
    const r = await runCliCapture(['query', '-e', 'PREFIX cgr: <urn:x:> SELECT ?o WHERE { ?o a cg:Country } LIMIT 1']);
    expect(r.code).toBe(0);
    expect(jsonRows(JSON.parse(r.stdout))).toHaveLength(1);
  });

  it('help documents the command with an example', async () => {
    const r = await runCliCapture(['query', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('claimgraph query negative-claims --cite');
    expect(r.stdout).toContain('--cite');
  });
});

describe('claimgraph query --cite on an ASK', () => {
  it('answers, and says on stderr that a yes/no answer is not cited', async () => {
    const r = await runCliCapture(['query', '--cite', '-e', 'ASK { ?x cg:memberOf ?y }']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ head: {}, boolean: true });
    expect(r.stderr).toContain('an ASK answer is not cited');
  });
});
