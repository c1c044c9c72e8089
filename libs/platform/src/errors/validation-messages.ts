/**
 * Chinese beside class-validator's English messages. class-validator speaks English only; its
 * default messages are fixed templates, so the Chinese is built from the constraint and the
 * figures the English names (a limit, the allowed values). Messages a DTO writes itself are
 * translated by their exact text (`CUSTOM_MESSAGES_ZH`); test/validation-messages.spec.ts checks
 * every one of them has its Chinese.
 */

/** The Chinese of the messages DTOs give their own constraints. */
export const CUSTOM_MESSAGES_ZH: Readonly<Record<string, string>> = {
  'username must be 3–64 characters of letters, digits, . _ -': '用户名应为 3–64 个字母、数字或 . _ -',
  'password must be 12 to 256 characters': '密码应为 12–256 个字符',
  'districtCode must be 6 digits': '区县代码应为 6 位数字',
  'each evidence item must be a SHA-256 in lower-case hex': '每项佐证应为小写十六进制的 SHA-256',
  'each participants item must be an organization id (UUID)': '每个参与单位应为单位 ID（UUID）',
  'code must be upper-case letters, digits, _ or -': '代码应由大写字母、数字、_ 或 - 组成',
  'platformSource must be upper-case letters, digits, _ or -': '平台取数指标代码应由大写字母、数字、_ 或 - 组成',
  'districtCodes must be 6-digit GB/T 2260 codes': '区县代码应为 6 位 GB/T 2260 代码',
  'code must be a quarter such as 2026Q3': '代码应为季度，如 2026Q3',
  'after must be a cursor returned by this feed': 'after 应为本变更流返回的游标',
  'code must be 2–32 characters of A–Z, 0–9 and -': '代码应为 2–32 个 A–Z、0–9 或 - 字符',
  'quarter must be a quarter YYYYQn, e.g. 2026Q3': '季度应写作 YYYYQn，如 2026Q3',
  'each districtCodes entry must be 6 digits': '每个区县代码应为 6 位数字',
  'districtCode must be a 6-digit GB/T 2260 code': '区县代码应为 6 位数字（GB/T 2260）',
  'uscc must be 18 letters or digits': '统一社会信用代码应为 18 位字母或数字',
};

const NAME_PROBLEMS_ZH: Record<string, string> = {
  nameEmpty: '名称不能为空',
  nameControlCharacter: '名称不能含有控制字符',
  nameLength: '名称长度不符合要求',
};

const numberIn = (message: string, pattern: RegExp): string | undefined => pattern.exec(message)?.[1];

/** The Chinese of one failed constraint of `field`, given class-validator's English message. */
export function validationMessageZh(constraint: string, field: string, message: string): string {
  const custom = CUSTOM_MESSAGES_ZH[message];
  if (custom) return `${field}：${custom}`;
  // A constraint that already speaks Chinese (the name rules) is kept as it is.
  if (/\p{Script=Han}/u.test(message)) return message;
  const each = /^each value in /.test(message) ? '的每一项' : '';
  const subject = `${field}${each}`;
  switch (constraint) {
    case 'whitelistValidation':
      return `${field} 不是可接受的字段`;
    case 'isDefined':
      return `${field} 必填`;
    case 'nestedValidation':
      return `${field} 应为对象或数组`;
    case 'isString':
      return `${subject} 应为文本`;
    case 'isIn':
      return `${subject} 应为以下取值之一：${message.split(': ').slice(1).join(': ')}`;
    case 'isInt':
      return `${subject} 应为整数`;
    case 'isNumber':
      return `${subject} 应为数字`;
    case 'isDecimalNumber': {
      const places = /at most (\d+) decimal places/.exec(message)?.[1];
      return `${subject} 应为数字${places ? `，最多 ${places} 位小数` : ''}`;
    }
    case 'isBoolean':
      return `${subject} 应为 true 或 false`;
    case 'isObject':
      return `${subject} 应为对象`;
    case 'isArray':
      return `${subject} 应为数组`;
    case 'isUuid':
      return `${subject} 应为 UUID`;
    case 'min':
      return `${subject} 不能小于 ${numberIn(message, /less than (-?[\d.]+)/) ?? ''}`.trim();
    case 'max':
      return `${subject} 不能大于 ${numberIn(message, /greater than (-?[\d.]+)/) ?? ''}`.trim();
    case 'length':
    case 'maxLength':
    case 'minLength': {
      const longer = numberIn(message, /longer than or equal to (\d+)/);
      const shorter = numberIn(message, /shorter than or equal to (\d+)/);
      if (longer) return `${subject} 不能少于 ${longer} 个字符`;
      if (shorter) return `${subject} 不能多于 ${shorter} 个字符`;
      return `${subject} 长度不符合要求`;
    }
    case 'arrayMinSize':
      return `${field} 至少应有 ${numberIn(message, /at least (\d+)/) ?? ''} 项`;
    case 'arrayMaxSize':
      return `${field} 最多 ${numberIn(message, /no more than (\d+)/) ?? ''} 项`;
    case 'arrayUnique':
      return `${field} 的各项不得重复`;
    case 'matches':
      return `${subject} 格式不正确`;
    case 'isCalendarDate':
      return `${field} 应为真实的日历日期 YYYY-MM-DD（${message.match(/between (.*)$/)?.[1]?.replace(' and ', ' 至 ') ?? ''}）`;
    case 'isDateTime': {
      const years = /between the years (\d+) and (\d+)/.exec(message);
      const orDate = /or a calendar date/.test(message) ? '或日历日期 YYYY-MM-DD' : '';
      return `${field} 应为带时区的时间（如 2026-10-15T23:59:59+08:00）${orDate}${years ? `，年份在 ${years[1]} 至 ${years[2]} 之间` : ''}`;
    }
    default:
      if (constraint in NAME_PROBLEMS_ZH) return `${field}：${NAME_PROBLEMS_ZH[constraint]}`;
      return `${field} 不符合要求`;
  }
}
