// Messages of the tool itself (not of rules): fatal read errors, internal errors, CLI text. zh-CN first.
import { formatMessage, type Locale, type Localized } from './locale.js';

const coreMessages = {
  internalError: {
    'zh-CN': '规则 {rule} 在本文件上运行出错（{reason}），其余规则结果不受影响；请把此文件和本消息报告给 reportlint 维护者',
    en: 'rule {rule} failed on this file ({reason}); the other rules ran normally. Please report this file and message to the reportlint maintainers',
  },
  directiveHonoured: {
    'zh-CN': '本报告含有关闭检查的指令「{text}」，已生效：{scope}的检查结果未显示。审核他人报告时可用 --no-inline-config 忽略这类指令',
    en: 'this report contains a directive that turns checks off ("{text}"); it was honoured: findings of {scope} are not shown. When reviewing reports from others, --no-inline-config ignores such directives',
  },
  directiveIgnored: {
    'zh-CN': '本报告含有关闭检查的指令「{text}」，已按 --no-inline-config 忽略，{scope}的检查结果照常显示',
    en: 'this report contains a directive that turns checks off ("{text}"); it was ignored (--no-inline-config): findings of {scope} are shown',
  },
  directiveAllRules: {
    'zh-CN': '全部规则',
    en: 'all rules',
  },
  readerFailed: {
    'zh-CN': '无法解析此文件（读取器内部错误）。{advice}如仍出错请把文件报告给维护者',
    en: 'the file could not be parsed (internal reader error). {advice}Report the file to the maintainers if it persists',
  },
} satisfies Record<string, Localized>;

export type CoreMessageId = keyof typeof coreMessages;

export function coreMessage(id: CoreMessageId, locale: Locale, data?: Record<string, string | number>): string {
  return formatMessage(coreMessages[id][locale], data);
}
