import { type Rule, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import rule from './route-access-policy.js';

// ESLint's RuleTester runs each case as a jest test (it uses the global describe/it).
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('route-access-policy', rule as unknown as Rule.RuleModule, {
  valid: [
    { code: `@Controller('a') class A { @Get() @Allow({ roles: ['TASK_FORCE'] }) list() {} }` },
    { code: `@Controller('a') class A { @Public() @Get(':id') one() {} }` },
    { code: `@Controller('a') @Allow({ scopes: ['registry:read'] }) class A { @Get() list() {} @Post() add() {} }` },
    { code: `@Controller('a') class A { helper() {} @ApiOkResponse() described() {} }` },
    { code: `@Injectable() class NotAController { @Get() looksLikeARoute() {} }` },
  ],
  invalid: [
    {
      code: `@Controller('a') class Organizations { @Get() list() {} }`,
      errors: [{ messageId: 'missing', data: { controller: 'Organizations', method: 'list' } }],
    },
    {
      code: `@Controller('a') class Mixed { @Post() @Allow({ roles: ['TASK_FORCE'] }) add() {} @Delete(':id') @HttpCode(204) remove() {} @common.Patch() patch() {} }`,
      errors: [
        { messageId: 'missing', data: { controller: 'Mixed', method: 'remove' } },
        { messageId: 'missing', data: { controller: 'Mixed', method: 'patch' } },
      ],
    },
  ],
});
