// Extending the ontology is one step (a declaration in ontology/claimgraph.ttl): validate checks
// claims against shapes generated from it, and reports what the declaration leaves out.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildToFile } from '../../src/graph/index.js';
import { validateProject } from '../../src/validate/index.js';
import { copyProject } from '../helpers/project.js';

const CLAIMS = 'graph/articles/tapi-groundbreaking-2015/claims.yaml';

function withClaim(dir: string, yaml: string): void {
  const path = join(dir, CLAIMS);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/\nclaims:\n/, `\nclaims:\n${yaml}`));
}

describe('validate and the vocabulary', () => {
  it('a property a claim uses without domain, range or lexical pattern is reported (no shape, unreadable by check)', async () => {
    const dir = copyProject();
    appendFileSync(join(dir, 'ontology/claimgraph.ttl'), '\ncg:inauguratedBy a owl:ObjectProperty , cg:RelationProperty ; rdfs:label "inaugurated by"@en .\n');
    withClaim(dir, '  - { id: inaugurated, quote: "launched construction of the", subject: tapi-pipeline, predicate: inauguratedBy, object: turkmenistan }\n');
    await buildToFile(dir);
    const report = await validateProject(dir);
    const vocab = report.results.filter((r) => r.source === 'vocabulary');
    expect(vocab.map((r) => [r.severity, r.focusNode, r.message.split(':')[0]])).toEqual([
      ['Warning', 'https://w3id.org/claimgraph/ontology#inauguratedBy', 'cg'],
      ['Warning', 'https://w3id.org/claimgraph/ontology#inauguratedBy', 'cg'],
    ]);
    expect(vocab[0].message).toMatch(/declares neither rdfs:domain nor rdfs:range: no shape checks/);
    expect(vocab[1].message).toMatch(/has no lexical pattern: the fact checker cannot read/);
    expect(report.conforms).toBe(true);
  });

  it('a declared domain and range are all a new property needs: its claims are checked without editing shapes.ttl, whatever their polarity', async () => {
    const dir = copyProject();
    const shapesBefore = readFileSync(join(dir, 'ontology/shapes.ttl'), 'utf8');
    appendFileSync(join(dir, 'ontology/claimgraph.ttl'),
      '\ncg:inauguratedBy a owl:ObjectProperty , cg:RelationProperty ; rdfs:label "inaugurated by"@en ;\n'
      + '    rdfs:domain cg:Infrastructure ; rdfs:range cg:Person ; cg:lexicalPattern "{s} [was] inaugurated by {o}" .\n');
    // a country is not infrastructure, a country is not a person; the second claim is negative
    withClaim(dir, [
      '  - { id: bad-subject, quote: "launched construction of the", subject: turkmenistan, predicate: inauguratedBy, object: gurbanguly-berdimuhamedow }',
      '  - { id: bad-object, quote: "at a ceremony near the city", subject: tapi-pipeline, predicate: inauguratedBy, object: india, polarity: negative }',
      '  - { id: good, quote: "Gurbanguly Berdimuhamedow hosted", subject: tapi-pipeline, predicate: inauguratedBy, object: gurbanguly-berdimuhamedow }',
      '',
    ].join('\n'));
    await buildToFile(dir);
    const report = await validateProject(dir);
    expect(readFileSync(join(dir, 'ontology/shapes.ttl'), 'utf8')).toBe(shapesBefore);
    const shacl = report.results.filter((r) => r.severity === 'Violation').map((r) => `${r.focusNode.split('/').pop()}: ${r.message}`).sort();
    // each claim node's subject and object, the negative claim's too (it has no direct triple)
    expect(shacl).toEqual([
      'tapi-pipeline.inauguratedBy.india.neg: the object of a cg:inauguratedBy claim must be a cg:Person (rdfs:range of cg:inauguratedBy)',
      'turkmenistan.inauguratedBy.gurbanguly-berdimuhamedow: the subject of a cg:inauguratedBy claim must be a cg:Infrastructure (rdfs:domain of cg:inauguratedBy)',
    ]);
    expect(report.results.filter((r) => r.severity === 'Warning')).toEqual([]);
    expect(report.conforms).toBe(false);
  });
});
