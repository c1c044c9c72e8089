import { ADJUSTMENT_DICTIONARIES, ADJUSTMENT_ERROR_LABELS } from '#adjustment';
import { EVALUATION_DICTIONARIES, EVALUATION_ERROR_LABELS } from '#evaluation';
import { IDENTITY_DICTIONARIES, IDENTITY_ERROR_LABELS } from '#identity';
import { INTEGRATION_DICTIONARIES, INTEGRATION_ERROR_LABELS } from '#integration';
import { LEDGER_DICTIONARIES, LEDGER_ERROR_LABELS } from '#ledger';
import { type Dictionary, type Label, PLATFORM_DICTIONARIES, PLATFORM_ERROR_LABELS, weakEtagOf } from '#platform';
import { REGISTRY_DICTIONARIES, REGISTRY_ERROR_LABELS } from '#registry';
import { SUPPLY_DEMAND_DICTIONARIES, SUPPLY_DEMAND_ERROR_LABELS } from '#supply-demand';

/**
 * Every error code a problem or a row report may carry, with its label: the platform's (HTTP edge,
 * request validation) and each context's. A context's own label wins over the platform's generic one.
 */
export const ERROR_LABELS: Readonly<Record<string, Label>> = Object.freeze({
  ...PLATFORM_ERROR_LABELS,
  ...IDENTITY_ERROR_LABELS,
  ...REGISTRY_ERROR_LABELS,
  ...EVALUATION_ERROR_LABELS,
  ...ADJUSTMENT_ERROR_LABELS,
  ...INTEGRATION_ERROR_LABELS,
  ...LEDGER_ERROR_LABELS,
  ...SUPPLY_DEMAND_ERROR_LABELS,
  // The API app's own: the public board's files.
  BOARD_NOT_BUILT: { zh: '看板尚未构建，请先运行 npm run build', en: 'The board has not been built' },
  BOARD_FILE_NOT_FOUND: { zh: '看板没有这个文件', en: 'No such board file' },
});

const byCode = (labels: Readonly<Record<string, Label>>) =>
  Object.keys(labels)
    .sort()
    .map((code) => ({ code, label: labels[code] }));

/** Every enum of the contract with its labels, each context's beside its domain, assembled here once. */
export const DICTIONARIES: readonly Dictionary[] = Object.freeze([
  ...PLATFORM_DICTIONARIES,
  ...IDENTITY_DICTIONARIES,
  ...REGISTRY_DICTIONARIES,
  ...EVALUATION_DICTIONARIES,
  ...ADJUSTMENT_DICTIONARIES,
  ...INTEGRATION_DICTIONARIES,
  ...LEDGER_DICTIONARIES,
  ...SUPPLY_DEMAND_DICTIONARIES,
  { name: 'ErrorCode', label: { zh: '错误代码', en: 'Error code' }, values: byCode(ERROR_LABELS) },
]);

/** The dictionaries change only with a release: one ETag for the process's life. */
export const DICTIONARIES_ETAG = weakEtagOf(DICTIONARIES);
