/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from the 31-character
 * set below (no I, O, S, V, Z): registration authority (1), institution category (1), division code
 * (6 digits, GB/T 2260), organization code (9, GB 11714 with its own check digit), check character (1).
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
/**
 * GB 11714-1997 values its characters on its own scale, not on the USCC's: 0–9 are 0–9 and A–Z are
 * 10–35 (so J is 19, where the USCC set's index would give 18). Inside a USCC the body may only use
 * letters of the USCC set (no I, O, S, V, Z, enforced by the charset rule), but they keep their GB 11714 value.
 */
const ORG_CODE_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Registration authorities of GB 32100-2015 table 1 (机构编制 1 … 工商 9, 中央军委改革和编制办公室 A, 农业 N, 其他 Y). */
const AUTHORITIES = '123456789ANY';

export type UsccRule = 'LENGTH' | 'CHARSET' | 'REGISTRATION_AUTHORITY' | 'DIVISION_CODE' | 'ORGANIZATION_CODE_CHECK' | 'CHECK_CHARACTER';

export interface UsccProblem {
  rule: UsccRule;
  message: string;
}

/** The GB 32100-2015 check character of the first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, c, i) => acc + USCC_CHARSET.indexOf(c) * WEIGHTS[i], 0);
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** The GB 11714 check digit of an 8-character organization code body (0-9, A-Z). */
export function organizationCodeCheck(body8: string): string {
  const sum = [...body8].reduce((acc, c, i) => acc + ORG_CODE_CHARSET.indexOf(c) * ORG_CODE_WEIGHTS[i], 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Null when valid; otherwise the first rule broken, with a message saying which and where. */
export function usccProblem(value: string): UsccProblem | null {
  if (value.length !== 18) return { rule: 'LENGTH', message: `a USCC has 18 characters, this has ${value.length}` };
  for (let i = 0; i < 18; i++) {
    if (!USCC_CHARSET.includes(value[i])) {
      return { rule: 'CHARSET', message: `character ${i + 1} ("${value[i]}") is not allowed: use 0-9 and A-Z without I, O, S, V, Z` };
    }
  }
  if (!AUTHORITIES.includes(value[0])) return { rule: 'REGISTRATION_AUTHORITY', message: `"${value[0]}" is not a registration authority code` };
  if (!/^\d{6}$/.test(value.slice(2, 8))) return { rule: 'DIVISION_CODE', message: `characters 3–8 ("${value.slice(2, 8)}") must be a 6-digit division code` };
  const orgBody = value.slice(8, 16);
  if (organizationCodeCheck(orgBody) !== value[16]) {
    return {
      rule: 'ORGANIZATION_CODE_CHECK',
      message: `character 17 should be "${organizationCodeCheck(orgBody)}" (GB 11714 check digit), not "${value[16]}"`,
    };
  }
  const expected = usccCheckCharacter(value.slice(0, 17));
  if (expected !== value[17])
    return { rule: 'CHECK_CHARACTER', message: `character 18 should be "${expected}" (GB 32100 check character), not "${value[17]}"` };
  return null;
}

/** Builds a valid USCC from its parts (for demo data and tests). */
export function makeUscc(authority: string, category: string, division: string, orgBody8: string): string {
  const first17 = `${authority}${category}${division}${orgBody8}${organizationCodeCheck(orgBody8)}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}
