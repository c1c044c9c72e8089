import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/**
 * ESLint rule `cej/route-access-policy`: every route of a controller declares who may call it,
 * with `@Allow({...})` or `@Public()` on the handler or on its controller class. The global access
 * guard denies a route without a policy at run time, and the access-matrix test walks the router;
 * this rule says so at the line, before anything runs. Written with erasable TypeScript only, so
 * Node loads it as it is (eslint.config.js imports this file) and jest tests it.
 */
const HTTP_METHODS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'Head', 'Options', 'All', 'Search']);
const POLICIES = new Set(['Allow', 'Public']);

function decoratorNames(decorators: readonly TSESTree.Decorator[] | undefined): string[] {
  const names: string[] = [];
  for (const { expression } of decorators ?? []) {
    const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
    if (callee.type === AST_NODE_TYPES.Identifier) names.push(callee.name);
    else if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier) names.push(callee.property.name);
  }
  return names;
}

function methodName(key: TSESTree.Node): string {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  return '(computed)';
}

const rule: TSESLint.RuleModule<'missing'> = {
  meta: {
    type: 'problem',
    docs: { description: 'Every route declares its access policy (@Allow or @Public), on the handler or its controller' },
    messages: {
      missing: 'Route {{controller}}.{{method}} declares no access policy: add @Allow({ roles/scopes }) or @Public() (the access guard refuses it otherwise)',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const check = (node: TSESTree.ClassDeclaration | TSESTree.ClassExpression) => {
      const onClass = decoratorNames(node.decorators);
      if (!onClass.includes('Controller')) return;
      const classPolicy = onClass.some((name) => POLICIES.has(name));
      for (const member of node.body.body) {
        if (member.type !== AST_NODE_TYPES.MethodDefinition) continue;
        const onMethod = decoratorNames(member.decorators);
        if (!onMethod.some((name) => HTTP_METHODS.has(name))) continue;
        if (classPolicy || onMethod.some((name) => POLICIES.has(name))) continue;
        context.report({ node: member.key, messageId: 'missing', data: { controller: node.id?.name ?? '(anonymous)', method: methodName(member.key) } });
      }
    };
    return { ClassDeclaration: check, ClassExpression: check };
  },
};

export default rule;
