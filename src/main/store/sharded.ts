import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { type DocumentFormat, type DocumentHost, JsonDocument } from './document'
import { ensureFolder } from './folders'
import { newestCopy } from './newest-copy'

/** A shard file holds the items of one key (for example one month): `{ schemaVersion, shard, items }`. */
export interface ShardDoc<T> {
  schemaVersion: number
  shard: string
  items: T[]
  /**
   * Items that moved into this shard: id -> the shard it left and when (a number that only grows). Read
   * only to settle a second copy left by a move cut short; see ShardedCollection.
   */
  movedIn?: Record<string, MovedIn>
}

export interface MovedIn {
  from: string
  at: number
}

/** The schema of a shard of `item`s at format `version`: each sharded format builds its schema with this. */
export function shardSchema<I extends z.ZodType>(item: I, version = 1) {
  return z.object({
    schemaVersion: z.literal(version),
    shard: z.string(),
    items: z.array(item),
    movedIn: z.record(z.string(), z.object({ from: z.string(), at: z.number() })).optional(),
  })
}

let moveCount = 0
/** Increases on every move, also across restarts (time first, then a counter for moves in one millisecond). */
const moveStamp = () => Date.now() * 1000 + (moveCount++ % 1000)

export interface ShardedFormat<T> extends Omit<DocumentFormat<ShardDoc<T>>, 'empty'> {
  /** Which shard an item lives in, e.g. its date's month "2026-11". Must match /^[0-9A-Za-z-]+$/. */
  keyOf: (item: T) => string
}

/** A shard's file name: its key and `.json`. Set-aside files (`2026-11.corrupt-<stamp>.json`) never match. */
export const SHARD_FILE = /^([0-9A-Za-z-]+)\.json$/

/**
 * A growing collection split over small documents in one folder, so that saving one item rewrites
 * only its shard: the cost of a save does not grow with the size of the journal.
 *
 * Crash safety of a move (an item whose key changed, e.g. a session moved to another month) — two files
 * change, and a crash may fall between them:
 * 1. the item is written to its new shard B, which records `movedIn[id] = { from: A, at }`;
 * 2. it is removed from A (and A forgets any `movedIn` entry of its own for it).
 * Every state in between opens to exactly one copy: a copy in B whose `movedIn` names A beats the copy in
 * A (when both name each other, after a move back cut short, the later `at` wins); without a marker (a
 * copy from a backup or a sync tool), the newest copy wins (see newestCopy). Losing copies are removed
 * from their shards while opening, so a later delete cannot bring one back. Writes of one item run one
 * after another, so two moves of it never interleave.
 */
export class ShardedCollection<T extends { id: string }> {
  private readonly shards = new Map<string, Promise<JsonDocument<ShardDoc<T>>>>()
  private readonly byId = new Map<string, Copy<T>>()
  /** Shards that still hold an older copy of an item, after a move whose removal step failed. */
  private readonly leftovers = new Map<string, Set<string>>()
  /** The last disk step asked for, per item: the next one waits for it. */
  private readonly lanes = new Map<string, Promise<void>>()

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
    await ensureFolder(host, folder)
    const names = await readdir(join(host.dir, folder))
    const keys = names.flatMap((name) => SHARD_FILE.exec(name)?.[1] ?? []).sort()
    const docs = await Promise.all(keys.map((key) => collection.shard(key)))
    const losers: Array<{ id: string; key: string }> = []
    for (const [i, doc] of docs.entries()) {
      const key = keys[i] ?? doc.data.shard
      for (const item of doc.data.items) {
        const held = collection.byId.get(item.id)
        if (!held) {
          collection.byId.set(item.id, { item, key })
          continue
        }
        const winner = pickCopy(held, { item, key, movedIn: doc.data.movedIn?.[item.id] })
        losers.push(winner === held ? { id: item.id, key } : { id: item.id, key: held.key })
        collection.byId.set(item.id, winner)
      }
    }
    await collection.dropLosers(losers)
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

  /**
   * The items shard `key` holds as the journal sees them now (a move counts in its new shard): for
   * a reader that follows the writes of one shard (the search index) without comparing every item.
   */
  itemsIn(key: string): T[] {
    const items: T[] = []
    for (const entry of this.byId.values()) if (entry.key === key) items.push(entry.item)
    return items
  }

  /**
   * Which items each shard holds, as the journal sees them now (a move counts in its new shard even
   * before its files are written): one synchronous pass, so no item is missing or counted twice.
   * The items are the live objects; a caller that keeps them across an await sees later changes.
   */
  snapshot(): Array<{ key: string; items: T[] }> {
    const byKey = new Map<string, T[]>()
    for (const { item, key } of this.byId.values()) {
      const items = byKey.get(key)
      if (items) items.push(item)
      else byKey.set(key, [item])
    }
    return Array.from(byKey, ([key, items]) => ({ key, items })).sort((a, b) => (a.key < b.key ? -1 : 1))
  }

  /** Inserts or replaces `item`; moves it to another shard when its key changed. Resolves once on disk. */
  put(item: T): Promise<void> {
    const key = this.format.keyOf(item)
    const previous = this.byId.get(item.id)
    this.byId.set(item.id, { item, key })
    return this.inLane(item.id, async () => {
      const target = await this.shard(key)
      if (!previous || previous.key === key) {
        await target.change((doc) => upsert(doc, item))
        await this.clearLeftovers(item.id, key)
        return
      }
      this.addLeftover(item.id, previous.key)
      const from = previous.key
      await target.change((doc) => {
        upsert(doc, item)
        doc.movedIn = { ...doc.movedIn, [item.id]: { from, at: moveStamp() } }
      })
      await this.clearLeftovers(item.id, key)
    })
  }

