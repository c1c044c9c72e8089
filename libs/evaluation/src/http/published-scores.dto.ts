import { ApiProperty } from '@nestjs/swagger';
import { LEVELS } from '../domain/scheme.js';

export class PublishedDimensionDto {
  @ApiProperty({ example: 'TALENT_CULTIVATION' }) code!: string;
  @ApiProperty({ example: '多元共育人才培养' }) name!: string;
}

export class PublishedScoreDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ description: '联合体名称' }) name!: string;
  @ApiProperty({ enum: LEVELS }) level!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ description: '水平得分 level score, on 0–100 with two decimals' }) levelScore!: number;
  @ApiProperty({ description: '进步 improvement against the previous quarter, on 0–100 with two decimals' }) improvement!: number;
  @ApiProperty({ description: '总分 total, on 0–100 with two decimals' }) total!: number;
  @ApiProperty() rank!: number;
  @ApiProperty() grade!: string;
  @ApiProperty({ description: 'median rank over the Monte Carlo draws' }) medianRank!: number;
  @ApiProperty({ type: [Number], minItems: 2, maxItems: 2, description: '90 % rank interval (5th–95th percentile)' }) rankInterval!: [number, number];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'dimension code → score on 0–100 with two decimals' })
  dimensionScores!: Record<string, number>;
}

/** 晾晒: the published ranking's scores in detail, as the public board draws them. */
export class PublishedScoresDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ example: '2026Q3' }) code!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: String, format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ type: [PublishedDimensionDto], description: 'the scheme’s dimensions, in its order' }) dimensions!: PublishedDimensionDto[];
  @ApiProperty({ type: [PublishedScoreDto] }) items!: PublishedScoreDto[];
}
