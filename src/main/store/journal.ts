import { chmod, mkdir, readdir, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { z } from 'zod'
import type { JournalProblem } from '../../shared/contract/journal'
import { TandemError } from '../../shared/errors'
import { boundPath, type FileCipher, PLAIN_FILES } from './cipher'
import { type DocumentFormat, type DocumentHost, JsonDocument } from './document'
import { type DurableFs, nodeDurableFs, PRIVATE_FOLDER_MODE, TEMP_MARKER } from './durable-file'
import { tightenModes } from './folders'
import type { VersionedFormat } from './migrations'
import { ShardedCollection, type ShardedFormat } from './sharded'
import { findSyncCopies, readSyncCopy, retireSyncCopy } from './sync-copies'

/** How to read and check one kind of document, without knowing its type (for backup and restore). */
export interface RegisteredFormat extends VersionedFormat {
  schema: z.ZodType
  /** The format's fast check, when it has one (see DocumentFormat.check). */
  check?: (doc: unknown) => boolean
}

/** A document or sharded collection some feature opened: backups hold exactly these files. */
export type RegisteredDocument =
  | { kind: 'document'; path: string; format: RegisteredFormat }
  | { kind: 'sharded'; folder: string; format: RegisteredFormat }

/** One document of the journal as it is in memory now, for a backup that must not wait for the write queues. */
export interface SnapshotPart {
  /** Relative to the journal folder, forward slashes. */
  path: string
  /** The document's data; read when called, so each document is one state it really had. */
  data: () => unknown
}

/**
 * The journal folder: every document Tandem keeps, and the problems met while opening them.
 * Features ask it for their documents; it knows nothing of sessions, goals or skills.
 */
export class Journal implements DocumentHost {
  private readonly found: JournalProblem[] = []
  private readonly settlers: Array<() => Promise<void>> = []
  private readonly registry: RegisteredDocument[] = []
  private readonly documents = new Map<string, JsonDocument<unknown>>()
  private readonly collections = new Map<string, ShardedCollection<{ id: string }>>()
  private readonly snapshots: Array<() => SnapshotPart[]> = []
  private readonly writeListeners: Array<(relPath: string) => void> = []
  /** Documents whose writes are not announced (DocumentFormat.bookkeeping). */
  private readonly bookkeeping = new Set<string>()

  private constructor(
    readonly dir: string,
    readonly fs: DurableFs,
    readonly cipher: FileCipher,
  ) {}

  static async open(
    dir: string,
    fs: DurableFs = nodeDurableFs,
    cipher: FileCipher = PLAIN_FILES,
  ): Promise<Journal> {
    await mkdir(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE })
    await tighten(dir)
    await removeStaleTempFiles(dir)
    return new Journal(dir, fs, cipher)
  }

  /** The plain bytes of a file of this journal (or a backup of it) read from `path` (absolute). */
  plainOf(path: string, bytes: Uint8Array): Uint8Array {
    return this.cipher.open(bytes, boundPath(this.dir, path))
  }

  /** What to write at `path` (absolute) for `text`: encrypted, in one piece, when the journal is. */
  toDisk(path: string, text: string | readonly string[]): string | Uint8Array | readonly string[] {
    if (!this.cipher.encrypted) return text
    return this.cipher.seal(typeof text === 'string' ? text : text.join(''), boundPath(this.dir, path))
  }

  report(problem: JournalProblem): void {
    this.found.push(problem)
  }

  get problems(): JournalProblem[] {
    return [...this.found]
  }

  dismissProblems(): void {
    this.found.length = 0
  }

  async document<T>(relPath: string, format: DocumentFormat<T>): Promise<JsonDocument<T>> {
    this.registry.push({ kind: 'document', path: relPath, format })
    if (format.bookkeeping) this.bookkeeping.add(relPath)
    const doc = await JsonDocument.open(this, relPath, format)
    this.settlers.push(() => doc.settle())
    this.documents.set(relPath, doc as JsonDocument<unknown>)
    // A document this version may not write (a newer one) is not what its file holds: backups leave it out.
    this.snapshots.push(() => (doc.writable ? [{ path: relPath, data: () => doc.data }] : []))
    return doc
  }

  async sharded<T extends { id: string }>(
    folder: string,
    format: ShardedFormat<T>,
  ): Promise<ShardedCollection<T>> {
    this.registry.push({ kind: 'sharded', folder, format })
    const collection = await ShardedCollection.open<T>(this, folder, format)
    this.settlers.push(() => collection.settle())
    this.collections.set(folder, collection as unknown as ShardedCollection<{ id: string }>)
    this.snapshots.push(() =>
      collection.snapshot().map(({ key, items }) => ({
        path: `${folder}/${key}.json`,
        data: () => ({ schemaVersion: format.current, shard: key, items }),
      })),
    )
    return collection
  }

  /**
   * Reports every copy a sync tool left beside a journal file ("goals (conflicted copy …).json"), so none
   * is ignored silently; the user may merge each one (mergeSyncCopy). Call once every feature is open.
   */
  async noticeSyncCopies(): Promise<void> {
    const originals = new Set(this.registry.flatMap((d) => (d.kind === 'document' ? [d.path] : [])))
    const folders = this.registry.flatMap((d) => (d.kind === 'sharded' ? [d.folder] : []))
    for (const { copy, original } of await findSyncCopies(this.dir, originals, folders)) {
      this.report({
        kind: 'sync-copy',
        file: original,
        movedTo: copy,
        message: `Your sync tool left a second version of ${original} as ${copy}. Tandem has not read it. Merge it to bring in what it holds (where an item differs, the newer version wins), or leave it to look at yourself.`,
        at: new Date().toISOString(),
      })
    }
  }

  /** Merges a reported sync copy into its journal file, then keeps it as `….merged-<time>.json`. */
  async mergeSyncCopy(copy: string): Promise<{ file: string; conflicts: number; keptAs: string }> {
    const problem = this.found.find((p) => p.kind === 'sync-copy' && p.movedTo === copy)
    if (!problem) throw new TandemError('not-found', 'That copy is no longer waiting to be merged.')
    const shardOf = this.registry.find((d) => d.kind === 'sharded' && dirname(problem.file) === d.folder)
    const document = this.registry.find((d) => d.kind === 'document' && d.path === problem.file)
    const format = (shardOf ?? document)?.format
    if (!format) throw new TandemError('not-found', 'Tandem does not keep that file any more.')
    // A sync tool copies the bytes as they were: an encrypted copy is bound to the original's name.
    const theirs = readSyncCopy(this.dir, copy, format, (bytes) => this.cipher.open(bytes, problem.file))
    let conflicts: number
    if (shardOf?.kind === 'sharded') {
      const collection = this.collections.get(shardOf.folder)
      const key = basename(problem.file, '.json')
      if (!collection) throw new TandemError('not-found', 'Tandem does not keep that file any more.')
      ;({ conflicts } = await collection.mergeShard(key, theirs))
    } else {
      const doc = this.documents.get(problem.file)
      if (!doc) throw new TandemError('not-found', 'Tandem does not keep that file any more.')
      ;({ conflicts } = await doc.mergeFrom(theirs))
    }
    const keptAs = await retireSyncCopy(this.dir, copy)
    this.found.splice(this.found.indexOf(problem), 1)
    return { file: problem.file, conflicts, keptAs }
  }

  /** Every document and collection opened so far, in the order features opened them. */
  get registered(): RegisteredDocument[] {
    return [...this.registry]
  }

  /**
   * Every document as the journal holds it in memory now. Sharded collections say which items each
   * shard holds in this same synchronous call, so an item moving between shards is in exactly one.
   */
  snapshot(): SnapshotPart[] {
    return this.snapshots.flatMap((take) => take())
  }

  /**
   * Calls `listener` after each successful write of a document, bookkeeping documents left out. It must
   * be cheap and never throw.
   */
  onWritten(listener: (relPath: string) => void): void {
    this.writeListeners.push(listener)
  }

  written(relPath: string): void {
    if (this.bookkeeping.has(relPath)) return
    for (const listener of this.writeListeners) {
      try {
        listener(relPath)
      } catch {
        // A listener's trouble is its own: the write it hears about has succeeded.
      }
    }
  }

  /** Background work on the journal's files (a backup) that closing must wait for. */
  track(work: () => Promise<void>): void {
    this.settlers.push(work)
  }

  private isClosed = false

  get closed(): boolean {
    return this.isClosed
  }

  /** Refuses further changes, then waits for every write already asked for. */
  async close(): Promise<void> {
    this.isClosed = true
    await this.settle()
  }

  async settle(): Promise<void> {
    await Promise.all(this.settlers.map((settle) => settle()))
  }
}

/** The journal folder itself, then what is in it (best effort: a file Tandem cannot chmod still opens). */
async function tighten(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  await chmod(dir, PRIVATE_FOLDER_MODE).catch(() => undefined)
  await tightenModes(dir).catch(() => undefined)
}

/** A temp file left by a write that never reached its rename holds nothing the journal needs. */
async function removeStaleTempFiles(dir: string, depth = 0): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory() && depth < 2) await removeStaleTempFiles(path, depth + 1)
      else if (entry.isFile() && entry.name.includes(TEMP_MARKER)) await unlink(path).catch(() => undefined)
    }),
  )
}
