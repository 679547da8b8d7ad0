/**
 * Which URLs Tandem will hand to the operating system. Everything else (file:, javascript:, custom
 * app schemes, URLs with credentials) is refused: a note must never be able to launch a program.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** Mail headers that would attach a file from the user's disk to a new message. */
const MAILTO_REFUSED = new Set(['attach', 'attachment'])

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
  if (url.protocol === 'mailto:') {
    if (url.pathname.length === 0) return null
    for (const key of url.searchParams.keys()) if (MAILTO_REFUSED.has(key.toLowerCase())) return null
    return url.href
  }
  if (url.username !== '' || url.password !== '' || url.hostname.length === 0) return null
  return url.href
}

export function isAllowedExternalUrl(candidate: string): boolean {
  return toExternalUrl(candidate) !== null
}
