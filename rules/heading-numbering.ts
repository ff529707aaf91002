// Heading and list numbering per GB/T 9704-2012 7.3.3 (一、 > （一） > 1. > （1）): one form per level, sequences
// without gaps, repeats or restarts, paired brackets of one width, nothing between the label and the text, and one
// list marker style per list. Word's automatic numbering counts like typed numbering.
import { z } from 'zod';
import { defineRule, formatLabel, kindRank, leadingSpace, type HeadingNode, type LabelKind, type NumberingLabel, type ParagraphNode, type RootNode, type SectionNode, type Severity } from '../src/rule-kit.js';

type Labelled = { node: HeadingNode | ParagraphNode; label: NumberingLabel };

const FULL_OPEN = '（';
const FULL_CLOSE = '）';
const isParen = (k: LabelKind) => k === 'paren-chinese' || k === 'paren-arabic';

/** The marker style of a label apart from its number: "、" / "." / "．" / ")" for 1. labels; brackets otherwise. */
function markerStyle(label: NumberingLabel): string {
  if (isParen(label.kind)) return `${label.open ?? ''}${label.close ?? ''}`;
  return label.close ?? label.suffix ?? '';
}

/** The label written with a given kind and value in the group's own style (brackets always full width). */
function labelLike(kind: LabelKind, value: number, style?: NumberingLabel): string {
  if (kind === 'arabic' && style?.kind === 'arabic') {
    return style.close ? formatLabel('arabic', value, { close: style.close }) : formatLabel('arabic', value, { suffix: style.suffix ?? '.' });
  }
  if (kind === 'multi-level' && style?.path) return formatLabel(kind, value, { parentPath: style.path.slice(0, -1) });
  return formatLabel(kind, value);
}

function labelSpan(item: Labelled): [number, number] {
  const start = leadingSpace(item.node.text);
  return [start, Math.min(item.node.text.length, start + item.label.raw.length)];
}

function majority<T>(values: T[], tieBreak: (tied: T[]) => T): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const max = Math.max(...counts.values());
  const top = [...counts.entries()].filter(([, c]) => c === max).map(([v]) => v);
  return top.length === 1 ? top[0]! : tieBreak(top);
}

