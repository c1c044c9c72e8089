/**
 * Names as people mean them: one canonical form (Unicode NFC, no leading or trailing blanks,
 * inner runs of white space — including the ideographic space U+3000 — as one space), and never
 * characters that hide or reorder text: C0/C1 controls (a tab or line break included), bidi
 * embeddings and overrides (U+202A–202E), isolates (U+2066–2069), directional marks (U+200E,
 * U+200F, U+061C), zero-width characters (U+200B–200D, U+2060), the BOM U+FEFF, and U+FFFD (the
 * replacement character: text decoded with the wrong encoding). Two names
 * that look the same are then the same string, and a name that looks blank is refused.
 */
export type NameProblem = 'NAME_EMPTY' | 'NAME_CONTROL_CHARACTER' | 'NAME_LENGTH';

export type NameResult = { value: string; problem?: undefined } | { value?: undefined; problem: NameProblem; message: string };

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFFD]/u;

const describe = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The canonical form of a name, or why it cannot be one; `min`/`max` count characters (code points) of the canonical form. */
export function normalizeName(input: string, { min = 1, max = 128 }: { min?: number; max?: number } = {}): NameResult {
  const nfc = input.normalize('NFC');
  const bad = FORBIDDEN.exec(nfc);
  if (bad) return { problem: 'NAME_CONTROL_CHARACTER', message: `名称含有不可见或控制字符 ${describe(bad[0])}` };
  const value = nfc.replace(/\s+/gu, ' ').trim();
  if (value === '') return { problem: 'NAME_EMPTY', message: '名称不能为空或只有空白' };
  const length = [...value].length;
  if (length < min || length > max) return { problem: 'NAME_LENGTH', message: `名称长度应为 ${min}–${max} 个字符，现为 ${length} 个` };
  return { value };
}
