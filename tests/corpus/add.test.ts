import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Parser, Store } from 'n3';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot, runCliCapture } from '../helpers/cli.js';
import { fileHash } from '../helpers/project.js';
import { addArticle, articleIdFromTitle } from '../../src/corpus/index.js';
import { segmentText, sha256Hex } from '../../src/source/index.js';
import { ERROR_CODES } from '../../src/errors.js';
import { tempDir } from '../helpers/temp.js';

const ARTICLE = [
  'Freedonia’s Quiet Turn – Analysis',
  '',
  '',
  'Freedonia joined the Acme Pact on May 3, 2014. Sylvania, its neighbour, did not join.',
  'The pact was founded by Ruritania in 2009.',
  '',
  'Officials in Freedonia expect closer trade ties. Observers are less sure.',
  '',
  '*Jane Doe',
  'Senior Fellow, Institute for Pact Studies',
  '',
  'One thought on “Freedonia’s Quiet Turn – Analysis”',
  '',
  '  • November 3, 2015 at 6:53 pm',
  '',
  '    Well analysed. Sylvania will join soon.',
  '',
  '',
  'Leave a Reply',
  '',
  'Your email address will not be published. Required fields are marked *',
].join('\r\n');

function tempProject(): string {
  const dir = tempDir('claimgraph-add-');
  mkdirSync(join(dir, 'graph', 'articles'), { recursive: true });
  writeFileSync(join(dir, 'graph', 'entities.yaml'), 'entities:\n  - id: jane-doe\n    type: Person\n    label: Jane Doe\n');
  writeFileSync(join(dir, 'story.txt'), ARTICLE);
  return dir;
}

describe('addArticle', () => {
  it('stores the text byte for byte with its hash and a skeleton listing every body sentence', () => {
    const dir = tempProject();
    const added = addArticle({ dir, file: 'story.txt', author: 'jane-doe', published: '2015-11-02', url: 'https://example.org/x' });
    expect(added.id).toBe('freedonia-s-quiet-turn-analysis');
    const adir = join(dir, 'graph', 'articles', added.id);
    expect(readFileSync(join(adir, 'article.txt'))).toEqual(readFileSync(join(dir, 'story.txt')));
    const meta = parse(readFileSync(join(adir, 'meta.yaml'), 'utf8'));
    expect(meta).toEqual({
      id: added.id, sha256: sha256Hex(readFileSync(join(dir, 'story.txt'))), title: 'Freedonia’s Quiet Turn – Analysis',
      author: 'jane-doe', datePublished: '2015-11-02', url: 'https://example.org/x',
    });
    const skeletonText = readFileSync(join(adir, 'claims.yaml'), 'utf8');
    expect(parse(skeletonText)).toEqual({ article: added.id, claims: [] });
    const { sentences } = segmentText(ARTICLE);
    const body = sentences.filter((s) => s.kind === 'body' || s.kind === 'comment');
    expect(body.length).toBeGreaterThanOrEqual(6);
    for (const s of body) expect(skeletonText).toContain(`#   ${s.id}: ${s.text.replace(/\s*\r?\n\s*/g, ' ')}\n`);
    // boilerplate is not offered for quoting
    expect(skeletonText).not.toContain('Leave a Reply');
    expect(added.warnings).toEqual([]);
    expect(added.bodySentences).toBe(sentences.filter((s) => s.kind === 'body').length);
  });

  it('refuses to overwrite an existing article or add the same text twice', () => {
    const dir = tempProject();
    const first = addArticle({ dir, file: 'story.txt', id: 'story', published: '2015-11-02' });
    const before = fileHash(join(first.dir, 'claims.yaml'));
    writeFileSync(join(first.dir, 'claims.yaml'), 'article: story\nclaims: []\n# curated\n');
    const curated = fileHash(join(first.dir, 'claims.yaml'));
    expect(curated).not.toBe(before);
    expect(() => addArticle({ dir, file: 'story.txt', id: 'story', published: '2015-11-02' })).toThrow(expect.objectContaining({ code: 'ARTICLE_EXISTS' }));
    expect(() => addArticle({ dir, file: 'story.txt', id: 'story-2', published: '2015-11-02' })).toThrow(expect.objectContaining({ code: 'ARTICLE_EXISTS' }));
    expect(fileHash(join(first.dir, 'claims.yaml'))).toBe(curated);
    expect(existsSync(join(dir, 'graph', 'articles', 'story-2'))).toBe(false);
  });

  it('warns about an undeclared author and rejects bad ids and dates', () => {
    const dir = tempProject();
    expect(addArticle({ dir, file: 'story.txt', id: 'a1', author: 'nobody', undated: true }).warnings[0]).toMatch(/nobody/);
    rmSync(join(dir, 'graph', 'articles', 'a1'), { recursive: true });
    expect(addArticle({ dir, file: 'story.txt', id: 'a0', published: '2015-11-02' }).warnings[0]).toMatch(/no --author/);
    expect(() => addArticle({ dir, file: 'story.txt', id: 'Bad Id' })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => addArticle({ dir, file: 'story.txt', id: 'a2', published: '3 May 2014' })).toThrow(expect.objectContaining({ code: 'USAGE' }));
    expect(() => addArticle({ dir, file: 'missing.txt', id: 'a3' })).toThrow(expect.objectContaining({ code: 'SOURCE_NOT_FOUND' }));
  });

  it('derives ids from titles', () => {
    expect(articleIdFromTitle('Freedonia’s New Deal – Analysis')).toBe('freedonia-s-new-deal-analysis');
    expect(articleIdFromTitle('Économie: à la une')).toBe('economie-a-la-une');
  });
});

