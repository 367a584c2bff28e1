import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { runCliCapture } from '../helpers/cli.js';
import { copyProject, fileHash } from '../helpers/project.js';
import { copyMini } from '../helpers/pipeline-fixture.js';

const ARTICLE = 'graph/articles/japan-central-asia-engagement-2015';
const CLAIMS = `${ARTICLE}/claims.yaml`;
const GRAPH = 'graph/claimgraph.ttl';

/** Appends a claim to the copy's claims list (before its `uncited:` section); returns the line of its `- id:`. */
function appendClaim(dir: string, yamlItem: string): number {
  const path = join(dir, CLAIMS);
  const text = readFileSync(path, 'utf8');
  const cut = text.indexOf('\nuncited:');
  const head = cut < 0 ? text : text.slice(0, cut + 1);
  const tail = cut < 0 ? '' : text.slice(cut + 1);
  const sep = head.endsWith('\n') ? '' : '\n';
  writeFileSync(path, head + sep + yamlItem + tail);
  return head.split('\n').length + (sep ? 1 : 0) - (head.endsWith('\n') ? 1 : 0) + 1;
}

describe('claimgraph build', () => {
  it('rebuilds the copied repository to identical bytes and says it is up to date', async () => {
    const dir = copyProject();
    const before = readFileSync(join(dir, GRAPH), 'utf8');
    const r = await runCliCapture(['build'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^up to date: graph\/claimgraph.ttl: \d+ triples, 3 articles, \d+ claims, \d+ group claims\n$/);
    expect(readFileSync(join(dir, GRAPH), 'utf8')).toBe(before);
  });

  it('writes the graph when missing, with --dir and --json, leaving no temp file', async () => {
    const dir = copyMini();
    const expected = readFileSync(join(dir, GRAPH), 'utf8');
    writeFileSync(join(dir, GRAPH), 'stale');
    const r = await runCliCapture(['--dir', dir, 'build', '--json'], { cwd: '/' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: GRAPH, articles: 1, claims: 15, groupClaims: 2, changed: true });
    expect(readFileSync(join(dir, GRAPH), 'utf8')).toBe(expected);
    expect(readdirSync(join(dir, 'graph')).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  describe('bad input: clear error with file:line and claim id, non-zero exit, graph unchanged', () => {
    const cases: Array<{ name: string; code: keyof typeof ERROR_CODES; edit: (dir: string) => { line: number; claim?: string; file?: string }; message: RegExp }> = [
      {
        name: 'malformed claims YAML',
        code: 'CLAIMS_SYNTAX',
        edit: (dir) => ({ line: appendClaim(dir, '  - id: broken\n    quote: "a stern follower"\n    subject: [turkmenistan\n    predicate: follows\n') + 3 }),
        message: /YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a \]\n/,
      },
      {
        name: 'quote not in the article',
        code: 'QUOTE_NOT_FOUND',
        edit: (dir) => ({ line: appendClaim(dir, '  - id: bad-quote\n    quote: "Freedonia joined the alliance"\n    subject: japan\n    predicate: visited\n    object: central-asia\n') + 1, claim: 'bad-quote' }),
        message: /quote not found in the article: "Freedonia joined the alliance"/,
      },
      {
        name: 'ambiguous quote',
        code: 'QUOTE_AMBIGUOUS',
        edit: (dir) => ({ line: appendClaim(dir, '  - id: ambiguous\n    quote: "Central Asia"\n    subject: japan\n    predicate: visited\n    object: central-asia\n') + 1, claim: 'ambiguous' }),
        message: /quote occurs \d+ times \(s\d{3}, /,
      },
      {
        name: 'unknown entity',
        code: 'UNKNOWN_ENTITY',
        edit: (dir) => ({ line: appendClaim(dir, '  - id: who\n    quote: "a stern follower of non-alignment"\n    subject: freedonia\n    predicate: follows\n    object: non-alignment\n') + 2, claim: 'who' }),
        message: /unknown entity "freedonia"/,
      },
      {
        name: 'unknown property',
        code: 'UNKNOWN_PROPERTY',
        edit: (dir) => ({ line: appendClaim(dir, '  - id: what\n    quote: "a stern follower of non-alignment"\n    subject: turkmenistan\n    predicate: worships\n    object: non-alignment\n') + 3, claim: 'what' }),
        message: /unknown property cg:worships/,
      },
      {
        name: 'tampered article text',
        code: 'SOURCE_HASH_MISMATCH',
        edit: (dir) => {
          const p = join(dir, ARTICLE, 'article.txt');
          writeFileSync(p, readFileSync(p, 'utf8').replace('October 28, 2015', 'October 29, 2015'));
          const meta = readFileSync(join(dir, ARTICLE, 'meta.yaml'), 'utf8').split('\n');
          return { line: meta.findIndex((l) => l.startsWith('sha256:')) + 1, file: `${ARTICLE}/meta.yaml` };
        },
        message: /has sha256 [0-9a-f]{64} but meta.yaml says 3b157885/,
      },
    ];

    it.each(cases)('$name', async ({ code, edit, message }) => {
      const dir = copyProject();
      const graph = join(dir, GRAPH);
      const before = fileHash(graph);
      const where = edit(dir);
      const r = await runCliCapture(['build'], { cwd: dir });
      expect(r.code).toBe(ERROR_CODES[code]);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      const file = where.file ?? CLAIMS;
      expect(r.stderr).toContain(`error[${code}]: ${file}:${where.line}`);
      if (where.claim) expect(r.stderr).toContain(`claim ${where.claim}:`);
      expect(r.stderr).toMatch(message);
      expect(fileHash(graph)).toBe(before);
      expect(readdirSync(join(dir, 'graph')).filter((f) => f.includes('.tmp'))).toEqual([]);
    });
  });

  it('fails clearly outside a project directory', async () => {
    const r = await runCliCapture(['build'], { cwd: '/tmp' });
    expect(r.code).toBe(ERROR_CODES.SOURCE_NOT_FOUND);
    expect(r.stderr).toContain('no ontology/claimgraph.ttl');
    expect(existsSync('/tmp/graph/claimgraph.ttl')).toBe(false);
  });
});
