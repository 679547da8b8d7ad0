import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { type DocumentFormat, type DocumentHost, JsonDocument } from './document'

/** A shard file holds the items of one key (for example one month): `{ schemaVersion, shard, items }`. */
export interface ShardDoc<T> {
  schemaVersion: number
  shard: string
  items: T[]
}

export interface ShardedFormat<T> extends Omit<DocumentFormat<ShardDoc<T>>, 'empty'> {
  /** Which shard an item lives in, e.g. its date's month "2026-11". Must match /^[0-9A-Za-z-]+$/. */
  keyOf: (item: T) => string
}

/** A shard's file name: its key and `.json`. Set-aside files (`2026-11.corrupt-<stamp>.json`) never match. */
export const SHARD_FILE = /^([0-9A-Za-z-]+)\.json$/

/**
 * A growing collection split over small documents in one folder, so that saving one item rewrites
 * only its shard: the cost of a save does not grow with the size of the journal.
 */
export class ShardedCollection<T extends { id: string }> {
  private readonly shards = new Map<string, Promise<JsonDocument<ShardDoc<T>>>>()
  private readonly byId = new Map<string, { item: T; key: string }>()

  private constructor(
    private readonly host: DocumentHost,
    private readonly folder: string,
    private readonly format: ShardedFormat<T>,
  ) {}

  static async open<T extends { id: string }>(
    host: DocumentHost,
    folder: string,
    format: ShardedFormat<T>,
  ): Promise<ShardedCollection<T>> {
    const collection = new ShardedCollection(host, folder, format)
    await mkdir(join(host.dir, folder), { recursive: true })
    const names = await readdir(join(host.dir, folder))
    const keys = names.flatMap((name) => SHARD_FILE.exec(name)?.[1] ?? [])
    const docs = await Promise.all(keys.map((key) => collection.shard(key)))
    for (const [i, doc] of docs.entries()) {
      const key = keys[i] ?? doc.data.shard
      for (const item of doc.data.items) {
        collection.byId.set(item.id, { item, key })
      }
    }
    return collection
  }

  get size(): number {
    return this.byId.size
  }

  get(id: string): T | undefined {
    return this.byId.get(id)?.item
  }

  all(): T[] {
    return Array.from(this.byId.values(), (entry) => entry.item)
  }

  /** Inserts or replaces `item`; moves it to another shard when its key changed. Resolves once on disk. */
  async put(item: T): Promise<void> {
    const key = this.format.keyOf(item)
    const previous = this.byId.get(item.id)
    const target = await this.shard(key)
    const writes: Promise<void>[] = []
    if (previous && previous.key !== key) {
      const old = await this.shard(previous.key)
      writes.push(
        target.change((doc) => {
          doc.items.push(item)
        }),
      )
      writes.push(
        old.change((doc) => {
          doc.items = doc.items.filter((it) => it.id !== item.id)
        }),
      )
    } else {
      writes.push(
        target.change((doc) => {
          const index = doc.items.findIndex((it) => it.id === item.id)
          if (index === -1) doc.items.push(item)
          else doc.items[index] = item
        }),
      )
    }
    this.byId.set(item.id, { item, key })
    await Promise.all(writes)
  }

  /** Removes the item; false when there was none. */
  async remove(id: string): Promise<boolean> {
    const entry = this.byId.get(id)
    if (!entry) return false
    const shard = await this.shard(entry.key)
    this.byId.delete(id)
    await shard.change((doc) => {
      doc.items = doc.items.filter((it) => it.id !== id)
    })
    return true
  }

  async settle(): Promise<void> {
    await Promise.all(Array.from(this.shards.values(), async (doc) => (await doc).settle()))
  }

  /** The shard for `key`, opened once: concurrent callers share one document, so writes cannot race. */
  private shard(key: string): Promise<JsonDocument<ShardDoc<T>>> {
    const existing = this.shards.get(key)
    if (existing) return existing
    if (!/^[0-9A-Za-z-]+$/.test(key)) return Promise.reject(new Error(`Invalid shard key ${key}`))
    const opening = JsonDocument.open(this.host, join(this.folder, `${key}.json`), {
      ...this.format,
      empty: () => ({ schemaVersion: this.format.current, shard: key, items: [] }),
    })
    this.shards.set(key, opening)
    return opening
  }
}
