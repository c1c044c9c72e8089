import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { ImportFormat } from '../../domain/import.js';

export interface Table {
  header: string[];
  /** Data rows as column → text, in file order. */
  records: Record<string, string>[];
}

/** Reads a CSV (UTF-8, BOM tolerated) or the first sheet of an XLSX into header + records. */
export async function readTable(file: Buffer, format: ImportFormat): Promise<Table> {
  if (format === 'csv') {
    const rows: string[][] = parse(file, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: false });
    const [header = [], ...data] = rows;
    return { header: header.map((h) => h.trim()), records: data.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? '']))) };
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], records: [] };
  const text = (v: ExcelJS.CellValue): string =>
    v === null || v === undefined ? '' : typeof v === 'object' && 'text' in v ? String(v.text) : typeof v === 'object' && 'result' in v ? String(v.result ?? '') : String(v);
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (header[col - 1] = text(cell.value).trim()));
  const records: Record<string, string>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const record = Object.fromEntries(header.map((h, i) => [h, text(row.getCell(i + 1).value)]));
    if (Object.values(record).some((v) => v.trim() !== '')) records.push(record);
  }
  return { header, records };
}

/** Writes header + rows as CSV (UTF-8 with BOM, for Excel; formula-like cells neutralised) or XLSX. */
export async function writeTable(columns: readonly string[], rows: readonly (readonly unknown[])[], format: ImportFormat, sheetName = 'data'): Promise<Buffer> {
  const safe = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  };
  if (format === 'csv') return Buffer.from(`\uFEFF${stringify([columns as string[], ...rows.map((r) => r.map(safe))])}`, 'utf8');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...columns]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => (v === null || v === undefined ? '' : typeof v === 'number' ? v : String(v))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CONTENT_TYPES: Record<ImportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
