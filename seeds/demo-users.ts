/**
 * Demo accounts, only in the demo data (never created in production by anything else). Their
 * passwords are listed in the README's demo section; change or disable them on any shared
 * installation.
 */
export const DEMO_USERS = [
  { username: 'admin.demo', displayName: '平台管理员（演示）', password: 'demo-admin-password', role: 'admin' },
  { username: 'taskforce.demo', displayName: '工作专班（演示）', password: 'demo-taskforce-password', role: 'taskforce' },
] as const;
