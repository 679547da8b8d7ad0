/**
 * Which URLs Tandem will hand to the operating system. Everything else (file:, javascript:, custom
 * app schemes, URLs with credentials) is refused: a note must never be able to launch a program.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * The only mail fields a link may fill in: who to write to, the subject and the text. Anything else
 * (attach=, cc/bcc that add hidden recipients, headers a mail client may act on) is refused.
 */
const MAILTO_FIELDS = new Set(['subject', 'body'])
/** One address: a local part and a domain with a dot, nothing a mail client could read as a header. */
const MAIL_ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/

/**
 * The URL to give the operating system, as the parser wrote it back (never the caller's own text), or
 * null when it is not a web or e-mail link Tandem opens. Raw text with spaces, control characters or
 * backslashes is refused before parsing: parsers and the OS may read such text differently
 * ("https://evil.com\\@example.com", a tab or newline inside, "https://example.com/ --no-sandbox").
 */
export function toExternalUrl(candidate: string): string | null {
  if (candidate.length === 0 || candidate.length > 4096) return null
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
  if (/[\u0000-\u0020\u007f\\]/.test(candidate)) return null
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return null
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null
  if (url.protocol === 'mailto:') return toMailto(url)
  if (url.username !== '' || url.password !== '' || url.hostname.length === 0) return null
  return url.href
}

/**
 * A mailto: link rebuilt from its parts: one to ten addresses, then at most a subject and a body, each
 * given once and percent-encoded afresh (RFC 6068: spaces as %20, never "+").
 */
function toMailto(url: URL): string | null {
  let addresses: string[]
  try {
    addresses = decodeURIComponent(url.pathname).split(',')
  } catch {
    return null
  }
  if (addresses.length === 0 || addresses.length > 10) return null
  if (!addresses.every((address) => MAIL_ADDRESS.test(address))) return null
  const fields: string[] = []
  const seen = new Set<string>()
  for (const [key, value] of url.searchParams) {
    const name = key.toLowerCase()
    if (!MAILTO_FIELDS.has(name) || seen.has(name)) return null
    seen.add(name)
    fields.push(`${name}=${encodeURIComponent(value)}`)
  }
  const query = fields.length > 0 ? `?${fields.join('&')}` : ''
  return new URL(`mailto:${addresses.join(',')}${query}`).href
}

export function isAllowedExternalUrl(candidate: string): boolean {
  return toExternalUrl(candidate) !== null
}
