import { DomainError } from '#platform';

/** Council (理事会) positions: 理事长, 副理事长, 理事, 监事. */
export const COUNCIL_POSITIONS = ['CHAIR', 'VICE_CHAIR', 'DIRECTOR', 'SUPERVISOR'] as const;
export type CouncilPosition = (typeof COUNCIL_POSITIONS)[number];

/**
 * 赋权清单 items a district government may delegate (seeds/004): 产业政策制定, 专项资金管理, 人才政策创新,
 * 企业培训中心建设, 高技能比赛组织, 高技能人才鉴定, 项目评审认定, "双师"认定.
 */
export const DELEGATED_POWER_ITEMS = [
  'INDUSTRY_POLICY',
  'SPECIAL_FUNDS',
  'TALENT_POLICY',
  'TRAINING_CENTRES',
  'SKILLS_COMPETITIONS',
  'SKILLS_CERTIFICATION',
  'PROJECT_REVIEW',
  'DUAL_QUALIFIED_TEACHERS',
] as const;
export type DelegatedPowerItem = (typeof DELEGATED_POWER_ITEMS)[number];

/** Services an operations platform (运营平台) runs, e.g. 人才供需信息服务, 智慧教育服务, 终身学习服务. */
export const PLATFORM_SERVICES = ['TALENT_MATCHING', 'SMART_EDUCATION', 'LIFELONG_LEARNING', 'TECHNOLOGY_SERVICES', 'TRAINING', 'OTHER'] as const;
export type PlatformService = (typeof PLATFORM_SERVICES)[number];

export const GovernanceErrors = {
  secondChair: () =>
    new DomainError('CONFLICT', 'SECOND_CHAIR_SEAT', 'The council already has a chair (理事长) in office during that term', [
      { field: 'position', code: 'SECOND_CHAIR_SEAT', message: 'one chair in office at a time' },
    ]),
  seatAfterExit: () =>
    new DomainError('CONFLICT', 'COUNCIL_SEAT_AFTER_EXIT', 'A council seat of this unit begins on or after the exit date: end or correct it first', [
      { field: 'effectiveOn', code: 'COUNCIL_SEAT_AFTER_EXIT', message: 'a council seat begins on or after this date' },
    ]),
  notAMember: (field: string) =>
    new DomainError('INVALID', 'NOT_A_MEMBER', 'The organization must be a member of the consortium on that date', [
      { field, code: 'NOT_A_MEMBER', message: 'not a member on that date' },
    ]),
  resolutionNumberTaken: (number: string) =>
    new DomainError('CONFLICT', 'RESOLUTION_NUMBER_TAKEN', `Resolution ${number} is already recorded`, [
      { field: 'number', code: 'DUPLICATE', message: `${number} exists` },
    ]),
  grantedOnInFuture: () =>
    new DomainError('INVALID', 'GRANTED_ON_IN_FUTURE', 'A power is recorded once granted: grantedOn cannot be after today', [
      { field: 'grantedOn', code: 'GRANTED_ON_IN_FUTURE', message: 'not after today (Asia/Shanghai)' },
    ]),
  powerAlreadyGranted: () =>
    new DomainError('CONFLICT', 'POWER_ALREADY_GRANTED', 'This power is already in force for the consortium on that date', [
      { field: 'item', code: 'POWER_ALREADY_GRANTED', message: 'already in force' },
    ]),
  powerNotFound: () => new DomainError('NOT_FOUND', 'DELEGATED_POWER_NOT_FOUND', 'No such delegated power'),
  powerRevoked: () => new DomainError('CONFLICT', 'DELEGATED_POWER_REVOKED', 'This delegated power has already been revoked'),
  revokedOnInvalid: (grantedOn: string) =>
    new DomainError('INVALID', 'REVOKED_ON_INVALID', `The revocation must be after the grant (${grantedOn}) and not after today`, [
      { field: 'revokedOn', code: 'REVOKED_ON_INVALID', message: `after ${grantedOn}, not after today` },
    ]),
  grantedOnAfterRevocation: (revokedOn: string) =>
    new DomainError('INVALID', 'GRANTED_ON_AFTER_REVOCATION', `The grant must precede its revocation (${revokedOn})`, [
      { field: 'grantedOn', code: 'GRANTED_ON_AFTER_REVOCATION', message: `before ${revokedOn}` },
    ]),
  effectiveBeforeCurrent: (field: string, current: string) =>
    new DomainError('INVALID', 'EFFECTIVE_BEFORE_CURRENT', `The change cannot take effect before the version in force since ${current}`, [
      { field, code: 'EFFECTIVE_BEFORE_CURRENT', message: `not before ${current}` },
    ]),
  seatNotFound: () => new DomainError('NOT_FOUND', 'COUNCIL_SEAT_NOT_FOUND', 'No such council seat'),
  seatEnded: () => new DomainError('CONFLICT', 'COUNCIL_SEAT_ENDED', 'This council seat’s term has already ended'),
  termEndTooEarly: () =>
    new DomainError('INVALID', 'TERM_END_TOO_EARLY', 'The term must end after it began', [
      { field: 'termEnd', code: 'TERM_END_TOO_EARLY', message: 'must be after termStart' },
    ]),
};
