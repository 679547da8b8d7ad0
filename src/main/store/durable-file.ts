import { randomUUID } from 'node:crypto'
import { lstatSync, readFileSync } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { InvalidDocumentError } from './migrations'

/**
 * The few file operations a durable write needs. Injectable so tests can prove the order
 * (temp file -> fsync -> rename -> fsync folder) and simulate a failure at each step.
 */
export interface DurableFs {
  open(
    path: string,
    flags: 'w' | 'r',
  ): Promise<{
    writeFile(text: string | Uint8Array): Promise<void>
    sync(): Promise<void>
    close(): Promise<void>
  }>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

/** Journal files are the user's alone: 0600 (POSIX; Windows ignores the mode). */
export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_FOLDER_MODE = 0o700

export const nodeDurableFs: DurableFs = {
  open: (path, flags) => fsp.open(path, flags, flags === 'w' ? PRIVATE_FILE_MODE : undefined),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
}

export const TEMP_MARKER = '.tmp-'

/**
 * Writes `text` to `path` so that after a power cut the file holds either the old bytes or the new
 * ones, never an empty or half-written file: lowdb's own writer renames without fsync (lowdb #139, #352).
 * `text` may be a list of pieces, written one after another, or bytes (an encrypted file).
 */
export async function writeFileDurable(
  path: string,
  text: string | Uint8Array | readonly string[],
  fs: DurableFs = nodeDurableFs,
): Promise<void> {
  const temp = join(dirname(path), `${basename(path)}${TEMP_MARKER}${randomUUID().slice(0, 8)}`)
  try {
    const file = await fs.open(temp, 'w')
    try {
      if (typeof text === 'string' || text instanceof Uint8Array) {
        await file.writeFile(text)
      } else {
        // A large file (a backup) comes in pieces, so no single string of all of it is built, and each
        // piece is flushed on its own: a save's small fsync meanwhile waits behind one piece, not all.
        for (const piece of text) {
          await file.writeFile(piece)
          await file.sync()
        }
      }
      await file.sync()
    } finally {
      await file.close()
    }
    await fs.rename(temp, path)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(path), fs)
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync; there NTFS journals the rename. */
async function syncFolder(folder: string, fs: DurableFs): Promise<void> {
  let handle: Awaited<ReturnType<DurableFs['open']>>
  try {
    handle = await fs.open(folder, 'r')
  } catch (error) {
    if (process.platform === 'win32') return
    throw error
  }
  try {
    await handle.sync()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EINVAL' && code !== 'EPERM' && code !== 'EISDIR') throw error
  } finally {
    await handle.close()
  }
}

/**
 * The file's bytes, or null when it does not exist. Synchronous, so that the caller parses them
 * while they are fresh: opening the journal starts ~330 month files at once, and with an await between
 * reading and parsing, every file (35 MB for 10,000 sessions) was read before the first was parsed, and
 * all of it lived through the collections parsing causes. Parsing and validating block anyway; the async
 * APIs added a thread-pool round trip for each of open, stat, read and close (same run, medians: promises
 * readFile ~96 ms, callback readFile ~74 ms, readFileSync ~62 ms).
 */
export function readBytesIfExists(path: string): Uint8Array | null {
  try {
    return readFileSync(path)
  } catch (error) {
    // A link to nothing is not an absent file: writing a new document there would hide what it
    // pointed to, so it is reported (and set aside) like any unreadable file.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    if (isSymlink(path)) throw new InvalidDocumentError('it is a link to a file that does not exist')
    return null
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}
