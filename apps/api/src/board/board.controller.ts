import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiFileResponse, ApiProblems, DomainError, Public } from '#platform';

/** The project root: the nearest folder up from this file with a package.json (source or dist/). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Where `npm run build` writes the board (board/build.mjs). */
export const BOARD_DIST = join(projectRoot(), 'dist', 'board');

const MEDIA_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const notBuilt = () => new DomainError('NOT_FOUND', 'BOARD_NOT_BUILT', 'The board has not been built: run `npm run build`');

/**
 * 晾晒: the public board, a static page drawn in the browser from the public API alone. Its files
 * are read once, at first request, from the build's output; only those files are served.
 */
@ApiTags('board')
@Public()
@Controller('board')
export class BoardController {
  private files: Map<string, Buffer> | undefined;

  private read(): Map<string, Buffer> {
    if (this.files) return this.files;
    const assets = join(BOARD_DIST, 'assets');
    if (!existsSync(assets)) throw notBuilt();
    this.files = new Map(
      readdirSync(assets)
        .filter((f) => MEDIA_TYPES[extname(f)])
        .map((f) => [f, readFileSync(join(assets, f))]),
    );
    this.files.set('', readFileSync(join(BOARD_DIST, 'index.html')));
    return this.files;
  }

  @Get()
  @ApiOperation({ summary: '晾晒: the public board of published rankings and the official list (an HTML page); public' })
  @ApiProduces('text/html')
  @ApiFileResponse('the board page', 'text/html')
  @ApiProblems(404)
  page(@Res({ passthrough: true }) reply: FastifyReply): Buffer {
    const html = this.read().get('')!;
    void reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache');
    return html;
  }

  @Get('assets/:file')
  @ApiOperation({ summary: 'A script, style sheet or image of the board; public' })
  @ApiProduces('text/javascript', 'text/css', 'image/svg+xml', 'image/png')
  @ApiFileResponse('the file', 'text/javascript', 'text/css', 'image/svg+xml', 'image/png')
  @ApiProblems(404)
  asset(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Buffer {
    const found = this.read().get(file);
    if (!found || file === '')
      throw new DomainError('NOT_FOUND', 'BOARD_FILE_NOT_FOUND', `The board has no file ${file}`, [
        { field: 'file', code: 'BOARD_FILE_NOT_FOUND', message: file },
      ]);
    void reply.header('content-type', MEDIA_TYPES[extname(file)]).header('cache-control', 'public, max-age=3600');
    return found;
  }
}
