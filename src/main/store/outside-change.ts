import { createHash } from 'node:crypto'

/**
 * A document as Tandem last read or wrote it, reduced to one hash per item (`goals#<id>`) and per other
 * top-level field (`remindersSince`): enough to tell, for each item, who changed it since — Tandem, the
 * outside writer (a sync tool, another computer), or both — without keeping a second copy of the journal.
 */
export type Snapshot = Map<string, string>

export interface MergeConflict {
  /** `goals#<id>` or a field name. */
  key: string
  /** Which side's version the merged document holds. */
  kept: 'ours' | 'theirs'
  why: 'changed on both sides' | 'deleted on one side, changed on the other'
}

export interface MergeResult {
  merged: Record<string, unknown>
  conflicts: MergeConflict[]
  /** False when the outside version brought nothing new (e.g. the same bytes rewritten). */
  changed: boolean
}

const hash = (value: unknown): string => createHash('sha1').update(JSON.stringify(value)).digest('base64')

type Item = { id: string } & Record<string, unknown>

function isItemList(value: unknown): value is Item[] {
  return (
    Array.isArray(value) &&
    value.every((v) => typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string')
  )
}

export function snapshotOf(doc: unknown): Snapshot {
  const snapshot: Snapshot = new Map()
  if (typeof doc !== 'object' || doc === null) return snapshot
  for (const [key, value] of Object.entries(doc)) {
    if (isItemList(value) && value.length > 0)
      for (const item of value) snapshot.set(`${key}#${item.id}`, hash(item))
    else snapshot.set(key, hash(value))
  }
  return snapshot
}

/** The newer of two versions of one item, by its ISO stamps; ours on a tie. */
function newer(ours: Item, theirs: Item): 'ours' | 'theirs' {
  const stamp = (item: Item) => String(item.updatedAt ?? item.createdAt ?? '')
  return stamp(theirs) > stamp(ours) ? 'theirs' : 'ours'
}

/**
 * Three-way merge of one document: `base` is what Tandem last read or wrote, `ours` what it holds now,
 * `theirs` what is on disk now. Lists of items with ids merge item by item: a change on one side is
 * taken; the same item changed on both sides keeps the newer version (the other goes to a conflict copy,
 * made by the caller); a delete on one side wins unless the other side changed the item. Other fields
 * take the side that changed them, ours when both did.
 */
export function mergeOutside(
  base: Snapshot,
  ours: Record<string, unknown>,
  theirs: Record<string, unknown>,
): MergeResult {
  const merged: Record<string, unknown> = {}
  const conflicts: MergeConflict[] = []
  let changed = false
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const o = ours[key]
    const t = theirs[key]
    if (isItemList(o ?? []) && isItemList(t ?? []) && (Array.isArray(o) || Array.isArray(t))) {
      const list = mergeItems(key, base, (o ?? []) as Item[], (t ?? []) as Item[], conflicts)
      changed ||= list.changed
      merged[key] = list.items
      continue
    }
    const [hb, ho, ht] = [base.get(key), hash(o), hash(t)]
    if (ho === ht || ht === hb) merged[key] = o
    else if (ho === hb) {
      merged[key] = t
      changed = true
    } else {
      merged[key] = o
      changed = true
      conflicts.push({ key, kept: 'ours', why: 'changed on both sides' })
    }
    if (merged[key] === undefined) delete merged[key]
  }
  return { merged, conflicts, changed }
}

function mergeItems(
  key: string,
  base: Snapshot,
  ours: Item[],
  theirs: Item[],
  conflicts: MergeConflict[],
): { items: Item[]; changed: boolean } {
  const theirsById = new Map(theirs.map((item) => [item.id, item]))
  const oursIds = new Set(ours.map((item) => item.id))
  const items: Item[] = []
  let changed = false
  const keep = (item: Item, from: 'ours' | 'theirs') => {
    items.push(item)
    if (from === 'theirs') changed = true
  }
  for (const o of ours) {
    const t = theirsById.get(o.id)
    const b = base.get(`${key}#${o.id}`)
    const ho = hash(o)
    if (t) {
      const ht = hash(t)
      if (ho === ht || ht === b) keep(o, 'ours')
      else if (ho === b) keep(t, 'theirs')
      else {
        const side = newer(o, t)
        keep(side === 'ours' ? o : t, side)
        changed = true
        conflicts.push({ key: `${key}#${o.id}`, kept: side, why: 'changed on both sides' })
      }
    } else if (b === undefined) {
      keep(o, 'ours') // added here
    } else if (ho === b) {
      changed = true // deleted outside, untouched here
    } else {
      keep(o, 'ours')
      changed = true
      conflicts.push({
        key: `${key}#${o.id}`,
        kept: 'ours',
        why: 'deleted on one side, changed on the other',
      })
    }
  }
  for (const t of theirs) {
    if (oursIds.has(t.id)) continue
    const b = base.get(`${key}#${t.id}`)
    if (b === undefined)
      keep(t, 'theirs') // added outside
    else if (hash(t) !== b) {
      keep(t, 'theirs')
      conflicts.push({
        key: `${key}#${t.id}`,
        kept: 'theirs',
        why: 'deleted on one side, changed on the other',
      })
    }
    // else: deleted here, untouched outside: stays deleted.
  }
  return { items, changed }
}
