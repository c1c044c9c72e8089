import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { plainText } from '../text/plain-text.js';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LABEL_MODES = ['zh', 'codes'] as const;
/**
 * What an export is written for: `zh` (the default) for people — Chinese headers, Chinese labels
 * for codes, names beside ids, yes/no as 是/否; `codes` for machines — the English keys as headers
 * and the raw codes and booleans.
 */
export type ExportLabelMode = (typeof EXPORT_LABEL_MODES)[number];

/** The media type of an Excel workbook (.xlsx), sent and accepted by several contexts. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: XLSX_CONTENT_TYPE,
};

/**
 * How a number is shown: `score` a score kept in 0…1 inside, shown on 0–100 with two decimals
 * (0.99644 → 99.64: only the cell is rounded); `percent` a share in 0…1 shown as a percentage;
 * `decimal` two decimals; `integer` a whole number.
 */
export type ExportNumberFormat = 'score' | 'percent' | 'decimal' | 'integer';

const EXCEL_FORMATS: Record<ExportNumberFormat, string> = { score: '0.00', percent: '0.0%', decimal: '0.00', integer: '0' };

export interface ExportColumn<R> {
  /** The header for machines (`labels=codes`), and the key an import reads. */
  key: string;
  /** The header for people. */
  zh: string;
  /** The raw value: a code, a number in its inside scale, a boolean, an ISO date. */
  value: (row: R) => unknown;
  /** The value people read (a code's Chinese label, 是/否); the raw value when absent. */
  label?: (row: R) => unknown;
  number?: ExportNumberFormat;
  /** Width in characters; by default fitted to the header and the values (a CJK character counts two). */
  width?: number;
}

/** The two ways of writing booleans. */
export const yesNo = (value: boolean | null | undefined): string => (value === null || value === undefined ? '' : value ? '是' : '否');

const round2 = (n: number) => Math.round(n * 100 + Number.EPSILON * Math.sign(n)) / 100;

/** A numeric cell as written: a score on 0–100 rounded to two decimals; other formats keep their value (Excel formats them). */
function numericCell(value: unknown, format: ExportNumberFormat | undefined): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value) || !format) return value;
  if (format === 'score') return round2(value * 100);
  if (format === 'decimal') return round2(value);
  if (format === 'integer') return Math.round(value);
  return value;
}

/** In a CSV, the text of a number as people read it. */
function csvNumber(value: unknown, format: ExportNumberFormat | undefined): unknown {
  if (typeof value !== 'number' || !format) return value;
  if (format === 'score' || format === 'decimal') return value.toFixed(2);
  if (format === 'percent') return `${round2(value * 100).toFixed(1)}%`;
  return String(value);
}

/** Display width of a text: CJK and full-width characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}

/**
 * A text Excel would run as a formula (=, +, -, @, tab, CR first) is neutralised in a CSV by a
 * leading `'`, and so is one that already starts with `'`s before such a character — so the
 * import's `unneutralise` gives back exactly the value. An XLSX needs no prefix: texts are
 * string cells, which Excel never evaluates.
 */
const neutralised = (text: string) => (/^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/**
 * Writes rows as CSV (UTF-8 with BOM, so Excel on a Chinese Windows reads it as UTF-8) or XLSX
 * (bold frozen header row, fitted column widths, number formats: scores 0.00 on 0–100,
 * percentages). `mode` chooses Chinese headers and labels for people or English keys and raw
 * codes for machines.
 */
export async function exportTable<R>(
  columns: readonly ExportColumn<R>[],
  rows: readonly R[],
  format: ExportFormat,
  mode: ExportLabelMode,
  sheetName = 'data',
): Promise<Buffer> {
  const header = columns.map((c) => (mode === 'zh' ? c.zh : c.key));
  const cells = rows.map((row) =>
    columns.map((c) => {
      const shown = mode === 'zh' && c.label ? c.label(row) : c.value(row);
      return numericCell(shown, c.number);
    }),
  );
  if (format === 'csv') {
    const text = (v: unknown, c: ExportColumn<R>) => {
      if (v === null || v === undefined) return '';
      const s = csvNumber(v, c.number);
      return typeof s === 'string' ? neutralised(s) : String(s);
    };
    return Buffer.from(`\uFEFF${stringify([header, ...cells.map((r) => r.map((v, i) => text(v, columns[i])))])}`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => {
    const widest = Math.max(displayWidth(header[i]), ...cells.slice(0, 1000).map((r) => displayWidth(plainText(r[i]))));
    return { key: c.key, width: c.width ?? Math.min(60, Math.max(8, widest + 2)), ...(c.number ? { style: { numFmt: EXCEL_FORMATS[c.number] } } : {}) };
  });
  sheet.addRow(header);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).eachCell((cell) => {
    cell.numFmt = '@';
  });
  for (const row of cells) sheet.addRow(row.map((v) => (typeof v === 'number' ? v : plainText(v))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const EXPORT_LABELS_DESCRIPTION =
  'zh: Chinese headers, Chinese labels for codes, 是/否, names beside ids (for people); codes: English headers and raw codes (for machines). Scores are on 0–100 with two decimals either way.';

/** The `format` and `labels` query parameters of every export. */
export class ExportQueryOptionsDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx', description: 'xlsx (Excel) or csv (UTF-8 with BOM)' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;

  @ApiPropertyOptional({ enum: EXPORT_LABEL_MODES, default: 'zh', description: EXPORT_LABELS_DESCRIPTION })
  @IsOptional()
  @IsIn(EXPORT_LABEL_MODES)
  labels?: ExportLabelMode;
}

/**
 * `Content-Disposition` of a download (RFC 6266): an ASCII `filename` for old clients and, for
 * people (`labels=zh`), the Chinese name as `filename*` (RFC 8187, UTF-8), which browsers prefer.
 */
export function attachmentDisposition(asciiName: string, chineseName: string, mode: ExportLabelMode | undefined): string {
  const ascii = `attachment; filename="${asciiName.replace(/["\\\r\n]/g, '_')}"`;
  return mode === 'codes' ? ascii : `${ascii}; filename*=UTF-8''${encodeURIComponent(chineseName)}`;
}