describe('claimgraph add', () => {
  it('reports the new files and exits 0, then ARTICLE_EXISTS on a second run', async () => {
    const dir = tempProject();
    const ok = await runCliCapture(['--dir', dir, 'add', 'story.txt', '--id', 'story', '--author', 'jane-doe', '--published', '2015-11-02'], { cwd: dir });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('added article story');
    expect(ok.stdout).toContain(join('graph', 'articles', 'story', 'claims.yaml'));
    const again = await runCliCapture(['--dir', dir, 'add', 'story.txt', '--id', 'story'], { cwd: dir });
    expect(again.code).toBe(ERROR_CODES.ARTICLE_EXISTS);
    expect(again.stderr).toMatch(/ARTICLE_EXISTS/);
  });
});

// A wire-style report: dateline and "By" byline above the body, comments with names and dates
// on one line and no blank line before their text, a Related line, no author entity.
const WIRE = [
  'Freedonia Opens Its New Bank',
  '',
  'Fredville, March 4, 2011',
  '',
  'By Correspondent, Europe Desk',
  '',
  'The Freedonian bank opened on Friday. Sylvania did not join it.',
  '',
  'Comments (2)',
  '',
  'Anna K. | March 5, 2011, 09:12',
  'Sylvania will join next year.',
  '',
  'Boris P. | March 6, 2011, 21:40',
  'It will not.',
  '',
  'Related: More on the bank | Subscribe to our newsletter',
  '',
].join('\n');

function wireProject(): string {
  const dir = tempProject();
  cpSync(join(projectRoot, 'ontology'), join(dir, 'ontology'), { recursive: true });
  writeFileSync(join(dir, 'graph', 'entities.yaml'), [
    'entities:',
    '  - { id: sylvania, type: Country, label: Sylvania }',
    '  - { id: freedonian-bank, type: MultilateralBank, label: Freedonian bank }',
  ].join('\n') + '\n');
  writeFileSync(join(dir, 'wire.txt'), WIRE);
  return dir;
}

