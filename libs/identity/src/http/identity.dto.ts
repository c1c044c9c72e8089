import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CLIENT_SCOPES,
  type ClientScope,
  EXPORT_LABEL_MODES,
  EXPORT_LABELS_DESCRIPTION,
  type ExportLabelMode,
  IsDateTime,
  type Role,
  ROLES,
  IsName,
} from '#platform';

export class LoginDto {
  @ApiProperty({ example: 'taskforce.demo' }) @IsString() @Length(1, 64) username!: string;
  @ApiProperty({ example: 'correct horse battery staple' }) @IsString() @Length(1, 256) password!: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from login or the last refresh' }) @IsString() @Length(10, 200) refreshToken!: string;
}

export class SessionTokensDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: string;
  @ApiProperty({ example: 900, description: 'seconds' }) expiresIn!: number;
  @ApiProperty() refreshToken!: string;
  @ApiProperty({ example: 2592000, description: 'seconds' }) refreshExpiresIn!: number;
}

/** RFC 6749 §4.4 token request; JSON or application/x-www-form-urlencoded, snake_case as the RFC names them. */
export class ClientTokenRequestDto {
  @ApiProperty({ example: 'client_credentials' }) @IsString() @MaxLength(64) grant_type!: string;
  @ApiPropertyOptional({ description: 'Or HTTP Basic authentication' }) @IsOptional() @IsString() @MaxLength(128) client_id?: string;
  @ApiPropertyOptional({ description: 'Or HTTP Basic authentication' }) @IsOptional() @IsString() @MaxLength(256) client_secret?: string;
  @ApiPropertyOptional({ example: 'registry:read', description: 'space-separated subset of the client scopes' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  scope?: string;
}

export class ClientTokenDto {
  @ApiProperty() access_token!: string;
  @ApiProperty({ example: 'Bearer' }) token_type!: string;
  @ApiProperty({ example: 900 }) expires_in!: number;
  @ApiProperty({ example: 'registry:read' }) scope!: string;
}

export class RoleBindingInputDto {
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role!: Role;
  @ApiPropertyOptional({ format: 'uuid', description: 'required for secretariat' }) @IsOptional() @IsUUID() consortiumId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'required for member' }) @IsOptional() @IsUUID() organizationId?: string;
}

/** A role as it applies to the caller (`GET /me`): the grant without its binding's id. */
export class RoleGrantDto {
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) consortiumId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organizationId!: string | null;
}

export class RoleBindingDto extends RoleGrantDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'secretariat.yongchuan' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/, { message: 'username must be 3–64 characters of letters, digits, . _ -' })
  username!: string;

  @ApiProperty({ example: '张秘书' }) @IsString() @IsName({ max: 64 }) displayName!: string;

  @ApiProperty({ minLength: 12 }) @IsString() @Length(12, 256, { message: 'password must be 12 to 256 characters' }) password!: string;

  @ApiProperty({ type: [RoleBindingInputDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RoleBindingInputDto)
  bindings!: RoleBindingInputDto[];
}

/** Optional, but when present not null: a PATCH leaves out what it does not change. */
const Present = () => ValidateIf((_object: unknown, value: unknown) => value !== undefined);

export class UpdateUserDto {
  @ApiPropertyOptional() @Present() @IsString() @IsName({ max: 64 }) displayName?: string;
  @ApiPropertyOptional({ enum: ['ACTIVE', 'DISABLED'] }) @Present() @IsIn(['ACTIVE', 'DISABLED']) status?: 'ACTIVE' | 'DISABLED';
  @ApiPropertyOptional({ minLength: 12 }) @Present() @IsString() @Length(12, 256) password?: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'] }) status!: string;
  @ApiProperty({ type: [RoleBindingDto] }) bindings!: RoleBindingDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'the ETag is "v<version>"' }) version!: number;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
  @ApiProperty({ nullable: true, type: String, description: 'pass as `after` for the next page' }) nextCursor!: string | null;
}

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(128) after?: string;
}

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
}

