import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { FileProblem } from '../../domain/import.js';
import { decodeCsv, readTable, unneutralise, writeTable } from './tabular.js';

/** Files saved by LibreOffice and iconv (test/fixtures/imports/README.md); jest runs from the repository root. */
const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/imports', name));
const problemOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FileProblem) return error.code;
    throw error;
  }
  return 'read';
};

describe('reading files as users save them', () => {
  it('decodes a CSV saved by Excel on Chinese Windows (GB18030), and UTF-8 with and without BOM', async () => {
    const gbk = await readTable(fixture('organizations-gbk.csv'), 'csv');
    expect(gbk.header.slice(0, 4)).toEqual(['统一社会信用代码', '单位名称', '单位类型', '所在区县']);
    expect(gbk.records[1]['单位名称']).toBe('重庆永川GBK测试汽车零部件有限公司,（演示）');
    const text = '名称\n重庆永川（演示）\n';
    expect(decodeCsv(Buffer.from(text))).toBe(text);
    expect(decodeCsv(Buffer.from(`\uFEFF${text}`))).toBe(text);
    expect(decodeCsv(iconv.encode(text, 'gb18030'))).toBe(text);
  });

  it('refuses what would be mojibake, and files that are not CSV at all', async () => {
    // Bytes valid neither as UTF-8 nor as GB18030 (0x80 and 0xFF are no GB18030 lead bytes).
    expect(await problemOf(readTable(Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x80, 0xff, 0x0a]), 'csv'))).toBe('FILE_ENCODING_UNSUPPORTED');
    expect(await problemOf(readTable(Buffer.from('a,b\n\u0000\u0001,2\n'), 'csv'))).toBe('FILE_NOT_TEXT');
    expect(await problemOf(readTable(Buffer.from('\uFFFEa,b', 'utf16le'), 'csv'))).toBe('FILE_ENCODING_UNSUPPORTED');
    expect(await problemOf(readTable(fixture('organizations.xlsx'), 'csv'))).toBe('FILE_FORMAT_MISMATCH');
    expect(await problemOf(readTable(Buffer.from('uscc,name\n1,"unclosed\n'), 'csv'))).toBe('CSV_MALFORMED');
    expect(await problemOf(readTable(Buffer.from('uscc,name\n1,2\n'), 'xlsx'))).toBe('FILE_FORMAT_MISMATCH');
    expect(await problemOf(readTable(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]), 'xlsx'))).toBe('XLSX_MALFORMED');
  });

  it('reads XLSX cells by their type: rich text, formula results, hyperlinks, numbers, booleans', async () => {
    const table = await readTable(fixture('organizations.xlsx'), 'xlsx');
    expect(table.records.map((r) => [r['统一社会信用代码'], r['单位名称'], r['所在区县'], r['规上企业']])).toEqual([
      ['91500118FX0000018D', '重庆永川职业学院（演示）', 500118, null],
      ['91500118FX00000268', '  重庆永川  智能装备有限公司（演示） ', '500118', 1],
      ['91500118FX00000343', '永川高新区数字产业园（演示）', '永川区', null],
      ['91500118FX0000042X', '重庆永川新材料研究院（演示）', 500118, null],
      [915001181000000000, '重庆永川数字代码丢失公司（演示）', 500118, 0],
    ]);
  });

  it.each(['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'])('reads an Excel date cell as the same calendar day in %s', async (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      const table = await readTable(fixture('memberships.xlsx'), 'xlsx');
      const dates = table.records.map((r) => r['生效日期']);
      expect(dates.slice(0, 2).map((d) => (d as Date).toISOString().slice(0, 10))).toEqual(['2025-03-01', '2025-07-01']);
      expect(dates[2]).toBe('2025-12-31');
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('writing exports that re-import as they are', () => {
  const tricky = ['=HYPERLINK("http://127.0.0.1/","x")', "'=1+1", "''@x", '+86', '-1', '@SUM(A1)', "it's", "'plain", '普通名称'];

  it('CSV: neutralises formulas with a leading quote that the reader removes exactly', async () => {
    const csv = await writeTable(
      ['name'],
      tricky.map((t) => [t]),
      'csv',
    );
    const lines = csv
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://127.0.0.1/"",""x"")"`);
    expect(lines[2]).toBe("''=1+1");
    const back = await readTable(csv, 'csv');
    expect(back.records.map((r) => r.name)).toEqual(tricky);
    for (const t of tricky) expect(unneutralise(/^'*[=+\-@\t\r]/.test(t) ? `'${t}` : t)).toBe(t);
  });

  it('XLSX: writes text as string cells, with no prefix, and reads back the same values', async () => {
    const xlsx = await writeTable(
      ['name', 'n'],
      tricky.map((t, i) => [t, i]),
      'xlsx',
    );
    const back = await readTable(xlsx, 'xlsx');
    expect(back.records.map((r) => [r.name, r.n])).toEqual(tricky.map((t, i) => [t, i]));
  });
});
