import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { readSuggested } from '../../src/suggest/index.js';
import { runCliCapture } from '../helpers/cli.js';
import { suggestProject } from '../helpers/suggest-fixture.js';

const ARTICLE = 'league-vote';

describe('claimgraph suggest', () => {
  it('writes the proposals and lists them with confidence, statement, sentence and quote', async () => {
    const dir = suggestProject();
    const r = await runCliCapture(['suggest', ARTICLE], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/read \d+ of \d+ sentences of league-vote \(1 skipped: curated claims quote them/);
    expect(r.stdout).toMatch(/0\.\d\d {2}ruritania-except-sylvania-member-of-league +\{ruritania except sylvania\} memberOf league {2}\[s004\] "All Ruritanian countries except Sylvania are members of the League"/);
    expect(r.stdout).toMatch(/atlantis {2}Atlantis \(cg:Agent\)/);
    expect(existsSync(join(dir, 'graph/articles', ARTICLE, 'claims.suggested.yaml'))).toBe(true);
  });
  it('prints JSON, and writes nothing on a dry run', async () => {
    const dir = suggestProject();
    const r = await runCliCapture(['suggest', ARTICLE, '--format', 'json', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.claims.length).toBeGreaterThan(5);
    expect(report.file).toBeUndefined();
    expect(existsSync(join(dir, 'graph/articles', ARTICLE, 'claims.suggested.yaml'))).toBe(false);
  });
  it('accepts and rejects by id, then build warns about what is still pending', async () => {
    const dir = suggestProject();
    await runCliCapture(['suggest', ARTICLE], { cwd: dir });
    const [first, second] = readSuggested(dir, ARTICLE).claims;
    const acc = await runCliCapture(['suggest', ARTICLE, '--accept', first!.id], { cwd: dir });
    expect(acc.code).toBe(0);
    expect(acc.stdout).toContain(`accepted 1 claim into graph/articles/${ARTICLE}/claims.yaml: ${first!.id}`);
    expect(readFileSync(join(dir, 'graph/articles', ARTICLE, 'claims.yaml'), 'utf8')).toContain(`id: ${first!.id}`);
    const rej = await runCliCapture(['suggest', ARTICLE, '--reject', second!.id], { cwd: dir });
    expect(rej.stdout).toContain(`rejected 1 (recorded in graph/articles/${ARTICLE}/claims.rejected.yaml): ${second!.id}`);
    const build = await runCliCapture(['build'], { cwd: dir });
    expect(build.code).toBe(0);
    const pending = readSuggested(dir, ARTICLE);
    expect(build.stderr).toContain(`warning: ${pending.claims.length} proposed claims and 1 new entity pending review in graph/articles/${ARTICLE}/claims.suggested.yaml`);
    const stats = await runCliCapture(['stats'], { cwd: dir });
    expect(stats.stdout).toMatch(/article +sentences +curated +proposed +rejected +uncited/);
    expect(stats.stdout).toMatch(new RegExp(`${ARTICLE} +16 +2 +\\d+ \\(${pending.claims.length} claims, 1 entities pending\\) +1 +\\d+`));
    const json = JSON.parse((await runCliCapture(['stats', '--format', 'json'], { cwd: dir })).stdout);
    expect(json.review.find((x: { article: string }) => x.article === ARTICLE)).toMatchObject({ curated: 2, rejected: 1 });
  });
  it('writes no review file when it proposes nothing, and removes an earlier one', async () => {
    const dir = suggestProject();
    const file = join(dir, 'graph/articles/ruritania-basics/claims.suggested.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'article: ruritania-basics\nclaims: []\n');
    const r = await runCliCapture(['suggest', 'ruritania-basics'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('proposed 0 claims and 0 new entities (nothing to review: no file written)');
    expect(existsSync(file)).toBe(false);
  });
  it('exits with a usage error on a bad request, naming it', async () => {
    const dir = suggestProject();
    const none = await runCliCapture(['suggest'], { cwd: dir });
    expect(none.code).toBe(ERROR_CODES.USAGE);
    expect(none.stderr).toContain('suggest needs an article id');
    const both = await runCliCapture(['suggest', ARTICLE, '--accept', 'a', '--reject', 'b'], { cwd: dir });
    expect(both.code).toBe(ERROR_CODES.USAGE);
    const conf = await runCliCapture(['suggest', ARTICLE, '--all-above', '1.5'], { cwd: dir });
    expect(conf.code).toBe(ERROR_CODES.USAGE);
    expect(conf.stderr).toContain('--all-above needs a confidence between 0 and 1');
    const missing = await runCliCapture(['suggest', 'no-such-article'], { cwd: dir });
    expect(missing.code).toBe(ERROR_CODES.SOURCE_NOT_FOUND);
    const pendingNone = await runCliCapture(['suggest', ARTICLE, '--accept', 'x'], { cwd: dir });
    expect(pendingNone.code).toBe(ERROR_CODES.USAGE);
    expect(pendingNone.stderr).toContain('no pending proposals');
  });
  it('evaluates leave-one-article-out and prints precision and recall per article', async () => {
    const dir = suggestProject();
    const r = await runCliCapture(['suggest', '--evaluate'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/article +curated +proposed +matched +entailed +precision +recall/);
    expect(r.stdout).toMatch(/league-vote +1 +\d+ +1 /);
    expect(existsSync(join(dir, 'graph/articles', ARTICLE, 'claims.suggested.yaml'))).toBe(false);
  });
});

describe('claimgraph build and a review file that does not read', () => {
  it('still builds, and says which file', async () => {
    const { writeFileSync } = await import('node:fs');
    const dir = suggestProject();
    writeFileSync(join(dir, 'graph/articles', ARTICLE, 'claims.suggested.yaml'), 'claims: [\n');
    const r = await runCliCapture(['build'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: cannot read the pending proposals of league-vote: .*claims.suggested.yaml/);
  });
});
