import { headerProblems, validateOrganizationRow } from './import.js';
import { makeUscc } from './uscc.js';

const good = makeUscc('9', '1', '500118', 'MA5U7Y2K');

describe('organization import rows', () => {
  it('accepts a good row and normalises it', () => {
    const result = validateOrganizationRow(1, { uscc: good.toLowerCase(), name: ' 重庆某公司（演示） ', type: 'enterprise', districtCode: '500118' }, new Map());
    expect(result).toEqual({ value: { row: 1, uscc: good, name: '重庆某公司（演示）', type: 'ENTERPRISE', districtCode: '500118' }, errors: [] });
  });

  it('reports every problem of a row with field and code', () => {
    const result = validateOrganizationRow(7, { uscc: '123', name: 'x', type: 'CASTLE', districtCode: '999999' }, new Map());
    expect(result.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [7, 'uscc', 'USCC_LENGTH'],
      [7, 'name', 'INVALID_NAME'],
      [7, 'type', 'UNKNOWN_TYPE'],
      [7, 'districtCode', 'UNKNOWN_DISTRICT'],
    ]);
  });

  it('catches a USCC repeated in the file and a district outside the importer’s', () => {
    const seen = new Map<string, number>();
    validateOrganizationRow(1, { uscc: good, name: '甲公司', type: 'ENTERPRISE', districtCode: '500118' }, seen);
    expect(validateOrganizationRow(2, { uscc: good, name: '乙公司', type: 'ENTERPRISE', districtCode: '500118' }, seen).errors[0]).toMatchObject({ code: 'DUPLICATE_IN_FILE', message: 'the same USCC is on row 1' });
    const other = makeUscc('9', '1', '500101', 'MA5U7Y2K');
    expect(validateOrganizationRow(3, { uscc: other, name: '丙公司', type: 'ENTERPRISE', districtCode: '500101' }, seen, '500118').errors[0].code).toBe('OUTSIDE_DISTRICT');
  });

  it('names missing header columns', () => {
    expect(headerProblems(['uscc', 'name']).map((e) => e.field)).toEqual(['type', 'districtCode']);
  });
});