  /** Removes the item; false when there was none. */
  async remove(id: string): Promise<boolean> {
    const entry = this.byId.get(id)
    if (!entry) return false
    this.byId.delete(id)
    await this.inLane(id, async () => {
      // Older copies go first: were the newest removed first, a crash would leave an old copy to come back.
      await this.clearLeftovers(id, null)
      const shard = await this.shard(entry.key)
      await shard.change((doc) => removeFrom(doc, id))
    })
    return true
  }

  /** Merges a sync tool's copy of shard `key` into it (see JsonDocument.mergeFrom). */
  async mergeShard(key: string, theirs: Record<string, unknown>): Promise<{ conflicts: number }> {
    const doc = await this.shard(key)
    return doc.mergeFrom(theirs)
  }

  async settle(): Promise<void> {
    await Promise.all(Array.from(this.lanes.values(), (lane) => lane.catch(() => undefined)))
    await Promise.all(Array.from(this.shards.values(), async (doc) => (await doc).settle()))
  }

  /** Runs `step` after every earlier disk step for the same item, whether that one failed or not. */
  private inLane(id: string, step: () => Promise<void>): Promise<void> {
    const previous = this.lanes.get(id) ?? Promise.resolve()
    const next = previous.catch(() => undefined).then(step)
    this.lanes.set(id, next)
    const forget = () => {
      if (this.lanes.get(id) === next) this.lanes.delete(id)
    }
    next.then(forget, forget)
    return next
  }

  private addLeftover(id: string, key: string): void {
    const keys = this.leftovers.get(id) ?? new Set<string>()
    keys.add(key)
    this.leftovers.set(id, keys)
  }

  /** Removes the item from every shard but `keep` that may still hold an older copy. */
  private async clearLeftovers(id: string, keep: string | null): Promise<void> {
    const keys = this.leftovers.get(id)
    if (!keys) return
    for (const key of [...keys]) {
      if (key === keep) {
        keys.delete(key)
        continue
      }
      const shard = await this.shard(key)
      await shard.change((doc) => removeFrom(doc, id))
      keys.delete(key)
    }
    this.leftovers.delete(id)
  }

  /** Removes each losing copy found while opening from its own shard, so it can never come back. */
  private async dropLosers(losers: Array<{ id: string; key: string }>): Promise<void> {
    const byKey = new Map<string, Set<string>>()
    for (const { id, key } of losers) byKey.set(key, (byKey.get(key) ?? new Set()).add(id))
    await Promise.all(
      Array.from(byKey, async ([key, ids]) => {
        const shard = await this.shard(key)
        const winnersHere = new Set(Array.from(ids).filter((id) => this.byId.get(id)?.key === key))
        // A shard is a list, so one holding two copies of an id keeps just the winner's object.
        await shard
          .change((doc) => {
            doc.items = doc.items.filter(
              (it) => !ids.has(it.id) || (winnersHere.has(it.id) && this.byId.get(it.id)?.item === it),
            )
            for (const id of ids) if (!winnersHere.has(id) && doc.movedIn) delete doc.movedIn[id]
          })
          .catch(() => {
            // Not removed now (a read-only or failing shard): a delete of the winner removes it first.
            for (const id of ids) if (!winnersHere.has(id)) this.addLeftover(id, key)
          })
      }),
    )
  }

  /** After an outside change to shard `key` was merged in: what the collection holds follows it. */
  private reindex(key: string, items: T[]): void {
    const here = new Set(items.map((item) => item.id))
    for (const [id, entry] of this.byId) if (entry.key === key && !here.has(id)) this.byId.delete(id)
    for (const item of items) {
      const held = this.byId.get(item.id)
      if (!held || held.key === key) this.byId.set(item.id, { item, key })
    }
  }

  /** The shard for `key`, opened once: concurrent callers share one document, so writes cannot race. */
  private shard(key: string): Promise<JsonDocument<ShardDoc<T>>> {
    const existing = this.shards.get(key)
    if (existing) return existing
    if (!/^[0-9A-Za-z-]+$/.test(key)) return Promise.reject(new Error(`Invalid shard key ${key}`))
    const opening = JsonDocument.open(this.host, join(this.folder, `${key}.json`), {
      ...this.format,
      empty: () => ({ schemaVersion: this.format.current, shard: key, items: [] }),
    }).then((doc) => {
      doc.onMerged = (data) => this.reindex(key, data.items)
      return doc
    })
    this.shards.set(key, opening)
    return opening
  }
}

interface Copy<T> {
  item: T
  key: string
  /** The marker the copy's shard holds for it, if it moved in. */
  movedIn?: MovedIn | undefined
}

/** Which of two copies of one item a journal keeps: the end of the latest move, else the newest. */
function pickCopy<T>(held: Copy<T>, found: Copy<T>): Copy<T> {
  const heldCameFromFound = held.movedIn?.from === found.key
  const foundCameFromHeld = found.movedIn?.from === held.key
  if (heldCameFromFound && foundCameFromHeld) {
    return (found.movedIn?.at ?? 0) > (held.movedIn?.at ?? 0) ? found : held
  }
  if (foundCameFromHeld) return found
  if (heldCameFromFound) return held
  return newestCopy(held, found)
}

function removeFrom<T extends { id: string }>(doc: ShardDoc<T>, id: string): void {
  doc.items = doc.items.filter((it) => it.id !== id)
  if (doc.movedIn && id in doc.movedIn) {
    const { [id]: _gone, ...rest } = doc.movedIn
    if (Object.keys(rest).length > 0) doc.movedIn = rest
    else delete doc.movedIn
  }
}

function upsert<T extends { id: string }>(doc: ShardDoc<T>, item: T): void {
  const index = doc.items.findIndex((it) => it.id === item.id)
  if (index === -1) doc.items.push(item)
  else doc.items[index] = item
}
