import { DomainError, type DomainErrorKind, type Label } from '#platform';

/**
 * The closed set of the context's error codes, each with its kind (→ HTTP status) and its label.
 * Use cases throw only `supplyDemandError(code, field, detail)`; the dictionary of error codes is
 * assembled from this table, so a code without a Chinese label cannot exist.
 */
export const SUPPLY_DEMAND_ERRORS = {
  DEMAND_NOT_FOUND: { kind: 'NOT_FOUND', zh: '没有这项需求', en: 'No such demand' },
  RESPONSE_NOT_FOUND: { kind: 'NOT_FOUND', zh: '没有这条应答', en: 'No such response' },
  OUTCOME_NOT_FOUND: { kind: 'NOT_FOUND', zh: '没有这项对接成果', en: 'No such outcome' },
  PAYMENT_NOT_FOUND: { kind: 'NOT_FOUND', zh: '没有这笔到款', en: 'No such payment' },
  ORGANIZATION_NOT_FOUND: { kind: 'INVALID', zh: '单位不存在，或无权查看', en: 'No such organization' },
  ORGANIZATION_UNKNOWN: { kind: 'NOT_FOUND', zh: '没有这个单位', en: 'No such organization' },
  CONSORTIUM_NOT_FOUND: { kind: 'INVALID', zh: '联合体不存在，或无权查看', en: 'No such consortium' },
  NOT_A_SUPPLIER: { kind: 'INVALID', zh: '该单位不是学校或科研院所，不能作为供给方', en: 'The organization is not a school or research institute' },
  UNKNOWN_CLUSTER: { kind: 'INVALID', zh: '不是产业集群字典中的代码', en: 'Not a code of the industry cluster dictionary' },
  UNKNOWN_DISTRICT: { kind: 'INVALID', zh: '不是有效的区县代码（GB/T 2260）', en: 'Not a known district code' },
  PUBLISHER_REQUIRED: { kind: 'INVALID', zh: '须指明发布单位或发布的联合体（共同体）', en: 'Name the publishing organization or consortium' },
  PUBLISHER_NOT_YOURS: {
    kind: 'FORBIDDEN',
    zh: '只能以本单位或本联合体的名义发布和管理需求',
    en: 'Publish and manage demands for your own organization or consortium only',
  },
  SUPPLIER_NOT_YOURS: { kind: 'FORBIDDEN', zh: '只能以本单位的名义应答或维护专业布点', en: 'Act for your own organization only' },
  DETAILS_MISMATCH: { kind: 'INVALID', zh: '需求详情与需求类型不符', en: 'The details do not fit the demand kind' },
  MEMBERS_ONLY_NEEDS_CONSORTIUM: { kind: 'INVALID', zh: '仅成员可见的需求须由联合体（共同体）发布', en: 'A members-only demand needs a publishing consortium' },
  VALID_TO_BEFORE_FROM: { kind: 'INVALID', zh: '有效期截止日早于起始日', en: 'validTo is before validFrom' },
  DEMAND_STATUS: { kind: 'CONFLICT', zh: '需求当前状态不允许此操作', en: 'The demand’s status does not allow this' },
  ALREADY_RESPONDED: { kind: 'CONFLICT', zh: '该单位已应答过这项需求', en: 'The organization has responded already' },
  OWN_DEMAND: { kind: 'INVALID', zh: '不能应答本单位发布的需求', en: 'An organization cannot answer its own demand' },
  OUTCOME_FIELDS: { kind: 'INVALID', zh: '对接成果缺少该类型所需字段', en: 'The outcome lacks a field its kind needs' },
  NOT_A_SERVICE_CONTRACT: { kind: 'INVALID', zh: '到款只能记在技术服务合同上', en: 'Payments are recorded on service contracts only' },
  PROGRAM_CODE: { kind: 'INVALID', zh: '专业代码应为专业目录中的六位代码', en: 'A program code has six digits (catalogue)' },
  PROGRAM_EXISTS: { kind: 'CONFLICT', zh: '该专业布点已登记', en: 'The program is registered already' },
  CAPABILITY_EXISTS: { kind: 'CONFLICT', zh: '该单位已登记同名能力', en: 'A capability of that name is registered already' },
  PROGRAM_FILE_INVALID: { kind: 'INVALID', zh: '专业布点文件有误，见各行说明', en: 'The program file has errors, see each row' },
  FIGURES_SCOPE: { kind: 'INVALID', zh: '统计范围与编号不符', en: 'The figures scope and id do not fit' },
  FIGURES_NOT_YOURS: { kind: 'NOT_FOUND', zh: '没有这个统计范围，或无权查看', en: 'No such scope, or not yours to read' },
} as const satisfies Record<string, { kind: DomainErrorKind } & Label>;

export type SupplyDemandErrorCode = keyof typeof SUPPLY_DEMAND_ERRORS;

/** A problem of the context: its code's kind and label, the offending field, and a detail saying more. */
export function supplyDemandError(code: SupplyDemandErrorCode, field: string, detail?: string): DomainError {
  const e = SUPPLY_DEMAND_ERRORS[code];
  const zh = detail ? `${e.zh}：${detail}` : e.zh;
  return new DomainError(e.kind, code, { zh, en: `${field}: ${e.en}${detail ? ` (${detail})` : ''}` }, [{ field, code, message: zh }]);
}
