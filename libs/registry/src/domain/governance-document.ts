import { DomainError } from '#platform';

/** Governance documents a consortium keeps in versions: 章程 (its charter) and 运行管理制度 (its operating rules). */
export const GOVERNANCE_DOCUMENT_KINDS = ['CHARTER', 'OPERATING_RULES'] as const;
export type GovernanceDocumentKind = (typeof GOVERNANCE_DOCUMENT_KINDS)[number];

/** One version as recorded; in force from `effectiveOn` until the next version's `effectiveOn` (`validTo`). */
export interface GovernanceDocumentVersion {
  id: string;
  kind: GovernanceDocumentKind;
  /** 1, 2, 3 … per consortium and kind; the ETag of the document is `"v<sequence>"` of its latest version. */
  sequence: number;
  versionLabel: string;
  title: string;
  adoptedOn: string;
  effectiveOn: string;
  validTo: string | null;
  resolutionId: string | null;
  resolutionNumber: string | null;
  text: string | null;
  evidence: { name: string; url: string | null } | null;
  changeSummary: string | null;
}

export const GovernanceDocumentErrors = {
  effectiveNotAfterLatest: (latest: string) =>
    new DomainError('INVALID', 'EFFECTIVE_BEFORE_CURRENT', `A new version takes effect after the latest one (${latest})`, [
      { field: 'effectiveOn', code: 'EFFECTIVE_BEFORE_CURRENT', message: `after ${latest}` },
    ]),
  effectiveBeforeAdoption: () =>
    new DomainError('INVALID', 'EFFECTIVE_BEFORE_ADOPTION', 'A version takes effect on or after the day it was adopted', [
      { field: 'effectiveOn', code: 'EFFECTIVE_BEFORE_ADOPTION', message: 'on or after adoptedOn' },
    ]),
  contentRequired: () =>
    new DomainError('INVALID', 'DOCUMENT_CONTENT_REQUIRED', 'A version carries its text or an evidence file reference', [
      { field: 'text', code: 'DOCUMENT_CONTENT_REQUIRED', message: 'text or evidence' },
    ]),
  resolutionNotFound: () =>
    new DomainError('INVALID', 'RESOLUTION_NOT_FOUND', 'No such council resolution of this consortium', [
      { field: 'resolutionId', code: 'RESOLUTION_NOT_FOUND', message: 'not a resolution of this consortium' },
    ]),
  adoptedOnNotResolutionDate: (adoptedOn: string) =>
    new DomainError('INVALID', 'ADOPTED_ON_NOT_RESOLUTION_DATE', `The resolution cited was adopted on ${adoptedOn}`, [
      { field: 'adoptedOn', code: 'ADOPTED_ON_NOT_RESOLUTION_DATE', message: `the resolution was adopted on ${adoptedOn}` },
    ]),
  versionLabelTaken: (label: string) =>
    new DomainError('CONFLICT', 'DOCUMENT_VERSION_LABEL_TAKEN', `Version ${label} is already recorded`, [
      { field: 'versionLabel', code: 'DOCUMENT_VERSION_LABEL_TAKEN', message: `${label} exists` },
    ]),
};
