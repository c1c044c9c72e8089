import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

export class SubmitBestPracticeDto {
  @ApiProperty({ example: '校企共建智能网联汽车产业学院' }) @IsString() @Length(2, 200) title!: string;
  @ApiProperty({ example: '依托联合体理事会，校企共同制定人才培养方案，共建实训基地 3 个……' }) @IsString() @Length(10, 5000) summary!: string;
  @ApiProperty({ example: 'TALENT_CULTIVATION', description: 'the scheme dimension the case illustrates' }) @IsString() @Length(1, 64) dimension!: string;
  @ApiPropertyOptional({ type: [String], description: 'SHA-256 of evidence files already attached to this consortium’s answer sheet in the round' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[0-9a-f]{64}$/, { each: true, message: 'each evidence item must be a SHA-256 in lower-case hex' })
  evidence?: string[];
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'member units the case names (organization ids, members of the consortium during the round’s quarter); each counts as participating in that quarter',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'each participants item must be an organization id (UUID)' })
  participants?: string[];
}

export class ReviewBestPracticeDto {
  @ApiProperty({ example: 86, minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) score!: number;
  @ApiProperty({ example: '机制创新突出，可复制性强' }) @IsString() @Length(1, 2000) comment!: string;
}
