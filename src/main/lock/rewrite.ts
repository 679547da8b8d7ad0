import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { KEY_FILE } from '../crypto/key-file'
import { isSealed, open, SealedFileError, seal } from '../crypto/sealed-file'
import { type DurableFs, TEMP_MARKER, writeFileDurable } from '../store/durable-file'

/**
 * Every file Tandem keeps in the journal folder, at any depth, relative with forward slashes: the
 * documents, the shards, the trash, backups, set-aside and conflict copies. Tandem's files all end in
 * .json; anything else (a user's own file) is not Tandem's to encrypt. The key file stays plain.
 */
export async function journalFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true }).catch(() => [])
  const found: string[] = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) found.push(...(await journalFiles(dir, rel)))
    else if (entry.isFile() && entry.name.endsWith('.json') && !entry.name.includes(TEMP_MARKER)) {
      if (rel !== KEY_FILE && !/^tandem-key\.kept-/.test(rel)) found.push(rel)
    }
  }
  return found
}

/**
 * The names an encrypted file may have been bound to: its own, or the journal file it is a copy of
 * (a set-aside, conflict or sync tool's copy keeps the bytes, and so the binding, of the original).
 */
export function boundNames(rel: string): string[] {
  const names = [rel]
  const copy = rel.replace(/\.(corrupt|unreadable|conflict|merged)-[0-9TZ-]+(\.json)$/, '$2')
  if (copy !== rel) names.push(copy)
  const synced = rel
    .replace(/ \([^)]*conflicted copy[^)]*\)\.json$/i, '.json')
    .replace(/\.sync-conflict-[0-9A-Za-z-]+\.json$/, '.json')
  if (synced !== rel) names.push(synced)
  return names
}

export interface RewriteKey {
  dataKey: Buffer
  keyId: Buffer
}

export interface RewriteOutcome {
  /** Files rewritten now (those already in the target form are left as they are). */
  rewritten: number
  /** Files that could not be turned back to plain (they fail the encryption check): left untouched. */
  left: string[]
}

/**
 * Turns every journal file into the encrypted form ('on') or back to plain ('off'), one at a time, each
 * by a durable write (temp file, fsync, rename): a crash leaves each file whole, in the old form or the
 * new, and running it again finishes the job, since every file says by itself which form it is in.
 * No plaintext is written anywhere but to the file's own place when turning off.
 */
export async function rewriteJournal(
  dir: string,
  direction: 'on' | 'off',
  key: RewriteKey,
  fs: DurableFs,
  progress: (done: number, total: number) => void,
): Promise<RewriteOutcome> {
  const files = await journalFiles(dir)
  const left: string[] = []
  let rewritten = 0
  progress(0, files.length)
  for (const [index, rel] of files.entries()) {
    const path = join(dir, rel)
    const bytes = await readFile(path)
    if (direction === 'on' && !isSealed(bytes)) {
      await writeFileDurable(path, seal(bytes, key.dataKey, key.keyId, rel), fs)
      rewritten++
    } else if (direction === 'off' && isSealed(bytes)) {
      const plain = openAny(bytes, key, rel)
      if (plain) {
        await writeFileDurable(path, plain, fs)
        plain.fill(0)
        rewritten++
      } else {
        left.push(rel)
      }
    }
    progress(index + 1, files.length)
  }
  return { rewritten, left }
}

function openAny(bytes: Uint8Array, key: RewriteKey, rel: string): Buffer | null {
  for (const name of boundNames(rel)) {
    try {
      return open(bytes, key.dataKey, key.keyId, name)
    } catch (error) {
      if (!(error instanceof SealedFileError)) throw error
    }
  }
  return null
}
