/**
 * Which URLs Tandem will hand to the operating system. Everything else (file:, javascript:, custom
 * app schemes, URLs with credentials) is refused: a note must never be able to launch a program.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

export function isAllowedExternalUrl(candidate: string): boolean {
  if (candidate.length > 4096) return false
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false
  if (url.protocol === 'mailto:') return url.pathname.length > 0
  if (url.username !== '' || url.password !== '') return false
  return url.hostname.length > 0
}
