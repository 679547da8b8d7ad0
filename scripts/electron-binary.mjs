// Finds the installed Electron binary without triggering electron's lazy download (require('electron') would).
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** @returns {string | null} the absolute path of the Electron executable, or null when it is not installed. */
export function findElectronBinary() {
  let packageDir
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const relative = readFileSync(pathFile, 'utf8').trim()
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist')
  const binary = join(distDir, relative)
  return existsSync(binary) ? binary : null
}