export class CreateApiClientDto {
  @ApiProperty({ example: '永川区产教融合数据平台' }) @IsString() @IsName({ max: 128 }) name!: string;
  @ApiProperty({ example: '500118', description: 'GB/T 2260 district code' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'districtCode must be 6 digits' })
  districtCode!: string;
  @ApiProperty({ enum: CLIENT_SCOPES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(CLIENT_SCOPES.length)
  @IsIn(CLIENT_SCOPES, { each: true })
  scopes!: ClientScope[];
}

export class ApiClientDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'dst_500118_3f2a9c1b7d4e' }) clientId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '500118' }) districtCode!: string;
  @ApiProperty({ enum: CLIENT_SCOPES, isArray: true }) scopes!: ClientScope[];
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Until then the secret before the last rotation is accepted too' })
  previousSecretExpiresAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CreatedApiClientDto extends ApiClientDto {
  @ApiProperty({ description: 'Shown once; only its hash is stored' }) clientSecret!: string;
}

export class RotateClientSecretDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 604800, default: 86400, description: 'How long the old secret stays valid too (seconds); 0 ends it at once' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(604_800)
  overlapSeconds?: number;
}

/** RFC 6749 §5.2 error response of the token endpoint (not problem+json: the RFC fixes this shape). */
export class OAuthErrorDto {
  @ApiProperty({ enum: ['invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope'] })
  error!: string;
  @ApiProperty({ example: 'Unknown client or wrong secret' }) error_description!: string;
}

export class ApiClientListDto {
  @ApiProperty({ type: [ApiClientDto] }) items!: ApiClientDto[];
}

export class MeDto {
  @ApiProperty({ enum: ['user', 'client'] }) type!: string;
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ type: [RoleGrantDto] }) bindings?: RoleGrantDto[];
  @ApiPropertyOptional({ example: '500118' }) district?: string;
  @ApiPropertyOptional({ enum: CLIENT_SCOPES, isArray: true }) scopes?: ClientScope[];
}

export class AuditQueryDto {
  @ApiPropertyOptional({ enum: ['user', 'client', 'system', 'anonymous'] }) @IsOptional() @IsIn(['user', 'client', 'system', 'anonymous']) actorType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(128) actorId?: string;
  @ApiPropertyOptional({ example: 'identity.user.create' }) @IsOptional() @IsString() @MaxLength(128) action?: string;
  @ApiPropertyOptional({ example: 'user' }) @IsOptional() @IsString() @MaxLength(64) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(128) entityId?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'a date-time, or a date: from the start of that day (Asia/Shanghai)' })
  @IsOptional()
  @IsDateTime({ allowDate: true })
  from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'a date-time, or a date: up to the start of that day (Asia/Shanghai)' })
  @IsOptional()
  @IsDateTime({ allowDate: true })
  to?: string;
  @ApiPropertyOptional({ description: 'cursor: nextCursor of the previous page' }) @IsOptional() @Matches(/^\d{1,19}$/) before?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

export class AuditExportQueryDto extends AuditQueryDto {
  @ApiPropertyOptional({ enum: ['csv'], default: 'csv' }) @IsOptional() @IsIn(['csv']) format?: 'csv';

  @ApiPropertyOptional({ enum: EXPORT_LABEL_MODES, default: 'zh', description: EXPORT_LABELS_DESCRIPTION })
  @IsOptional()
  @IsIn(EXPORT_LABEL_MODES)
  labels?: ExportLabelMode;
}

export class AuditEventDto {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty() actorType!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorName!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty() entityType!: string;
  @ApiProperty({ nullable: true, type: String }) entityId!: string | null;
  @ApiProperty({ nullable: true, type: Object }) before!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Object }) after!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'the consortium the entity is or belongs to (membership, application, answer sheet, proposal …); null when none',
  })
  consortiumId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '西部职教基地国家级产教联合体', description: '联合体名称: its current name' }) consortiumName!:
    string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'the organization the entity is or concerns (membership, application, proposal …); null when none',
  })
  organizationId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '重庆长安汽车股份有限公司', description: '单位名称: its current name' }) organizationName!:
    string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class UserIdParamDto {
  @IsUUID() userId!: string;
}
