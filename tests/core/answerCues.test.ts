import { describe, expect, it } from 'vitest';
import { answerCueOf, cueTermsOf } from '../../src/core/search/answerCues.js';
import { joinSynonymGroups } from '../../src/core/search/commonSynonyms.js';

describe('answer cues', () => {
  it('read what kind of answer the wording asks for', () => {
    expect(answerCueOf('When did the conference take place?')).toBe('#date');
    expect(answerCueOf('what year was it signed')).toBe('#date');
    expect(answerCueOf('how long did the meeting last')).toBe('#duration');
    expect(answerCueOf('how many countries attended')).toBe('#number');
    expect(answerCueOf('who attended')).toBeUndefined();
    // "when" inside a statement is not a question about time.
    expect(answerCueOf('what happens when governments build networks')).toBeUndefined();
  });

  it('find dates, durations and numbers in text, not the verb "may" nor "5G"', () => {
    expect(cueTermsOf('The conference was held on May 2 to 3.')).toContain('#date');
    expect(cueTermsOf('officials on Friday proposed')).toEqual(['#date']);
    expect(cueTermsOf('the auction this year')).toEqual(['#date']);
    expect(cueTermsOf('a two-day meeting')).toEqual(['#duration', '#number']);
    expect(cueTermsOf('delegations from over 30 countries')).toEqual(['#number']);
    expect(cueTermsOf('this may lead cooperation along the wrong path in 5G')).toEqual([]);
  });
});

describe('synonym groups', () => {
  it('join groups that share a member, each member once', () => {
    expect(joinSynonymGroups([[['ban'], ['exclud']]], [[['ban'], ['forc', 'out']], [['spectrum'], ['airwav']]])).toEqual([
      [['ban'], ['exclud'], ['forc', 'out']],
      [['spectrum'], ['airwav']],
    ]);
  });
});
