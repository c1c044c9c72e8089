import type { ClientScope, Role } from '../access/actor.js';
import type { ExportFormat, ExportLabelMode } from '../export/table-export.js';
import type { NameProblem } from '../text/name.js';
import { dictionary, type Dictionary, type Label, type Labels } from './label.js';

/** 角色 */
export const ROLE_LABELS: Labels<Role> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  taskforce: { zh: '工作专班', en: 'Task force' },
  secretariat: { zh: '联合体秘书处', en: 'Secretariat' },
  member: { zh: '成员单位', en: 'Member unit' },
};

export const CLIENT_SCOPE_LABELS: Labels<ClientScope> = {
  'registry:read': { zh: '读取名录', en: 'Read the registry' },
  'registry:write': { zh: '写入名录', en: 'Write the registry' },
  'evaluation:read': { zh: '读取评价结果', en: 'Read evaluation results' },
  'feed:read': { zh: '读取变更流', en: 'Read the change feed' },
  'webhooks:manage': { zh: '管理 Webhook 订阅', en: 'Manage webhooks' },
};

export type ActorType = 'user' | 'client' | 'system' | 'anonymous';
export const ACTOR_TYPE_LABELS: Labels<ActorType> = {
  user: { zh: '用户', en: 'User' },
  client: { zh: '接入系统', en: 'API client' },
  system: { zh: '系统', en: 'System' },
  anonymous: { zh: '匿名', en: 'Anonymous' },
};

export const EXPORT_FORMAT_LABELS: Labels<ExportFormat> = {
  csv: { zh: 'CSV 文本（UTF-8）', en: 'CSV (UTF-8)' },
  xlsx: { zh: 'Excel 工作簿', en: 'Excel workbook' },
};

export const EXPORT_LABELS_LABELS: Labels<ExportLabelMode> = {
  zh: { zh: '中文表头与中文名称', en: 'Chinese headers and labels' },
  codes: { zh: '英文表头与原始代码（供程序读取）', en: 'English headers and raw codes, for machines' },
};

/** The title of a problem by its HTTP status, when its code has no label of its own. */
export const STATUS_TITLES: Record<number, Label> = {
  400: { zh: '请求有误', en: 'Bad Request' },
  401: { zh: '未登录或凭据无效', en: 'Unauthorized' },
  403: { zh: '无权操作', en: 'Forbidden' },
  404: { zh: '未找到', en: 'Not Found' },
  405: { zh: '不支持该请求方法', en: 'Method Not Allowed' },
  406: { zh: '无法提供所要求的格式', en: 'Not Acceptable' },
  408: { zh: '请求超时', en: 'Request Timeout' },
  409: { zh: '与当前状态冲突', en: 'Conflict' },
  412: { zh: '数据已被他人修改', en: 'Precondition Failed' },
  413: { zh: '请求内容过大', en: 'Content Too Large' },
  415: { zh: '不支持的内容类型', en: 'Unsupported Media Type' },
  422: { zh: '不符合业务规则', en: 'Unprocessable Content' },
  428: { zh: '缺少前提条件', en: 'Precondition Required' },
  429: { zh: '请求过于频繁', en: 'Too Many Requests' },
  431: { zh: '请求头过大', en: 'Request Header Fields Too Large' },
  500: { zh: '服务器内部错误', en: 'Internal Server Error' },
  503: { zh: '服务暂不可用', en: 'Service Unavailable' },
};

/** Name rules of every name field (NFC, trimmed, no control characters). */
export const NAME_PROBLEM_LABELS: Labels<NameProblem> = {
  NAME_EMPTY: { zh: '名称不能为空', en: 'The name is empty' },
  NAME_CONTROL_CHARACTER: { zh: '名称含有控制字符', en: 'The name holds a control character' },
  NAME_LENGTH: { zh: '名称长度不符合要求', en: 'The name is too long or too short' },
};

/**
 * Codes of the HTTP edge and of request validation (one per class-validator constraint in use),
 * shared by every context.
 */
