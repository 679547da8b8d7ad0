import { statSync } from 'node:fs'
import { chmod, copyFile, readFile, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { isSealed } from '../crypto/sealed-file'
import type { FileCipher } from './cipher'
import { encodeDocument } from './codec'
import { type DurableFs, PRIVATE_FILE_MODE, writeFileDurable } from './durable-file'
import { NewerVersionError } from './migrations'
import { mergeOutside, snapshotOf } from './outside-change'

interface Seen {
  size: number
  mtimeMs: number
}

export type OutsideOutcome =
  | { kind: 'unchanged' }
  | { kind: 'merged'; data: Record<string, unknown>; conflictCopy: string | null; conflicts: number }
  | { kind: 'unreadable'; copy: string }
  | { kind: 'newer'; error: NewerVersionError }

/**
 * Notices when a journal file was changed by someone else (a sync tool, another computer) since Tandem
 * last read or wrote it, so that Tandem never writes over that change blindly. Cheap when nothing
 * happened: one stat before and one after each write, compared with the size and time Tandem saw.
 */
export class OutsideWatch {
  private seen: Seen | null = null
  /**
   * What Tandem last wrote (or held before its first change), as text: the item hashes are made from it
   * only when an outside change is found, so a save pays nothing for them.
   */
  private baseText: string | null = null

  constructor(
    private readonly path: string,
    private readonly relPath: string,
    private readonly host: { readonly fs: DurableFs; readonly cipher: FileCipher },
  ) {}

  /** Right after reading the file (or finding none). */
  noteRead(): void {
    try {
      const s = statSync(this.path)
      this.seen = { size: s.size, mtimeMs: s.mtimeMs }
    } catch {
      this.seen = null
    }
  }

  /** Before the first change in memory: the data still is what was read. */
  noteUnchanged(data: unknown): void {
    this.baseText ??= encodeDocument(data)
  }

  /**
   * Before a write: when the file is no longer what Tandem saw, reads it (`readTheirs` validates it the
   * way the document is read) and merges it into `ours`, item by item.
   */
  async check(ours: Record<string, unknown>, readTheirs: () => Promise<unknown>): Promise<OutsideOutcome> {
    const now = await stat(this.path).catch(() => null)
    if (!now) return { kind: 'unchanged' }
    if (this.seen && now.size === this.seen.size && now.mtimeMs === this.seen.mtimeMs)
      return { kind: 'unchanged' }
    let theirs: unknown
    try {
      theirs = await readTheirs()
    } catch (error) {
      if (error instanceof NewerVersionError) return { kind: 'newer', error }
      return { kind: 'unreadable', copy: await this.keepCopy('unreadable', null) }
    }
    if (typeof theirs !== 'object' || theirs === null) return { kind: 'unchanged' }
    const { merged, conflicts, changed } = mergeOutside(
      this.baseText === null ? new Map() : snapshotOf(JSON.parse(this.baseText)),
      ours,
      theirs as Record<string, unknown>,
    )
    if (!changed) return { kind: 'unchanged' }
    const conflictCopy = conflicts.length > 0 ? await this.keepCopy('conflict', theirs) : null
    return { kind: 'merged', data: merged, conflictCopy, conflicts: conflicts.length }
  }

  /** After a write of `text` landed: what is on disk now is Tandem's. */
  async noteWritten(text: string): Promise<void> {
    this.baseText = text
    const s = await stat(this.path).catch(() => null)
    this.seen = s ? { size: s.size, mtimeMs: s.mtimeMs } : null
  }

  /** Keeps the outside version next to the document, as `name.<why>-<time>.json`, before anything is written. */
  private async keepCopy(why: 'conflict' | 'unreadable', theirs: unknown): Promise<string> {
    const ext = extname(this.relPath)
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const copy = join(dirname(this.relPath), `${basename(this.relPath, ext)}.${why}-${stamp}${ext}`)
    const target = join(dirname(this.path), basename(copy))
    const bound = copy.split('\\').join('/')
    if (theirs === null) {
      const bytes = await readFile(this.path)
      if (this.host.cipher.encrypted && !isSealed(bytes)) {
        // Plain text that arrived from elsewhere is not kept in plain inside an encrypted journal.
        await writeFileDurable(target, this.host.cipher.seal(bytes, bound), this.host.fs)
      } else {
        await copyFile(this.path, target)
        await chmod(target, PRIVATE_FILE_MODE).catch(() => undefined)
      }
    } else {
      // The kept copy is encrypted like every journal file, bound to its own name.
      await writeFileDurable(target, this.host.cipher.seal(encodeDocument(theirs), bound), this.host.fs)
    }
    return copy
  }
}
