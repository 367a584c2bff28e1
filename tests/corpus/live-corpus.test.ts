// The one test that reads the live corpus (graph/): whatever articles a user has added, the
// committed graph must build, be fresh, and validate. Every other test runs on fixtures of its
// own (tests/fixtures/), so adding an article never changes their answers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, loadProject, serializeTurtle, GRAPH_FILE } from '../../src/graph/index.js';
import { validateProject } from '../../src/validate/index.js';
import { projectRoot } from '../helpers/cli.js';

describe('the live corpus (graph/)', () => {
  it(`builds, and ${GRAPH_FILE} equals a fresh build byte for byte`, async () => {
    const fresh = await serializeTurtle(buildGraph(loadProject(projectRoot)).quads);
    const committed = readFileSync(join(projectRoot, GRAPH_FILE), 'utf8');
    expect(fresh === committed, `${GRAPH_FILE} is stale: run \`claimgraph build\``).toBe(true);
  });

  it('validates: SHACL, anchors, hashes, vocabulary, no warnings', async () => {
    const report = await validateProject(projectRoot);
    expect(report.results.map((r) => `${r.severity}[${r.source}] ${r.focusNode ?? ''}: ${r.message}`)).toEqual([]);
    expect(report.conforms).toBe(true);
  });
});
