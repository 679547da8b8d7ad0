import { chmod, mkdir, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import type { JournalProblem } from '../../shared/contract/journal'
import { type DocumentFormat, type DocumentHost, JsonDocument } from './document'
import { type DurableFs, nodeDurableFs, PRIVATE_FOLDER_MODE, TEMP_MARKER } from './durable-file'
import { tightenModes } from './folders'
import type { VersionedFormat } from './migrations'
import { ShardedCollection, type ShardedFormat } from './sharded'

/** How to read and check one kind of document, without knowing its type (for backup and restore). */
export interface RegisteredFormat extends VersionedFormat {
  schema: z.ZodType
}

/** A document or sharded collection some feature opened: backups hold exactly these files. */
export type RegisteredDocument =
  | { kind: 'document'; path: string; format: RegisteredFormat }
  | { kind: 'sharded'; folder: string; format: RegisteredFormat }

/**
 * The journal folder: every document Tandem keeps, and the problems met while opening them.
 * Features ask it for their documents; it knows nothing of sessions, goals or skills.
 */
export class Journal implements DocumentHost {
  private readonly found: JournalProblem[] = []
  private readonly settlers: Array<() => Promise<void>> = []
  private readonly registry: RegisteredDocument[] = []

  private constructor(
    readonly dir: string,
    readonly fs: DurableFs,
  ) {}

  static async open(dir: string, fs: DurableFs = nodeDurableFs): Promise<Journal> {
    await mkdir(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE })
    await tighten(dir)
    await removeStaleTempFiles(dir)
    return new Journal(dir, fs)
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
    const doc = await JsonDocument.open(this, relPath, format)
    this.settlers.push(() => doc.settle())
    return doc
  }

  async sharded<T extends { id: string }>(
    folder: string,
    format: ShardedFormat<T>,
  ): Promise<ShardedCollection<T>> {
    this.registry.push({ kind: 'sharded', folder, format })
    const collection = await ShardedCollection.open<T>(this, folder, format)
    this.settlers.push(() => collection.settle())
    return collection
  }

  /** Every document and collection opened so far, in the order features opened them. */
  get registered(): RegisteredDocument[] {
    return [...this.registry]
  }

  /** Waits until every write asked for is on disk (or has failed). */
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
