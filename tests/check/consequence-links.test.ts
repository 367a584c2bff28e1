// Round 38 (fix31b, users31's F12): "A, so B" / "A. Consequently, B" / "A; accordingly, B" /
// "A, thereby B" say that B follows from A, a link the graph does not hold: two supported clauses
// leave it NOT_ENOUGH_INFO, a refuted clause still refutes it, and "so did B" / "so that" are no
// such link (src/check/consequence-links.ts).
import { describe, expect, it } from 'vitest';
import { consequenceLink } from '../../src/check/consequence-links.js';
import { checkFixture, secondCommenter } from '../helpers/check-fixture.js';

const { check } = checkFixture(secondCommenter());

const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('consequenceLink', () => {
  it('finds a connective of consequence between clauses', () => {
    expect(consequenceLink('Freedonia leads the League, so Sylvania stayed out.')).toBe('so');
    expect(consequenceLink('Freedonia leads the League, and so Sylvania stayed out.')).toBe('so');
    expect(consequenceLink('Freedonia leads the League. Consequently, Sylvania stayed out.')).toBe('Consequently');
    expect(consequenceLink('Freedonia leads the League; accordingly, Sylvania stayed out.')).toBe('accordingly');
    expect(consequenceLink('Freedonia leads the League, thereby Sylvania stayed out.')).toBe('thereby');
    expect(consequenceLink('Freedonia leads the League. So Sylvania stayed out.')).toBe('So');
  });

  it('leaves an elliptic "so did B", a purpose and a list alone', () => {
    expect(consequenceLink('Freedonia joined the League, and so did Sylvania.')).toBeUndefined();
    expect(consequenceLink('Freedonia is a member; so is Sylvania.')).toBeUndefined();
    expect(consequenceLink('Freedonia joined the League so that it could borrow.')).toBeUndefined();
    expect(consequenceLink('Freedonia joined, so far as is known.')).toBeUndefined();
    expect(consequenceLink('So Freedonia joined the League.')).toBeUndefined();
  });
});

describe('two supported clauses linked by consequence', () => {
  it('are not decided as the link', async () => {
    expect(await verdict('Freedonia is a member of the League and Sylvania is not a member of the League.')).toBe('SUPPORTED');
    for (const link of [', so', ', and so', '. Consequently,', '; accordingly,', ', and consequently', ', thereby', '. So']) {
      const r = await check(`Freedonia is a member of the League${link} Sylvania is not a member of the League.`);
      expect(r.verdict, link).toBe('NOT_ENOUGH_INFO');
    }
  });

  it('keeps a refuted clause refuting', async () => {
    expect(await verdict('Freedonia is a member of the League, so Sylvania is a member of the League.')).toBe('REFUTED');
  });
});

// users31's F20: "A, after which B" was read as "A after B" (inverted), "A. Afterwards, B" as "A and B"
describe('two clauses linked by a connective of sequence', () => {
  it('are not decided by an order read the wrong way or dropped', async () => {
    for (const link of [', after which', ', before which', ', prior to which', '. Afterwards,', ', and subsequently', ', and before that']) {
      // (unread is as right: the order is not decided)
      expect(['NOT_ENOUGH_INFO', 'unread'], link).toContain(await verdict(`Freedonia is a member of the League${link} Sylvania is not a member of the League.`));
    }
  });

  it('keeps a clause refuted on its own refuting', async () => {
    expect(await verdict('Freedonia is a member of the League. Afterwards, Sylvania is a member of the League.')).toBe('REFUTED');
  });

  // round 40 (fix33b, users33's F11): links of time dropped ("A, and simultaneously B" read as "A and
  // B", "A, and straight after B" as "A straight after B", "Now that A, B" as "A; B") were SUPPORTED
  it('are not decided when the link is one of time', async () => {
    for (const link of [', and simultaneously', ' and immediately afterwards', ', and straight after', ', and eventually', '. Meanwhile,', ', all while', ', and promptly', ', and before long']) {
      expect(['NOT_ENOUGH_INFO', 'unread'], link).toContain(await verdict(`Freedonia is a member of the League${link} Sylvania is not a member of the League.`));
    }
    expect(['NOT_ENOUGH_INFO', 'unread']).toContain(await verdict('Now that Freedonia is a member of the League, Sylvania is not a member of the League.'));
    // a contrastive "while" and a bare "and" as before
    expect(await verdict('Freedonia is a member of the League, while Sylvania is not a member of the League.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia is a member of the League and Sylvania is not a member of the League.')).toBe('SUPPORTED');
  });
});

