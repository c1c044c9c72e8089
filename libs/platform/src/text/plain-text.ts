/**
 * A value as text for a cell, a log line or a message: strings as they are, numbers, booleans and
 * big integers as JavaScript writes them, a Date as ISO 8601, an Error by its message, null and
 * undefined as empty, anything else as JSON — never `[object Object]`.
 */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Error) return value.message;
  return JSON.stringify(value) ?? '';
}
