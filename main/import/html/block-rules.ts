import type { TextBlock } from './content-blocks';

/**
 * Rules that look at where a block sat (its class/id words, whether it was a caption or
 * a link) rather than at its words. Readability keeps these when they sit inside the
 * article container: captions and credits, the article's own byline/date strip, share
 * bars, newsletter boxes, "related" lists, breadcrumb and menu residue.
 *
 * A rule whose hint matches a wrapper of the whole story would empty it, so callers
 * apply each rule only if it removes a minor part of the page (see clean-blocks.ts).
 */
export interface BlockRule {
  reason: string;
  test(block: TextBlock, tokens: ReadonlySet<string>): boolean;
}

const has = (hints: string, re: RegExp) => re.test(hints);
const anyToken = (tokens: ReadonlySet<string>, re: RegExp) => {
  for (const t of tokens) if (re.test(t)) return true;
  return false;
};

export const BLOCK_RULES: readonly BlockRule[] = [
  {
    reason: 'photo caption',
    test: (b) => b.kind === 'caption' || has(b.hints, /caption|credit|photo-?desc|image-?desc|media-?desc/),
  },
  {
    // The block itself sits in an image/figure/gallery container: Readability keeps such captions
    // when they are plain <p>s rather than <figcaption>.
    reason: 'photo caption',
    test: (b) => b.kind !== 'heading' && b.text.length < 600 && /image|photo|picture|figure|gallery|slideshow/.test(b.nearHints),
  },
  {
    // Date, update time, section label or print URL in the article's own header strip.
    reason: 'article header',
    test: (b) => b.text.length < 300 && /(?:^|[\s_-])header(?:$|\s)/.test(b.nearHints),
  },
  {
    reason: 'navigation',
    test: (b, t) => b.text.length < 120 && (anyToken(t, /^(?:nav|navbar|sitenav|topnav|subnav|menu|submenu|menuitem|submenuitem|submenucontainer|navigation)$/) || has(b.hints, /breadcrumb/)),
  },
  {
    reason: 'byline and date',
    test: (b) =>
      (b.text.length < 200 && has(b.hints, /byline|dateline|timestamp|publish-?date|pubdate|(?:article|post|entry|content|story)[_-]+meta\b|__meta\b/)) ||
      (b.text.length < 500 && has(b.hints, /author/)),
  },
  {
    reason: 'related links',
    test: (b) => has(b.hints, /related|recommend|more-?stories|trending|popular|outbrain|taboola|read-?more|also-?read|read-?next|up-?next/),
  },
  {
    reason: 'subscription prompt',
    test: (b) => b.text.length < 400 && has(b.hints, /newsletter|signup|sign-up|subscri|paywall|registration|regwall/),
  },
  {
    reason: 'share/follow prompt',
    test: (b) => b.text.length < 200 && has(b.hints, /share|sharing|social/),
  },
  {
    reason: 'advertisement',
    test: (_b, t) => anyToken(t, /^(?:ad|ads|adv|advert|advertisement|advertising|sponsor|sponsored|dfp|adslot|adunit|promo)$/),
  },
  {
    reason: 'comments',
    test: (b, t) => b.text.length < 300 && anyToken(t, /^(?:comment|comments|disqus|respond|reply)$/),
  },
  {
    reason: 'tags',
    test: (b, t) => b.text.length < 200 && anyToken(t, /^(?:tags|tag-?list|keywords|topics|article-?tags|post-?tags)$/),
  },
  {
    // A fully linked paragraph that reads like a headline (no closing punctuation) is a teaser for another story.
    reason: 'related link',
    test: (b) => {
      if (b.kind !== 'paragraph' && b.kind !== 'heading') return false;
      const density = b.linkChars / b.text.length;
      if (b.kind === 'heading') return density >= 0.5;
      const wordCount = b.text.split(/\s+/).length;
      return density >= 0.8 && wordCount >= 4 && !/^(?:https?:\/\/|www\.)\S+$/.test(b.text) && !/[.!?:"”»)]$/.test(b.text);
    },
  },
];

export function hintTokens(hints: string): Set<string> {
  return new Set(hints.split(/[^a-z0-9]+/).filter(Boolean));
}
