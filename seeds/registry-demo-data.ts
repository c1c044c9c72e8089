/**
 * Demo registry: consortia (产教联合体 / 产教融合共同体) and member organizations, so a new user
 * sees a realistic registry.
 *
 * Names come from the source documents; dates, roles, districts where noted, and flags are demo.
 *
 * - Organization names are copied from the source documents as written there (`source` gives
 *   the seed file, e.g. '003', and a few words of context). Where a document does not place an
 *   organization in a district, the most plausible district was chosen and `note` says so.
 * - Every `joined` date, every membership role, the lead ↔ consortium assignments not stated by
 *   a document, and the `aboveScale` flags are demo. The documents do not list any consortium's
 *   members.
 * - Consortia: the four founded on 2023-10-27 (seeds/004), the national 有色金属 industry
 *   community (seeds/001) and the cross-region ones (万达开, 泸永江, 合广长; seeds/003, 000) are
 *   real. The documents only give the cross-region ones as "万达开、泸永江、合广长3个跨区域的城市产教
 *   联合体", and the 长寿经开区 one as "长寿经开区…推进市域产教联合体实体化运行" (seeds/001), so
 *   those names are short labels built from the documents' wording, not official names. Names
 *   ending in '（演示）' are demo consortia, added because the documents name no park-, industry-
 *   or school-led consortium.
 */

export type DemoOrgType = 'SCHOOL' | 'ENTERPRISE' | 'PARK' | 'RESEARCH_INSTITUTE' | 'INDUSTRY_ASSOCIATION' | 'GOVERNMENT_AGENCY' | 'OTHER';

export type DemoSchoolLevel = 'SECONDARY_VOCATIONAL' | 'HIGHER_VOCATIONAL' | 'VOCATIONAL_UNDERGRADUATE' | 'APPLIED_UNDERGRADUATE' | 'UNIVERSITY';

export interface DemoOrganization {
  key: string;
  name: string;
  type: DemoOrgType;
  districtCode: string;
  schoolLevel?: DemoSchoolLevel;
  aboveScale?: boolean;
  keyPark?: boolean;
  source: string;
  note?: string;
}

export type DemoTier = 'NATIONAL' | 'MUNICIPAL' | 'PARK_LED' | 'INDUSTRY_LED' | 'SCHOOL_LED';

export type DemoMembershipRole = 'COUNCIL_CHAIR' | 'COUNCIL_VICE_CHAIR' | 'COUNCIL_MEMBER' | 'MEMBER';

