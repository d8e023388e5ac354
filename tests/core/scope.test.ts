import { describe, expect, it } from 'vitest';
import { collectionOfFile, inScope, privateTeamOf } from '../../src/core/scope.js';

const doc = (collection: string) => ({ collection });

describe('scope: collections and team-private folders', () => {
  it('a collection is a folder, with its subfolders', () => {
    expect(collectionOfFile('desks/energy/grid.pdf')).toBe('desks/energy');
    expect(collectionOfFile('loose.txt')).toBe('');
    expect(inScope(doc('desks/energy'), { collections: ['desks'] })).toBe(true);
    expect(inScope(doc('desks-old'), { collections: ['desks'] })).toBe(false);
    expect(inScope(doc(''), { collections: ['desks'] })).toBe(false);
  });

  it('a folder named after a team id is private to that workspace', () => {
    expect(privateTeamOf('T0123ABCD/prague')).toBe('T0123ABCD');
    expect(privateTeamOf('prague')).toBeUndefined();
    expect(inScope(doc('T0123ABCD'), { team: 'T0123ABCD' })).toBe(true);
    expect(inScope(doc('T0123ABCD'), { team: 'T0999ZZZZ' })).toBe(false);
    expect(inScope(doc('prague'), { team: 'T0999ZZZZ' })).toBe(true);
  });

  it("a workspace's own copy of a collection counts as that collection for that workspace only", () => {
    expect(inScope(doc('T0123ABCD/prague'), { team: 'T0123ABCD', collections: ['prague'] })).toBe(true);
    expect(inScope(doc('T0123ABCD/prague/annex'), { team: 'T0123ABCD', collections: ['prague'] })).toBe(true);
    expect(inScope(doc('T0123ABCD/prague'), { team: 'T0999ZZZZ', collections: ['prague'] })).toBe(false);
    expect(inScope(doc('T0123ABCD/energy'), { team: 'T0123ABCD', collections: ['prague'] })).toBe(false);
  });
});
