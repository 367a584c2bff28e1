import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCliCapture } from '../helpers/cli.js';
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
      author: 'jane-doe', published: '2015-11-02', url: 'https://example.org/x',
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
    const first = addArticle({ dir, file: 'story.txt', id: 'story' });
    const before = fileHash(join(first.dir, 'claims.yaml'));
    writeFileSync(join(first.dir, 'claims.yaml'), 'article: story\nclaims: []\n# curated\n');
    const curated = fileHash(join(first.dir, 'claims.yaml'));
    expect(curated).not.toBe(before);
    expect(() => addArticle({ dir, file: 'story.txt', id: 'story' })).toThrow(expect.objectContaining({ code: 'ARTICLE_EXISTS' }));
    expect(() => addArticle({ dir, file: 'story.txt', id: 'story-2' })).toThrow(expect.objectContaining({ code: 'ARTICLE_EXISTS' }));
    expect(fileHash(join(first.dir, 'claims.yaml'))).toBe(curated);
    expect(existsSync(join(dir, 'graph', 'articles', 'story-2'))).toBe(false);
  });

  it('warns about an undeclared author and rejects bad ids and dates', () => {
    const dir = tempProject();
    expect(addArticle({ dir, file: 'story.txt', id: 'a1', author: 'nobody' }).warnings[0]).toMatch(/nobody/);
    rmSync(join(dir, 'graph', 'articles', 'a1'), { recursive: true });
    expect(addArticle({ dir, file: 'story.txt', id: 'a0' }).warnings[0]).toMatch(/no --author/);
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
    const ok = await runCliCapture(['--dir', dir, 'add', 'story.txt', '--id', 'story', '--author', 'jane-doe'], { cwd: dir });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('added article story');
    expect(ok.stdout).toContain(join('graph', 'articles', 'story', 'claims.yaml'));
    const again = await runCliCapture(['--dir', dir, 'add', 'story.txt', '--id', 'story'], { cwd: dir });
    expect(again.code).toBe(ERROR_CODES.ARTICLE_EXISTS);
    expect(again.stderr).toMatch(/ARTICLE_EXISTS/);
  });
});
