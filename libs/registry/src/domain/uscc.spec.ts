import fc from 'fast-check';
import { makeUscc, USCC_CHARSET, usccCheckCharacter, usccProblem } from './uscc.js';

describe('USCC (GB 32100-2015)', () => {
  // Check characters worked by hand: GB 11714 over 20280572 gives 0; GB 32100 over the first 17 gives T.
  it('accepts a code whose both check characters hold', () => {
    expect(usccProblem('91500000202805720T')).toBeNull();
  });

  it.each([
    ['91500000202805720', 'LENGTH'],
    ['91500000202805720TT', 'LENGTH'],
    ['9150000020280572OT', 'CHARSET'],
    ['Z1500000202805720T', 'CHARSET'],
    ['B1500000202805720T', 'REGISTRATION_AUTHORITY'],
    ['9150A000202805720T', 'DIVISION_CODE'],
    ['91500000202805721T', 'ORGANIZATION_CODE_CHECK'],
    ['91500000202805720U', 'CHECK_CHARACTER'],
  ])('refuses %s by rule %s', (code, rule) => {
    expect(usccProblem(code)?.rule).toBe(rule);
  });

  it('names the position of a bad character', () => {
    expect(usccProblem('9150000020280572OT')?.message).toContain('character 17 ("O")');
  });

  it('accepts every code it builds, and refuses every single-character change to the check character', () => {
    const char = fc.constantFrom(...USCC_CHARSET);
    fc.assert(
      fc.property(fc.constantFrom(...'159Y'), fc.constantFrom(...'123'), fc.stringMatching(/^\d{6}$/), fc.array(char, { minLength: 8, maxLength: 8 }), char, (a, c, d, body, other) => {
        const code = makeUscc(a, c, d, body.join(''));
        expect(usccProblem(code)).toBeNull();
        fc.pre(other !== code[17]);
        expect(usccProblem(code.slice(0, 17) + other)?.rule).toBe('CHECK_CHARACTER');
      }),
      { numRuns: 500 },
    );
  });

  it('computes the check character', () => {
    expect(usccCheckCharacter('91500000202805720')).toBe('T');
  });
});
