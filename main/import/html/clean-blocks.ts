import type { RemovedText } from '../../../shared/model/article';
import { classifyFurnitureLine } from '../../../shared/text/furniture';
import { BLOCK_RULES, hintTokens } from './block-rules';
import type { TextBlock } from './content-blocks';

/**
 * Decide, block by block, what of Readability's output is article text. Line-level
 * furniture comes from the shared classifier, structural hints from block-rules.ts; the
 * rules here need the whole article: the headline repeated at the top, repeated captions,
 * runs of linked list items after the story. Everything dropped goes to `removed` with its
 * reason, in reading order.
 */
export interface CleanContext {
  title?: string;
  authors: string[];
}

export interface CleanResult {
  kept: TextBlock[];
  removed: RemovedText[];
}

/** A structural rule may take at most this share of the page's characters; more means it matched a wrapper of the story. */
const MAX_RULE_SHARE = 0.35;

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function cleanBlocks(blocks: TextBlock[], ctx: CleanContext): CleanResult {
  const names = namesOf(ctx);
  const decisions: Array<string | null> = blocks.map((b) => classifyText(b, names));
  applyStructuralRules(blocks, decisions);
  markLinkLists(blocks, decisions);
  markListsAfterRelatedHeadings(blocks, decisions);
  markRepeatedCaptions(blocks, decisions);

  const kept: TextBlock[] = [];
  const removed: RemovedText[] = [];
  blocks.forEach((b, i) => {
    const reason = decisions[i];
    if (reason) removed.push({ text: b.text, reason });
    else kept.push(b);
  });
  return { kept, removed };
}

/** The headline and bylines as the cleaner compares them, normalised once per page rather than once per block. */
interface PageNames {
  title: string | undefined;
  bylines: Set<string>;
  /** No block longer than this can normalise to the headline or a byline. */
  longest: number;
}

function namesOf(ctx: CleanContext): PageNames {
  const title = ctx.title ? norm(ctx.title) : undefined;
  const bylines = new Set(ctx.authors.flatMap((a) => [norm(a), norm(`by ${a}`)]));
  bylines.delete('');
  return { title, bylines, longest: Math.max(400, ...ctx.authors.map((a) => a.length * 4 + 40)) };
}

function classifyText(b: TextBlock, names: PageNames): string | null {
  const furniture = classifyFurnitureLine(b.text);
  if (furniture) return furniture;
  // Long blocks (most of the text) are neither headline nor byline: skip normalising them.
  if (b.text.length >= names.longest) return null;
  const n = norm(b.text);
  if (names.title && b.text.length < 400 && n === names.title) return 'headline';
  if (n && names.bylines.has(n)) return 'byline';
  return null;
}

function applyStructuralRules(blocks: TextBlock[], decisions: Array<string | null>): void {
  const total = blocks.reduce((s, b) => s + b.text.length, 0);
  // Blocks of one container share their hints string: split each distinct string once.
  const cache = new Map<string, Set<string>>();
  const tokens = blocks.map((b) => {
    let t = cache.get(b.hints);
    if (!t) cache.set(b.hints, (t = hintTokens(b.hints)));
    return t;
  });
  for (const rule of BLOCK_RULES) {
    const hits: number[] = [];
    let chars = 0;
    blocks.forEach((b, i) => {
      if (decisions[i] === null && rule.test(b, tokens[i]!)) {
        hits.push(i);
        chars += b.text.length;
      }
    });
    if (hits.length > 0 && chars <= total * MAX_RULE_SHARE) for (const i of hits) decisions[i] = rule.reason;
  }
}

/** Three or more list items in a row that are each one link with a headline's length: a "related stories" list. */
function markLinkLists(blocks: TextBlock[], decisions: Array<string | null>): void {
  const isLinkItem = (b: TextBlock) => b.kind === 'list-item' && b.linkChars / b.text.length >= 0.8 && b.text.split(/\s+/).length >= 3;
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && decisions[j] === null && isLinkItem(blocks[j]!)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) decisions[k] = 'related links';
    i = Math.max(j, i + 1);
  }
}

/** The list under a "More stories" / "Related" heading belongs to it, linked or not. */
function markListsAfterRelatedHeadings(blocks: TextBlock[], decisions: Array<string | null>): void {
  for (let i = 0; i < blocks.length; i++) {
    if (decisions[i] !== 'related links' || blocks[i]!.kind === 'list-item') continue;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'list-item' && blocks[j]!.text.length < 300; j++) {
      if (decisions[j] === null) decisions[j] = 'related links';
    }
  }
}

/** The same caption twice (under a photo and again in a gallery): the later copy goes. */
function markRepeatedCaptions(blocks: TextBlock[], decisions: Array<string | null>): void {
  const seen = new Set<string>();
  blocks.forEach((b, i) => {
    if (decisions[i]) return;
    // Only captions: articles legitimately repeat text (a meal plan's rows for every day, a refrain).
    const captionLike = b.kind === 'caption' || /caption|credit/.test(b.hints);
    if (!captionLike) return;
    const key = norm(b.text);
    if (key.length < 4) return;
    if (seen.has(key)) decisions[i] = 'repeated text';
    else seen.add(key);
  });
}
