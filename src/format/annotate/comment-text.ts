// What a Word comment says about one finding: severity and rule id, the message, the section path.
import type { LintMessage } from '../../engine/result.js';
import type { Locale } from '../../engine/rule.js';
import { reviewText, severityWord } from '../../i18n/review.js';

/** The comment's paragraphs. */
export function commentText(m: LintMessage, locale: Locale): string[] {
  const lines = [reviewText('commentHead', locale, { severity: severityWord(m.severity, locale), rule: m.ruleId }), m.message];
  if (m.section.length) lines.push(reviewText('commentSection', locale, { section: m.section.join(' › ') }));
  return lines;
}
