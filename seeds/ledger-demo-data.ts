import ExcelJS from 'exceljs';

/**
 * The two task lists at the end of seeds/002 (永川区“十四五”职业教育发展规划, 附件 1 永川区任务清单 and
 * 附件 2 职业院校任务清单), verbatim in their tasks (序号, 任务内容) and units (牵头单位 / 责任单位); lines
 * the PDF broke are joined. The 目标值 column is read off the task where it names one value
 * (demo: our reading), and the 完成时限 is demo (the end of the demo ledger's year).
 */
export interface DemoListTask {
  seq: string;
  title: string;
  lead?: string;
  responsible?: string;
  target?: string;
}

export const DEMO_LEDGER_YEAR = 2026;
export const DEMO_LEDGER_DUE = '2026-12-31';
/** 永川区 (GB/T 2260). */
export const YONGCHUAN = '500118';

export const YONGCHUAN_LIST_NAME = '永川区任务清单';
export const YONGCHUAN_TASKS: readonly DemoListTask[] = [
  { seq: '1', title: '支持重庆文理学院申硕建大', lead: '永川高新区管委会' },
  { seq: '2', title: '高起点创建重庆技术大学', lead: '永川高新区管委会' },
  { seq: '3', title: '职业教育综合用地面积达 20 平方公里', lead: '区规划自然资源局', target: '20 平方公里' },
  { seq: '4', title: '应用型大学 3所；职业教育本科院校 1所；职业教育专科院校 10 所；中职学校 5所', lead: '永川高新区管委会' },
  { seq: '5', title: '职教学生规模达到 20 万人以上', lead: '永川高新区管委会', target: '20 万人' },
  {
    seq: '6',
    title: '创建乡村振兴创新创业创意大赛、智能汽车创新大赛、传统绝技绝艺创新大赛、永川秀芽中华茶艺大赛等 10 个品牌赛事',
    lead: '区人力社保局',
    target: '10 个',
  },
  { seq: '7', title: '中职教育与普通教育比例为 4.5:5.5', lead: '区教委', target: '4.5:5.5' },
  { seq: '8', title: '建设劳动教育基地不少于 5个、职业启蒙基地不少于 5个', lead: '区教委' },
  { seq: '9', title: '建设社区学院、市民学院不少于 8个', lead: '永川高新区管委会', target: '8 个' },
  { seq: '10', title: '建设老年教育示范校（基地）不少于 10 个', lead: '永川高新区管委会', target: '10 个' },
  { seq: '11', title: '永川建成国家级产教融合型城市', lead: '区发展改革委' },
  { seq: '12', title: '建成市级及以上产教融合型企业 2家', lead: '区发展改革委', target: '2 家' },
  { seq: '13', title: '依托优质企业建立市级及以上示范性教师企业实践流动站 5个', lead: '区发展改革委', target: '5 个' },
  { seq: '14', title: '建设工程师学院、产业学院 12 个', lead: '区发展改革委', target: '12 个' },
  { seq: '15', title: '建立供需融合大数据平台', lead: '区发展改革委' },
  { seq: '16', title: '建设高层次科研创新平台不少于 10 个', lead: '区科技局', target: '10 个' },
  { seq: '17', title: '建成科技创新团队不少于 5个', lead: '区科技局', target: '5 个' },
  { seq: '18', title: '技术服务产值年增长率不低于 10%', lead: '区科技局', target: '10%' },
  { seq: '19', title: '科技成果转化不少于 150 个，技术服务促进企业产值年增长率 10%', lead: '区科技局' },
  { seq: '20', title: '每年举办技能型社会、西部职教高峰论坛等论坛活动 3-4次', lead: '永川高新区管委会', target: '3-4 次' },
];

