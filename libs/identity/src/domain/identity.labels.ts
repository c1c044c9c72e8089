import { dictionary, type Dictionary, type Label, type Labels, type OAuth2ErrorCode } from '#platform';

export type UserStatus = 'ACTIVE' | 'DISABLED';
export const USER_STATUS_LABELS: Labels<UserStatus> = {
  ACTIVE: { zh: '启用', en: 'Active' },
  DISABLED: { zh: '停用', en: 'Disabled' },
};

export type PrincipalType = 'user' | 'client';
export const PRINCIPAL_TYPE_LABELS: Labels<PrincipalType> = {
  user: { zh: '用户', en: 'User' },
  client: { zh: '接入系统', en: 'API client' },
};

/** RFC 6749 §5.2 codes of the token endpoint (its answers keep RFC 6749's own format). */
export const OAUTH2_ERROR_LABELS: Labels<OAuth2ErrorCode> = {
  invalid_request: { zh: '请求参数有误', en: 'Invalid request' },
  invalid_client: { zh: '接入系统认证失败', en: 'Client authentication failed' },
  invalid_grant: { zh: '授权无效', en: 'Invalid grant' },
  unauthorized_client: { zh: '接入系统已停用', en: 'The client may not use this grant' },
  unsupported_grant_type: { zh: '不支持的授权方式', en: 'Unsupported grant type' },
  invalid_scope: { zh: '权限范围无效', en: 'Invalid scope' },
};

export const IDENTITY_ERROR_LABELS: Record<string, Label> = {
  UNSUPPORTED_GRANT_TYPE: { zh: 'grant_type 须为 client_credentials', en: 'grant_type must be client_credentials' },
  INVALID_CLIENT: { zh: '接入系统认证失败', en: 'Client authentication failed' },
  INVALID_REQUEST: { zh: '请求参数有误', en: 'Invalid request' },
  INVALID_SCOPE: { zh: '申请的权限范围未授予该接入系统', en: 'Scopes not granted to this client' },
  UNAUTHORIZED_CLIENT: { zh: '该接入系统已停用，请联系平台管理员', en: 'This API client is disabled' },
  API_CLIENT_NOT_FOUND: { zh: '接入系统不存在', en: 'No such API client' },
  ROLE_BINDING_NOT_FOUND: { zh: '角色授权不存在', en: 'No such role binding' },
  USER_NOT_FOUND: { zh: '用户不存在', en: 'No such user' },
  INVALID_REFRESH_TOKEN: { zh: '刷新令牌无效、已过期或已吊销', en: 'The refresh token is unknown, expired or revoked' },
  ROLE_BINDING_EXISTS: { zh: '该用户在此范围已有该角色', en: 'The user already holds this role for this scope' },
  INVALID_CREDENTIALS: { zh: '用户名或密码错误', en: 'The username or password is wrong' },
  REFRESH_TOKEN_REUSED: { zh: '刷新令牌已被使用过，会话已吊销', en: 'This refresh token was already used; the session is revoked' },
  NO_ACCESS_POLICY: { zh: '该接口未声明访问策略，默认关闭', en: 'This route declares no access policy and is closed' },
  INSUFFICIENT_SCOPE: { zh: '接入系统的权限范围不足', en: 'Insufficient scope' },
  INVALID_TOKEN: { zh: '访问令牌缺失、无效或已过期，请重新登录', en: 'The access token is missing, invalid or expired' },
  USERNAME_TAKEN: { zh: '用户名已被占用', en: 'The username is taken' },
  LOGIN_THROTTLED: { zh: '登录失败次数过多，请稍后再试', en: 'Too many failed logins; try again later' },
  INVALID_ROLE_BINDING: { zh: '角色授权有误', en: 'Invalid role binding' },
  WEAK_PASSWORD: { zh: '密码强度不足', en: 'The password is too weak' },
};

export const IDENTITY_DICTIONARIES: Dictionary[] = [
  dictionary('UserStatus', { zh: '账号状态', en: 'User status' }, USER_STATUS_LABELS),
  dictionary('PrincipalType', { zh: '登录主体类型', en: 'Principal type' }, PRINCIPAL_TYPE_LABELS),
  dictionary('OAuth2Error', { zh: 'OAuth2 错误代码', en: 'OAuth2 error code' }, OAUTH2_ERROR_LABELS),
];
