import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { AttemptView, DeliveryView, SubscriptionView } from '../application/webhooks/webhooks.use-cases.js';
import { FEED_EVENT_TYPES } from '../domain/feed.js';
import { MembershipJoined, MembershipLeft } from '#registry/contracts';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export class CreateWebhookSubscriptionDto {
  @ApiProperty({ example: 'https://sync.yongchuan.example.gov.cn/cej/webhooks', description: 'http(s) endpoint receiving POSTs' })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @ApiProperty({ enum: FEED_EVENT_TYPES, isArray: true, example: [MembershipJoined.name, MembershipLeft.name] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  eventTypes!: string[];

  @ApiPropertyOptional({ example: '永川区产教联合体同步' }) @IsOptional() @IsString() @MaxLength(500) description?: string;
}

export class UpdateWebhookSubscriptionDto {
  @ApiPropertyOptional({ example: 'https://sync.yongchuan.example.gov.cn/cej/webhooks' }) @IsOptional() @IsString() @MaxLength(2000) url?: string;
  @ApiPropertyOptional({ enum: FEED_EVENT_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  eventTypes?: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(500) description?: string | null;
  @ApiPropertyOptional({ description: 'true re-enables an endpoint the platform disabled after failing too long; false pauses it' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class RotateSecretDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 604800, default: 86400, description: 'How long the old secret keeps signing too (seconds)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(604_800)
  overlapSeconds?: number;
}

export class WebhookSubscriptionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'https://sync.yongchuan.example.gov.cn/cej/webhooks' }) url!: string;
  @ApiProperty({ enum: FEED_EVENT_TYPES, isArray: true }) eventTypes!: string[];
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'] }) status!: 'ACTIVE' | 'DISABLED';
  @ApiProperty({ nullable: true, type: String, example: 'failing since 2026-11-17T02:00:00.000Z' }) disabledReason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'First failure since the last success' }) failingSince!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Until then deliveries are signed with the previous secret too' })
  previousSecretExpiresAt!: string | null;
  @ApiProperty({ example: 3, description: 'Changes with every write; the ETag is `"v<version>"`' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(s: SubscriptionView): WebhookSubscriptionDto {
    return {
      ...s,
      failingSince: iso(s.failingSince),
      previousSecretExpiresAt: iso(s.previousSecretExpiresAt),
      createdAt: iso(s.createdAt)!,
      updatedAt: iso(s.updatedAt)!,
    };
  }
}

export class WebhookSubscriptionWithSecretDto extends WebhookSubscriptionDto {
  @ApiProperty({ example: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD', description: 'Signing secret (Standard Webhooks); shown only now' })
  secret!: string;
}

export class WebhookSubscriptionListDto {
  @ApiProperty({ type: [WebhookSubscriptionDto] }) items!: WebhookSubscriptionDto[];
}

export const DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;

export class DeliveryQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, description: 'FAILED: dead-lettered after the last retry' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) subscriptionId!: string;
  @ApiProperty({ format: 'uuid', description: 'Also the webhook-id header of every attempt' }) eventId!: string;
  @ApiProperty({ enum: FEED_EVENT_TYPES }) eventType!: string;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status!: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) nextAttemptAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) lastStatusCode!: number | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deliveredAt!: string | null;

  static from(d: DeliveryView): WebhookDeliveryDto {
    return { ...d, nextAttemptAt: iso(d.nextAttemptAt), createdAt: iso(d.createdAt)!, deliveredAt: iso(d.deliveredAt) };
  }
}

export class WebhookAttemptDto {
  @ApiProperty() attempt!: number;
  @ApiProperty({ enum: ['SCHEDULED', 'MANUAL'] }) trigger!: 'SCHEDULED' | 'MANUAL';
  @ApiProperty({ format: 'date-time' }) attemptedAt!: string;
  @ApiProperty() durationMs!: number;
  @ApiProperty({ nullable: true, type: Number }) statusCode!: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'HTTP 503' }) error!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'First 500 characters of the answer' }) responseExcerpt!: string | null;

  static from(a: AttemptView): WebhookAttemptDto {
    return { ...a, attemptedAt: iso(a.attemptedAt)! };
  }
}

export class WebhookDeliveryDetailDto extends WebhookDeliveryDto {
  @ApiProperty({ type: [WebhookAttemptDto], description: 'The delivery log, oldest first' }) attemptLog!: WebhookAttemptDto[];
}

export class WebhookDeliveryListDto {
  @ApiProperty({ type: [WebhookDeliveryDto] }) items!: WebhookDeliveryDto[];
}
