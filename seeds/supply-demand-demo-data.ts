import type { DemandInput, ProgramInput } from '#supply-demand';
import { DEMO_ORGANIZATIONS } from './registry-demo-data.js';

/**
 * 供需对接 demo data in the spirit of seeds/001 ("44 个行业产教融合共同体…发布人才、专业、技术及出海需求
 * 4899 项次", "专业与重点产业匹配度 88%") and seeds/002 ("供需对接大数据平台"). Schools, firms and the
 * community are the real ones of the registry's demo data; program codes are those of the
 * vocational catalogue; enrolments, headcounts, budgets and dates are invented and the demands
 * say so (（演示）, `demo`).
 */
export const DEMO_SUPPLY_YEAR = 2026;

const program = (orgKey: string, code: string, name: string, enrolment: number, clusterCodes: string[]) => ({
  orgKey,
  program: {
    code,
    name,
    level: 'HIGHER_VOCATIONAL' as const,
    year: DEMO_SUPPLY_YEAR,
    enrolment,
    graduates: Math.round(enrolment * 0.92),
    clusterCodes,
  } satisfies ProgramInput,
});

export const DEMO_PROGRAMS = [
  program('cq-electronic-eng-voc-college', '510101', '电子信息工程技术', 320, ['EIM']),
  program('cq-electronic-eng-voc-college', '510102', '物联网应用技术', 240, ['EIM', 'SOFTWARE']),
  program('cq-electronic-eng-voc-college', '460702', '新能源汽车技术', 180, ['ICV-NEV']),
  program('cq-industry-polytechnic', '460701', '汽车制造与试验技术', 200, ['ICV-NEV']),
  program('cq-industry-polytechnic', '460702', '新能源汽车技术', 260, ['ICV-NEV']),
  program('cq-jiaotong-voc-college', '500211', '城市轨道交通运营管理', 150, []),
  program('cq-smart-eng-voc-college', '460105', '工业机器人技术', 160, ['SMART-EQ']),
  program('cq-eng-polytechnic', '430302', '金属材料检测技术', 90, ['ADV-MAT']),
];

const orgOf = (key: string) => {
  const org = DEMO_ORGANIZATIONS.find((o) => o.key === key);
  if (!org) throw new Error(`no demo organization ${key}`);
  return org;
};

/** The demos' demands: one of each kind, and one published by the industry community. */
export function demoDemands(orgIds: ReadonlyMap<string, string>, communityId: string): DemandInput[] {
  const byOrg = (key: string) => ({ publisherOrganizationId: orgIds.get(key)!, districtCodes: [orgOf(key).districtCode] });
  return [
    {
      kind: 'TALENT',
      title: '智能网联汽车测试与标定技术员（演示）',
      description: '整车电子电气测试、标定岗位，订单培养优先',
      ...byOrg('changan-auto'),
      clusterCodes: ['ICV-NEV'],
      visibility: 'PUBLIC',
      validFrom: `${DEMO_SUPPLY_YEAR}-07-01`,
      validTo: `${DEMO_SUPPLY_YEAR}-12-31`,
      talent: {
        positions: [{ title: '测试与标定技术员', headcount: 40, majors: ['460702', '460701'], skills: ['CAN 总线调试', '整车标定'] }],
        neededBy: `${DEMO_SUPPLY_YEAR}-09-01`,
      },
    },
    {
      kind: 'TECHNOLOGY',
      title: '动力电池包热失控早期预警算法（演示）',
      description: '面向新能源汽车电池包的热失控早期预警，需联合高校与职业院校团队攻关',
      ...byOrg('seres-auto'),
      clusterCodes: ['ICV-NEV'],
      visibility: 'PUBLIC',
      validFrom: `${DEMO_SUPPLY_YEAR}-07-15`,
      validTo: null,
      technology: { problem: '基于多传感器数据的热失控早期预警', budget: 800000, deadline: `${DEMO_SUPPLY_YEAR}-12-31` },
    },
    {
      kind: 'OVERSEAS',
      title: '海外工厂本地员工技能培训（演示）',
      description: '海外基地本地员工的电池制造工艺与安全培训',
      ...byOrg('catl'),
      clusterCodes: ['ICV-NEV', 'ADV-MAT'],
      visibility: 'PUBLIC',
      validFrom: `${DEMO_SUPPLY_YEAR}-08-01`,
      validTo: `${DEMO_SUPPLY_YEAR + 1}-06-30`,
      overseas: { countries: ['匈牙利', '印度尼西亚'], headcount: 60, trainingNeeds: '电池制造工艺、安全生产', startsOn: `${DEMO_SUPPLY_YEAR}-10-01` },
    },
    {
      kind: 'PROGRAM',
      title: '增设有色金属智能冶金技术专业方向（演示）',
      description: '共同体成员企业需要懂智能化产线的冶金技术人才',
      publisherConsortiumId: communityId,
      districtCodes: ['500107'],
      clusterCodes: ['ADV-MAT'],
      visibility: 'MEMBERS',
      validFrom: `${DEMO_SUPPLY_YEAR}-07-01`,
      validTo: `${DEMO_SUPPLY_YEAR + 1}-03-31`,
      program: { programCode: '430302', programName: '金属材料检测技术', level: 'HIGHER_VOCATIONAL', action: 'ADJUST', places: 60 },
    },
  ];
}
