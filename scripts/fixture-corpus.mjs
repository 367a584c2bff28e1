#!/usr/bin/env node
// Refreshes the tests' corpus fixture (tests/fixtures/corpus/graph) from the live corpus (graph/):
// entities.yaml and every article folder are copied, and the fixture's graph is built in memory
// (the same bytes `claimgraph build` writes). The tests run on this copy, never on graph/, so a
// user adding an article changes no test; a curator who wants the tests to see new curation runs
// this and reviews the tests' expected answers.
//   node scripts/fixture-corpus.mjs        (npm run fixture:corpus; needs `npm run build` first)
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = join(root, 'tests/fixtures/corpus');
const { buildToFile } = await import(join(root, 'dist/graph/index.js'));

rmSync(join(fixture, 'graph/articles'), { recursive: true, force: true });
cpSync(join(root, 'graph/entities.yaml'), join(fixture, 'graph/entities.yaml'));
for (const id of readdirSync(join(root, 'graph/articles')).sort()) {
  const from = join(root, 'graph/articles', id);
  if (id.startsWith('.') || !statSync(from).isDirectory()) continue;
  cpSync(from, join(fixture, 'graph/articles', id), { recursive: true });
}
const summary = await buildToFile(fixture);
process.stdout.write(`tests/fixtures/corpus: ${summary.articles} articles, ${summary.claims} claims, ${summary.triples} triples${summary.changed ? '' : ' (unchanged)'}\n`);