export default defineRule({
  meta: {
    id: 'heading-numbering',
    description: {
      'zh-CN': '标题和列表编号符合 GB/T 9704-2012（一、（一）1.（1））：同级同一形式、连续不重复、括号成对同宽、编号后无多余标点、同一列表编号样式统一',
      en: 'Heading and list numbering follows GB/T 9704-2012 (一、 （一） 1. （1）): one form per level, no gaps or repeats, paired brackets of one width, no stray punctuation, one marker style per list',
    },
    defaultSeverity: 'error',
    options: z.object({
      /** Check numbered body paragraphs (list items) as well as headings. */
      lists: z.boolean().default(true),
      /** Report a level that reuses or outranks its parent's form (（一） under （二）). */
      inversions: z.boolean().default(true),
    }),
    messages: {
      mixedForm: {
        'zh-CN': '编号「{found}」与同级标题「{siblings}」形式不一致，应为「{expected}」',
        en: 'label "{found}" does not match the form of its sibling headings ("{siblings}"); expected "{expected}"',
      },
      sequence: {
        'zh-CN': '编号「{found}」不连续（前一个是「{previous}」），应为「{expected}」',
        en: 'label "{found}" breaks the sequence (previous: "{previous}"); expected "{expected}"',
      },
      firstValue: {
        'zh-CN': '本级第一个编号是「{found}」，应为「{expected}」',
        en: 'the first label of this level is "{found}"; expected "{expected}"',
      },
      unpairedBracket: {
        'zh-CN': '编号「{found}」的括号不成对（「{open}」配「{close}」），应为「{expected}」',
        en: 'label "{found}" has mismatched brackets ("{open}" with "{close}"); expected "{expected}"',
      },
      strayPunctuation: {
        'zh-CN': '编号「{found}」后多了「{extra}」，应为「{expected}」',
        en: 'label "{found}" is followed by a stray "{extra}"; expected "{expected}"',
      },
      chineseSuffix: {
        'zh-CN': '编号「{found}」应使用顿号，应为「{expected}」',
        en: 'label "{found}" should end with "、"; expected "{expected}"',
      },
      bracketWidth: {
        'zh-CN': '编号「{found}」用了半角括号，本文其他编号用全角括号，应为「{expected}」',
        en: 'label "{found}" uses half-width brackets while the other labels use full-width ones; expected "{expected}"',
      },
      listStyle: {
        'zh-CN': '同一列表中编号样式不统一：「{found}」与其他各项的「{style}」不同，应为「{expected}」',
        en: 'mixed marker styles in one list: "{found}" differs from the "{style}" of the other items; expected "{expected}"',
      },
      inversion: {
        'zh-CN': '「{found}」是「{parent}」的下级，却使用了同级或更高一级的编号形式；按 GB/T 9704-2012 层次依次为「一、」「（一）」「1.」「（1）」，此处应为「{expected}」',
        en: '"{found}" is nested under "{parent}" but uses the same or a higher-level form; GB/T 9704-2012 orders levels 一、 （一） 1. （1）, so expected "{expected}"',
      },
    },
    tags: ['structure', 'numbering', 'GB/T 9704'],
  },
  check({ doc, options, report }) {
    const reportAt = (item: Labelled, messageId: string, data: Record<string, string>, severity?: Severity) => {
      report({ messageId, data: { found: item.label.raw, ...data }, node: item.node, span: labelSpan(item), severity });
    };

    const all: Labelled[] = [];
    // The form each heading's level really uses (a "（3）" among "（一）（二）" stands for a （一）-form heading).
    const levelKind = new Map<HeadingNode, LabelKind>();
    const labelledHeading = (s: SectionNode): Labelled | undefined => (s.heading.label ? { node: s.heading, label: s.heading.label } : undefined);

    // 1. Sibling headings: one form, one style, one sequence per parent.
    const visitParent = (parent: RootNode | SectionNode) => {
      const siblings = parent.children.filter((c): c is SectionNode => c.type === 'section');
      const items = siblings.map(labelledHeading).filter((x): x is Labelled => x !== undefined);
      const parentLabel = parent.type === 'section' ? parent.heading.label : undefined;
      all.push(...items);
      if (items.length) checkGroup(items, parentLabel, parent.type === 'section' ? parent.heading : undefined, parent);
      for (const s of siblings) visitParent(s);
    };

    const checkGroup = (items: Labelled[], parentLabel: NumberingLabel | undefined, parentHeading: HeadingNode | undefined, parentNode: RootNode | SectionNode) => {
      const parentKind = parentHeading ? levelKind.get(parentHeading) ?? parentLabel?.kind : undefined;
      const expectedByParent = parentLabel && parentKind ? expectedChildKind({ ...parentLabel, kind: parentKind }) : expectedChildKind(undefined);
      const kind = majority(items.map((i) => i.label.kind), (tied) => (expectedByParent && tied.includes(expectedByParent) ? expectedByParent : items[0]!.label.kind));
      for (const item of items) if (item.node.type === 'heading') levelKind.set(item.node, kind);
      const sameKind = items.filter((i) => i.label.kind === kind);
      const styleItems = sameKind.length ? sameKind : items;
      const style = majority(styleItems.map((i) => markerStyle(i.label)), () => markerStyle(styleItems[0]!.label));
      const styleModel = styleItems.find((i) => markerStyle(i.label) === style)!.label;
      const siblingsText = [...new Set(sameKind.slice(0, 3).map((i) => i.label.raw.trim()))].join(' ');

      // A list whose first items were read as body text and the rest as headings continues from the body items.
      let previous: Labelled | undefined = precedingBodyItem(parentNode, items[0]!);
      for (const item of items) {
        const next = nextValue(previous?.label, item.label);
        if (next === undefined) { previous = item; continue; }
        // "12)" after "3." neither continues the numbers nor the style: another list read as headings.
        if (previous && previous.label.kind === item.label.kind && markerStyle(previous.label) !== markerStyle(item.label)
          && item.label.value !== next && item.label.kind === 'arabic') { previous = item; continue; }
        const expectedValue = next;
        if (item.label.kind !== kind) {
          // （3） among （一）（二）: the form is wrong; name the label it should have had in the group's form.
          reportAt(item, 'mixedForm', { siblings: siblingsText, expected: labelLike(kind, expectedValue, styleModel) });
        } else if (item.label.value !== expectedValue) {
          const expected = labelLike(kind, expectedValue, styleModel);
          if (previous) reportAt(item, 'sequence', { previous: previous.label.raw.trim(), expected });
          else reportAt(item, 'firstValue', { expected });
        } else if (kind === 'arabic' && markerStyle(item.label) !== style) {
          reportAt(item, 'listStyle', { style: style || '—', expected: labelLike(kind, item.label.value, styleModel) }, 'warning');
        }
        previous = item;
      }

      // "1)" under "(1)" is common practice, not an inversion.
      const closeStyle = kind === 'arabic' && items.some((i) => i.label.kind === 'arabic' && i.label.close);
      if (options.inversions && parentLabel && parentKind && kindRank(kind) <= kindRank(parentKind) && kind !== 'multi-level' && !closeStyle) {
        const first = items.find((i) => i.label.kind === kind)!;
        const childKind = expectedChildKind({ ...parentLabel, kind: parentKind });
        if (childKind) reportAt(first, 'inversion', { parent: parentLabel.raw.trim(), expected: labelLike(childKind, first.label.value) }, 'warning');
      }
    };

    visitParent(doc.root);

    // 2. Numbered body paragraphs: lists per section, nested by form.
    if (options.lists) {
      const containers: (RootNode | SectionNode)[] = [doc.root, ...doc.sections()];
      for (const container of containers) {
        for (const list of bodyLists(container)) {
          all.push(...list);
          checkList(list);
        }
      }
    }

    // 3. The form of every label: paired brackets, no stray punctuation, 一、 with a 顿号, one bracket width.
    const widths = all.filter((i) => isParen(i.label.kind) && i.label.open && i.label.close && sameWidth(i.label.open, i.label.close));
    const fullCount = widths.filter((i) => i.label.open === FULL_OPEN).length;
    const mostlyFull = fullCount * 2 >= widths.length;
    for (const item of all) {
      const { label } = item;
      const canonical = formatLabel(label.kind, label.value);
      if (isParen(label.kind)) {
        const paired = label.open !== undefined && label.close !== undefined && sameWidth(label.open, label.close);
        if (!paired) reportAt(item, 'unpairedBracket', { open: label.open ?? '', close: label.close ?? '', expected: canonical });
        if (label.suffix) reportAt(item, 'strayPunctuation', { extra: label.suffix, expected: canonical });
        if (paired && !label.suffix && mostlyFull && label.open !== FULL_OPEN && widths.length > 1) {
          reportAt(item, 'bracketWidth', { expected: canonical }, 'warning');
        }
      } else if (label.kind === 'chinese' && label.suffix !== '、') {
        reportAt(item, 'chineseSuffix', { expected: canonical }, 'warning');
      }
    }

    function checkList(list: Labelled[]) {
      // Sequence and style within one list; restarts at 1 begin a new list (see bodyLists).
      const style = majority(list.map((i) => markerStyle(i.label)), () => markerStyle(list[0]!.label));
      const model = list.find((i) => markerStyle(i.label) === style)!.label;
      let previous: Labelled | undefined;
      for (const item of list) {
        const next = nextValue(previous?.label, item.label);
        const expectedValue = previous ? next ?? item.label.value : item.label.value;
        if (previous && item.label.value !== expectedValue) {
          reportAt(item, 'sequence', { previous: previous.label.raw.trim(), expected: labelLike(item.label.kind, expectedValue, model) }, 'warning');
        } else if (item.label.kind === 'arabic' && markerStyle(item.label) !== style) {
          reportAt(item, 'listStyle', { style: style || '—', expected: labelLike('arabic', item.label.value, model) }, 'warning');
        }
        previous = item;
      }
    }
  },
});

