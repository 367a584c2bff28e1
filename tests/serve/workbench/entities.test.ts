// The entity view's memos (src/serve/workbench/entities.ts): the graph does not change while a
// server runs, so a drawing or a sorted claim group is read once per reader and kept (least
// recently used out first); what is kept is what a fresh reader computes.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { entityView, neighbourhood } from '../../../src/serve/workbench/entities.js';
import { taskState } from '../../../src/serve/workbench/tasks.js';
import { workbenchProject } from '../../helpers/workbench-fixture.js';

const CGR = 'https://w3id.org/claimgraph/resource/';
let project: { dir: string; remove: () => void };
let store: N3.Store;

beforeAll(async () => {
  project = await workbenchProject();
  store = new N3.Store(new N3.Parser().parse(readFileSync(join(project.dir, 'graph/claimgraph.ttl'), 'utf8')));
});
afterAll(() => project?.remove());

test('a neighbourhood is drawn once per reader and parameters; a fresh reader draws the same', () => {
  const { reader } = taskState(store, project.dir);
  const first = neighbourhood(reader, `${CGR}sylvania`, 2, 40);
  expect(first.nodes.length).toBeGreaterThan(1);
  expect(neighbourhood(reader, `${CGR}sylvania`, 2, 40)).toBe(first);
  const fewer = neighbourhood(reader, `${CGR}sylvania`, 2, 2);
  expect(fewer).not.toBe(first);
  expect(fewer.nodes).toHaveLength(2);
  expect(neighbourhood(taskState(store, project.dir).reader, `${CGR}sylvania`, 2, 40)).toEqual(first);
});

test('an unknown entity is a 404 each time, never a remembered drawing', () => {
  const { reader } = taskState(store, project.dir);
  for (let i = 0; i < 2; i++) expect(() => neighbourhood(reader, `${CGR}no-such-entity`, 2, 40)).toThrow(/nothing in the graph is named/);
});

test('the entity view\'s sorted groups are the same from a remembered and a fresh reader', () => {
  const { reader } = taskState(store, project.dir);
  const a = entityView(reader, `${CGR}sylvania`, 10);
  expect(entityView(reader, `${CGR}sylvania`, 10)).toEqual(a);
  expect(entityView(taskState(store, project.dir).reader, `${CGR}sylvania`, 10)).toEqual(a);
});

test('an entity view is remembered per request shape: the same answer again, another for other parameters', () => {
  const { reader } = taskState(store, project.dir);
  const a = entityView(reader, `${CGR}sylvania`, 2, undefined, 1);
  expect(entityView(reader, `${CGR}sylvania`, 2, undefined, 1)).toBe(a);
  const fresh = entityView(taskState(store, project.dir).reader, `${CGR}sylvania`, 2, undefined, 1);
  expect(fresh).not.toBe(a);
  expect(fresh).toEqual(a);
  // another page size or source count is its own answer, never the remembered one
  expect(entityView(reader, `${CGR}sylvania`, 10, undefined, 1).groups.map((g) => g.claims.length)).toEqual(entityView(taskState(store, project.dir).reader, `${CGR}sylvania`, 10, undefined, 1).groups.map((g) => g.claims.length));
  expect(entityView(reader, `${CGR}sylvania`, 10)).toEqual(entityView(taskState(store, project.dir).reader, `${CGR}sylvania`, 10));
  for (let i = 0; i < 2; i++) expect(() => entityView(reader, `${CGR}no-such-entity`, 5)).toThrow(/nothing in the graph is named/);
});
