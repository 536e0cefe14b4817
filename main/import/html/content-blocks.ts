/**
 * An article element → its text blocks in reading order: one block per paragraph, heading,
 * list item, caption or line. Each block remembers where it sat (heading? list? caption?
 * inside a link?) because the cleaner decides differently for each. Iterative walk: a deep
 * tree cannot overflow the stack.
 */
/** `cell` is a table row: its cells joined by spaces. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'caption' | 'quote' | 'preformatted' | 'cell';

export interface TextBlock {
  text: string;
  kind: BlockKind;
  /** Characters of the text that sit inside links (for link density). */
  linkChars: number;
  /** Class and id words of the block's ancestors within the article (lower-case), for hints like "caption" or "related". */
  hints: string;
  /** Class and id words of the block element itself and its parent only: what this block *is*, not what the story is wrapped in. */
  nearHints: string;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT',
  'TR', 'CAPTION', 'BR', 'HR', 'ADDRESS', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'CENTER',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS']);

interface Frame {
  el: Element;
  kind: BlockKind | undefined;
  hints: string;
  /** Hints of this block element and of the block element enclosing it. */
  nearHints: string;
  ownHints: string;
  inLink: boolean;
}

export function collectBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = '';
  let linkChars = 0;
  const rootHints = hintsOf(root);
  let current: Frame = { el: root, kind: 'paragraph', hints: rootHints, nearHints: rootHints, ownHints: rootHints, inLink: false };

  const flush = () => {
    const t = text.replace(/[\s\u00a0]+/g, ' ').trim();
    if (t) blocks.push({ text: t, kind: current.kind ?? 'paragraph', linkChars: Math.min(linkChars, t.length), hints: current.hints, nearHints: current.nearHints });
    text = '';
    linkChars = 0;
  };

  type Step = { node: Node; frame: Frame } | { leave: Frame; parent: Frame };
  const stack: Step[] = [];
  const pushChildren = (el: Element, frame: Frame) => {
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, frame });
  };
  pushChildren(root, current);

  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('leave' in step) {
      flush();
      current = step.parent;
      continue;
    }
    const { node, frame } = step;
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      text += t;
      if (frame.inLink) linkChars += t.trim().length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR' || tag === 'HR') {
      flush();
      continue;
    }
    // Cells of a row read as one line ("1 Kyle Busch 5040"), so they stay inline with a space between.
    if (tag === 'TD' || tag === 'TH') text += ' ';
    const isBlock = BLOCK_TAGS.has(tag);
    const ownHints = isBlock ? hintsOf(el) : '';
    const child: Frame = {
      el,
      kind: isBlock ? (kindOf(tag) ?? frame.kind) : frame.kind,
      // Only block elements contribute hints: a <span class="credit"> must not label its whole paragraph.
      hints: isBlock && ownHints ? `${frame.hints} ${ownHints}` : frame.hints,
      nearHints: isBlock ? `${frame.ownHints} ${ownHints}`.trim() : frame.nearHints,
      ownHints: isBlock ? ownHints : frame.ownHints,
      inLink: frame.inLink || tag === 'A',
    };
    if (isBlock) {
      flush();
      current = child;
      stack.push({ leave: child, parent: frame });
    }
    pushChildren(el, child);
  }
  flush();
  return blocks;
}

function kindOf(tag: string): BlockKind | undefined {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  if (tag === 'BLOCKQUOTE') return 'quote';
  if (tag === 'PRE') return 'preformatted';
  if (tag === 'TR') return 'cell';
  if (tag === 'P') return 'paragraph';
  return undefined;
}

function hintsOf(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  const s = `${cls} ${id}`.trim();
  return s ? s.toLowerCase() : '';
}
