// Template leftovers and Word conversion artifacts in a text: XX/××/某某, 【请填写…】, （此处填写…）, 待补充,
// "[bookmark: _GoBack]", "错误！未定义书签。", {{…}}, ______, "(参考提纲)", "(200字以内)", "指标1：……".
export type PlaceholderKind = 'mask' | 'prompt' | 'pending' | 'artifact' | 'field' | 'blank' | 'outline' | 'ellipsis';

export interface PlaceholderHit {
  kind: PlaceholderKind;
  start: number;
  end: number;
  text: string;
}

const CJK = '\\u3400-\\u9fff';
// `need`: a character every match contains, tested first (most texts have none, and one class scan is far cheaper
// than the pattern's own scan).
const PATTERNS: { kind: PlaceholderKind; re: RegExp; need?: RegExp }[] = [
  // XX县, XXX万元, ××单位, 某某: masks instead of a name or a figure. Not inside Latin words (XXL, Xbox).
  { kind: 'mask', re: new RegExp(`(?<![A-Za-z0-9])(?:[XＸ]{2,}|[xｘ]{2,}(?=[${CJK}0-9%％])|(?<=[${CJK}])[xｘ]{2,})(?![A-Za-z])|×{2,}|＊{2,}|○{2,}(?=[${CJK}])|某某+`, 'g'), need: /[XＸxｘ×＊○某]/ },
  // 【请填写…】 【此处…】 【填报说明】 and （此处填写…） （请填写…） （填写…）
  { kind: 'prompt', re: /【[^】\n]{0,40}(?:填写|填报|请|此处|输入)[^】\n]{0,40}】|[（(](?:此处|在此|此栏|填写|请(?:填|输入|在此|根据|按照|说明|列明|简要|简述|描述|补充|注明|详细)|根据实际[^）)\n]{0,20}(?:填写|填报|选择))[^）)\n]{0,60}[）)]/g, need: /[【（(]/ },
  // 待补充 / 待定 / 待填 — not "有待补充", and not 待完善 / 待核实, which are real statements of a problem.
  { kind: 'pending', re: /(?<![有尚仍亟还需急等期])待(?:补充|填写|填|定)(?![额期])|\b(?:TBD|TODO|FIXME)\b/g, need: /[待TF]/ },
  // Word/WPS residue
  { kind: 'artifact', re: /\[bookmark:[^\]\n]*\]|错误[！!]\s*未定义书签[。.]?|错误[！!]\s*未找到引用源[。.]?|Error!\s*(?:Bookmark not defined|Reference source not found)\.?|PAGEREF\s+_Toc\d+(?:\s*\\h)?|\bTOC\s+\\[ohzu][^\n]{0,30}|\bMERGEFIELD\s+\S+|_Toc\d{6,}/g, need: /[[错EPTM_]/ },
  // template engine fields
  { kind: 'field', re: /\{\{[^{}\n]{0,60}\}\}|\$\{[^{}\n]{1,60}\}/g, need: /[{$]/ },
  // fill-in lines
  { kind: 'blank', re: /_{4,}|＿{2,}/g, need: /[_＿]/ },
  // outline notes of a template
  { kind: 'outline', re: /[（(](?:参考提纲|提纲|\d+字(?:以内|左右|以下)|不超过\d+字|限\d+字(?:以内)?|选填|必填|可选|示例|样例|范例)[）)]/g, need: /[（(]/ },
  // "指标1：……", "指标名称：……", or a cell/paragraph that is only an ellipsis
  { kind: 'ellipsis', re: /(?:指标\s*\d+|指标名称|内容|说明)\s*[：:]\s*(?:…{1,}|\.{3,}|。{3,})|^\s*(?:…{1,}|\.{6,}|。{3,})\s*$/g, need: /[指内说]|^\s*[….。]/ },
];

// A fill-in line next to 签字/盖章 is where the signature goes on the printed report, not a gap in the text.
const SIGN_HERE = /(签字|签名|签章|盖章|公章|印章|手签)[）)]?\s*[：:]?\s*$/;

/** Placeholders in one text (placeholder; empty-section: a section holding only a prompt counts as empty). */
export function findPlaceholders(text: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  for (const { kind, re, need } of PATTERNS) {
    if (need && !need.test(text)) continue;
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      if (kind === 'blank' && SIGN_HERE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (kind === 'mask' && isInsideQuotedExample(text, m.index)) continue;
      hits.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start).filter((h, i, all) => i === 0 || h.start >= all[i - 1]!.end);
}

/** True when the text has nothing but placeholders, punctuation and blanks (a template prompt left as content). */
export function isOnlyPlaceholder(text: string): boolean {
  const hits = findPlaceholders(text);
  if (hits.length === 0) return false;
  let rest = text;
  for (const h of [...hits].reverse()) rest = rest.slice(0, h.start) + rest.slice(h.end);
  return rest.replace(/[\s\p{P}\p{S}]/gu, '').length === 0;
}

// "如'某某同志'" in a quoted example of wording is not a gap.
function isInsideQuotedExample(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 6), at);
  return /[如例][：:]?\s*[“"‘]$/.test(before);
}