/**
 * The value a label should have after `previous` in the same list, or undefined when the two do not belong to one
 * sequence (multi-level labels under different parents: "2.3.1" after "2.2.2" starts a new run).
 */
function nextValue(previous: NumberingLabel | undefined, label: NumberingLabel): number | undefined {
  if (!previous) return 1;
  if (label.kind === 'multi-level' || previous.kind === 'multi-level') {
    const a = previous.path ?? [];
    const b = label.path ?? [];
    if (a.length !== b.length || a.slice(0, -1).join('.') !== b.slice(0, -1).join('.')) return undefined;
  }
  return previous.value + 1;
}

/** The last numbered body paragraph of the same form before the first heading of a group, in the same parent. */
function precedingBodyItem(parent: RootNode | SectionNode, first: Labelled): Labelled | undefined {
  let found: Labelled | undefined;
  for (const child of parent.children) {
    if (child.type === 'section' && child.heading === first.node) break;
    if (child.type === 'paragraph' && child.label && child.label.kind === first.label.kind) found = { node: child, label: child.label };
    else if (child.type === 'section') found = undefined;
  }
  return found;
}

function sameWidth(open: string, close: string): boolean {
  return (open === '（' && close === '）') || (open === '(' && close === ')');
}

/** The form GB/T 9704 puts one level below a label of this kind; 一、 for top-level headings. */
function expectedChildKind(parent: NumberingLabel | undefined): LabelKind | undefined {
  if (!parent) return 'chinese';
  switch (parent.kind) {
    case 'chinese': return 'paren-chinese';
    case 'paren-chinese': return 'arabic';
    case 'arabic': case 'multi-level': return 'paren-arabic';
    case 'paren-arabic': return 'circled';
    default: return undefined;
  }
}

