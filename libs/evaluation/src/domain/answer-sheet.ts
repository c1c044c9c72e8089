import type { DomainErrorDetail } from '#platform';
import type { PaperItem } from './paper.js';

/** 答卷 workflow: DRAFT → SUBMITTED → RETURNED (for correction, with comments) → SUBMITTED → ACCEPTED. */
export const SHEET_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

export type AnswerValue = number | boolean | string;
export type Answers = Record<string, AnswerValue>;

/** A merge (PATCH) of answers: a value sets one, `null` removes one, codes left out stay as they are. */
export type AnswerPatch = Record<string, AnswerValue | null>;

export function applyAnswerPatch(current: Answers, patch: AnswerPatch): Answers {
  const next: Answers = { ...current };
  for (const [code, value] of Object.entries(patch)) {
    if (value === null) delete next[code];
    else next[code] = value;
  }
  return next;
}

/** Something a save did that the caller may not have meant; the save itself went through. */
export interface AnswerWarning {
  code: 'ANSWERS_REMOVED';
  message: string;
  indicatorCodes: string[];
}

/** A PUT states the whole sheet: answers it leaves out are removed, which is easy to do by mistake. */
export function removedAnswersWarning(codes: readonly string[], names: ReadonlyMap<string, string>): AnswerWarning {
  const listed = codes.map((c) => (names.has(c) ? `${names.get(c)}（${c}）` : c)).join('、');
  return {
    code: 'ANSWERS_REMOVED',
    message: `本次保存删除了 ${codes.length} 项已填答案：${listed}。PUT 以提交的内容替换整张答卷；只改其中几项请用 PATCH。`,
    indicatorCodes: [...codes],
  };
}

export interface ReviewComment {
  indicatorCode: string | null;
  comment: string;
}

const GRADES = ['A', 'B', 'C', 'D', 'E'];

/**
 * Checks answers against the paper: every answered code is on the paper, each value has the
 * indicator's type (integer, percent, boolean, grade A–E) and lies in its range. With `complete`,
 * every required indicator must be answered too (at submission).
 */
export function answerProblems(paper: readonly PaperItem[], answers: Answers, complete: boolean): DomainErrorDetail[] {
  const byCode = new Map(paper.map((p) => [p.code, p]));
  const problems: DomainErrorDetail[] = [];
  for (const [code, value] of Object.entries(answers)) {
    const field = `answers.${code}`;
    const item = byCode.get(code);
    if (!item) {
      problems.push({ field, code: 'NOT_ON_PAPER', message: `${code} is not on this consortium's paper`, zh: `${code} 不在本联合体的考卷上` });
      continue;
    }
    if (item.valueType === 'BOOLEAN') {
      if (typeof value !== 'boolean')
        problems.push({ field, code: 'WRONG_TYPE', message: `${code} takes true or false`, zh: `${code} 应填“是”或“否”（true/false）` });
      continue;
    }
    if (item.valueType === 'GRADE') {
      if (typeof value !== 'string' || !GRADES.includes(value))
        problems.push({ field, code: 'WRONG_TYPE', message: `${code} takes a grade A–E`, zh: `${code} 应填等级 A–E` });
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ field, code: 'WRONG_TYPE', message: `${code} takes a number`, zh: `${code} 应填数字` });
      continue;
    }
    if (item.valueType === 'INTEGER' && !Number.isInteger(value))
      problems.push({ field, code: 'NOT_AN_INTEGER', message: `${code} takes a whole number`, zh: `${code} 应填整数` });
    else if (value < item.range.min || value > item.range.max) {
      problems.push({
        field,
        code: 'OUT_OF_RANGE',
        message: `${code} must be within ${item.range.min}…${item.range.max}`,
        zh: `${code} 应在 ${item.range.min}…${item.range.max} 之间`,
      });
    }
  }
  if (complete) {
    for (const item of paper) {
      if (item.required && !(item.code in answers))
        problems.push({
          field: `answers.${item.code}`,
          code: 'REQUIRED',
          message: `${item.code} (${item.name}) must be answered`,
          zh: `${item.code}（${item.name}）必须填写`,
        });
    }
  }
  return problems;
}
