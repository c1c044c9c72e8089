import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { type Cell, FileProblem, type ImportFormat } from '../../domain/import.js';
import { plainText } from '#platform';

export interface Table {
  /** The header row as written (trimmed). */
  header: string[];
  /** Data rows as header → cell, in file order; a CSV gives text only, an XLSX each cell by its type. */
  records: Record<string, Cell>[];
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// A text file holds no C0 control but tab, line feed and carriage return (and no DEL).
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * The text of a CSV file as Excel and others save it: UTF-8 (with or without BOM) when it decodes
 * as UTF-8 without error, else GB18030 (Excel's "CSV" on Chinese Windows; a superset of GBK and
 * GB2312). A file that is neither — a U+FFFD in the result, control bytes, a zip archive — is
 * refused, never stored as mojibake.
 */
export function decodeCsv(file: Buffer): string {
  if (file.subarray(0, 4).equals(ZIP))
    throw new FileProblem('FILE_FORMAT_MISMATCH', '文件是 XLSX 工作簿却以 text/csv 上传：请以 XLSX 类型上传，或在 Excel 中另存为 CSV');
  if (file[0] === 0xff && file[1] === 0xfe)
    throw new FileProblem('FILE_ENCODING_UNSUPPORTED', '文件是 UTF-16 编码（Excel 的“Unicode 文本”）：请另存为“CSV UTF-8”或“CSV”');
  if (file[0] === 0xfe && file[1] === 0xff) throw new FileProblem('FILE_ENCODING_UNSUPPORTED', '文件是 UTF-16 编码：请另存为“CSV UTF-8”或“CSV”');
  const body = file.subarray(0, 3).equals(UTF8_BOM) ? file.subarray(3) : file;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = iconv.decode(body, 'gb18030');
  }
  if (text.includes('\uFFFD'))
    throw new FileProblem('FILE_ENCODING_UNSUPPORTED', '文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本：请在 Excel 中另存为“CSV UTF-8”');
  if (NOT_TEXT.test(text)) throw new FileProblem('FILE_NOT_TEXT', '文件含有控制字符，不是 CSV 文本');
  return text;
}

const CSV_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: '引号未闭合',
  CSV_INVALID_CLOSING_QUOTE: '引号后有多余字符',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '引号后有多余字符',
};

/** A formula neutralised by an export (`'=…`, see `writeTable`) is read back as it was. */
export const unneutralise = (text: string): string => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

function readCsv(file: Buffer): Table {
  const text = decodeCsv(file);
  let rows: string[][];
  try {
    rows = parse(text, { skip_empty_lines: true, relax_column_count: true, trim: false });
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string };
    const what = CSV_MESSAGES[e.code ?? ''] ?? '格式错误';
    throw new FileProblem('CSV_MALFORMED', `CSV 无法解析：${what}${e.lines ? `（第 ${e.lines} 行）` : ''}`);
  }
  const [header = [], ...data] = rows;
  const names = header.map((h) => h.trim());
  return { header: names, records: data.map((r) => Object.fromEntries(names.map((h, i) => [h, unneutralise(r[i] ?? '')]))) };
}

/** A cell as what it is: rich text joined, a formula's cached result, a hyperlink's text, an error as its code. */
export function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellOf(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value as ExcelJS.CellFormulaValue).result ?? null);
  if ('error' in value) return { error: value.error };
  return null;
}

async function readXlsx(file: Buffer): Promise<Table> {
  if (!file.subarray(0, 4).equals(ZIP)) throw new FileProblem('FILE_FORMAT_MISMATCH', '文件不是 XLSX 工作簿：CSV 文件请以 text/csv 上传');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new FileProblem('XLSX_MALFORMED', 'XLSX 工作簿已损坏或无法读取');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], records: [] };
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (header[col - 1] = textOfHeader(cellOf(cell.value))));
  const records: Record<string, Cell>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const record = Object.fromEntries(header.map((h, i) => [h ?? '', cellOf(row.getCell(i + 1).value)]));
    if (Object.values(record).some((v) => v !== null && !(typeof v === 'string' && v.trim() === ''))) records.push(record);
  }
  return { header: [...header].map((h) => h ?? ''), records };
}

const textOfHeader = (cell: Cell): string => (cell === null ? '' : typeof cell === 'object' && !(cell instanceof Date) ? '' : String(cell).trim());

/**
 * Reads a CSV (UTF-8 with or without BOM, or GB18030) or the first sheet of an XLSX into header
 * + records. A file that cannot be read throws a `FileProblem` (stable code, message for the user).
 */
export function readTable(file: Buffer, format: ImportFormat): Promise<Table> {
  return format === 'csv' ? Promise.resolve().then(() => readCsv(file)) : readXlsx(file);
}

/**
 * Writes header + rows as CSV (UTF-8 with BOM, for Excel) or XLSX. In a CSV a text that Excel
 * would run as a formula (=, +, -, @, tab, CR first) is neutralised by a leading `'`, and so is
 * one that already starts with `'`s before such a character — so `unneutralise` on import gives
 * back exactly the value. An XLSX needs no prefix: values are written as string cells, which
 * Excel never evaluates; numbers stay numbers.
 */
export async function writeTable(columns: readonly string[], rows: readonly (readonly unknown[])[], format: ImportFormat, sheetName = 'data'): Promise<Buffer> {
  if (format === 'csv') {
    const safe = (v: unknown) => {
      const s = plainText(v);
      return /^'*[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    };
    return Buffer.from(`\uFEFF${stringify([columns as string[], ...rows.map((r) => r.map(safe))])}`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...columns]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => (typeof v === 'number' ? v : plainText(v))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CONTENT_TYPES: Record<ImportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
