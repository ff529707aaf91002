// Messages of the tool itself (not of rules): fatal read errors, internal errors, CLI text. zh-CN first.
import { formatMessage, type Locale, type Localized } from './locale.js';

export const coreMessages = {
  internalError: {
    'zh-CN': '规则 {rule} 在本文件上运行出错（{reason}），其余规则结果不受影响；请把此文件和本消息报告给 reportlint 维护者',
    en: 'rule {rule} failed on this file ({reason}); the other rules ran normally. Please report this file and message to the reportlint maintainers',
  },
} satisfies Record<string, Localized>;

export type CoreMessageId = keyof typeof coreMessages;

export function coreMessage(id: CoreMessageId, locale: Locale, data?: Record<string, string | number>): string {
  return formatMessage(coreMessages[id][locale], data);
}
