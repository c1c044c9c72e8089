import { byColumn, headerProblems, mapHeader, MEMBERSHIP_FILE, ORGANIZATION_FILE, validateMembershipRow, validateOrganizationRow } from './import.js';
import { makeUscc } from './uscc.js';

const good = makeUscc('9', '1', '500118', 'MA5U7Y2K');

describe('organization import rows', () => {
  it('accepts a good row and normalises it', () => {
    const result = validateOrganizationRow(
      1,
      { uscc: good.toLowerCase(), name: ' 重庆某公司（演示） ', type: 'enterprise', districtCode: '500118' },
      new Map(),
    );
    expect(result).toEqual({
      value: { row: 1, uscc: good, name: '重庆某公司（演示）', type: 'ENTERPRISE', districtCode: '500118', attributes: {} },
      errors: [],
    });
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
    expect(validateOrganizationRow(2, { uscc: good, name: '乙公司', type: 'ENTERPRISE', districtCode: '500118' }, seen).errors[0]).toMatchObject({
      code: 'DUPLICATE_IN_FILE',
      message: 'the same USCC is on row 1',
    });
    const other = makeUscc('9', '1', '500101', 'MA5U7Y2K');
    expect(validateOrganizationRow(3, { uscc: other, name: '丙公司', type: 'ENTERPRISE', districtCode: '500101' }, seen, '500118').errors[0].code).toBe(
      'OUTSIDE_DISTRICT',
    );
  });

  it('names missing header columns', () => {
    expect(headerProblems(['uscc', 'name']).map((e) => e.field)).toEqual(['type', 'districtCode']);
  });
});

describe('columns and cells as users write them', () => {
  it('maps Chinese and English headers, in any case, and names a column given twice', () => {
    const { columns, errors } = mapHeader(['统一社会信用代码', '单位名称 *', 'TYPE', '所在区县', '规上企业', '备注'], ORGANIZATION_FILE);
    expect(errors).toEqual([]);
    expect(Object.fromEntries(columns)).toEqual({
      uscc: '统一社会信用代码',
      name: '单位名称 *',
      type: 'TYPE',
      districtCode: '所在区县',
      isAboveScale: '规上企业',
    });
    expect(mapHeader(['uscc', '统一社会信用代码', 'name', 'type', 'districtCode'], ORGANIZATION_FILE).errors).toMatchObject([
      { field: 'uscc', code: 'DUPLICATE_COLUMN' },
    ]);
    expect(
      byColumn(
        { uscc: good, 备注: 'x' },
        new Map([
          ['uscc', 'uscc'],
          ['name', '单位名称'],
        ]),
      ),
    ).toEqual({ uscc: good, name: null });
  });

  it('reads Chinese labels of code values, flags, a district by name and a district code typed as a number', () => {
    const row = { uscc: good, name: '重庆  某园区（演示）', type: '园区', districtCode: '永川区', parkLevel: '国家级', isKeyPark: '是' };
    expect(validateOrganizationRow(1, row, new Map())).toEqual({
      value: { row: 1, uscc: good, name: '重庆 某园区（演示）', type: 'PARK', districtCode: '500118', attributes: { parkLevel: 'NATIONAL', isKeyPark: true } },
      errors: [],
    });
    const firm = { uscc: good, name: '某公司（演示）', type: 'enterprise', districtCode: 500118, isAboveScale: true, enterpriseSize: '中型', isChainLeader: 0 };
    expect(validateOrganizationRow(2, firm, new Map()).value).toMatchObject({
      districtCode: '500118',
      attributes: { isAboveScale: true, enterpriseSize: 'MEDIUM', isChainLeader: false },
    });
  });

  it('refuses a USCC Excel turned into a number, attributes foreign to the type, hidden characters and error cells', () => {
    const result = validateOrganizationRow(
      3,
      { uscc: 915001181000000000, name: '某\u202E公司', type: '学校', districtCode: { error: '#N/A' }, isKeyPark: '是', isAboveScale: '也许' },
      new Map(),
    );
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['uscc', 'NUMBER_LOST_DIGITS'],
      ['name', 'NAME_CONTROL_CHARACTER'],
      ['districtCode', 'CELL_ERROR'],
      ['isAboveScale', 'INVALID_FLAG'],
      ['isKeyPark', 'ATTRIBUTE_NOT_APPLICABLE'],
    ]);
    expect(
      validateOrganizationRow(4, { uscc: '9.15001E+17', name: '某公司', type: '企业', districtCode: '500118' }, new Map()).errors.map((e) => e.code),
    ).toEqual(['NUMBER_LOST_DIGITS']);
  });

  it('reads membership dates from date cells and as people type them, and roles by their Chinese labels', () => {
    const consortiumId = '6f1c2a3e-5b7d-4c8e-9a0b-1c2d3e4f5a6b';
    const read = (validFrom: unknown, role: unknown = '理事单位') =>
      validateMembershipRow(1, { consortiumId, uscc: good, role, validFrom } as never, new Map());
    expect(read(new Date(Date.UTC(2025, 2, 1))).value).toEqual({ row: 1, consortiumId, uscc: good, role: 'COUNCIL_MEMBER', validFrom: '2025-03-01' });
    expect(read('2025/3/1').value?.validFrom).toBe('2025-03-01');
    expect(read('2025年3月1日').value?.validFrom).toBe('2025-03-01');
    expect(read('2025-02-30').errors.map((e) => e.code)).toEqual(['INVALID_DATE']);
    expect(read(45717).errors.map((e) => e.code)).toEqual(['INVALID_DATE']);
    expect(read('2025-03-01', '观察员').errors.map((e) => e.code)).toEqual(['UNKNOWN_ROLE']);
    expect(mapHeader(['联合体ID', '统一社会信用代码', '角色', '生效日期'], MEMBERSHIP_FILE).errors).toEqual([]);
  });
});
