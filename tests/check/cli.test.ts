import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { projectRoot, runCliCapture } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('claimgraph-check-');

describe('claimgraph check on the committed graph', () => {
  it('prints a text report with exit 0 for any verdict', async () => {
    const r = await runCliCapture(['check', 'Turkmenistan is a member of the SCO.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^REFUTED/);
    expect(r.stdout).toContain('cgc:turkmenistan.memberOf.sco.neg');
    expect(r.stdout).toContain('[body]');
  });
  it('highlights the quoted words with ANSI on a terminal, and puts the quoting sentence first', async () => {
    const r = await runCliCapture(['check', 'Kazakhstan is a member of the SCO.'], { tty: true });
    expect(r.stdout).toContain('\u001b[43m\u001b[30mAll Central Asian Republics and Russia except Turkmenistan are active members\u001b[0m');
    expect(r.stdout.indexOf('s033')).toBeLessThan(r.stdout.indexOf('s006'));
  });
  it('--format json follows the contract', async () => {
    const r = await runCliCapture(['check', '--format', 'json', 'The SCO was initiated by China.']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.verdict).toBe('SUPPORTED');
    expect(j.interpretation.predicate).toBe('initiatedBy');
    // the claim rests on two sentences: "China has a separate multilateral/regional mechanism ..."
    // and "... the China-initiated Shanghai Cooperation Organisation (SCO)"
    expect(j.evidence.map((e: { text: string }) => e.text).join('\n')).toContain('China-initiated Shanghai Cooperation Organisation');
  });
  it('--format claimreview cites the article', async () => {
    const r = await runCliCapture(['check', '--format', 'claimreview', 'Japan is a member of the SCO.']);
    const doc = JSON.parse(r.stdout);
    expect(doc['@type']).toBe('ClaimReview');
    expect(doc.reviewRating.alternateName).toBe('NOT_ENOUGH_INFO');
    // no evidence: the claim is reviewed against every article of the graph
    expect(doc.itemReviewed.appearance.map((a: { '@id': string }) => a['@id'])).toEqual(
      ['aiib-opens-beijing-2016', 'japan-central-asia-engagement-2015', 'tapi-groundbreaking-2015'].map((a) => `https://w3id.org/claimgraph/article/${a}`));
  });
  it('reports a reader-comment claim as such', async () => {
    const r = await runCliCapture(['check', '--format', 'json', 'India has explored the prospects in Africa.']);
    const j = JSON.parse(r.stdout);
    expect(j.evidence[0].segment).toBe('comment');
    expect(j.explanation).toContain('reader comment');
  });
  it('checks the structured form', async () => {
    const r = await runCliCapture(['check', '--subject', 'turkmenistan', '--predicate', 'memberOf', '--object', 'sco', '--negated', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verdict).toBe('SUPPORTED');
    const q = await runCliCapture(['check', '--subject', 'junichiro-koizumi', '--predicate', 'visited', '--object', 'kazakhstan', '--qualifier', 'year=2006', '--format', 'json']);
    expect(JSON.parse(q.stdout).verdict).toBe('SUPPORTED');
  });
  it('exits with CHECK_UNINTERPRETABLE naming the unread part', async () => {
    const r = await runCliCapture(['check', 'Kazakhstan quarrels with China.']);
    expect(r.code).toBe(ERROR_CODES.CHECK_UNINTERPRETABLE);
    expect(r.stderr).toContain('"quarrels with"');
    const none = await runCliCapture(['check', 'Freedonia loves Sylvania.']);
    expect(none.code).toBe(ERROR_CODES.CHECK_UNINTERPRETABLE);
    expect(none.stderr).toContain('no entity of the graph');
  });
  it.each([
    ['an empty claim', ''],
    ['a 100 KB claim', 'Kazakhstan is a member of the SCO. '.repeat(3000)],
    ['binary garbage', '\u0000\u0001\u0002\u00ff\ufffd\u0007'],
  ])('exits with CHECK_INPUT for %s', async (_what, claim) => {
    const r = await runCliCapture(['check', claim]);
    expect(r.code).toBe(ERROR_CODES.CHECK_INPUT);
    expect(r.stderr).toContain('error[CHECK_INPUT]');
  });
  it('rejects a usage error', async () => {
    expect((await runCliCapture(['check'])).code).toBe(ERROR_CODES.USAGE);
    expect((await runCliCapture(['check', '--format', 'xml', 'x'])).code).toBe(ERROR_CODES.USAGE);
  });
  it('takes a time budget per claim (--budget-ms, a positive integer) and names CHECK_BUDGET in its help', async () => {
    expect((await runCliCapture(['check', '--budget-ms', '0', 'x'])).code).toBe(ERROR_CODES.USAGE);
    expect((await runCliCapture(['check', '--budget-ms', 'soon', 'x'])).code).toBe(ERROR_CODES.USAGE);
    const help = await runCliCapture(['check', '--help']);
    expect(help.stdout).toContain('--budget-ms');
    expect(help.stdout).toContain(`${ERROR_CODES.CHECK_BUDGET} (CHECK_BUDGET)`);
    // a budget far above the claim's time leaves its verdict as it was
    const r = await runCliCapture(['check', '--budget-ms', '600000', 'Turkmenistan is a member of the SCO.']);
    expect(r.code).toBe(0);
  });
});

describe('claimgraph check --batch', () => {
  it('reaches 100% on the dev set, with metrics on stderr and one JSON result per line', async () => {
    const metricsFile = join(tmp, 'metrics.json');
    const r = await runCliCapture(['check', '--batch', join(projectRoot, 'tests/check/cases/dev.jsonl'), '--metrics', metricsFile]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(24);
    expect(lines[0]).toMatchObject({ id: 'dev-01', line: 1, verdict: 'SUPPORTED' });
    expect(r.stderr).toContain('label accuracy: 24/24 = 100.0%');
    expect(r.stderr).toContain('evidence recall: 21/21 = 100.0%');
    expect(r.stderr).toMatch(/NOT_ENOUGH_INFO\s+0\s+0\s+3/);
    const m = JSON.parse(readFileSync(metricsFile, 'utf8'));
    expect(m).toMatchObject({ accuracy: 1, evidenceRecall: 1, confusion: { REFUTED: { REFUTED: 4 } } });
  });
  it('reports malformed lines with their line number while the other lines still run', async () => {
    const file = join(tmp, 'mixed.jsonl');
    writeFileSync(file, [
      '{"id":"a","claim":"Kazakhstan is a member of the SCO.","label":"SUPPORTED"}',
      '{not json',
      '',
      '{"id":"c"}',
      '{"id":"d","claim":"Freedonia loves Sylvania.","label":"NOT_ENOUGH_INFO"}',
      '{"id":"e","claim":"Turkmenistan is a member of the SCO.","label":"SUPPORTED"}',
      '{"id":"f","claim":"   "}',
    ].join('\n'));
    const r = await runCliCapture(['check', '--batch', file]);
    expect(r.code).toBe(ERROR_CODES.CHECK_INPUT);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual([1, 2, 4, 5, 6, 7]);
    expect(lines[5].error).toMatchObject({ code: 'CHECK_INPUT', message: 'line 7: the claim is empty' });
    expect(lines[0].verdict).toBe('SUPPORTED');
    expect(lines[1].error.message).toContain('line 2');
    expect(lines[2].error.message).toContain('line 4: missing "claim"');
    expect(lines[3]).toMatchObject({ verdict: 'NOT_ENOUGH_INFO', error: { code: 'CHECK_UNINTERPRETABLE' } });
    expect(lines[4].verdict).toBe('REFUTED');
    expect(r.stderr).toContain('label accuracy: 2/3');
    expect(r.stderr).toMatch(/SUPPORTED\s+1\s+1\s+0/);
  });
  it('rejects a binary batch file and a missing one', async () => {
    const file = join(tmp, 'bin.jsonl');
    writeFileSync(file, Buffer.from([0, 1, 2, 255, 0]));
    expect((await runCliCapture(['check', '--batch', file])).code).toBe(ERROR_CODES.CHECK_INPUT);
    expect((await runCliCapture(['check', '--batch', join(tmp, 'nope.jsonl')])).code).toBe(ERROR_CODES.CHECK_INPUT);
  });
});
