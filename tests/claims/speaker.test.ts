// Who states a claim: only the article's own text (headline, dateline, byline, body) is the
// author's; a reader comment is its commenter's; boilerplate and comment headers state nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileClaims, loadOntology, parseClaimsFile, parseEntities } from '../../src/claims/index.js';
import { segmentText } from '../../src/source/index.js';
import { projectRoot } from '../helpers/cli.js';

const ontology = loadOntology(join(projectRoot, 'ontology/claimgraph.ttl'));
const entities = parseEntities('entities:\n  - { id: sylvania, type: Country, label: Sylvania }\n  - { id: guild, type: IntergovernmentalOrganisation, label: Guild }\n', 'e.yaml');
const TEXT = 'Sylvania Stays Out\n\nSylvania is not a member of the Guild.\n\nComments (1)\n\nAnna K. | March 5, 2011, 09:12\nSylvania is a member of the Guild now.\n\nRelated: Sylvania joins the Guild | Subscribe\n';

function compile(quote: string | string[]) {
  const cf = parseClaimsFile(`article: a\nclaims:\n  - id: c\n    quote: ${JSON.stringify(quote)}\n    subject: sylvania\n    predicate: memberOf\n    object: guild\n`, 'claims.yaml');
  return compileClaims(cf, { ontology, entities, text: TEXT, segmentation: segmentText(TEXT) })[0];
}

describe('the speaker of a claim', () => {
  it('the body is the article\'s, a comment is its commenter\'s', () => {
    expect(compile('Sylvania is not a member').speaker).toEqual({ kind: 'article' });
    expect(compile('Sylvania is a member of the Guild now').speaker).toEqual({ kind: 'comment', number: 1 });
  });

  it('boilerplate and comment headers state nothing: an error names the line and tells how to mark the segment', () => {
    expect(() => compile('Sylvania joins the Guild')).toThrow(/claims.yaml:4, claim c: quote lies in page boilerplate .*mark the segment in meta.yaml/);
    expect(() => compile('Anna K.')).toThrow(/quote lies in a comment header/);
  });

  it('one claim cannot rest on the article\'s words and a reader\'s', () => {
    expect(() => compile(['Sylvania is not a member', 'member of the Guild now'])).toThrow(/two speakers \(the article and comment 1\)/);
  });
});
