// Heading and list numbering per GB/T 9704-2012 7.3.3 (一、 > （一） > 1. > （1）): one form per level, sequences
// without gaps, repeats or restarts, paired brackets of one width, nothing between the label and the text, and one
// list marker style per list. Word's automatic numbering counts like typed numbering.
import { z } from 'zod';
import {
  bodyLists, defineRule, expectedChildKind, formatLabel, FULL_OPEN, isParen, kindRank, labelLike, labelSpan, majority, markerStyle, nextValue,
  precedingBodyItem, runInSlip, sameWidth, type HeadingNode, type LabelKind, type Labelled, type NumberingLabel, type RootNode, type SectionNode,
  type Severity,
} from '../src/rule-kit.js';

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
    // One advice per label: an inversion (a guess at the level) waits until the label's own form has been checked,
    // and is dropped when another finding already says what the label should be.
    const advised = new Set<Labelled['node']>();
    // "2）." in a list of "1." items: one defect (the stray mark), advised in the list's own style in step 3.
    const listModel = new Map<Labelled['node'], NumberingLabel>();
    const strayAfterClose = (item: Labelled) =>
      item.label.kind === 'arabic' && item.label.close ? /^[.．、]/.exec(item.node.text.slice(labelSpan(item)[1]))?.[0] : undefined;
    const inversions: [Labelled, Record<string, string>][] = [];
    const reportAt = (item: Labelled, messageId: string, data: Record<string, string>, severity?: Severity) => {
      advised.add(item.node);
      report({ messageId, data: { found: item.label.raw, ...data }, node: item.node, span: labelSpan(item), severity });
    };
    // A marker unlike the list's style; "2）." among "1." items is the stray-mark finding of step 3 instead.
    const styleSlip = (item: Labelled, style: string, model: NumberingLabel) => {
      if (strayAfterClose(item)) listModel.set(item.node, model);
      else reportAt(item, 'listStyle', { style: style || '—', expected: labelLike('arabic', item.label.value, model) }, 'warning');
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
        } else if (kind === 'arabic' && markerStyle(item.label) !== style) styleSlip(item, style, styleModel);
        previous = item;
      }

      // "1)" under "(1)" is common practice, not an inversion.
      const closeStyle = kind === 'arabic' && items.some((i) => i.label.kind === 'arabic' && i.label.close);
      if (options.inversions && parentLabel && parentKind && kindRank(kind) <= kindRank(parentKind) && kind !== 'multi-level' && !closeStyle) {
        const first = items.find((i) => i.label.kind === kind)!;
        const childKind = expectedChildKind({ ...parentLabel, kind: parentKind });
        if (childKind) inversions.push([first, { parent: parentLabel.raw.trim(), expected: labelLike(childKind, first.label.value) }]);
      }
    };

    visitParent(doc.root);

    // 2. Numbered body paragraphs: lists per section, nested by form.
    if (options.lists) {
      const containers: (RootNode | SectionNode)[] = [doc.root, ...doc.sections()];
      for (const list of containers.flatMap((container) => bodyLists(container))) { all.push(...list); checkList(list); }
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
      } else if (label.kind === 'arabic' && label.close) {
        // "1）." / "1)." : a closing bracket and a full stop
        const extra = strayAfterClose(item);
        const model = listModel.get(item.node);
        // in a list of "1." items the bracket is the stray mark: "2）." → "2."
        if (extra && model && !model.close) reportAt(item, 'strayPunctuation', { extra: label.close!, expected: labelLike('arabic', label.value, model) });
        else if (extra) reportAt(item, 'strayPunctuation', { extra, expected: label.raw.trim() });
      }
    }
    for (const [item, data] of inversions) if (!advised.has(item.node)) reportAt(item, 'inversion', data, 'warning');

    // 4. Run-in lists inside one paragraph: "…措施：1.加强…。2.完善…。2.推进…"
    if (options.lists) {
      for (const node of doc.textNodes()) {
        if (node.type !== 'paragraph' && node.type !== 'heading') continue;
        const slip = runInSlip(node);
        if (slip) report({ messageId: 'sequence', severity: 'warning', node, span: [slip.start, slip.end], data: slip.data });
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
        } else if (item.label.kind === 'arabic' && markerStyle(item.label) !== style) styleSlip(item, style, model);
        previous = item;
      }
    }
  },
});

