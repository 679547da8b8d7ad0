import { realpath } from 'node:fs/promises'
import { join, normalize, sep } from 'node:path'

/**
 * The file under `root` that a tandem://app/ request asks for, or null (answered 404): another host, a
 * malformed escape (`%`, `%E0%A4%A`), a path that leaves the folder after decoding (`%2e%2e`, `%c0%ae`),
 * or a symlink inside the folder that points out of it.
 */
export async function rendererFileFor(root: string, requestUrl: string): Promise<string | null> {
  let url: URL
  let relative: string
  try {
    url = new URL(requestUrl)
    relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)
  } catch {
    return null
  }
  if (url.host !== 'app' || relative.includes('\0')) return null
  const base = normalize(root + sep)
  const path = normalize(join(base, relative))
  if (!path.startsWith(base)) return null
  try {
    const [real, realBase] = await Promise.all([realpath(path), realpath(root)])
    return real === realBase || real.startsWith(realBase + sep) ? real : null
  } catch {
    return null
  }
}
