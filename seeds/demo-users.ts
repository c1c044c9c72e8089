/**
 * Demo accounts, only in the demo data (never created in production by anything else). Their
 * passwords are listed in the README's demo section; change or disable them on any shared
 * installation.
 */
export const DEMO_USERS = [
  { username: 'admin.demo', displayName: '平台管理员（演示）', password: 'demo-admin-password', role: 'admin' },
  { username: 'taskforce.demo', displayName: '工作专班（演示）', password: 'demo-taskforce-password', role: 'taskforce' },
  {
    username: 'secretariat.demo',
    displayName: '西部职教基地国家级产教联合体秘书处（演示）',
    password: 'demo-secretariat-password',
    role: 'secretariat',
    consortiumKey: 'west-voc-base-national',
  },
  { username: 'member.demo', displayName: '成员单位联络员（演示）', password: 'demo-member-password', role: 'member', organizationKey: 'changan-auto' },
] as const;
