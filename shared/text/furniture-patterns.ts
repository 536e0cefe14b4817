/**
 * Line patterns for page furniture: the prompts, labels and residue that news pages wrap
 * around an article. Each pattern is matched against one whole line (trimmed, whitespace
 * collapsed) so a sentence of article text that merely *mentions* a newsletter or an
 * advertisement is never matched: patterns are anchored, and the loose ones only apply to
 * short lines (see `maxLength`).
 *
 * Reasons are shown to the user next to the removed text, so they are plain words.
 */
export interface FurniturePattern {
  reason: string;
  re: RegExp;
  /** Only lines up to this many characters are tested (loose patterns must not eat prose). */
  maxLength: number;
}

const SOCIAL =
  'facebook|twitter|x|linkedin|whatsapp|e-?mail|pinterest|reddit|print|copy(?: link)?|copy url|messenger|telegram|flipboard|sms|tumblr|vk|ok|viber|mastodon|bluesky|threads|instagram|youtube|tiktok|rss|comments?|share|tweet|pin it|save|gift(?: this)? article';

export const FURNITURE_PATTERNS: readonly FurniturePattern[] = [
  {
    reason: 'advertisement',
    re: /^(?:advertisement|advertisment|advert|ads?|sponsored(?: content| links?)?|paid (?:content|post|partner)|promoted(?: content| stories)?|partner content|(?:story|article|text) continues (?:below|after)(?: (?:the )?(?:advertisement|ad))?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: with content| reading)?|реклама|anzeige|werbung|publicité|publicidad|pubblicità)\.?$/i,
    maxLength: 60,
  },
  {
    reason: 'live feed status',
    re: /^(?:this|the) live (?:feed|blog|coverage|page|stream|updates?)(?: has| have| is)? (?:now )?(?:ended|closed|concluded|over|finished)\.?$/i,
    maxLength: 80,
  },
  {
    reason: 'comment prompt',
    re: /^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|(?:show|view|hide|load|see|read) (?:all )?(?:\d+ )?comments?|\d+ comments?|comments?(?: \(\d+\))?|join the (?:conversation|discussion)|comments are (?:closed|disabled)\.?|you must be logged in to post a comment\.?|be the first to comment\.?|have your say|cancel reply|your email address will not be published\.?.*|required fields are marked.*|комментарии|оставить комментарий)\s*:?$/i,
    maxLength: 120,
  },
  {
    reason: 'newsletter prompt',
    re: /^(?:(?:sign(?:ing)? up|subscribe|register|enter your e-?mail|get|receive|join|want)\b.{0,100}\b(?:newsletters?|e-?mail updates|alerts|briefing|digest|inbox|mailing list)\b.{0,100}|(?:our |the )?newsletters?|.{0,80}\b(?:delivered|straight|direct(?:ly)?) to your inbox.{0,60}|thanks? (?:you )?for (?:signing up|subscribing).{0,80}|by (?:signing up|subscribing),? you agree.{0,160}|(?:want more stories like this|every (?:day|week|morning) we send.{0,100})\??\.?)$/i,
    maxLength: 220,
  },
  {
    // A promo paragraph whose closing sentence asks for the sign-up.
    reason: 'newsletter prompt',
    re: /^(?:.{0,200}[.!?]\s+)?(?:sign up|subscribe)\b.{0,120}\b(?:newsletter|inbox)\b.{0,60}$/i,
    maxLength: 320,
  },
  {
    reason: 'subscription prompt',
    re: /^(?:subscribe(?: now| today)?|already (?:a subscriber|have an account)\??.{0,60}|subscribe to (?:read|continue).{0,80}|subscribe (?:to|for|now|today)\b.{0,160}|become a (?:member|subscriber|patron).{0,60}|support (?:our|independent|quality) journalism.{0,100}|to continue reading.{0,100}|(?:log|sign) ?in(?: to (?:read|continue|comment).{0,60})?|register(?: now| for free)?|create (?:a free|an) account.{0,60}|unlock (?:this|full) (?:article|access).{0,60}|this (?:article|content) is (?:for|available to) subscribers.{0,60}|подписывайтесь.{0,100}|подпишитесь.{0,100})\.?$/i,
    maxLength: 200,
  },
  {
    reason: 'share/follow prompt',
    re: new RegExp(
      `^(?:(?:share|tweet|e-?mail|print|save)(?: (?:this|the))?(?: article| story| post| page| video)?(?: (?:on|via|by|with) (?:${SOCIAL}))?|(?:follow|like|join) us(?: on .{0,60})?|follow @\\w+(?: on .{0,40})?|follow (?:the author|.{0,40} on (?:twitter|facebook|instagram|x|telegram)).{0,40}|click to (?:share|email|print) .{0,60}|(?:(?:${SOCIAL})\\s*[|•·,/]?\\s*){1,12}|поделиться|teilen|partager|compartir)\\.?$`,
      'i',
    ),
    maxLength: 160,
  },
  {
    reason: 'related links',
    re: /^(?:recommended(?: stories| for you| reading| articles| videos?)?|related(?: stories| articles| content| coverage| topics| posts| news| links| videos?)?|read more(?: about .{0,60}| on .{0,60})?|more (?:[\p{L}'’-]+ ){0,3}(?:stories|news|articles|videos|coverage|reads|reading)|more (?:on this (?:story|topic)|from .{1,40}|like this|to (?:read|explore))|you (?:may|might) (?:also )?(?:like|enjoy|be interested in|have missed)|(?:trending|popular)(?: now| stories| articles| news)?|most (?:read|popular|viewed|shared|emailed)(?: stories| articles)?|editor'?s picks?|top stories|what to read next|further reading|see also|also read|read also|recommended by|around the web|latest (?:news|stories|headlines)|don'?t miss|what'?s next|up next|читайте (?:также|еще|ещё)|по теме|смотрите также|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|lee también)\s*[:.…]*$/iu,
    maxLength: 80,
  },
  {
    reason: 'related link',
    re: /^also on \S+\.\w{2,}\b.{0,200}$/i,
    maxLength: 240,
  },
  {
    reason: 'related link',
    re: /^(?:read more|related|see also|also read|read also|also|recommended|more|watch|listen|read|читайте также|читайте|по теме|смотрите|lesen sie auch|lire aussi)\s*[:|»>]\s*.{1,160}$/i,
    maxLength: 200,
  },
  {
    reason: 'copyright line',
    re: /^(?:.{0,120}\ball rights reserved\.?.{0,60}|.{0,120}(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\b.{0,160}|this (?:material|article) may not be (?:published|reproduced).{0,120}|copyright \d{4}.{0,120})$/i,
    maxLength: 220,
  },
  {
    reason: 'photo credit',
    re: /^[([]?(?:(?:photo|image|picture|photograph|illustration|credit|source|фото|bild|foto)s?(?: credit| courtesy| by)?\s*[:©]|©|\(c\)|(?:photo|image|picture)s?\s+(?:by|courtesy(?: of)?|via)\s|courtesy(?: of)?\s).{0,100}$/i,
    maxLength: 110,
  },
  {
    // A caption ending in its credit: "Protesters in Hong Kong (Image: GETTY)", "… (AP Photo/Alan Diaz, File)".
    reason: 'photo caption',
    re: /^.{0,300}[([](?:(?:ap |afp |file |reuters )?(?:photo|image|picture|pic|credit|illustration)s?(?: credit)?\s*[:/©].{0,80})\s*[)\]]\.?$/i,
    maxLength: 400,
  },
  {
    // The same with a bare agency name; case-sensitive so "(ePA)" or "(pa)" in prose is not a credit.
    reason: 'photo caption',
    re: /^.{0,300}[([](?:AP|AFP|EPA|PA|Reuters|REUTERS|Getty Images|GETTY(?: IMAGES)?|Getty|Shutterstock|iStock)\s*[)\]]\.?$/,
    maxLength: 400,
  },
  {
    // "John Smith/AP", "(Image: someone / Getty Images)", "AFP via Getty Images": an agency
    // name after a credit separator, or alone; never a sentence that merely ends in "Reuters."
    reason: 'photo credit',
    re: /^[([]?(?:.{0,80}(?:[/|(©]\s*|\bvia\s+|\bfor\s+))?(?:getty images|afp|reuters|ap(?: photo)?|associated press|shutterstock|epa(?:-efe)?|istock(?:photo)?|alamy|bloomberg|sipa|pa (?:images|wire|media)|tass|ria novosti|sputnik|anadolu|xinhua)(?:\s*(?:via|\/)\s*getty images)?(?:\s*file)?\s*[)\]]?\.?$/i,
    maxLength: 120,
  },
  {
    // "Jason Cipriani/ZDNet": a short name, a slash and an outlet, alone on a line.
    reason: 'photo credit',
    re: /^[\p{Lu}][\p{L}.'-]+(?:\s[\p{Lu}][\p{L}.'-]+){0,3}\s?\/\s?[\p{Lu}][\p{L}&.' -]{1,30}$/u,
    maxLength: 60,
  },
  {
    // Agency sign-offs: "Reporting by …; Editing by …".
    reason: 'credits line',
    re: /^(?:\(?(?:additional )?(?:reporting|writing|editing|compiled|produced|research|graphics|translated|translation) by\b.{0,300}|\(?(?:\p{Lu}[\p{L}.'-]+ ){1,4}(?:reported|contributed)(?: to)? (?:this|the) (?:report|story|article)\b.{0,200})$/iu,
    maxLength: 320,
  },
  {
    reason: 'photo caption',
    re: /^(?:file photo|photo|pictured|above|top|main image|in pictures?)\s*:\s.{0,400}$/i,
    maxLength: 420,
  },
  {
    // A caption that ends with the agency credit "REUTERS/Brendan McDermid", "AP Photo/Alan Diaz".
    reason: 'photo caption',
    re: /^.{0,400}\b(?:REUTERS|AP Photo|AFP|EPA|Getty Images|Bloomberg)\s?\/\s?\p{Lu}[\p{L}.' -]{1,40}\)?\.?$/u,
    maxLength: 460,
  },
  {
    reason: 'gallery control',
    re: /^(?:\d{1,3} (?:of|\/) \d{1,3}|(?:enlarge|expand|view|open|close|hide|show|toggle) (?:this )?(?:image|photo|caption|gallery|slideshow|fullscreen|full screen)(?: in gallery)?|click (?:to|here to) (?:enlarge|expand|view).{0,30}|image \d+ of \d+|(?:prev|previous|next)(?: (?:image|photo|slide))?|\d+ (?:photos?|images?|pictures?))$/i,
    maxLength: 60,
  },
  {
    reason: 'menu residue',
    re: /^(?:home|menu|search|skip to (?:main )?(?:content|navigation)|close|open|toggle (?:navigation|menu)|back to top|next|previous|prev|more|loading\.*|main menu|navigation|sections|log ?out|my account|settings|edit|listen(?: to (?:this )?(?:article|story))?(?: \d+ min(?:utes?)?)?|\d+ min(?:ute)?s? (?:read|listen)|reading time:? .{0,20}|print this page|text size|font size|a\+\s*a-|opens in (?:a )?new (?:window|tab)|external link)\.?$/i,
    maxLength: 50,
  },
  {
    reason: 'script notice',
    re: /^(?:this (?:slideshow|video|gallery|content|feature|page|embed|interactive|graphic) requires javascript.{0,60}|(?:please )?(?:enable|turn on) javascript.{0,100}|your browser does not support.{0,100}|javascript (?:is )?(?:required|disabled).{0,100})$/i,
    maxLength: 160,
  },
  {
    // WordPress shortcodes the page failed to expand: "[button link=…]Send us your review[/button]".
    reason: 'markup residue',
    re: /^(?:\[[a-z_-]+\s+[a-z_-]+\s*=[^\]]*\].{0,200}|.{0,200}\[\/[a-z_-]+\])$/i,
    maxLength: 300,
  },
  {
    reason: 'cookie notice',
    re: /^.{0,80}\b(?:we use cookies|uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies)\b.{0,160}$/i,
    maxLength: 240,
  },
  {
    reason: 'call to action',
    re: /^(?:.{0,250}\bclick here\b.{0,80}|.{0,250}\bfollow (?:us|him|her|them|me) on (?:twitter|facebook|instagram|x|telegram|linkedin)\b.{0,120}|tap here.{0,80}|download (?:our|the) app.{0,80}|get the app.{0,60}|(?:watch|listen)(?: (?:the )?(?:video|podcast|live|now|more))?|(?:got|have) a (?:news )?tip\??.{0,100}|send us (?:your|a) tips?.{0,80}|report an? (?:error|typo|correction)|(?:we want to hear from you|tell us what you think).{0,80}|was this article helpful\??.{0,40})\.?$/i,
    maxLength: 160,
  },
];
