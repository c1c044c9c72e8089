/**
 * Administrative divisions (GB/T 2260) the platform knows: GB/T 2260 administrative division codes (Chongqing's 38 districts and counties; Sichuan units named in the documents for cross-region consortia).
 * Copied from the project's shared data; a district system's API client and an organization's
 * district must be one of these.
 */
export interface District {
  code: string;
  name: string;
  province: string;
}

export const DISTRICTS: readonly District[] = [
  { code: '500101', name: '万州区', province: '重庆市' },
  { code: '500102', name: '涪陵区', province: '重庆市' },
  { code: '500103', name: '渝中区', province: '重庆市' },
  { code: '500104', name: '大渡口区', province: '重庆市' },
  { code: '500105', name: '江北区', province: '重庆市' },
  { code: '500106', name: '沙坪坝区', province: '重庆市' },
  { code: '500107', name: '九龙坡区', province: '重庆市' },
  { code: '500108', name: '南岸区', province: '重庆市' },
  { code: '500109', name: '北碚区', province: '重庆市' },
  { code: '500110', name: '綦江区', province: '重庆市' },
  { code: '500111', name: '大足区', province: '重庆市' },
  { code: '500112', name: '渝北区', province: '重庆市' },
  { code: '500113', name: '巴南区', province: '重庆市' },
  { code: '500114', name: '黔江区', province: '重庆市' },
  { code: '500115', name: '长寿区', province: '重庆市' },
  { code: '500116', name: '江津区', province: '重庆市' },
  { code: '500117', name: '合川区', province: '重庆市' },
  { code: '500118', name: '永川区', province: '重庆市' },
  { code: '500119', name: '南川区', province: '重庆市' },
  { code: '500120', name: '璧山区', province: '重庆市' },
  { code: '500151', name: '铜梁区', province: '重庆市' },
  { code: '500152', name: '潼南区', province: '重庆市' },
  { code: '500153', name: '荣昌区', province: '重庆市' },
  { code: '500154', name: '开州区', province: '重庆市' },
  { code: '500155', name: '梁平区', province: '重庆市' },
  { code: '500156', name: '武隆区', province: '重庆市' },
  { code: '500229', name: '城口县', province: '重庆市' },
  { code: '500230', name: '丰都县', province: '重庆市' },
  { code: '500231', name: '垫江县', province: '重庆市' },
  { code: '500233', name: '忠县', province: '重庆市' },
  { code: '500235', name: '云阳县', province: '重庆市' },
  { code: '500236', name: '奉节县', province: '重庆市' },
  { code: '500237', name: '巫山县', province: '重庆市' },
  { code: '500238', name: '巫溪县', province: '重庆市' },
  { code: '500240', name: '石柱土家族自治县', province: '重庆市' },
  { code: '500241', name: '秀山土家族苗族自治县', province: '重庆市' },
  { code: '500242', name: '酉阳土家族苗族自治县', province: '重庆市' },
  { code: '500243', name: '彭水苗族土家族自治县', province: '重庆市' },
  { code: '510100', name: '成都市', province: '四川省' },
  { code: '510121', name: '金堂县', province: '四川省' },
  { code: '510500', name: '泸州市', province: '四川省' },
  { code: '510900', name: '遂宁市', province: '四川省' },
  { code: '511000', name: '内江市', province: '四川省' },
  { code: '511500', name: '宜宾市', province: '四川省' },
  { code: '511600', name: '广安市', province: '四川省' },
  { code: '511700', name: '达州市', province: '四川省' },
];

const BY_CODE = new Map(DISTRICTS.map((d) => [d.code, d]));

export const districtByCode = (code: string): District | undefined => BY_CODE.get(code);