export const SCHOOL_LIST_NAME = '职业院校任务清单';
export const SCHOOL_TASKS: readonly DemoListTask[] = [
  { seq: '1', title: '建设“三全育人”典型学校 2所以上', responsible: '各职业院校', target: '2 所' },
  { seq: '2', title: '建设思想政治课教学创新团队 5个，建设思想政治课示范课堂 15 个', responsible: '各职业院校' },
  { seq: '3', title: '建设特色德育案例 5个、具有职业教育特点的课程思政教育案例 20 个', responsible: '各职业院校' },
  { seq: '4', title: '建设一批课程思政示范课程、课程思政教学名师和团队、课程思政教学研究示范中心', responsible: '各职业院校' },
  { seq: '5', title: '重庆文理学院 2021 年成为硕士授权单位，2030 年前更名为大学', responsible: '重庆文理学院' },
  { seq: '6', title: '国家“双高”计划学校 1所，专业群 2个', responsible: '各高职院校' },
  { seq: '7', title: '国家“双优”计划学校 2所，专业 4个', responsible: '各中职院校' },
  { seq: '8', title: '国家级课程 20 门，市级课程 100 门', responsible: '各职业院校' },
  { seq: '9', title: '国家规划教材 15 种，市级优秀教材 30 种', responsible: '各职业院校' },
  {
    seq: '10',
    title: '世界技能大赛、全国职业技能大赛、数学建模大赛、电子设计大赛、西门子杯中国智能制造挑战赛等国际国内权威赛事获奖不少于 60 项',
    responsible: '各职业院校',
    target: '60 项',
  },
  { seq: '11', title: '每年培养工程师不少于 500 名，能够到其他职业院校从事工程师培养的老师至少 30 人', responsible: '各职业院校' },
  { seq: '12', title: '“课堂革命”典型案例 20 个，国家教育评价改革典型案例不少于 10 个', responsible: '各职业院校' },
  { seq: '13', title: '中职-高职（3+2）贯通培养比例不少于 60%，高职-本科（3+2）贯通培养比例不少于 10%', responsible: '各职业院校' },
  { seq: '14', title: '建立成渝地区双城经济圈职教联盟 5个，建成市级及以上职教集团 6个', responsible: '各职业院校' },
  { seq: '15', title: '建成市级及以上产教融合示范基地或仿真实习实训基地 9个', responsible: '各职业院校', target: '9 个' },
  { seq: '16', title: '市级及以上产业学院等办学项目 8个', responsible: '各职业院校', target: '8 个' },
  { seq: '17', title: '职业院校师生比达到 18:1', responsible: '各职业院校', target: '18:1' },
  { seq: '18', title: '“双师型”教师占专任教师的比例不少于 60%', responsible: '各职业院校', target: '60%' },
  { seq: '19', title: '市级及以上职教名师 2名', responsible: '各职业院校', target: '2 名' },
  { seq: '20', title: '市级及以上名校长工作室 2个', responsible: '各职业院校', target: '2 个' },
  { seq: '21', title: '市级及以上教学创新团队 8个', responsible: '各职业院校', target: '8 个' },
  { seq: '22', title: '市级及以上技能大师不少于 30 人', responsible: '各职业院校', target: '30 人' },
  { seq: '23', title: '市级及以上重庆英才等拔尖创新人才不少于 50 人', responsible: '各职业院校', target: '50 人' },
  { seq: '24', title: '博士学位教师比例不少于 30%', responsible: '各职业院校', target: '30%' },
  { seq: '25', title: '每年产生可复制、可推广引领职业教育发展的示范性典型经验和案例成果不少于 12 项', responsible: '各职业院校', target: '12 项' },
  { seq: '26', title: '建立教师海外研修中心 3-4个', responsible: '各职业院校', target: '3-4 个' },
  { seq: '27', title: '“一带一路”沿线国家建立“鲁班工坊”2-3个', responsible: '各职业院校', target: '2-3 个' },
  { seq: '28', title: '开展国际员工培训达到 1000 人次', responsible: '各职业院校', target: '1000 人次' },
  { seq: '29', title: '研制行业技术标准和教学标准 10 个', responsible: '各职业院校', target: '10 个' },
  { seq: '30', title: '建设国际化在线开放课程 50 门，中文+技能国际培训课程 30 门', responsible: '各职业院校' },
];

/**
 * A task list as the XLSX a user would upload: the headers 序号, 任务内容, 牵头单位, 责任单位, 目标值,
 * 完成时限; 序号 as a number cell and 完成时限 as a date cell, as Excel saves them.
 */
export async function taskListWorkbook(tasks: readonly DemoListTask[], dueOn: string = DEMO_LEDGER_DUE): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('任务清单');
  sheet.addRow(['序号', '任务内容', '牵头单位', '责任单位', '目标值', '完成时限']);
  for (const t of tasks) sheet.addRow([Number(t.seq), t.title, t.lead ?? '', t.responsible ?? '', t.target ?? '', new Date(`${dueOn}T00:00:00Z`)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
