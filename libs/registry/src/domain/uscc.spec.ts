import fc from 'fast-check';
import { makeUscc, organizationCodeCheck, USCC_CHARSET, usccCheckCharacter, usccProblem } from './uscc.js';

/**
 * A second implementation written from the standards' text, sharing nothing with uscc.ts, so the
 * module is judged against the standards and not against itself.
 * GB 32100-2015: 31-character set, weights 3^(i) mod 31, check = (31 − Σ mod 31) mod 31.
 * GB 11714-1997: weights 3,7,9,10,5,8,4,2 over 0-9 → 0-9 and A-Z → 10-35; C9 = 11 − Σ mod 11, 10 → X, 11 → 0.
 */
const standard = {
  set: '0123456789ABCDEFGHJKLMNPQRTUWXY',
  weights: Array.from({ length: 17 }, (_, i) => Number(3n ** BigInt(i) % 31n)),
  gb11714(body8: string): string {
    const weights = [3, 7, 9, 10, 5, 8, 4, 2];
    let sum = 0;
    for (let i = 0; i < 8; i++) {
      const code = body8.charCodeAt(i);
      sum += (code <= 57 ? code - 48 : code - 65 + 10) * weights[i];
    }
    const c9 = 11 - (sum % 11);
    return c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9);
  },
  gb32100(first17: string): string {
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += this.set.indexOf(first17[i]) * this.weights[i];
    return this.set[(31 - (sum % 31)) % 31];
  },
  uscc(first8: string, body8: string): string {
    const first17 = first8 + body8 + this.gb11714(body8);
    return first17 + this.gb32100(first17);
  },
};

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
      fc.property(
        fc.constantFrom(...'159Y'),
        fc.constantFrom(...'123'),
        fc.stringMatching(/^\d{6}$/),
        fc.array(char, { minLength: 8, maxLength: 8 }),
        char,
        (a, c, d, body, other) => {
          const code = makeUscc(a, c, d, body.join(''));
          expect(usccProblem(code)).toBeNull();
          fc.pre(other !== code[17]);
          expect(usccProblem(code.slice(0, 17) + other)?.rule).toBe('CHECK_CHARACTER');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('uses the weights GB 32100-2015 prints', () => {
    expect(standard.weights).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it("gives GB 11714's worked example its check digit (D2143569-X)", () => {
    expect(standard.gb11714('D2143569')).toBe('X');
    expect(organizationCodeCheck('D2143569')).toBe('X');
  });

  it.each([
    // Registered codes of well-known firms (public registrations), digits-only organization codes.
    '914403001922038216',
    '9144030071526726XG',
    '91330100716105852F',
    '91110108551385082Q',
    // Organization codes issued since 2015 start with MA and carry letters after H (J = 19 under GB 11714, not 18).
    '91500000MA01234J82',
    '91500118MA5U7Y2K03',
    '91500118MA61W3XQ4G',
    '91500118MAYYYYYY28',
    '91500118MJ99YY0102',
    '91500118MA0PQRTU59',
    '91500118MA6CJ1KN0R',
  ])('accepts %s, valid under both standards', (code) => {
    expect(standard.uscc(code.slice(0, 8), code.slice(8, 16))).toBe(code);
    expect(usccProblem(code)).toBeNull();
  });

  it('refuses an organization code whose check digit holds only when letters are valued on the USCC scale', () => {
    // MA01234J valued with J = 18 (the USCC index) would give check digit 2 instead of 8.
    const wrong = '91500000MA01234J2' + standard.gb32100('91500000MA01234J2');
    expect(usccProblem(wrong)?.rule).toBe('ORGANIZATION_CODE_CHECK');
  });

  it('accepts any code whose check characters the standards give, builds the same, and refuses any single-character change', () => {
    const uscc = fc.constantFrom(...USCC_CHARSET);
    const anyChar = fc.constantFrom(...USCC_CHARSET, ...'IOSVZ-a ');
    fc.assert(
      fc.property(
        fc.constantFrom(...'123456789ANY'),
        uscc,
        fc.stringMatching(/^\d{6}$/),
        fc.array(uscc, { minLength: 8, maxLength: 8 }),
        fc.nat(17),
        anyChar,
        (authority, category, division, body, at, other) => {
          const code = standard.uscc(`${authority}${category}${division}`, body.join(''));
          expect(usccProblem(code)).toBeNull();
          expect(makeUscc(authority, category, division, body.join(''))).toBe(code);
          fc.pre(other !== code[at]);
          const changed = code.slice(0, at) + other + code.slice(at + 1);
          expect(usccProblem(changed)).not.toBeNull();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('computes the check character', () => {
    expect(usccCheckCharacter('91500000202805720')).toBe('T');
  });
});
