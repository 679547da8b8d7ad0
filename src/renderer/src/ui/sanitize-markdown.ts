import DOMPurify, { type Config, type DOMPurify as DOMPurifyInstance } from 'dompurify'

/**
 * The renderer's second lock on the shared markdown pipeline's output. The pipeline already escapes raw
 * HTML and limits links; this allow-list is what survives even if it ever did not.
 * - Tags and attributes are listed, not left to DOMPurify's defaults: nothing URL-bearing but href
 *   (itself held to http, https and mailto), no style, no event handlers.
 * - DOMPurify holds the value of every attribute it does not know to be URL-free to ALLOWED_URI_REGEXP,
 *   so type="checkbox", start="3" and rel="noreferrer" failed our http/https/mailto pattern and were
 *   dropped (issue 10, defect 6). They are declared URL-free here; href stays held to the pattern.
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

/** The settings, exported so a test can run them in a real browser engine. */
export const markdownSanitizeConfig = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ADD_URI_SAFE_ATTR: ['rel', 'start', 'type'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
} satisfies Config

/** After attributes are cleaned: an input that is not a disabled checkbox goes. Self-contained on purpose. */
export function keepOnlyReadOnlyCheckbox(node: Element): void {
  if (node.nodeName !== 'INPUT') return
  const readOnlyCheckbox = node.getAttribute('type') === 'checkbox' && node.hasAttribute('disabled')
  if (!readOnlyCheckbox) node.remove()
}

// A private instance, so this hook shapes markdown only and no other DOMPurify use in the app. Made on
// first use, so importing this module outside a DOM (the Chromium test reads the settings) is harmless.
let purifier: DOMPurifyInstance | null = null

export function sanitizeMarkdownHtml(html: string): string {
  if (purifier === null) {
    purifier = DOMPurify()
    purifier.addHook('afterSanitizeAttributes', keepOnlyReadOnlyCheckbox)
  }
  return purifier.sanitize(html, markdownSanitizeConfig)
}
