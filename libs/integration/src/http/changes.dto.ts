import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { FEED_EVENT_TYPES, type FeedEntry, type FeedEventType } from '../domain/feed.js';
import { MembershipJoined } from '#registry/contracts';

export class ChangesQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque); absent: from the first event', example: '1042' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'after must be a cursor returned by this feed' })
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class ChangeDto {
  @ApiProperty({ description: 'Position of this event in the feed (opaque)', example: '1042' }) cursor!: string;
  @ApiProperty({ format: 'uuid', description: 'Unique per event; the same as the webhook-id of its webhook deliveries' }) eventId!: string;
  @ApiProperty({ enum: FEED_EVENT_TYPES, example: MembershipJoined.name }) type!: FeedEventType;
  @ApiProperty({ example: 'membership' }) aggregateType!: string;
  @ApiProperty({ example: '3f1c3a52-7d1e-4c7b-8f0a-6b2d6f1e9a10' }) aggregateId!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The changed object’s state after the change (ids, codes, dates; no personal data)',
    example: { id: '3f1c3a52-7d1e-4c7b-8f0a-6b2d6f1e9a10', consortiumId: '…', organizationId: '…', role: 'MEMBER', validFrom: '2026-07-01' },
  })
  payload!: Record<string, unknown>;

  static from(e: FeedEntry): ChangeDto {
    return { ...e, occurredAt: e.occurredAt.toISOString() };
  }
}

export class ChangePageDto {
  @ApiProperty({ type: [ChangeDto] }) items!: ChangeDto[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `after` next time (the last item’s cursor, or your `after` when nothing was new)',
    example: '1042',
  })
  nextCursor!: string | null;
  @ApiProperty({ description: 'More events wait past this page: ask again at once' }) hasMore!: boolean;
}

export class ChangeHeadDto {
  @ApiProperty({ description: 'The newest position now: read it before a full load, then follow the feed from it', example: '1042' })
  cursor!: string;
}
