/**
 * Renderer size: what the page must download and parse before its first screen.
 *   renderer_first_js_gzip   bytes (gzip -9) of the entry script and every chunk it imports
 *                            statically (the modulepreload links and `from "./x.js"` imports),
 *                            followed transitively; screens loaded later with import() are left out
 *   renderer_js_gzip         bytes (gzip -9) of every script the build wrote, for comparison
 *   renderer_chunks          how many scripts the build wrote
 * Reads the build in out/renderer, building it first when it is not there.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const OUT = 'out/renderer'

/** The scripts the page and a chunk name, without the ones only imported with import(). */
function staticImports(html: string): string[] {
  const named = [
    ...html.matchAll(/<script[^>]*\ssrc="\.\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+\.js)"/g),
  ]
  return named.map((m) => m[1] ?? '')
}

/** `import ... from "./x.js"` and `import "./x.js"` in a minified chunk (not `import("./x.js")`). */
function chunkImports(code: string): string[] {
  const found = [
    ...code.matchAll(/\bfrom\s*["']\.\/([^"']+\.js)["']/g),
    ...code.matchAll(/\bimport\s*["']\.\/([^"']+\.js)["']/g),
  ]
  return found.map((m) => `assets/${m[1] ?? ''}`)
}

const gzipped = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length

export async function benchRenderer(): Promise<Record<string, number>> {
  if (!existsSync(join(OUT, 'index.html'))) {
    execFileSync('npx', ['electron-vite', 'build', '--config', 'electron.config.ts'], { stdio: 'inherit' })
  }
  const html = await readFile(join(OUT, 'index.html'), 'utf8')
  const seen = new Set<string>()
  const queue = staticImports(html)
  let first = 0
  while (queue.length > 0) {
    const file = queue.shift() ?? ''
    if (seen.has(file)) continue
    seen.add(file)
    const bytes = await readFile(join(OUT, file))
    first += gzipped(bytes)
    queue.push(...chunkImports(bytes.toString('utf8')))
  }
  const scripts = (await readdir(join(OUT, 'assets'))).filter((name) => name.endsWith('.js'))
  let all = 0
  for (const name of scripts) all += gzipped(await readFile(join(OUT, 'assets', name)))
  return { renderer_first_js_gzip: first, renderer_js_gzip: all, renderer_chunks: scripts.length }
}
