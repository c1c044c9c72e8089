import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, ApiProblems, CurrentActor, UuidParam } from '#platform';
import { ListParticipationQuery, type ParticipationView, RecordParticipationUseCase } from '../application/participation/participation.use-cases.js';
import { ParticipationDto, ParticipationListDto, ParticipationQueryDto, RecordParticipationDto } from './participation.dto.js';

const dto = (v: ParticipationView): ParticipationDto => ({ ...v, recordedAt: v.recordedAt.toISOString() });
const SECRETARIAT_OF = { consortiumParam: 'consortiumId' } as const;

@ApiTags('registry')
@ApiBearerAuth()
@Controller('api/v1/consortia/:consortiumId/participation')
export class ParticipationController {
  constructor(
    private readonly record: RecordParticipationUseCase,
    private readonly list: ListParticipationQuery,
  ) {}

  @Post()
  @Allow({ roles: ['taskforce', 'secretariat'], ...SECRETARIAT_OF })
  @ApiOperation({ summary: 'Record that a member unit took part in the consortium’s work in a quarter (for the four-quarter exit rule)' })
  @ApiCreatedResponse({ type: ParticipationDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async add(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Body() body: RecordParticipationDto,
    @CurrentActor() actor: Actor,
  ): Promise<ParticipationDto> {
    return dto(await this.record.execute(id, body, actor));
  }

  @Get()
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], ...SECRETARIAT_OF })
  @ApiOperation({ summary: 'The consortium’s participation facts, of one quarter or all, newest first' })
  @ApiOkResponse({ type: ParticipationListDto })
  @ApiProblems(400, 401, 403, 404)
  async facts(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Query() query: ParticipationQueryDto): Promise<ParticipationListDto> {
    return { items: (await this.list.execute(id, query.quarter)).map(dto) };
  }
}
