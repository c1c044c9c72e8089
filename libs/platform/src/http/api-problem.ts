import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, titleOf } from '../errors/problem.js';

export class ProblemFieldErrorDto {
  @ApiPropertyOptional({ example: 'code', description: 'Dotted path of the offending field' }) field?: string;
  @ApiProperty({ example: 'IS_STRING' }) code!: string;
  @ApiProperty({ example: 'code must be a string' }) message!: string;
}

/** RFC 9457 problem details, as every error of the API is returned. */
export class ProblemDto {
  @ApiProperty({ example: '/problems/validation-failed' }) type!: string;
  @ApiProperty({ example: 'Bad Request' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiProperty({ example: 'Invalid request: code: code must be a string' }) detail!: string;
  @ApiPropertyOptional({ example: '/api/v1/industry-clusters' }) instance?: string;
  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable error code; switch on this, not on the text' })
  code!: string;
  @ApiPropertyOptional({ example: '5b0c7a0e-2f43-4a53-9a59-5d2f1f0d9c11', description: 'Also in the X-Request-Id header and the logs' })
  requestId?: string;
  @ApiPropertyOptional({ type: [ProblemFieldErrorDto] }) errors?: ProblemFieldErrorDto[];
}

/** Documents the problem+json responses a route may give, e.g. `@ApiProblems(400, 409)`. */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(
    ApiExtraModels(ProblemDto, ProblemFieldErrorDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: titleOf(status),
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
