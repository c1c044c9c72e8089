import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Dictionary, ifNoneMatchHits, Public } from '#platform';
import { DICTIONARIES, DICTIONARIES_ETAG } from './dictionaries.js';

class LabelDto {
  @ApiProperty({ example: '在册' }) zh!: string;
  @ApiProperty({ example: 'Active' }) en!: string;
}

class DictionaryValueDto {
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'integer' }], example: 'ACTIVE', description: 'the code as the API sends it' }) code!: string | number;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
}

class DictionaryDto {
  @ApiProperty({ example: 'ConsortiumStatus' }) name!: string;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ type: [DictionaryValueDto], description: 'in the order people expect them' }) values!: DictionaryValueDto[];
}

class DictionaryListDto {
  @ApiProperty({ type: [DictionaryDto] }) items!: DictionaryDto[];
}

/** Cached by browsers and proxies for an hour, then revalidated by ETag. */
const CACHE_CONTROL = 'public, max-age=3600, must-revalidate';

@ApiTags('dictionaries')
@ApiExtraModels(LabelDto)
@Controller('api/v1/dictionaries')
export class DictionariesController {
  @Get()
  @Public()
  @ApiOperation({
    summary: 'Every enum of the contract with its Chinese and English labels (字典)',
    description:
      'Tiers, statuses, organization types, roles, indicator normalisations, proposal kinds, rule numbers, error and warning codes, …: what a screen shows beside a code. Public; cacheable (`Cache-Control`, ETag; If-None-Match answers 304).',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of your last read: 304 when the dictionaries did not change' })
  @ApiOkResponse({ type: DictionaryListDto, headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } } })
  @ApiResponse({ status: 304, description: 'Not Modified: the If-None-Match ETag is current' })
  list(
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): { items: readonly Dictionary[] } | undefined {
    void reply.header('etag', DICTIONARIES_ETAG).header('cache-control', CACHE_CONTROL);
    if (!ifNoneMatchHits(ifNoneMatch, DICTIONARIES_ETAG)) return { items: DICTIONARIES };
    void reply.status(304);
    return undefined;
  }
}
