import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { decodeDocument, encodeDocument } from './codec'
import { type DurableFs, readBytesIfExists, writeFileDurable } from './durable-file'

/** "Item `id` is moving from shard `from` to shard `to`": ids and keys only, never journal text. */
export interface MoveIntent {
  id: string
  from: string
  to: string
}

/** Intent files start with a dot, so the shard pattern and backups never take them for a shard. */
const INTENT_FILE = /^\.move-[0-9a-f]{16}\.json$/

/** The intent files of one sharded folder: at most one per item, written durably before a move starts. */
export class MoveIntents {
  constructor(
    private readonly folder: string,
    private readonly fs: DurableFs,
  ) {}

  write(intent: MoveIntent): Promise<void> {
    return writeFileDurable(this.pathOf(intent.id), encodeDocument(intent), this.fs)
  }

  async remove(id: string): Promise<void> {
    try {
      await this.fs.unlink(this.pathOf(id))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }

  /** Every intent left by a move that did not finish. An unreadable one is dropped: it holds no text. */
  async readAll(): Promise<Map<string, MoveIntent>> {
    const found = new Map<string, MoveIntent>()
    const names = (await readdir(this.folder)).filter((name) => INTENT_FILE.test(name))
    for (const name of names) {
      const intent = parseIntent(readBytesIfExists(join(this.folder, name)))
      if (intent && this.pathOf(intent.id) === join(this.folder, name)) found.set(intent.id, intent)
      else await this.fs.unlink(join(this.folder, name)).catch(() => undefined)
    }
    return found
  }

  async removeAll(intents: Iterable<MoveIntent>): Promise<void> {
    for (const intent of intents) await this.remove(intent.id).catch(() => undefined)
  }

  private pathOf(id: string): string {
    const hash = createHash('sha256').update(id).digest('hex').slice(0, 16)
    return join(this.folder, `.move-${hash}.json`)
  }
}

function parseIntent(bytes: Uint8Array | null): MoveIntent | null {
  if (bytes === null) return null
  try {
    const value = decodeDocument(bytes)
    if (typeof value !== 'object' || value === null) return null
    const { id, from, to } = value as Record<string, unknown>
    if (typeof id !== 'string' || typeof from !== 'string' || typeof to !== 'string') return null
    return { id, from, to }
  } catch {
    return null
  }
}
