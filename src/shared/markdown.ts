import { Marked, type Tokens } from 'marked'

/**
 * The one markdown pipeline, used by the live preview and the PDF report alike.
 * - Raw HTML in the text is shown as text, never interpreted.
 * - Link targets are limited to http, https and mailto; anything else loses its link.
 * - Images are never loaded (Tandem shows no remote content): an image becomes a link to it.
 * - Task lists show read-only checkboxes, ordered lists keep their start number, and table columns
 *   keep their alignment as an md-align-* class (styled in CSS), so no style attribute is ever needed.
 * The renderer also passes the result through DOMPurify, as a second lock on the same door.
 */

const SAFE_URL = /^(https?:\/\/|mailto:)/i

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** The URL if it may be linked to, else null. Control characters and spaces cannot smuggle a scheme in. */
export function safeUrl(href: string | null | undefined): string | null {
  if (!href) return null
  const trimmed = href.trim()
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (/[\u0000-\u001f\u007f\s]/.test(trimmed)) return null
  if (!SAFE_URL.test(trimmed)) return null
  try {
    const url = new URL(trimmed)
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:'
      ? trimmed
      : null
  } catch {
    return null
  }
}

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text)
    },
    link(
      this: { parser: { parseInline(tokens: Tokens.Link['tokens']): string } },
      token: Tokens.Link,
    ): string {
      const inner = this.parser.parseInline(token.tokens)
      const url = safeUrl(token.href)
      if (url === null) return `<span class="md-unsafe-link">${inner}</span>`
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : ''
      return `<a href="${escapeHtml(url)}"${title} rel="noreferrer noopener">${inner}</a>`
    },
    checkbox({ checked }: Tokens.Checkbox): string {
      // Read-only: the text is the record, ticking a box in the preview would change nothing.
      return `<input type="checkbox" class="md-task" disabled=""${checked ? ' checked=""' : ''}> `
    },
    listitem(
      this: { parser: { parse(tokens: Tokens.ListItem['tokens']): string } },
      item: Tokens.ListItem,
    ): string {
      const inner = this.parser.parse(item.tokens)
      return item.task ? `<li class="md-task-item">${inner}</li>\n` : `<li>${inner}</li>\n`
    },
    tablecell(
      this: { parser: { parseInline(tokens: Tokens.TableCell['tokens']): string } },
      cell: Tokens.TableCell,
    ): string {
      const tag = cell.header ? 'th' : 'td'
      const align = cell.align ? ` class="md-align-${cell.align}"` : ''
      return `<${tag}${align}>${this.parser.parseInline(cell.tokens)}</${tag}>\n`
    },
    image({ href, text }: Tokens.Image): string {
      const label = escapeHtml(text || 'image')
      const url = safeUrl(href)
      if (url === null) return `<span class="md-image">[${label}]</span>`
      return `<a class="md-image" href="${escapeHtml(url)}" rel="noreferrer noopener">[image: ${label}]</a>`
    },
  },
})

export interface MarkdownLevels {
  /**
   * The level a top heading (`#`) in the text becomes, 1 to 6: text shown under a heading of its own
   * (a session's notes under the session's title) has its headings moved below it; levels past 6 stay 6.
   */
  topHeading?: number
}

const shiftOf = (levels: MarkdownLevels) => Math.min(5, Math.max(0, (levels.topHeading ?? 1) - 1))

export function renderMarkdown(source: string, levels: MarkdownLevels = {}): string {
  const shift = shiftOf(levels)
  if (shift === 0) return marked.parse(source, { async: false })
  const tokens = marked.lexer(source)
  marked.walkTokens(tokens, (token) => {
    if (token.type === 'heading')
      (token as Tokens.Heading).depth = Math.min(6, (token as Tokens.Heading).depth + shift)
  })
  return marked.parser(tokens)
}

/**
 * The same text with its headings moved down as renderMarkdown would show them, as Markdown: for a
 * Markdown export, where the text sits under the export's own headings. Only top-level headings are
 * rewritten (ATX or underlined); everything else, code blocks included, is kept byte for byte.
 */
export function shiftMarkdownHeadings(source: string, levels: MarkdownLevels): string {
  return moveHeadings(source, shiftOf(levels))
}

/**
 * Undoes shiftMarkdownHeadings with the same levels: an import of a Tandem Markdown export gives the
 * text back its own heading levels (a level-1 heading stays level 1).
 */
export function unshiftMarkdownHeadings(source: string, levels: MarkdownLevels): string {
  return moveHeadings(source, -shiftOf(levels))
}

function moveHeadings(source: string, by: number): string {
  if (by === 0) return source
  return marked
    .lexer(source)
    .map((token) => {
      if (token.type !== 'heading') return token.raw
      const heading = token as Tokens.Heading
      const ending = /\n+$/.exec(heading.raw)?.[0] ?? ''
      return `${'#'.repeat(Math.min(6, Math.max(1, heading.depth + by)))} ${heading.text}${ending}`
    })
    .join('')
}

/** One line of inline markdown (titles, table cells): no paragraphs. */
export function renderMarkdownInline(source: string): string {
  return marked.parseInline(source, { async: false })
}
