// A job title as a predicate noun (src/check/title-copula.ts, round 16): "X is an associate fellow"
// read as "X's job title is associate fellow" only when the graph holds that title.
import { describe, expect, it } from 'vitest';
import { titleCopulaRewrite } from '../../src/check/title-copula.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture(`
cgr:rufus-firefly cg:jobTitle "Associate Fellow" .
`);

describe('a job title as a predicate noun', () => {
  it('reads "is a/an T" and "works as a T" when T is a title the graph holds, case aside', () => {
    expect(titleCopulaRewrite(ctx, 'Rufus Firefly is an associate fellow.')).toBe("Rufus Firefly's job title is associate fellow");
    expect(titleCopulaRewrite(ctx, 'Firefly works as an Associate Fellow.')).toBe("Firefly's job title is Associate Fellow");
  });

  it('leaves another noun phrase, a denial and a former title to the other readers', () => {
    expect(titleCopulaRewrite(ctx, 'Rufus Firefly is a senior fellow.')).toBeUndefined();
    expect(titleCopulaRewrite(ctx, 'Rufus Firefly is a fellow of the League.')).toBeUndefined();
    expect(titleCopulaRewrite(ctx, 'Rufus Firefly is not an associate fellow.')).toBeUndefined();
    expect(titleCopulaRewrite(ctx, 'Rufus Firefly, formerly, is an associate fellow.')).toBeUndefined();
  });
});