export interface DemoConsortium {
  key: string;
  name: string;
  tier: DemoTier;
  kind: 'CITY' | 'INDUSTRY_COMMUNITY';
  districtCodes: string[];
  clusterCode: string | null;
  leadKey: string;
  members: { orgKey: string; role: DemoMembershipRole; joined: string }[];
  source: string;
}

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  // ---- Schools ----
  {
    key: 'cq-electronic-eng-voc-college',
    name: '重庆电子工程职业学院',
    type: 'SCHOOL',
    districtCode: '500106',
    schoolLevel: 'HIGHER_VOCATIONAL',
    source: '004: 代表产教联合体牵头单位作了发言; 000: 重庆电子工程职业学院—长安汽车校企实训基地',
    note: 'district assumed (沙坪坝区). Later called 重庆电子科技职业大学 (001), printed as 重庆电子科技职业学院 (003); kept as one organization under the 2023 name',
  },
  {
    key: 'cq-smart-eng-voc-college',
    name: '重庆智能工程职业学院',
    type: 'SCHOOL',
    districtCode: '500153',
    schoolLevel: 'HIGHER_VOCATIONAL',
    source: '004: 重庆智能工程职业学院与华为公司等校企联合',
    note: 'district assumed (荣昌区)',
  },
  {
    key: 'cq-univ-arts-sciences',
    name: '重庆文理学院',
    type: 'SCHOOL',
    districtCode: '500118',
    schoolLevel: 'APPLIED_UNDERGRADUATE',
    source: '002: 支持重庆文理学院申硕建大, 建成高水平应用型大学 (西部职教基地, 永川)',
  },
  {
    key: 'cq-city-mgmt-voc-college',
    name: '重庆城市管理职业学院',
    type: 'SCHOOL',
    districtCode: '500106',
    schoolLevel: 'HIGHER_VOCATIONAL',
    source: '003: 共建“成渝国际物流人才大数据中心”; 001: 王璐 世界技能大赛美容项目',
    note: 'district assumed (沙坪坝区)',
  },
  {
    key: 'cq-industry-polytechnic',
    name: '重庆工业职业技术学院',
    type: 'SCHOOL',
    districtCode: '500112',
    schoolLevel: 'HIGHER_VOCATIONAL',
    source: '003: 与长安汽车在校内共建“长安汽车全球培训中心”; 牵头成立成渝地区双城经济圈职教联盟',
    note: 'district assumed (渝北区)',
  },
  {
    key: 'cq-eng-polytechnic',
    name: '重庆工程职业技术学院',
    type: 'SCHOOL',
    districtCode: '500116',
    schoolLevel: 'HIGHER_VOCATIONAL',
    source: '003: 利兴龙携手重庆工程职业技术学院 (餐厨垃圾处理); 牵头组建“智慧物联职教集团”',
    note: 'district assumed (江津区)',
  },
  {
    key: 'cq-medical-college',
    name: '重庆医药高等专科学校',
    type: 'SCHOOL',
    districtCode: '500106',
    schoolLevel: 'HIGHER_VOCATIONAL',
    source: '003: 在第四届“川渝杯”职业院校学生技能大赛中展示护理技能',
    note: 'district assumed (沙坪坝区); 高等专科学校 = 高职专科',
  },
  {
    key: 'cq-jiaotong-voc-college',
    name: '重庆交通职业学院',
    type: 'SCHOOL',
    districtCode: '500116',
    schoolLevel: 'HIGHER_VOCATIONAL',
    source: '003: 重庆交通职业学院特色校企合作产业园 (无人机调试)',
    note: 'district assumed (江津区)',
  },
  {
    key: 'yunyang-voc-center',
    name: '云阳职教中心',
    type: 'SCHOOL',
    districtCode: '500235',
    schoolLevel: 'SECONDARY_VOCATIONAL',
    source: '003: 与四川省金堂县职业高级中学举行友好学校战略合作协议签约 (云阳县)',
  },
  {
    key: 'jintang-voc-high-school',
    name: '四川省金堂县职业高级中学（金堂县技工学校）',
    type: 'SCHOOL',
    districtCode: '510121',
    schoolLevel: 'SECONDARY_VOCATIONAL',
    source: '003: 与云阳职教中心举行友好学校战略合作协议签约',
  },
  {
    key: 'guangan-polytechnic',
    name: '广安职业技术学院',
    type: 'SCHOOL',
    districtCode: '511600',
    schoolLevel: 'HIGHER_VOCATIONAL',
    source: '003: 实施“广职融圈”行动计划, 与重庆5所学校对口共建5个二级学院',
  },
  {
    key: 'cq-construction-voc-college',
    name: '重庆建筑工程职业学院',
    type: 'SCHOOL',
    districtCode: '500108',
    schoolLevel: 'HIGHER_VOCATIONAL',
    source: '003: 广安职业技术学院联合…重庆建筑工程职业学院…共建二级学院',
    note: 'district assumed (南岸区)',
  },
  {
    key: 'cq-chemical-voc-college',
    name: '重庆化工职业学院',
    type: 'SCHOOL',
    districtCode: '500115',
    schoolLevel: 'HIGHER_VOCATIONAL',
    source: '003: 广安职业技术学院联合…重庆化工职业学院…共建二级学院',
    note: 'district assumed (长寿区)',
  },
  {
    key: 'cq-three-gorges-medical-college',
    name: '重庆三峡医药高等专科学校',
    type: 'SCHOOL',
    districtCode: '500101',
    schoolLevel: 'HIGHER_VOCATIONAL',
    source: '003: 广安职业技术学院联合…重庆三峡医药高等专科学校等5所学校',
    note: 'district assumed (万州区); 高等专科学校 = 高职专科',
  },
  {
    key: 'yibin-polytechnic',
    name: '宜宾职业技术学院',
    type: 'SCHOOL',
    districtCode: '511500',
    schoolLevel: 'HIGHER_VOCATIONAL',
    source: '003: 与老挝巴拉萨技术学院共同建设“酒都工坊老挝分中心”',
    note: 'district taken from the name (宜宾市)',
  },
  {
    key: 'sichuan-univ',
    name: '四川大学',
    type: 'SCHOOL',
    districtCode: '510100',
    schoolLevel: 'UNIVERSITY',
    source: '000: 引导四川大学、重庆大学、电子科技大学等…对高职院校开展科研能力提升帮扶',
    note: 'district assumed (成都市)',
  },
  {
    key: 'chongqing-univ',
    name: '重庆大学',
    type: 'SCHOOL',
    districtCode: '500106',
    schoolLevel: 'UNIVERSITY',
    source: '000: 引导四川大学、重庆大学、电子科技大学等…科研能力提升帮扶',
    note: 'district assumed (沙坪坝区)',
  },
  {
    key: 'uestc',
    name: '电子科技大学',
    type: 'SCHOOL',
    districtCode: '510100',
    schoolLevel: 'UNIVERSITY',
    source: '000: 引导四川大学、重庆大学、电子科技大学等…科研能力提升帮扶',
    note: 'district assumed (成都市)',
  },
  {
    key: 'southwest-univ',
    name: '西南大学',
    type: 'SCHOOL',
    districtCode: '500109',
    schoolLevel: 'UNIVERSITY',
    source: '000: 西南大学教育学部 (成渝经济圈职业教育高质量发展的空间逻辑, 作者单位)',
    note: 'district assumed (北碚区)',
  },
  {
    key: 'cq-second-normal-univ',
    name: '重庆第二师范学院',
    type: 'SCHOOL',
    districtCode: '500108',
    schoolLevel: 'APPLIED_UNDERGRADUATE',
    source: '000: 共同主办…2023首届成渝地区双城经济圈教育科技人才融汇发展论坛',
    note: 'district assumed (南岸区)',
  },

  // ---- Enterprises ----
  {
    key: 'chinalco-high-end-mfg',
    name: '中铝高端制造公司',
    type: 'ENTERPRISE',
    districtCode: '500107',
    aboveScale: true,
    source: '004: 两江新区管委会、中铝高端制造公司、重庆电子工程职业学院分别代表产教联合体牵头单位作了发言',
    note: 'district assumed (九龙坡区)',
  },
  {
    key: 'great-wall-motor',
    name: '长城汽车',
    type: 'ENTERPRISE',
    districtCode: '500118',
    aboveScale: true,
    source: '004: 学习借鉴重庆电子工程职业学院与长城汽车…校企联合、产教融合经验',
    note: 'district assumed (永川区)',
  },
  {
    key: 'huawei',
    name: '华为公司',
    type: 'ENTERPRISE',
    districtCode: '500112',
    aboveScale: true,
    source: '004: 重庆智能工程职业学院与华为公司等校企联合; 000: 赛力斯…加强与华为、博世、宁德时代等企业合作',
    note: 'district assumed (渝北区)',
  },
  {
    key: 'changan-auto',
    name: '长安汽车',
    type: 'ENTERPRISE',
    districtCode: '500105',
    aboveScale: true,
    source: '003: 学校与长安汽车在校内共建“长安汽车全球培训中心”; 000: 重庆电子工程职业学院—长安汽车校企实训基地',
    note: 'district assumed (江北区)',
  },
  {
    key: 'seres-auto',
    name: '赛力斯汽车',
    type: 'ENTERPRISE',
    districtCode: '500106',
    aboveScale: true,
    source: '000: 剑指一流汽车企业的赛力斯汽车, 发展势头正盛',
    note: 'district assumed (沙坪坝区)',
  },
  {
    key: 'bosch',
    name: '博世',
    type: 'ENTERPRISE',
    districtCode: '500112',
    aboveScale: true,
    source: '000: 赛力斯…加强与华为、博世、宁德时代等企业合作',
    note: 'district assumed (渝北区); the document does not place it in Chongqing',
  },
  {
    key: 'catl',
    name: '宁德时代',
    type: 'ENTERPRISE',
    districtCode: '511500',
    aboveScale: true,
    source: '000: 赛力斯…加强与华为、博世、宁德时代等企业合作',
    note: 'district assumed (宜宾市); the document does not place it',
  },
  {
    key: 'lixinglong',
    name: '四川利兴龙环保科技有限公司',
    type: 'ENTERPRISE',
    districtCode: '510100',
    aboveScale: false,
    source: '003: 位于成都市新都高新技术产业园的四川利兴龙环保科技有限公司 (“垃圾减量化资源化”项目)',
  },

  // ---- Parks and cross-region cooperation zones ----
  {
    key: 'yongchuan-hitech-zone',
    name: '永川高新区',
    type: 'PARK',
    districtCode: '500118',
    source: '002: 永川区任务清单, 牵头单位 永川高新区管委会',
    note: 'named in 002 only through 永川高新区管委会',
  },
  {
    key: 'cq-hitech-zone',
    name: '重庆高新区',
    type: 'PARK',
    districtCode: '500106',
    source: '004: 两江新区、重庆高新区、万盛经开区党工委教育工作领导小组',
    note: 'no GB/T 2260 code of its own; 沙坪坝区 assumed',
  },
  {
    key: 'changshou-econ-dev-zone',
    name: '长寿经开区',
    type: 'PARK',
    districtCode: '500115',
    source: '001: 长寿经开区聚合资源、统筹布局, 推进市域产教联合体实体化运行',
  },
  {
    key: 'wansheng-econ-dev-zone',
    name: '万盛经开区',
    type: 'PARK',
    districtCode: '500110',
    source: '004: 两江新区、重庆高新区、万盛经开区党工委教育工作领导小组',
    note: 'no GB/T 2260 code of its own; placed in 綦江区',
  },
  {
    key: 'chengdu-xindu-hitech-park',
    name: '成都市新都高新技术产业园',
    type: 'PARK',
    districtCode: '510100',
    source: '003: 位于成都市新都高新技术产业园的四川利兴龙环保科技有限公司',
  },
  {
    key: 'jinfeng-park',
    name: '金凤',
    type: 'PARK',
    districtCode: '500107',
    keyPark: true,
    source: '000: 推动科技创新成果在金凤、明月湖、迎龙等重点科创园区转化',
    note: 'the document gives only the short name; district assumed (九龙坡区)',
  },
  {
    key: 'mingyuehu-park',
    name: '明月湖',
    type: 'PARK',
    districtCode: '500112',
    keyPark: true,
    source: '000: 推动科技创新成果在金凤、明月湖、迎龙等重点科创园区转化',
    note: 'the document gives only the short name; district assumed (渝北区, 两江新区)',
  },
  {
    key: 'yinglong-park',
    name: '迎龙',
    type: 'PARK',
    districtCode: '500108',
    keyPark: true,
    source: '000: 推动科技创新成果在金凤、明月湖、迎龙等重点科创园区转化',
    note: 'the document gives only the short name; district assumed (南岸区). In no demo consortium (shows a coverage gap)',
  },
  {
    key: 'wandakai-demo-zone',
    name: '万达开川渝统筹发展示范区',
    type: 'PARK',
    districtCode: '500101',
    source: '000: 依托万达开川渝统筹发展示范区…等区域合作平台, 组建川渝毗邻地区产教联合体',
    note: 'cross-region cooperation zone (万州、达州、开州) modelled as PARK; district 万州区 assumed',
  },
  {
    key: 'luyongjiang-demo-zone',
    name: '泸永江融合发展示范区',
    type: 'PARK',
    districtCode: '500118',
    source: '000: 依托…泸永江融合发展示范区…等区域合作平台, 组建川渝毗邻地区产教联合体',
    note: 'cross-region cooperation zone (泸州、永川、江津) modelled as PARK; district 永川区 assumed',
  },

  // ---- Research institutes ----
  {
    key: 'jinfeng-lab',
    name: '金凤实验室',
    type: 'RESEARCH_INSTITUTE',
    districtCode: '500107',
    source: '000: 高水平建设金凤实验室、明月湖实验室、广阳湾实验室和嘉陵江实验室4个重庆实验室',
    note: 'district assumed (九龙坡区)',
  },
  {
    key: 'mingyuehu-lab',
    name: '明月湖实验室',
    type: 'RESEARCH_INSTITUTE',
    districtCode: '500112',
    source: '000: 4个重庆实验室',
    note: 'district assumed (渝北区)',
  },
  {
    key: 'guangyangwan-lab',
    name: '广阳湾实验室',
    type: 'RESEARCH_INSTITUTE',
    districtCode: '500108',
    source: '000: 4个重庆实验室',
    note: 'district assumed (南岸区). In no demo consortium',
  },
  {
    key: 'jialingjiang-lab',
    name: '嘉陵江实验室',
    type: 'RESEARCH_INSTITUTE',
    districtCode: '500109',
    source: '000: 4个重庆实验室',
    note: 'district assumed (北碚区), least certain of the four',
  },
  {
    key: 'cq-eng-strategy-institute',
    name: '中国工程科技发展战略重庆研究院',
    type: 'RESEARCH_INSTITUTE',
    districtCode: '500103',
    source: '000: 共同主办…教育科技人才融汇发展论坛',
    note: 'district assumed (渝中区)',
  },
  {
    key: 'cq-academy-edu-sci',
    name: '重庆市教育科学研究院',
    type: 'RESEARCH_INSTITUTE',
    districtCode: '500103',
    source: '000: 重庆市教育科学研究院和四川省教育科学研究院联合…网络主题教研活动',
    note: 'district assumed (渝中区)',
  },
  {
    key: 'sc-academy-edu-sci',
    name: '四川省教育科学研究院',
    type: 'RESEARCH_INSTITUTE',
    districtCode: '510100',
    source: '000: 重庆市教育科学研究院和四川省教育科学研究院联合',
    note: 'district assumed (成都市)',
  },
  {
    key: 'moe-cq-voc-research-center',
    name: '教育部（重庆）职业教育教学研究中心',
    type: 'RESEARCH_INSTITUTE',
    districtCode: '500103',
    source: '000: 充分发挥中华职业教育社、中国西部职业教育评估平台、教育部（重庆）职业教育教学研究中心作用',
    note: 'district assumed (渝中区)',
  },

  // ---- Associations and other bodies ----
  {
    key: 'cq-iur-promotion-assoc',
    name: '重庆市产学研合作促进会',
    type: 'INDUSTRY_ASSOCIATION',
    districtCode: '500103',
    source: '000: 积极发挥重庆科技服务大市场、重庆市产学研合作促进会等科技服务机构的作用',
    note: 'district assumed (渝中区)',
  },
  {
    key: 'cq-edu-strategy-society',
    name: '重庆市教育发展战略研究会',
    type: 'OTHER',
    districtCode: '500103',
    source: '000: 共同主办…教育科技人才融汇发展论坛',
    note: 'academic society; district assumed (渝中区)',
  },
  {
    key: 'cq-tech-service-market',
    name: '重庆科技服务大市场',
    type: 'OTHER',
    districtCode: '500112',
    source: '000: 积极发挥重庆科技服务大市场、重庆市产学研合作促进会等科技服务机构的作用',
    note: 'technology service platform; district assumed (渝北区)',
  },
  {
    key: 'cy-logistics-talent-data-center',
    name: '成渝国际物流人才大数据中心',
    type: 'OTHER',
    districtCode: '500106',
    source: '003: 重庆城市管理职业学院联合川渝10所高职院校、头部物流企业及行业协会, 共建“成渝国际物流人才大数据中心”',
    note: 'district assumed (沙坪坝区, with its founding school)',
  },

  // ---- Government agencies ----
  {
    key: 'liangjiang-admin',
    name: '两江新区管委会',
    type: 'GOVERNMENT_AGENCY',
    districtCode: '500112',
    source: '004: 两江新区管委会…代表产教联合体牵头单位作了发言',
    note: '两江新区 has no GB/T 2260 code of its own; 渝北区 assumed',
  },
  {
    key: 'yongchuan-hitech-admin',
    name: '永川高新区管委会',
    type: 'GOVERNMENT_AGENCY',
    districtCode: '500118',
    source: '002: 永川区任务清单, 牵头单位 永川高新区管委会',
  },
  {
    key: 'yongchuan-gov',
    name: '重庆市永川区人民政府',
    type: 'GOVERNMENT_AGENCY',
    districtCode: '500118',
    source: '002: 重庆市永川区人民政府办公室关于印发西部职教基地“十四五”发展规划',
  },
  {
    key: 'cq-edu-commission',
    name: '重庆市教委',
    type: 'GOVERNMENT_AGENCY',
    districtCode: '500103',
    source: '003: 在重庆市教委、四川省教育厅的统筹推进下',
    note: 'municipal body; district assumed (渝中区)',
  },
  {
    key: 'sc-edu-dept',
    name: '四川省教育厅',
    type: 'GOVERNMENT_AGENCY',
    districtCode: '510100',
    source: '003: 在重庆市教委、四川省教育厅的统筹推进下',
    note: 'provincial body; district assumed (成都市)',
  },
  {
    key: 'cq-econ-info-commission',
    name: '市经济信息委',
    type: 'GOVERNMENT_AGENCY',
    districtCode: '500103',
    source: '004: 市经济信息委、市教委等市级部门要…建立完善市级产教联合体“市区共建”机制',
    note: 'short name as the document writes it (重庆市经济和信息化委员会); district assumed (渝中区)',
  },
];

