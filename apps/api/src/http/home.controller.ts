import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '#platform';

/** Where a person goes from `/`: the API documentation, the task force's board, the published rankings. */
export const HOME_LINKS = {
  docs: '/api/docs',
  openapi: '/api/docs/openapi.json',
  board: '/board',
  rankings: '/api/v1/evaluation/rankings',
  officialList: '/api/v1/official-list',
  health: '/health/ready',
} as const;

const TITLE = '产教联合体管理平台';

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${TITLE}</title>
<style>body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.7;color:#222}a{color:#0b5cad}code{background:#f3f3f3;padding:0 .3em}</style></head>
<body>
<h1>${TITLE}</h1>
<p>这是市域产教联合体管理平台的服务端（API）。</p>
<ul>
<li><a href="${HOME_LINKS.docs}">接口文档（OpenAPI）</a>：全部接口、参数与示例，可在页面中登录后直接调用</li>
<li><a href="${HOME_LINKS.board}">工作专班看板</a></li>
<li><a href="${HOME_LINKS.rankings}">已晾晒的赛马比拼排名</a>（公开）</li>
<li><a href="${HOME_LINKS.officialList}">建设名单</a>（公开）</li>
</ul>
<p>登录：<code>POST /api/v1/auth/login</code>，请求体 <code>{"username":"…","password":"…"}</code>。</p>
</body>
</html>
`;

@ApiTags('health')
@Public()
@Controller()
export class HomeController {
  /** A browser (Accept: text/html) gets a short Chinese page; anything else the same links as JSON. */
  @Get()
  @ApiOperation({ summary: 'Start page: where the API documentation, the board and the public rankings are (HTML for a browser, JSON otherwise); public' })
  @ApiProduces('application/json', 'text/html')
  @ApiResponse({
    status: 200,
    description: 'the links',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['name', 'message', 'links'],
          properties: {
            name: { type: 'string', example: TITLE },
            message: { type: 'string', example: '接口文档见 /api/docs' },
            links: { type: 'object', additionalProperties: { type: 'string' }, example: HOME_LINKS },
          },
        },
      },
      'text/html': { schema: { type: 'string' } },
    },
  })
  home(@Headers('accept') accept: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    if (/\btext\/html\b/i.test(accept ?? '')) {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return PAGE;
    }
    return { name: TITLE, message: `接口文档见 ${HOME_LINKS.docs}，工作专班看板见 ${HOME_LINKS.board}`, links: HOME_LINKS };
  }
}