export const PLATFORM_ERROR_LABELS: Record<string, Label> = {
  ...NAME_PROBLEM_LABELS,
  BAD_REQUEST: { zh: '请求有误', en: 'Bad request' },
  UNAUTHENTICATED: { zh: '未登录或凭据无效', en: 'Not authenticated' },
  FORBIDDEN: { zh: '无权操作', en: 'Forbidden' },
  NOT_FOUND: { zh: '未找到，或无权查看', en: 'Not found' },
  METHOD_NOT_ALLOWED: { zh: '该路径不支持此请求方法', en: 'Method not allowed' },
  NOT_ACCEPTABLE: { zh: '无法提供所要求的格式', en: 'Not acceptable' },
  CONFLICT: { zh: '与当前状态冲突', en: 'Conflict' },
  PRECONDITION_FAILED: { zh: '数据已被他人修改，请重新读取后再提交', en: 'The object changed since it was read' },
  PRECONDITION_REQUIRED: { zh: '缺少前提条件', en: 'Precondition required' },
  IF_MATCH_REQUIRED: { zh: '修改时须在 If-Match 中附上最近一次读取的 ETag', en: 'Send If-Match with the ETag of your last read' },
  STALE_ETAG: { zh: 'ETag 已过期', en: 'Stale ETag' },
  PAYLOAD_TOO_LARGE: { zh: '请求内容超过上限', en: 'The body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '不支持的内容类型', en: 'Unsupported content type' },
  UNPROCESSABLE: { zh: '不符合业务规则', en: 'Unprocessable' },
  TOO_MANY_REQUESTS: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; retry later' },
  RETRY_AFTER: { zh: '请稍后再试', en: 'Retry later' },
  INTERNAL_ERROR: { zh: '服务器发生意外错误', en: 'An unexpected error occurred' },
  SERVICE_UNAVAILABLE: { zh: '服务暂不可用', en: 'Service unavailable' },
  DATABASE_UNAVAILABLE: { zh: '数据库暂时无法连接，请稍后重试', en: 'The database cannot be reached; retry shortly' },
  MALFORMED_JSON: { zh: '请求体不是有效的 JSON', en: 'The body is not valid JSON' },
  MALFORMED_URL: { zh: '请求地址含有未编码或无效的字符', en: 'The URL holds characters that are not validly percent-encoded' },
  MALFORMED_REQUEST: { zh: '请求不是有效的 HTTP/1.1 请求', en: 'The request is not valid HTTP/1.1' },
  HEADERS_TOO_LARGE: { zh: '请求头过大', en: 'The request headers are too large' },
  REQUEST_TIMEOUT: { zh: '请求未能按时收完', en: 'The request was not received in time' },
  HOST_REQUIRED: { zh: 'HTTP/1.1 请求须带 Host 头', en: 'An HTTP/1.1 request must carry a Host header' },
  INVALID_DATE: { zh: '日期不是真实的日历日，或超出允许的年份', en: 'Not a real calendar date, or outside the accepted years' },
  INVALID_DATE_TIME: { zh: '时间不是有效的 ISO 8601 时间', en: 'Not a valid ISO 8601 date-time' },
  INVALID_CURSOR: { zh: '分页游标无效', en: 'Invalid cursor' },
  TOO_DEEP: { zh: '请求体嵌套层级过深', en: 'The body nests too deep' },
  INVALID_TEXT: { zh: '文本含有无法保存的字符（NUL 或孤立代理项）', en: 'The text holds a NUL or a lone surrogate' },
  VALIDATION_FAILED: { zh: '请求数据不符合要求', en: 'Invalid request' },
  UNKNOWN_FIELD: { zh: '不接受的字段', en: 'Not an accepted field' },
  REQUIRED: { zh: '必填', en: 'Required' },
  INVALID_NESTED: { zh: '应为对象', en: 'Must be an object' },
  IS_STRING: { zh: '应为文本', en: 'Must be a string' },
  IS_IN: { zh: '不是允许的取值', en: 'Not an allowed value' },
  IS_INT: { zh: '应为整数', en: 'Must be an integer' },
  IS_NUMBER: { zh: '应为数字', en: 'Must be a number' },
  IS_DECIMAL_NUMBER: { zh: '应为数字，小数位数不超过规定', en: 'Must be a number with no more than the allowed decimal places' },
  IS_BOOLEAN: { zh: '应为 true 或 false', en: 'Must be a boolean' },
  IS_OBJECT: { zh: '应为对象', en: 'Must be an object' },
  IS_ARRAY: { zh: '应为数组', en: 'Must be an array' },
  IS_UUID: { zh: '应为 UUID', en: 'Must be a UUID' },
  MIN: { zh: '数值过小', en: 'Too small' },
  MAX: { zh: '数值过大', en: 'Too large' },
  LENGTH: { zh: '长度不符合要求', en: 'Wrong length' },
  MAX_LENGTH: { zh: '长度超过上限', en: 'Too long' },
  MIN_LENGTH: { zh: '长度不足', en: 'Too short' },
  MATCHES: { zh: '格式不正确', en: 'Wrong format' },
  ARRAY_MIN_SIZE: { zh: '条目过少', en: 'Too few items' },
  ARRAY_MAX_SIZE: { zh: '条目过多', en: 'Too many items' },
  ARRAY_UNIQUE: { zh: '条目不得重复', en: 'Items must be unique' },
  DUPLICATE: { zh: '已存在', en: 'Already exists' },
  IS_URL: { zh: '应为有效网址', en: 'Must be a URL' },
};

/** A yes/no filter of a query string (`?late=true`). */
export const BOOLEAN_FLAG_LABELS: Labels<'true' | 'false'> = {
  true: { zh: '是', en: 'Yes' },
  false: { zh: '否', en: 'No' },
};

/** How a downloaded file is offered: saved (attachment) or shown in the browser (inline). */
export const DISPOSITION_LABELS: Labels<'attachment' | 'inline'> = {
  attachment: { zh: '下载保存', en: 'Download' },
  inline: { zh: '在浏览器中打开', en: 'Open in the browser' },
};

export const PLATFORM_DICTIONARIES: Dictionary[] = [
  dictionary('BooleanFlag', { zh: '是否', en: 'Yes or no' }, BOOLEAN_FLAG_LABELS),
  dictionary('Disposition', { zh: '文件打开方式', en: 'File disposition' }, DISPOSITION_LABELS),
  dictionary('Role', { zh: '角色', en: 'Role' }, ROLE_LABELS),
  dictionary('ClientScope', { zh: '接入权限范围', en: 'API client scope' }, CLIENT_SCOPE_LABELS),
  dictionary('ActorType', { zh: '操作者类型', en: 'Actor type' }, ACTOR_TYPE_LABELS),
  dictionary('ExportFormat', { zh: '导出格式', en: 'Export format' }, EXPORT_FORMAT_LABELS),
  dictionary('ExportLabels', { zh: '导出表头与代码', en: 'Export headers and codes' }, EXPORT_LABELS_LABELS),
];
