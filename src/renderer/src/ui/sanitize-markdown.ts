import DOMPurify from 'dompurify'

/**
 * The renderer's second lock on the shared markdown pipeline's output. The pipeline already escapes raw
 * HTML and limits links; this allow-list is what survives even if it ever did not.
 * - Tags and attributes are listed, not left to DOMPurify's defaults: nothing URL-bearing but href
 *   (itself held to http, https and mailto), no style, no event handlers.
 * - The one form control is the task list's read-only checkbox: any other input is removed.
 */
const ALLOWED_TAGS = [
  'a',
  'blockquote',
  'br',
  'code',
  'del',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'input',
  'li',
  'ol',
  'p',
  'pre',
  'span',
  'strong',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]
const ALLOWED_ATTR = ['href', 'title', 'rel', 'class', 'start', 'type', 'checked', 'disabled']

const purifier = DOMPurify()

// A private instance, so this hook shapes markdown only and no other DOMPurify use in the app.
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'INPUT') return
  const checkbox = node.getAttribute('type') === 'checkbox' && node.hasAttribute('disabled')
  if (!checkbox) node.remove()
})

export function sanitizeMarkdownHtml(html: string): string {
  return purifier.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  })
}