describe('add: what build needs', () => {
  it('takes the date from the dateline, reports each segment kind and the comments with their names and dates', async () => {
    const dir = wireProject();
    const r = await runCliCapture(['--dir', dir, 'add', 'wire.txt', '--id', 'wire'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/dateline +1 segment +1 sentence +datePublished 2011-03-04 \(from the dateline\)/);
    expect(r.stdout).toMatch(/byline +1 segment +1 sentence +By Correspondent, Europe Desk/);
    expect(r.stdout).toMatch(/comment +2 segments +2 sentences +2 comments, 2 announced/);
    expect(r.stdout).toContain('comment 1: Anna K., 2011-03-05T09:12:00, 1 sentence');
    expect(r.stdout).toContain('comment 2: Boris P., 2011-03-06T21:40:00, 1 sentence');
    expect(r.stdout).toMatch(/boilerplate +1 segment/);
    // no author entity: said on stderr, and build will state an unidentified author
    expect(r.stderr).toMatch(/warning: no --author: the claims will be asserted by an unidentified author \(byline: By Correspondent, Europe Desk\)/);
    const meta = parse(readFileSync(join(dir, 'graph/articles/wire/meta.yaml'), 'utf8'));
    expect(meta).toMatchObject({ author: null, datePublished: '2011-03-04' });
  });

  it('refuses a text without a date unless --published or --undated says what build needs', async () => {
    const dir = tempProject();
    const r = await runCliCapture(['--dir', dir, 'add', 'story.txt', '--id', 'nodate'], { cwd: dir });
    expect(r.code).toBe(ERROR_CODES.USAGE);
    expect(r.stderr).toMatch(/no date.*--published YYYY-MM-DD, or --undated/);
    expect(existsSync(join(dir, 'graph/articles/nodate'))).toBe(false);
    const u = addArticle({ dir, file: 'story.txt', id: 'nodate', undated: true });
    expect(parse(readFileSync(join(u.dir, 'meta.yaml'), 'utf8'))).toMatchObject({ undated: true });
  });

  it('an article added without --author builds: its claims are asserted by an unidentified author, stated as such', async () => {
    const dir = wireProject();
    addArticle({ dir, file: 'wire.txt', id: 'wire' });
    writeFileSync(join(dir, 'graph/articles/wire/claims.yaml'), [
      'article: wire',
      'claims:',
      '  - { id: sylvania-out, quote: "Sylvania did not join it", subject: sylvania, predicate: memberOf, object: freedonian-bank, polarity: negative }',
      '  - { id: anna-says, quote: "Sylvania will join next year", subject: sylvania, predicate: memberOf, object: freedonian-bank, modality: expected }',
    ].join('\n') + '\n');
    const b = await runCliCapture(['--dir', dir, 'build'], { cwd: dir });
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    const ttl = readFileSync(join(dir, 'graph/claimgraph.ttl'), 'utf8');
    const store = new Store(new Parser().parse(ttl));
    const A = 'https://w3id.org/claimgraph/article/wire';
    const CG = 'https://w3id.org/claimgraph/ontology#';
    expect(store.getObjects(A, 'https://schema.org/author', null).map((o) => o.value)).toEqual([`${A}/author`]);
    expect(store.has(new Parser().parse(`<${A}/author> a <${CG}UnidentifiedAgent> .`)[0])).toBe(true);
    expect(store.getObjects(`${A}/author`, 'http://www.w3.org/2000/01/rdf-schema#label', null)[0].value).toBe('unidentified author (byline: By Correspondent, Europe Desk)');
    const asserted = (claim: string): string[] => store.getObjects(`https://w3id.org/claimgraph/claim/${claim}`, CG + 'assertedBy', null).map((o) => o.value);
    expect(asserted('sylvania.memberOf.freedonian-bank.neg')).toEqual([`${A}/author`]);
    // the reader's claim is the reader's, named by the comment header
    expect(asserted('sylvania.memberOf.freedonian-bank.expected')).toEqual([`${A}/comment/1/author`]);
    expect(store.getObjects(`${A}/comment/1/author`, 'https://schema.org/name', null)[0].value).toBe('Anna K.');
    expect(store.getObjects(`${A}/comment/1`, 'https://schema.org/dateCreated', null)[0].value).toBe('2011-03-05T09:12:00');
    const v = await runCliCapture(['--dir', dir, 'validate'], { cwd: dir });
    expect(v.stdout).toMatch(/^conforms/m);
  });
});

describe('meta.yaml segment marks', () => {
  it('a mark by the first words of a segment changes what build reads, and a mark not found once is an error naming meta.yaml', async () => {
    const dir = wireProject();
    addArticle({ dir, file: 'wire.txt', id: 'wire' });
    const meta = join(dir, 'graph/articles/wire/meta.yaml');
    const base = readFileSync(meta, 'utf8');
    // the second "comment" is taken for the publisher's text: nobody's claim can quote it
    writeFileSync(meta, `${base}segments:\n  marks:\n    - boilerplate: "Boris P. |"\n`);
    writeFileSync(join(dir, 'graph/articles/wire/claims.yaml'), 'article: wire\nclaims:\n  - { id: boris, quote: "It will not.", subject: sylvania, predicate: memberOf, object: freedonian-bank, polarity: negative }\n');
    const b = await runCliCapture(['--dir', dir, 'build'], { cwd: dir });
    expect(b.code).toBe(ERROR_CODES.CLAIMS_INVALID);
    expect(b.stderr).toMatch(/claims.yaml:3, claim boris: quote lies in page boilerplate/);
    writeFileSync(meta, `${base}segments:\n  marks:\n    - comment: "Sylvania"\n`);
    const twice = await runCliCapture(['--dir', dir, 'build'], { cwd: dir });
    expect(twice.stderr).toMatch(/graph\/articles\/wire\/meta.yaml:\d+: segment mark comment: "Sylvania" occurs 2 times in the text/);
  });
});
