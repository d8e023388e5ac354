import { describe, expect, it } from 'vitest';
import { speakerNamed } from '../../src/core/search/speaker.js';

describe('who a question names as speaking', () => {
  it('is the name or description before the saying verb', () => {
    expect(speakerNamed('what did Novak say about the port')).toBe('Novak');
    expect(speakerNamed('what did the port authority spokeswoman say about the delay')).toBe('the port authority spokeswoman');
    expect(speakerNamed("Novak's reaction to the court ruling")).toBe('Novak');
    expect(speakerNamed('the view of the IT ministry on the tender')).toBe('the IT ministry');
  });

  it('is nobody when the words before the verb run across a clause or a question, or "in view of" is an idiom', () => {
    // Read as a speaker, the whole clause ranked any quotation of the French above the answer (SQuAD dev).
    expect(speakerNamed('Why did French feel they had right to Ohio claim?')).toBeUndefined();
    expect(speakerNamed('According to the Princeton Review where has Harvard ranked as a "Dream College" in 2013')).toBeUndefined();
    expect(speakerNamed('Despite the Presburger problem, and in view of intractability, what has been done to establish solutions?')).toBeUndefined();
  });
});
