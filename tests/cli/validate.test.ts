import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { runCliCapture, corpusFixture } from '../helpers/cli.js';
import { fileHash } from '../helpers/project.js';
import { copyMini, miniDir } from '../helpers/pipeline-fixture.js';

describe('claimgraph validate', () => {
  it('prints a conforming summary and exits 0', async () => {
    // the corpus fixture: its properties all have shapes and patterns (the mini one's ontology has no lexicon)
    const r = await runCliCapture(['validate'], { cwd: corpusFixture });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^conforms: 0 violations, 0 warnings, 0 infos \(\d+ triples, \d+ anchors, 3 article texts, SHACL shapes, fresh-build comparison\)\n$/);
  });

  it('exits VALIDATION_FAILED with one line per violation on a tampered article, graph untouched', async () => {
    const dir = copyMini();
    const before = fileHash(join(dir, 'graph/claimgraph.ttl'));
    appendFileSync(join(dir, 'graph/articles/freedonia-guild-2011/article.txt'), 'tampered\n');
    const r = await runCliCapture(['validate'], { cwd: dir });
    expect(r.code).toBe(ERROR_CODES.VALIDATION_FAILED);
    expect(r.stdout).toContain('violation[hash] graph/articles/freedonia-guild-2011/article.txt: graph/articles/freedonia-guild-2011/article.txt has sha256');
    expect(r.stdout).toContain('violation[build]');
    expect(r.stdout).toMatch(/does NOT conform: 3 violations/);
    expect(fileHash(join(dir, 'graph/claimgraph.ttl'))).toBe(before);
  });

  it('writes JSON and a Turtle sh:ValidationReport', async () => {
    const json = await runCliCapture(['validate', '--format', 'json'], { cwd: corpusFixture });
    expect(JSON.parse(json.stdout)).toMatchObject({ conforms: true, results: [] });
    const dir = copyMini();
    const r = await runCliCapture(['validate', '--format', 'turtle', '-o', 'report.ttl'], { cwd: dir });
    expect(r.code).toBe(0);
    const quads = new N3.Parser().parse(readFileSync(join(dir, 'report.ttl'), 'utf8'));
    expect(quads.some((q) => q.object.value === 'http://www.w3.org/ns/shacl#ValidationReport')).toBe(true);
  });

  it('rejects an unknown --format as a usage error', async () => {
    const r = await runCliCapture(['validate', '--format', 'xml'], { cwd: miniDir });
    expect(r.code).toBe(ERROR_CODES.USAGE);
  });
});