/**
 * Numbered paragraphs directly inside a container, grouped into lists: a label of a lower form (（1） after 1.)
 * opens a nested list, a higher form closes the nested ones, a table or heading ends all lists, and a "1" after
 * other text starts a new list.
 */
function bodyLists(container: RootNode | SectionNode): Labelled[][] {
  const lists: Labelled[][] = [];
  let stack: { kind: LabelKind; items: Labelled[] }[] = [];
  const closeAll = () => { stack = []; };
  let sawTextSinceItem = false;
  for (const child of container.children) {
    if (child.type !== 'paragraph') { closeAll(); continue; }
    const label = child.label;
    if (!label) { if (child.text.trim()) sawTextSinceItem = true; continue; }
    const item = { node: child, label };
    const rank = kindRank(label.kind);
    while (stack.length && kindRank(stack[stack.length - 1]!.kind) > rank) stack.pop();
    const top = stack[stack.length - 1];
    const last = top?.items[top.items.length - 1];
    const continues = last !== undefined && (markerStyle(last.label) === markerStyle(label) || label.value === last.label.value + 1);
    if (top && top.kind === label.kind && continues && !(label.value === 1 && sawTextSinceItem)) {
      top.items.push(item);
    } else {
      if (top && kindRank(top.kind) === rank) stack.pop();
      const list = { kind: label.kind, items: [item] };
      lists.push(list.items);
      stack.push(list);
    }
    sawTextSinceItem = false;
  }
  return lists;
}
