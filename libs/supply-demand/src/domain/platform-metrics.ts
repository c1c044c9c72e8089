/**
 * What an indicator of an evaluation scheme may take from the platform (source PLATFORM) for the
 * round's quarter, per consortium: 技术服务到款额 (in 万元, two decimals), 订单班人数, 就业安置人数,
 * 需求响应率 (per cent, two decimals).
 */
export const PLATFORM_METRICS = ['SD_SERVICE_INCOME', 'SD_ORDER_CLASS_STUDENTS', 'SD_STUDENTS_PLACED', 'SD_RESPONSE_RATE'] as const;
export type PlatformMetric = (typeof PLATFORM_METRICS)[number];
