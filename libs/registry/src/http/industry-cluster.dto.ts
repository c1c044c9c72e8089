import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { INDUSTRY_CLUSTER_CATEGORIES, type IndustryCluster, type IndustryClusterCategory } from '../domain/industry-cluster.js';
import { IsName } from '#platform';

export class CreateIndustryClusterDto {
  @ApiProperty({ example: 'ICV-NEV', description: 'Stable code, upper case letters, digits and dashes' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { message: 'code must be 2–32 characters of A–Z, 0–9 and -' })
  code!: string;

  @ApiProperty({ example: '智能网联新能源汽车' })
  @IsString()
  @IsName({ min: 2, max: 64 })
  name!: string;

  @ApiProperty({ enum: INDUSTRY_CLUSTER_CATEGORIES, example: 'PILLAR' })
  @IsIn(INDUSTRY_CLUSTER_CATEGORIES)
  category!: IndustryClusterCategory;
}

export class IndustryClusterDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ICV-NEV' }) code!: string;
  @ApiProperty({ example: '智能网联新能源汽车' }) name!: string;
  @ApiProperty({ enum: INDUSTRY_CLUSTER_CATEGORIES }) category!: IndustryClusterCategory;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(c: IndustryCluster): IndustryClusterDto {
    return { id: c.id, code: c.code, name: c.name, category: c.category, createdAt: c.createdAt.toISOString() };
  }
}

export class IndustryClusterListDto {
  @ApiProperty({ type: [IndustryClusterDto] }) items!: IndustryClusterDto[];
}