export const DEMO_CONSORTIA: readonly DemoConsortium[] = [
  // ---- National ----
  {
    key: 'west-voc-base-national',
    name: '西部职教基地国家级产教联合体',
    tier: 'NATIONAL',
    kind: 'CITY',
    districtCodes: ['500118'],
    clusterCode: 'ICV-NEV',
    leadKey: 'yongchuan-gov',
    members: [
      { orgKey: 'yongchuan-gov', role: 'COUNCIL_CHAIR', joined: '2023-10-27' },
      { orgKey: 'yongchuan-hitech-admin', role: 'COUNCIL_VICE_CHAIR', joined: '2023-10-27' },
      { orgKey: 'cq-univ-arts-sciences', role: 'COUNCIL_VICE_CHAIR', joined: '2023-10-27' },
      { orgKey: 'yongchuan-hitech-zone', role: 'COUNCIL_MEMBER', joined: '2023-11-15' },
      { orgKey: 'great-wall-motor', role: 'COUNCIL_MEMBER', joined: '2023-11-15' },
      { orgKey: 'changan-auto', role: 'COUNCIL_MEMBER', joined: '2024-01-10' },
      { orgKey: 'cq-electronic-eng-voc-college', role: 'COUNCIL_MEMBER', joined: '2024-01-10' },
      { orgKey: 'cq-academy-edu-sci', role: 'MEMBER', joined: '2024-05-08' },
      { orgKey: 'cq-eng-strategy-institute', role: 'MEMBER', joined: '2024-09-02' },
    ],
    source:
      '004: 授牌的西部职教基地国家级产教联合体; 000: 西部职教基地产教联合体 (入围教育部第一批国家级市域产教联合体; 重庆电子工程职业学院—长安汽车校企实训基地). Lead (永川区人民政府) assumed; cluster from 000: 永川区将大力发展智能网联新能源汽车',
  },

  // ---- Municipal (founded 2023-10-27, seeds/004) ----
  {
    key: 'cq-icv-nev-municipal',
    name: '重庆市智能网联新能源汽车产教联合体',
    tier: 'MUNICIPAL',
    kind: 'CITY',
    districtCodes: ['500112', '500105', '500109'],
    clusterCode: 'ICV-NEV',
    leadKey: 'liangjiang-admin',
    members: [
      { orgKey: 'liangjiang-admin', role: 'COUNCIL_CHAIR', joined: '2023-10-27' },
      { orgKey: 'changan-auto', role: 'COUNCIL_VICE_CHAIR', joined: '2023-10-27' },
      { orgKey: 'cq-industry-polytechnic', role: 'COUNCIL_VICE_CHAIR', joined: '2023-10-27' },
      { orgKey: 'seres-auto', role: 'COUNCIL_VICE_CHAIR', joined: '2023-12-01' },
      { orgKey: 'cq-econ-info-commission', role: 'COUNCIL_MEMBER', joined: '2023-10-27' },
      { orgKey: 'mingyuehu-park', role: 'COUNCIL_MEMBER', joined: '2024-02-20' },
      { orgKey: 'mingyuehu-lab', role: 'COUNCIL_MEMBER', joined: '2024-02-20' },
      { orgKey: 'cq-jiaotong-voc-college', role: 'MEMBER', joined: '2024-04-15' },
      { orgKey: 'bosch', role: 'MEMBER', joined: '2024-06-03' },
      { orgKey: 'catl', role: 'MEMBER', joined: '2024-09-12' },
    ],
    source:
      '004: 重庆市智能网联新能源汽车产教联合体 (首批, 2023-10-27). Lead 两江新区管委会 assumed from the list of lead units that spoke; districts = 两江新区 (江北、渝北、北碚)',
  },
  {
    key: 'eim-municipal',
    name: '新一代电子信息制造业产教联合体',
    tier: 'MUNICIPAL',
    kind: 'CITY',
    districtCodes: ['500106', '500107'],
    clusterCode: 'EIM',
    leadKey: 'cq-electronic-eng-voc-college',
    members: [
      { orgKey: 'cq-electronic-eng-voc-college', role: 'COUNCIL_CHAIR', joined: '2023-10-27' },
      { orgKey: 'cq-hitech-zone', role: 'COUNCIL_VICE_CHAIR', joined: '2023-10-27' },
      { orgKey: 'huawei', role: 'COUNCIL_VICE_CHAIR', joined: '2023-11-20' },
      { orgKey: 'cq-econ-info-commission', role: 'COUNCIL_MEMBER', joined: '2023-10-27' },
      { orgKey: 'chongqing-univ', role: 'COUNCIL_MEMBER', joined: '2024-03-01' },
      { orgKey: 'uestc', role: 'COUNCIL_MEMBER', joined: '2024-03-01' },
      { orgKey: 'jinfeng-lab', role: 'COUNCIL_MEMBER', joined: '2024-05-10' },
      { orgKey: 'jinfeng-park', role: 'MEMBER', joined: '2024-05-10' },
      { orgKey: 'cq-city-mgmt-voc-college', role: 'MEMBER', joined: '2024-07-01' },
      { orgKey: 'cq-smart-eng-voc-college', role: 'MEMBER', joined: '2024-09-01' },
    ],
    source: '004: 新一代电子信息制造业产教联合体 (首批, 2023-10-27). Lead 重庆电子工程职业学院 assumed from the list of lead units that spoke',
  },
  {
    key: 'adv-mat-municipal',
    name: '先进材料产教联合体',
    tier: 'MUNICIPAL',
    kind: 'CITY',
    districtCodes: ['500107'],
    clusterCode: 'ADV-MAT',
    leadKey: 'chinalco-high-end-mfg',
    members: [
      { orgKey: 'chinalco-high-end-mfg', role: 'COUNCIL_CHAIR', joined: '2023-10-27' },
      { orgKey: 'cq-chemical-voc-college', role: 'COUNCIL_VICE_CHAIR', joined: '2023-10-27' },
      { orgKey: 'chongqing-univ', role: 'COUNCIL_VICE_CHAIR', joined: '2023-12-15' },
      { orgKey: 'cq-econ-info-commission', role: 'COUNCIL_MEMBER', joined: '2023-10-27' },
      { orgKey: 'changshou-econ-dev-zone', role: 'COUNCIL_MEMBER', joined: '2023-12-15' },
      { orgKey: 'jialingjiang-lab', role: 'COUNCIL_MEMBER', joined: '2024-04-01' },
      { orgKey: 'cq-eng-polytechnic', role: 'MEMBER', joined: '2024-04-01' },
      { orgKey: 'wansheng-econ-dev-zone', role: 'MEMBER', joined: '2024-08-20' },
      { orgKey: 'catl', role: 'MEMBER', joined: '2025-01-15' },
    ],
    source: '004: 先进材料产教联合体 (首批, 2023-10-27). Lead 中铝高端制造公司 assumed from the list of lead units that spoke',
  },

  // ---- Industry community ----
  {
    key: 'nonferrous-community',
    name: '国家有色金属行业产教融合共同体',
    tier: 'NATIONAL',
    kind: 'INDUSTRY_COMMUNITY',
    districtCodes: ['500107'],
    clusterCode: 'ADV-MAT',
    leadKey: 'chinalco-high-end-mfg',
    members: [
      { orgKey: 'chinalco-high-end-mfg', role: 'COUNCIL_CHAIR', joined: '2023-11-08' },
      { orgKey: 'chongqing-univ', role: 'COUNCIL_VICE_CHAIR', joined: '2023-11-08' },
      { orgKey: 'cq-industry-polytechnic', role: 'COUNCIL_MEMBER', joined: '2023-11-08' },
      { orgKey: 'cq-econ-info-commission', role: 'COUNCIL_MEMBER', joined: '2024-01-18' },
      { orgKey: 'cq-iur-promotion-assoc', role: 'COUNCIL_MEMBER', joined: '2024-01-18' },
      { orgKey: 'cq-eng-polytechnic', role: 'MEMBER', joined: '2024-03-05' },
      { orgKey: 'wansheng-econ-dev-zone', role: 'MEMBER', joined: '2024-06-12' },
      { orgKey: 'southwest-univ', role: 'MEMBER', joined: '2024-10-09' },
      { orgKey: 'cq-tech-service-market', role: 'MEMBER', joined: '2025-02-21' },
    ],
    source:
      '001: 以国家有色金属行业产教融合共同体（全国第二个）在重庆成立为契机. Tier NATIONAL from "国家"; lead, district and members are demo (the document names none)',
  },

  // ---- Cross-region (川渝毗邻), park-led ----
  {
    key: 'wandakai',
    name: '万达开产教联合体',
    tier: 'PARK_LED',
    kind: 'CITY',
    districtCodes: ['500101', '500154', '511700'],
    clusterCode: null,
    leadKey: 'wandakai-demo-zone',
    members: [
      { orgKey: 'wandakai-demo-zone', role: 'COUNCIL_CHAIR', joined: '2024-03-18' },
      { orgKey: 'cq-three-gorges-medical-college', role: 'COUNCIL_VICE_CHAIR', joined: '2024-03-18' },
      { orgKey: 'cq-edu-commission', role: 'COUNCIL_MEMBER', joined: '2024-03-18' },
      { orgKey: 'sc-edu-dept', role: 'COUNCIL_MEMBER', joined: '2024-03-18' },
      { orgKey: 'yunyang-voc-center', role: 'COUNCIL_MEMBER', joined: '2024-05-15' },
      { orgKey: 'changan-auto', role: 'MEMBER', joined: '2024-07-02' },
      { orgKey: 'huawei', role: 'MEMBER', joined: '2024-09-26' },
    ],
    source:
      '003: 建成万达开、泸永江、合广长3个跨区域的城市产教联合体; 000: 依托万达开川渝统筹发展示范区…组建川渝毗邻地区产教联合体. Name is a short label (no official name in the documents); tier PARK_LED assumed (platform-led, counted among the 36 in 001)',
  },
  {
    key: 'luyongjiang',
    name: '泸永江产教联合体',
    tier: 'PARK_LED',
    kind: 'CITY',
    districtCodes: ['510500', '500118', '500116'],
    clusterCode: null,
    leadKey: 'luyongjiang-demo-zone',
    members: [
      { orgKey: 'luyongjiang-demo-zone', role: 'COUNCIL_CHAIR', joined: '2024-03-18' },
      { orgKey: 'yongchuan-hitech-zone', role: 'COUNCIL_VICE_CHAIR', joined: '2024-03-18' },
      { orgKey: 'cq-eng-polytechnic', role: 'COUNCIL_VICE_CHAIR', joined: '2024-03-18' },
      { orgKey: 'sc-edu-dept', role: 'COUNCIL_MEMBER', joined: '2024-03-18' },
      { orgKey: 'cq-univ-arts-sciences', role: 'COUNCIL_MEMBER', joined: '2024-04-22' },
      { orgKey: 'great-wall-motor', role: 'COUNCIL_MEMBER', joined: '2024-04-22' },
      { orgKey: 'cq-jiaotong-voc-college', role: 'MEMBER', joined: '2024-06-06' },
      { orgKey: 'yibin-polytechnic', role: 'MEMBER', joined: '2024-11-11' },
      { orgKey: 'sc-academy-edu-sci', role: 'MEMBER', joined: '2025-04-08' },
    ],
    source:
      '003: 建成万达开、泸永江、合广长3个跨区域的城市产教联合体; 000: 依托…泸永江融合发展示范区…组建川渝毗邻地区产教联合体. Name is a short label; tier PARK_LED assumed',
  },
  {
    key: 'heguangchang',
    name: '合广长产教联合体',
    tier: 'PARK_LED',
    kind: 'CITY',
    districtCodes: ['500117', '511600', '500115'],
    clusterCode: null,
    leadKey: 'changshou-econ-dev-zone',
    members: [
      { orgKey: 'changshou-econ-dev-zone', role: 'COUNCIL_CHAIR', joined: '2024-03-18' },
      { orgKey: 'guangan-polytechnic', role: 'COUNCIL_VICE_CHAIR', joined: '2024-03-18' },
      { orgKey: 'cq-chemical-voc-college', role: 'COUNCIL_VICE_CHAIR', joined: '2024-03-18' },
      { orgKey: 'sc-edu-dept', role: 'COUNCIL_MEMBER', joined: '2024-03-18' },
      { orgKey: 'cq-industry-polytechnic', role: 'COUNCIL_MEMBER', joined: '2024-05-20' },
      { orgKey: 'cq-construction-voc-college', role: 'MEMBER', joined: '2024-05-20' },
      { orgKey: 'chinalco-high-end-mfg', role: 'MEMBER', joined: '2024-08-08' },
    ],
    source:
      '003: 建成万达开、泸永江、合广长3个跨区域的城市产教联合体 (合川、广安、长寿); members echo “广职融圈”. Name is a short label; tier PARK_LED and lead 长寿经开区 assumed',
  },

  // ---- Park-led ----
  {
    key: 'changshou-park',
    name: '长寿经开区产教联合体',
    tier: 'PARK_LED',
    kind: 'CITY',
    districtCodes: ['500115'],
    clusterCode: 'ADV-MAT',
    leadKey: 'changshou-econ-dev-zone',
    members: [
      { orgKey: 'changshou-econ-dev-zone', role: 'COUNCIL_CHAIR', joined: '2024-01-09' },
      { orgKey: 'cq-chemical-voc-college', role: 'COUNCIL_VICE_CHAIR', joined: '2024-01-09' },
      { orgKey: 'chinalco-high-end-mfg', role: 'COUNCIL_MEMBER', joined: '2024-02-26' },
      { orgKey: 'southwest-univ', role: 'COUNCIL_MEMBER', joined: '2024-02-26' },
      { orgKey: 'cq-construction-voc-college', role: 'MEMBER', joined: '2024-04-30' },
      { orgKey: 'catl', role: 'MEMBER', joined: '2025-03-17' },
    ],
    source: '001: 长寿经开区聚合资源、统筹布局，推进市域产教联合体实体化运行. Name is a short label (the document gives none); cluster assumed',
  },

  // ---- Demo consortia (not named in the documents) ----
  {
    key: 'yuche-chuhai-demo',
    name: '渝车出海产教联合体（演示）',
    tier: 'INDUSTRY_LED',
    kind: 'CITY',
    districtCodes: ['500105'],
    clusterCode: 'ICV-NEV',
    leadKey: 'changan-auto',
    members: [
      { orgKey: 'changan-auto', role: 'COUNCIL_CHAIR', joined: '2024-09-10' },
      { orgKey: 'cq-industry-polytechnic', role: 'COUNCIL_VICE_CHAIR', joined: '2024-09-10' },
      { orgKey: 'cq-electronic-eng-voc-college', role: 'COUNCIL_VICE_CHAIR', joined: '2024-09-10' },
      { orgKey: 'liangjiang-admin', role: 'COUNCIL_MEMBER', joined: '2024-09-10' },
      { orgKey: 'cq-jiaotong-voc-college', role: 'MEMBER', joined: '2025-02-14' },
      { orgKey: 'bosch', role: 'MEMBER', joined: '2025-03-03' },
    ],
    source: 'demo consortium. Idea from 001 (“渝车出海”等重大项目) and 003 (长安汽车全球培训中心, 哈萨克斯坦长安汽车中文工坊)',
  },
  {
    key: 'food-waste-demo',
    name: '餐厨废弃物资源化产教联合体（演示）',
    tier: 'INDUSTRY_LED',
    kind: 'CITY',
    districtCodes: ['510100', '500116'],
    clusterCode: null,
    leadKey: 'lixinglong',
    members: [
      { orgKey: 'lixinglong', role: 'COUNCIL_CHAIR', joined: '2025-01-08' },
      { orgKey: 'cq-eng-polytechnic', role: 'COUNCIL_VICE_CHAIR', joined: '2025-01-08' },
      { orgKey: 'chengdu-xindu-hitech-park', role: 'COUNCIL_MEMBER', joined: '2025-01-08' },
      { orgKey: 'sichuan-univ', role: 'COUNCIL_MEMBER', joined: '2025-03-12' },
      { orgKey: 'cq-iur-promotion-assoc', role: 'MEMBER', joined: '2025-05-20' },
      { orgKey: 'jintang-voc-high-school', role: 'MEMBER', joined: '2025-06-18' },
    ],
    source: 'demo consortium. Idea from 003 (利兴龙携手重庆工程职业技术学院, 餐厨废弃物循环利用联合生物加工工厂)',
  },
  {
    key: 'cy-logistics-demo',
    name: '成渝国际物流产教联合体（演示）',
    tier: 'SCHOOL_LED',
    kind: 'CITY',
    districtCodes: ['500106', '511500', '511600'],
    clusterCode: 'MOD-SERV',
    leadKey: 'cq-city-mgmt-voc-college',
    members: [
      { orgKey: 'cq-city-mgmt-voc-college', role: 'COUNCIL_CHAIR', joined: '2025-03-01' },
      { orgKey: 'cy-logistics-talent-data-center', role: 'COUNCIL_VICE_CHAIR', joined: '2025-03-01' },
      { orgKey: 'cq-edu-commission', role: 'COUNCIL_MEMBER', joined: '2025-03-01' },
      { orgKey: 'yibin-polytechnic', role: 'COUNCIL_MEMBER', joined: '2025-04-10' },
      { orgKey: 'guangan-polytechnic', role: 'MEMBER', joined: '2025-04-10' },
      { orgKey: 'changan-auto', role: 'MEMBER', joined: '2025-06-05' },
    ],
    source: 'demo consortium. Idea from 003 (重庆城市管理职业学院联合川渝10所高职院校…共建“成渝国际物流人才大数据中心”)',
  },
  {
    key: 'smart-mfg-digital-demo',
    name: '智能制造与数字技术产教联合体（演示）',
    tier: 'SCHOOL_LED',
    kind: 'CITY',
    districtCodes: ['500153'],
    clusterCode: 'SMART-EQ',
    leadKey: 'cq-smart-eng-voc-college',
    members: [
      { orgKey: 'cq-smart-eng-voc-college', role: 'COUNCIL_CHAIR', joined: '2025-05-12' },
      { orgKey: 'huawei', role: 'COUNCIL_VICE_CHAIR', joined: '2025-05-12' },
      { orgKey: 'cq-edu-commission', role: 'COUNCIL_MEMBER', joined: '2025-05-12' },
      { orgKey: 'cq-second-normal-univ', role: 'COUNCIL_MEMBER', joined: '2025-07-01' },
      { orgKey: 'moe-cq-voc-research-center', role: 'COUNCIL_MEMBER', joined: '2025-07-01' },
      { orgKey: 'seres-auto', role: 'MEMBER', joined: '2025-10-20' },
      { orgKey: 'cq-edu-strategy-society', role: 'MEMBER', joined: '2026-03-16' },
    ],
    source: 'demo consortium. Idea from 004 (学习借鉴…重庆智能工程职业学院与华为公司等校企联合、产教融合经验)',
  },
];
