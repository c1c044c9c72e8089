/**
 * Platform: what every context and app stands on — configuration, database, queues, the
 * outbox, errors, logging and health. It imports no bounded context.
 */
export { PlatformConfigModule } from './config/config.module.js';
export { ConfigurationError, defaultQueuePrefix, Environment, isHashTagged, validateEnvironment } from './config/environment.js';
export { DatabaseModule } from './database/database.module.js';
export { dataSourceOptions } from './database/data-source-options.js';
export { runMigrations } from './database/migrate.js';
export { type BilingualMessage, DomainError, type DomainErrorDetail, type DomainErrorKind } from './errors/domain-error.js';
export { checkIfMatch, etagOf, ifNoneMatchHits, PreconditionErrors, weakEtagOf } from './errors/preconditions.js';
export { CODE_OF_STATUS, PROBLEM_CONTENT_TYPE, problem, type Problem, STATUS_OF_KIND } from './errors/problem.js';
export { codeOfConstraint, flattenValidationErrors, RequestValidationError } from './errors/request-validation.error.js';
export { CUSTOM_MESSAGES_ZH, validationMessageZh } from './errors/validation-messages.js';
export {
  OAUTH2_ERRORS,
  OAUTH2_REALM,
  OAuth2Error,
  type OAuth2ErrorCode,
  oauth2ErrorOf,
  type OAuth2ErrorResponse,
  TOKEN_RESPONSE_HEADERS,
} from './errors/oauth2-error.js';
export { RedisHealthIndicator } from './health/redis-health.indicator.js';
export { logContextMixin, type RequestContext, requestContext } from './logging/request-context.js';
export { LoggingModule } from './logging/logging.module.js';
export { REQUEST_ID_HEADER, requestIdOf } from './logging/request-id.js';
export { type EventFailureFn, type EventHandlerContext, EventHandlerRegistry } from './outbox/event-handler.registry.js';
export { OnEvent, OnEventFailed } from './outbox/on-event.decorator.js';
export {
  type AnyEventContract,
  type ContextContracts,
  ContractCatalogue,
  ContributedContracts,
  defineContracts,
  defineEvent,
  defineJob,
  defineQueue,
  type EventContract,
  type EventOf,
  EventPayloadError,
  type JobContract,
  type OutgoingEvent,
  type PayloadOf,
  type PublicEventDoc,
  type QueueContract,
} from './contracts/contracts.js';
export { contractProviders } from './contracts/contracts.providers.js';
export { Type as Schema, type Static, type TSchema } from '@sinclair/typebox';
export { PermanentJobError } from './outbox/permanent-job-error.js';
export { exitIfShutdownHangs } from './lifecycle/shutdown-deadline.js';
export { isFinalFailure } from './outbox/event-job.processor.js';
export type { DomainEvent, EventEnvelope } from './outbox/outbox-event.js';
export { OutboxEventEntity } from './outbox/outbox-event.entity.js';
export { OutboxModule, OutboxWorkerModule } from './outbox/outbox.module.js';
export { OutboxPublisher } from './outbox/outbox.publisher.js';
export { OutboxRelay } from './outbox/outbox.relay.js';
export { QueueModule } from './queue/queue.module.js';
export { DEFAULT_JOB_OPTIONS, jobOptions } from './queue/queues.js';
export { producerConnection, queueConnection, redisClient, type RedisRole, type RedisSettings, workerConnection } from './queue/redis-connection.js';
export { claimQueuePrefix, databaseOf, type PrefixClaim, prefixOwnerKey } from './queue/prefix-owner.js';
export { ApiProblems, ProblemDto, ProblemFieldErrorDto } from './http/api-problem.js';
export { ACCESS_POLICY, type AccessPolicy, Allow, Public } from './access/access-policy.js';
export {
  type Actor,
  CLIENT_SCOPES,
  type ClientScope,
  hasRole,
  memberOrganizations,
  type Role,
  type RoleBinding,
  ROLES,
  secretariatConsortia,
} from './access/actor.js';
export { actorRef, BaseCommand, type CommandScope, scopeOf } from './application/base.command.js';
export { AuditEventEntity } from './audit/audit-event.entity.js';
export { AuditModule } from './audit/audit.module.js';
export { type AuditEntry, AuditRecorder } from './audit/audit.recorder.js';
export { CurrentActor } from './access/current-actor.decorator.js';
export { type AccessDecision, evaluatePolicy } from './access/evaluate-policy.js';
export { UuidParam } from './http/uuid-param.pipe.js';
export { nullableEnum } from './http/nullable-enum.js';
export { ApiFileResponse } from './http/api-file.js';
export { decimalPlaces, IS_DECIMAL_NUMBER, IsDecimalNumber, isDecimalNumber } from './http/decimal-number.js';
export { IS_CALENDAR_DATE, IS_DATE_TIME, instantOf, IsCalendarDate, isCalendarDate, IsDateTime, isDateTime, MAX_YEAR, MIN_YEAR } from './http/calendar-date.js';
export { AUTH_RATE_LIMIT, rateLimitError } from './http/rate-limit.js';
export { violatedConstraint } from './database/constraint.js';
export { decodeKeysetCursor, encodeKeysetCursor } from './database/keyset-cursor.js';
export { isDatabaseUnavailable } from './database/database-unavailable.js';
export { type NameProblem, type NameResult, normalizeName } from './text/name.js';
export { IsName } from './text/is-name.decorator.js';
export { plainText } from './text/plain-text.js';
export { dictionary, type Dictionary, type Label, type Labels, labelOf, type Language, LANGUAGES, languageOf } from './i18n/label.js';
export {
  ACTOR_TYPE_LABELS,
  CLIENT_SCOPE_LABELS,
  EXPORT_FORMAT_LABELS,
  PLATFORM_DICTIONARIES,
  PLATFORM_ERROR_LABELS,
  ROLE_LABELS,
  STATUS_TITLES,
} from './i18n/platform.labels.js';
export {
  attachmentDisposition,
  EXPORT_CONTENT_TYPES,
  EXPORT_FORMATS,
  EXPORT_LABEL_MODES,
  EXPORT_LABELS_DESCRIPTION,
  type ExportColumn,
  type ExportFormat,
  type ExportLabelMode,
  type ExportNumberFormat,
  ExportQueryOptionsDto,
  exportTable,
  XLSX_CONTENT_TYPE,
  yesNo,
} from './export/table-export.js';
