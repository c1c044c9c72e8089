import { ApiOkResponse } from '@nestjs/swagger';

/**
 * Documents a route that answers 200 with a file in one of `mediaTypes`: CSV as text, XLSX (and
 * any other type) as binary, so generated clients read the body as text or as a blob.
 */
export const ApiFileResponse = (description: string, ...mediaTypes: string[]) =>
  ApiOkResponse({
    description,
    content: Object.fromEntries(
      mediaTypes.map((type) => [type, { schema: type.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' } }]),
    ),
  });
