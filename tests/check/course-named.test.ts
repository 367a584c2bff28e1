// A course of action named by its agent and an action noun inside what a reader said, and the
// denial of a verb of believing (src/check/course-named.ts, round 17), on the corpus fixture: the
// Japan analysis's commenter wrote that India exploring the CIS countries "is not likely to
// jeopardise Japanese/ Chinese interests".
import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/check/attribution.js';
import { deniedBelief } from '../../src/check/course-named.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx, check } = await checkGraphDir(corpusFixture);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('the denial of a verb of believing', () => {
  it('is the belief in the denial', () => {
    expect(deniedBelief('The reader does not think Sylvania would join the League')).toBe('The reader thinks that Sylvania would not join the League');
    expect(deniedBelief('The reader did not expect that Sylvania will join the League')).toBe('The reader expected that Sylvania will not join the League');
  });

  it('leaves a claim already denied, or without an auxiliary, as it is', () => {
    expect(deniedBelief('The reader does not think Sylvania would not join')).toBe('The reader does not think Sylvania would not join');
    expect(deniedBelief('The reader does not think Sylvania joined')).toBe('The reader does not think Sylvania joined');
  });
});

describe('a course of action in a reader\'s words', () => {
  it('is the one course of action of the reader that opens with the agent', () => {
    expect(readAttribution(ctx, 'The commenter said an Indian move into the CIS countries would jeopardise Chinese interests.')?.inner)
      .toBe('India exploring the CIS countries will jeopardise Chinese interests');
  });

  it('is checked against the reader\'s words', async () => {
    expect(await verdict('The reader who commented on the Japan piece said India\'s move would jeopardise Japanese interests.')).toBe('REFUTED');
    expect(await verdict('The commenter on the Japan analysis does not think Indian involvement would jeopardise Japanese interests.')).toBe('SUPPORTED');
  });

  it('is not read for a place the course of action does not name', async () => {
    expect(await verdict('The commenter said an Indian move into Africa would jeopardise Chinese interests.')).not.toBe('REFUTED');
  });
});
