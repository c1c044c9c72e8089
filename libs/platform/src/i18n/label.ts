import Negotiator from 'negotiator';

/** A label in both languages of the platform: Chinese for the people who run it, English for machines and newcomers. */
export interface Label {
  zh: string;
  en: string;
}

/** Labels of every value of an enum: a value added to the type without its label fails to compile. */
export type Labels<T extends string | number> = Record<T, Label>;

export const LANGUAGES = ['zh', 'en'] as const;
/** A language the API answers in; Chinese unless the caller asks for English. */
export type Language = (typeof LANGUAGES)[number];

/**
 * The language of an answer from the request's `Accept-Language` (RFC 9110 §12.5.4, q-values and
 * prefixes: `en-US` is English, `zh-CN;q=0.9,en;q=0.8` Chinese). Chinese when the header is absent
 * or names neither.
 */
export function languageOf(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(', ') : acceptLanguage;
  if (!header) return 'zh';
  const chosen = new Negotiator({ headers: { 'accept-language': header } }).language([...LANGUAGES]);
  return chosen === 'en' ? 'en' : 'zh';
}

/**
 * A named enum with its labels, as `GET /api/v1/dictionaries` lists it. `values` keeps the order
 * of the enum's declaration (the order people expect: 在册 before 预警 before 整改).
 */
export interface Dictionary {
  name: string;
  label: Label;
  values: readonly { code: string | number; label: Label }[];
}

export function dictionary<T extends string | number>(name: string, label: Label, labels: Labels<T>, order?: readonly T[]): Dictionary {
  const codes = order ?? (Object.keys(labels) as T[]);
  return { name, label, values: codes.map((code) => ({ code, label: labels[code] })) };
}

/** The label of a code in a language, or the code itself when it has none (never an empty cell). */
export function labelOf<T extends string | number>(labels: Partial<Labels<T>>, code: T | null | undefined, language: Language): string {
  if (code === null || code === undefined) return '';
  return labels[code]?.[language] ?? String(code);
}
