// Independent check: Debian's python3-rdflib loads the committed Turtle graph and runs the
// named query files as they are; its answers must equal `claimgraph query`'s.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listNamedQueries } from '../../src/query/index.js';
import { projectRoot, runCliCapture, corpusFixture } from '../helpers/cli.js';
import { jsonRows, type SparqlJson } from '../helpers/query-results.js';

const PYTHON = '/usr/bin/python3';
const names = listNamedQueries(corpusFixture);

function rdflibAnswers(): Record<string, Record<string, string>[]> {
  const files = names.map((n) => join(corpusFixture, 'queries', `${n}.rq`));
  const out = execFileSync(PYTHON, [join(projectRoot, 'tests/fixtures/query/rdflib_run.py'), join(corpusFixture, 'graph/claimgraph.ttl'), ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const byFile = JSON.parse(out) as Record<string, Record<string, string>[]>;
  return Object.fromEntries(names.map((n, i) => [n, byFile[files[i]!]!]));
}

// Numbers are compared by value: engines may differ in the lexical form of a SUM or COUNT.
function normalise(rows: Record<string, string>[]): Record<string, string>[] {
  return rows.map((r) => Object.fromEntries(Object.entries(r).sort().map(([k, v]) => [k, /^-?\d+(\.\d+)?(e\d+)?$/i.test(v) ? String(Number(v)) : v])));
}

describe('rdflib agrees with claimgraph query', () => {
  it('python3-rdflib is installed', () => {
    expect(existsSync(PYTHON)).toBe(true);
    expect(execFileSync(PYTHON, ['-c', 'import rdflib; print(rdflib.__version__)'], { encoding: 'utf8' })).toMatch(/^\d+\./);
  });

  const answers = existsSync(PYTHON) ? rdflibAnswers() : {};

  it('aiib-not-sco: both empty', async () => {
    const r = await runCliCapture(['query', 'aiib-not-sco', '--format', 'json']);
    expect(jsonRows(JSON.parse(r.stdout) as SparqlJson)).toEqual([]);
    expect(answers['aiib-not-sco']).toEqual([]);
  });

  it('members-of (the SCO): the same five rows', async () => {
    const r = await runCliCapture(['query', 'members-of', '--format', 'json']);
    const ours = jsonRows(JSON.parse(r.stdout) as SparqlJson);
    expect(ours).toHaveLength(5);
    expect(normalise(answers['members-of']!)).toEqual(normalise(ours));
  });

  it.each(names)('%s: same rows in the same order', async (name) => {
    const r = await runCliCapture(['query', name, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(normalise(answers[name]!)).toEqual(normalise(jsonRows(JSON.parse(r.stdout) as SparqlJson)));
  });
});
