import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiProblems, Public } from '#platform';
import { CreateIndustryClusterUseCase } from '../application/create-industry-cluster/create-industry-cluster.use-case.js';
import { ListIndustryClustersQuery } from '../application/list-industry-clusters/list-industry-clusters.query.js';
import { CreateIndustryClusterDto, IndustryClusterDto, IndustryClusterListDto } from './industry-cluster.dto.js';

@ApiTags('registry')
@Controller('api/v1/industry-clusters')
export class IndustryClustersController {
  constructor(
    private readonly list: ListIndustryClustersQuery,
    private readonly create: CreateIndustryClusterUseCase,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The industry-cluster dictionary (产业集群)' })
  @ApiOkResponse({ type: IndustryClusterListDto })
  async findAll(): Promise<IndustryClusterListDto> {
    return { items: (await this.list.execute()).map(IndustryClusterDto.from) };
  }

  @Post()
  @HttpCode(201)
  @Allow({ roles: ['admin'] })
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Add an industry cluster to the dictionary' })
  @ApiCreatedResponse({ type: IndustryClusterDto })
  @ApiProblems(400, 401, 403, 409, 413, 415)
  async add(@Body() body: CreateIndustryClusterDto): Promise<IndustryClusterDto> {
    return IndustryClusterDto.from(await this.create.execute(body));
  }
}
