import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { nullableEnum } from '#platform';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsName } from '#platform';
import {
  ENTERPRISE_SIZES,
  type EnterpriseSize,
  INTEGRATION_LEVELS,
  type IntegrationLevel,
  ORGANIZATION_TYPES,
  type Organization,
  type OrganizationType,
  PARK_LEVELS,
  type ParkLevel,
  SCHOOL_LEVELS,
  type SchoolLevel,
} from '../domain/organization.js';

export class UpsertOrganizationDto {
  @ApiProperty({ example: '重庆城市职业学院' }) @IsString() @IsName({ min: 2, max: 128 }) name!: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) @IsIn(ORGANIZATION_TYPES) type!: OrganizationType;
  @ApiProperty({ example: '500118', description: 'GB/T 2260 district code' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'districtCode must be 6 digits' })
  districtCode!: string;
  @ApiPropertyOptional({ enum: SCHOOL_LEVELS, description: 'schools: 中职/高职专科/职教本科/应用型本科/普通本科' })
  @IsOptional()
  @IsIn(SCHOOL_LEVELS)
  schoolLevel?: SchoolLevel;
  @ApiPropertyOptional({ enum: ENTERPRISE_SIZES, description: 'enterprises' }) @IsOptional() @IsIn(ENTERPRISE_SIZES) enterpriseSize?: EnterpriseSize;
  @ApiPropertyOptional({ description: 'enterprises: 链主企业' }) @IsOptional() @IsBoolean() isChainLeader?: boolean;
  @ApiPropertyOptional({ description: 'enterprises: 规上企业' }) @IsOptional() @IsBoolean() isAboveScale?: boolean;
  @ApiPropertyOptional({ enum: INTEGRATION_LEVELS, description: 'enterprises: 产教融合型企业 certification' })
  @IsOptional()
  @IsIn(INTEGRATION_LEVELS)
  integrationLevel?: IntegrationLevel;
  @ApiPropertyOptional({ enum: PARK_LEVELS, description: 'parks' }) @IsOptional() @IsIn(PARK_LEVELS) parkLevel?: ParkLevel;
  @ApiPropertyOptional({ description: 'parks: a key park (重点园区)' }) @IsOptional() @IsBoolean() isKeyPark?: boolean;
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '91500000202805720T', description: '统一社会信用代码 (GB 32100-2015)' }) uscc!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type!: OrganizationType;
  @ApiProperty({ example: '500118' }) districtCode!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty(nullableEnum(SCHOOL_LEVELS)) schoolLevel!: SchoolLevel | null;
  @ApiProperty(nullableEnum(ENTERPRISE_SIZES)) enterpriseSize!: EnterpriseSize | null;
  @ApiProperty() isChainLeader!: boolean;
  @ApiProperty() isAboveScale!: boolean;
  @ApiProperty(nullableEnum(INTEGRATION_LEVELS)) integrationLevel!: IntegrationLevel | null;
  @ApiProperty(nullableEnum(PARK_LEVELS)) parkLevel!: ParkLevel | null;
  @ApiProperty() isKeyPark!: boolean;

  static from(o: Organization): OrganizationDto {
    return {
      id: o.id,
      uscc: o.uscc,
      name: o.name,
      type: o.type,
      districtCode: o.districtCode,
      version: o.version,
      createdAt: o.createdAt.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
      schoolLevel: o.schoolLevel,
      enterpriseSize: o.enterpriseSize,
      isChainLeader: o.isChainLeader,
      isAboveScale: o.isAboveScale,
      integrationLevel: o.integrationLevel,
      parkLevel: o.parkLevel,
      isKeyPark: o.isKeyPark,
    };
  }
}

export class OrganizationNameDto {
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date-time' }) validFrom!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) validTo!: string | null;
}

export class OrganizationDetailDto extends OrganizationDto {
  @ApiProperty({ type: [OrganizationNameDto], description: 'Names over time (name history)' }) names!: OrganizationNameDto[];
}

export class OrganizationPageDto {
  @ApiProperty({ type: [OrganizationDto] }) items!: OrganizationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class OrganizationQueryDto {
  @ApiPropertyOptional({ example: '500118' }) @IsOptional() @Matches(/^\d{6}$/, { message: 'districtCode must be 6 digits' }) districtCode?: string;
  @ApiPropertyOptional({ enum: ORGANIZATION_TYPES }) @IsOptional() @IsIn(ORGANIZATION_TYPES) type?: OrganizationType;
  @ApiPropertyOptional({ example: '职业学院', description: 'a fragment of the name' }) @IsOptional() @IsString() @Length(1, 64) nameContains?: string;
  @ApiPropertyOptional({ example: '91500000202805720T', description: 'the exact 统一社会信用代码 (either case)' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Za-z]{18}$/, { message: 'uscc must be 18 letters or digits' })
  uscc?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(512) after?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class DistrictDto {
  @ApiProperty({ example: '500118' }) code!: string;
  @ApiProperty({ example: '永川区' }) name!: string;
  @ApiProperty({ example: '重庆市' }) province!: string;
}

export class DistrictListDto {
  @ApiProperty({ type: [DistrictDto] }) items!: DistrictDto[];
}
