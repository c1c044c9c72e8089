import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { DomainError } from '#platform';
import { makeUscc } from '../../domain/uscc.js';
import { parseDirectory, statisticProgress } from './reference-directories.js';

const A = makeUscc('9', '1', '500118', 'RD000001');
const B = makeUscc('9', '1', '500101', 'RD000002');

const problems = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, errors: error.details.map((e) => [e.field, e.code]) };
    throw error;
  }
  throw new Error('not refused');
};

describe('reading a reference directory (名录) as the task force saves it', () => {
  it('reads a GB18030 CSV with Chinese headers, kinds by their Chinese names and districts by name or code', async () => {
    const csv = iconv.encode(
      `统一社会信用代码,单位名称,名录类型,所在区县\r\n${A},永川某园区（演示）,重点园区,永川区\r\n${B},万州某企业（演示）,规模以上企业,500101\r\n${A},永川某园区（演示）,规上企业,\r\n`,
      'gb18030',
    );
    expect(await parseDirectory(csv, 'csv')).toEqual([
      { uscc: A, name: '永川某园区（演示）', kind: 'KEY_PARKS', districtCode: '500118' },
      { uscc: B, name: '万州某企业（演示）', kind: 'ABOVE_SCALE_FIRMS', districtCode: '500101' },
      // the same unit in another directory is another entry
      { uscc: A, name: '永川某园区（演示）', kind: 'ABOVE_SCALE_FIRMS', districtCode: null },
    ]);
  });

  it('refuses an XLSX whose USCC Excel turned into a number, and an unknown district, naming row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名录');
    sheet.addRow(['统一社会信用代码', '单位名称', '名录类型', '所在区县']);
    sheet.addRow([915001180000001, '数字代码企业（演示）', '规上企业', 500118]);
    sheet.addRow([B, '某学院（演示）', '高职院校', '火星区']);
    sheet.addRow(['', '', '', '']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await problems(parseDirectory(file, 'xlsx'))).toEqual({
      code: 'DIRECTORY_INVALID',
      errors: [
        ['rows[1].uscc', 'NUMBER_LOST_DIGITS'],
        ['rows[2].districtCode', 'UNKNOWN_DISTRICT'],
      ],
    });
  });

  it('refuses a file with no unit', async () => {
    expect(await problems(parseDirectory(Buffer.from('统一社会信用代码,单位名称,名录类型\n', 'utf8'), 'csv'))).toEqual({
      code: 'DIRECTORY_INVALID',
      errors: [['file', 'EMPTY_FILE']],
    });
  });
});

describe('a statistic against its 2027 target', () => {
  it('shows the gap to 45 % until met', () => {
    const value = (v: number) => ({
      indicator: 'HIGH_SKILLED_SHARE' as const,
      year: 2026,
      value: v,
      source: '统计（演示）',
      reportedOn: '2027-01-20',
      version: 1,
    });
    expect(statisticProgress('HIGH_SKILLED_SHARE', value(41.35))).toMatchObject({ target: 45, value: 41.35, gap: 3.65, met: false });
    expect(statisticProgress('HIGH_SKILLED_SHARE', value(45))).toMatchObject({ gap: 0, met: true });
    expect(statisticProgress('HIGH_SKILLED_SHARE', null)).toMatchObject({ target: 45, value: null, gap: null, met: false });
  });
});
