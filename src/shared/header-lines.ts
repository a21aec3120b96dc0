import { parseDateLine } from './date-line'
import { countWords } from './word-count'

/** Headings of a comment section: what follows them is the readers' talk, not the article. */
const COMMENTS = [/^(?:\d+\s+)?comments?$/i, /^leave a (?:reply|comment)$/i]

/** Headings of lists of other stories, and widgets that close a page. */
const OTHER_STORIES = [
  /^(?:related|recent|latest|more|top)\s+(?:articles?|posts?|stories|news)$/i,
  /^(?:must|also)\s+read$/i,
  /^read\s+(?:more|next|also)$/i,
  /^check\s+also$/i,
  /^you (?:may|might) also like$/i,
  /^this will close in \d+ seconds?$/i,
  /^scroll to top$/i
]

/** A share bar's buttons, one to a line: "Share on Facebook", "Share via email", "Email", "Print". */
const SHARE_BUTTONS = [
  /^(?:share|post)(?: this(?: article| story| page)?)? (?:on|to|via|by|with) (?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|bluesky|threads|mastodon|messenger|flipboard|e-?mail)$/i,
  /^(?:e-?mail|print|copy link|tweet)$/i
]

/** A link to another story set among the article's paragraphs: "Related: Border talks open in Zürich". */
const STORY_LINK = /^(?:related|see also|read (?:more|also|next)|also read|must read)\s*:\s*\S/i

/** Lines that scraped pages carry above or around the article and that never name it. */
const BOILERPLATE = [
  ...COMMENTS,
  ...OTHER_STORIES,
  ...SHARE_BUTTONS,
  STORY_LINK,
  /^-?\d+(?:[.,]\d+)?\s*°?\s*[CF]$/i,
  /^getting your .{0,60}player ready/i,
  /^listen to (?:this )?(?:article|story)\b/i,
  /^(?:advertisement|sponsored|share(?: this(?: article| story)?)?|skip to (?:main )?content|menu|home|search)$/i,
  /^(?:subscribe|sign in|log in|newsletter)$/i
]

/** What a heading line opens at the foot of a page, if anything: a comment section, or links to other stories. */
export function pageTailOf(line: string): 'comments' | 'other-stories' | null {
  const trimmed = line.trim()
  if (COMMENTS.some((pattern) => pattern.test(trimmed))) return 'comments'
  if (OTHER_STORIES.some((pattern) => pattern.test(trimmed))) return 'other-stories'
  return null
}

/** Fewer words than this is a city, a section or a menu item rather than a headline. */
export const HEADLINE_MIN_WORDS = 4

const BYLINE = /^(?:written |posted |reported )?by\b:?\s+\S/i
const BYLINE_MAX_WORDS = 8
const NAV_MAX_WORDS = 4
const CRUFT_MAX_CHARS = 200

/** Breadcrumbs and menus run short items together with separators ("News | World | Middle East"). */
const NAV_SEPARATOR = /\s+[|>»›/·•]\s+/u

const DOMAIN =
  /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|news|info|io|co|gov|edu|media|tv|[a-z]{2}))\/?$/i

/**
 * A page title ends with its site after an em dash or a pipe. En dashes and hyphens are left alone:
 * headlines use them for a speaker ("– Trump").
 */
const SITE_SUFFIX = /^(.*\S)\s+[—|]\s+([^—|]+)$/u

/** "RT World News" is RT's world section; "BBC News" is the outlet's own name and stays whole. */
const SECTION =
  /^(.+?)\s+(?:World|International|US|U\.S\.|UK|Business|Politics|Sports?|Tech(?:nology)?|Science|Health|Entertainment|Opinion)\s+News$/u

const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'al', '&'])
const NAME_MAX_WORDS = 5
const NAME_MAX_CHARS = 40

/** "By: Fern Sidman", "Written by Jane Doe and John Roe": who wrote the article, on a line of its own. */
export function isByline(line: string): boolean {
  return BYLINE.test(line) && countWords(line) <= BYLINE_MAX_WORDS && !line.endsWith('.')
}

/** Lines that belong to the page rather than to the article: widgets, navigation, bylines, dates. */
export function isCruftLine(line: string): boolean {
  if (line.length > CRUFT_MAX_CHARS) return false
  const words = countWords(line)
  if (words === 0) return true
  if (BOILERPLATE.some((pattern) => pattern.test(line))) return true
  if (isByline(line)) return true
  if (words <= NAV_MAX_WORDS && /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line)) return true
  const items = line.split(NAV_SEPARATOR)
  if (items.length > 1 && items.every((item) => countWords(item) < HEADLINE_MIN_WORDS)) return true
  return parseDateLine(line) !== null || domainOf(line) !== null
}

/** The outlet a header line names: a bare domain line, or the site after a page title. */
export function outletOfLine(line: string): string | null {
  return domainOf(line) ?? siteSuffix(line)?.outlet ?? null
}

/** The headline with any site suffix taken off, since the site is the outlet, not part of the title. */
export function withoutSiteSuffix(line: string): string {
  return siteSuffix(line)?.title ?? line
}

function domainOf(line: string): string | null {
  const match = DOMAIN.exec(line.trim())
  return match?.[1] ? match[1].toLowerCase() : null
}

function siteSuffix(line: string): { title: string; outlet: string } | null {
  const match = SITE_SUFFIX.exec(line.trim())
  const title = match?.[1]
  const site = match?.[2]?.trim()
  if (!title || !site || countWords(title) < HEADLINE_MIN_WORDS || !isNameLike(site)) return null
  return { title, outlet: domainOf(site) ?? site.replace(SECTION, '$1') }
}

/** Outlet names are short and capitalised; anything else after a dash is more of the headline. */
function isNameLike(text: string): boolean {
  if (domainOf(text) !== null) return true
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false
  const words = text.split(/\s+/u)
  if (words.length > NAME_MAX_WORDS || text.length > NAME_MAX_CHARS) return false
  if (/[?!"“”‘’,;:]/u.test(text)) return false
  return words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || NAME_CONNECTORS.has(word))
}
