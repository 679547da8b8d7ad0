import { chmod, lstat, mkdir, readdir, rename, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileStamp } from './document'
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from './durable-file'

interface ProblemSink {
  readonly dir: string
  report(problem: { kind: 'set-aside'; file: string; movedTo: string; message: string; at: string }): void
}

/**
 * Makes sure `relPath` inside the journal is a folder Tandem can use. A file, a dangling or looping
 * symlink, or anything else in its place is set aside under a new name (never deleted: it may be the
 * only copy of something) and reported; a new, empty folder takes its place. A symlink to a real folder
 * is the user's choice and is used as it is.
 */
export async function ensureFolder(host: ProblemSink, relPath: string): Promise<void> {
  const path = join(host.dir, relPath)
  let what: string
  try {
    const entry = await lstat(path)
    if (entry.isDirectory()) return
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null)
      if (target?.isDirectory()) return
      what = target ? 'a link to a file' : 'a link to nothing'
    } else {
      what = entry.isFile() ? 'a file' : 'something other than a folder'
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    await mkdir(path, { recursive: true, mode: PRIVATE_FOLDER_MODE })
    return
  }
  const movedTo = `${relPath}.corrupt-${fileStamp()}`
  await rename(path, join(host.dir, movedTo))
  await mkdir(path, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  host.report({
    kind: 'set-aside',
    file: relPath,
    movedTo,
    message: `${relPath} should be a folder but was ${what}. It was kept as ${movedTo}, nothing was written over it, and Tandem started a new, empty ${relPath} folder.`,
    at: new Date().toISOString(),
  })
}

/**
 * Journal files 0600 and folders 0700 (POSIX), for journals written before Tandem set modes, or
 * copied in by hand. Symlinks are left alone: their targets are not Tandem's to change.
 */
export async function tightenModes(dir: string, depth = 0): Promise<void> {
  if (process.platform === 'win32') return
  const entries = await readdir(dir, { withFileTypes: true })
  await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        await tighten(path, PRIVATE_FOLDER_MODE)
        if (depth < 2) await tightenModes(path, depth + 1)
      } else if (entry.isFile()) {
        await tighten(path, PRIVATE_FILE_MODE)
      }
    }),
  )
}

async function tighten(path: string, mode: number): Promise<void> {
  const current = (await stat(path)).mode & 0o777
  if ((current & ~mode) !== 0) await chmod(path, current & mode)
}
