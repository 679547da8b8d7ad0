import {
  type Deleted,
  expiresAt,
  type Restored,
  type TrashEntry,
  type TrashItem,
  type TrashKind,
  type TrashState,
} from '../../shared/domain/trash'
import { type ErrorCode, TandemError } from '../../shared/errors'
import { CascadeError, type FeatureContext } from '../context'
import { trashFormat } from './format'
import { mergeLinks, planLinks } from './links'
import { linksTo, noun, ownerOf, owners, parentMissing, presence, type TrashDeps } from './owners'

export type { TrashDeps } from './owners'

export interface TrashService {
  /**
   * Moves a record (or a practice entry, or a check-in) to the trash with the links to it, then drops
   * those links. Answers the trash id for Undo, and in `warnings` anything it could not finish.
   */
  discard(kind: TrashKind, id: string): Promise<Deleted>
  list(): TrashItem[]
  restore(id: string): Promise<Restored>
  remove(id: string): Promise<{ removed: number }>
  empty(): Promise<{ removed: number }>
}

const gone = () =>
  new TandemError(
    'not-found',
    'That is no longer in the trash: it was restored or removed, or it was deleted more than 30 days ago.',
  )

/** The records that linked an entry's record, each once (a goal may link a session twice). */
function linkedFrom(entry: TrashEntry): TrashItem['linkedFrom'] {
  const seen = new Map<string, TrashItem['linkedFrom'][number]>()
  for (const link of entry.links) {
    if (link.targetId === entry.id) seen.set(link.holderId, { holder: link.holder, title: link.holderTitle })
  }
  return [...seen.values()]
}

function reasonOf(error: unknown): { code: ErrorCode; reason: string } {
  if (error instanceof TandemError) return { code: error.code, reason: error.message }
  return { code: 'write-failed', reason: error instanceof Error ? error.message : String(error) }
}

/**
 * The trash: trash.json, one entry per deleted item, kept 30 days. Every step of a delete or restore
 * is written to the entry before it happens elsewhere (see TrashState), so a crash anywhere leaves the
 * item in place, in the trash, or both for a moment; opening the journal settles "both" (see settle).
 */
export async function openTrash(ctx: FeatureContext, deps: TrashDeps): Promise<TrashService> {
  const doc = await ctx.journal.document('trash.json', trashFormat)
  const all = owners(deps)
  const present = presence(deps)

  const entryOf = (id: string) => doc.data.entries.find((e) => e.id === id)
  const expired = (e: TrashEntry) =>
    e.state !== 'restoring' && expiresAt(e.deletedAt) <= ctx.clock.now().toISOString()
  /** Still in the journal: a delete that never reached it. */
  const inPlace = (e: TrashEntry) => all[e.kind].take(e.id) !== undefined
  const listed = (e: TrashEntry) =>
    !expired(e) && e.state !== 'restoring' && !(e.state === 'deleting' && inPlace(e))

  const setState = (id: string, state: TrashState) =>
    doc.change((data) => {
      data.entries = data.entries.map((e) => (e.id === id ? { ...e, state } : e))
    })
  const drop = (ids: ReadonlySet<string>) =>
    doc.change((data) => {
      data.entries = data.entries.filter((e) => !ids.has(e.id))
    })

  async function discard(kind: TrashKind, id: string): Promise<Deleted> {
    const what = noun[kind]
    const taken = all[kind].take(id)
    if (!taken) throw new TandemError('not-found', `That ${what} no longer exists. It may have been deleted.`)
    const target = all[kind].target
    const earlier = entryOf(id)
    // The entry pairs `kind` with the record its owner took; TypeScript cannot follow that pairing.
    const entry = {
      kind,
      id,
      ...taken,
      deletedAt: ctx.clock.now().toISOString(),
      state: 'deleting',
      links: mergeLinks(earlier?.links ?? [], target ? linksTo(deps, target, id) : []),
    } as TrashEntry
    // 1. The entry, before anything else changes: if this fails, nothing did.
    try {
      await doc.change((data) => {
        data.entries = [...data.entries.filter((e) => e.id !== id && !expired(e)), entry]
      })
    } catch (error) {
      const { code, reason } = reasonOf(error)
      throw new TandemError(code, `Tandem could not delete this ${what}: ${reason} Nothing was changed.`)
    }
    // 2. The record and its cascade.
    const warnings: string[] = []
    const { owner, record } = ownerOf(all, entry)
    try {
      await owner.remove(record)
    } catch (error) {
      const { code, reason } = reasonOf(error)
      if (error instanceof CascadeError) {
        warnings.push(
          `The ${what} is in the trash, but Tandem could not remove every link to it: ${reason} Tandem finishes that the next time it opens.`,
        )
      } else if (inPlace(entry)) {
        await drop(new Set([id])).catch(() => undefined)
        throw new TandemError(code, `This ${what} was not deleted: ${reason}`)
      } else {
        // The store keeps the removal in memory and writes it with the next change of that file.
        warnings.push(`The ${what} is in the trash, but the change has not reached the disk yet: ${reason}`)
      }
    }
    // 3. Done: the open path has nothing left to finish.
    if (warnings.length === 0) await setState(id, 'deleted').catch(() => undefined)
    return { trashId: id, warnings }
  }

  /** Puts an entry's record back, then its links; removes the entry. Safe to run again (on open). */
  async function finishRestore(entry: TrashEntry): Promise<Restored> {
    const { owner, record } = ownerOf(all, entry)
    const what = noun[entry.kind]
    let missing: Awaited<ReturnType<typeof owner.restore>>
    try {
      missing = await owner.restore(record)
    } catch (error) {
      await setState(entry.id, 'deleted').catch(() => undefined)
      const { code, reason } = reasonOf(error)
      throw new TandemError(code, `Tandem could not restore this ${what}: ${reason}`)
    }
    const trashed = (id: string) => {
      const other = entryOf(id)
      return other && other.id !== entry.id && other.state !== 'restoring' ? other : undefined
    }
    const plan = planLinks(entry, missing, present, trashed)
    // A record others can link to announces its return even with no links, so every feature hears it.
    if (owner.target && !plan.apply.has(`${owner.target}:${entry.id}`)) {
      plan.apply.set(`${owner.target}:${entry.id}`, { target: owner.target, id: entry.id, links: [] })
    }
    const failures: string[] = []
    for (const { target, id, links } of plan.apply.values()) {
      await ctx.events.emit(`${target}:restored`, { id, links }).catch((error: unknown) => {
        failures.push(reasonOf(error).reason)
      })
    }
    const notes = [...plan.notes]
    if (failures.length > 0) {
      notes.push(
        `Some links could not be put back yet: ${failures[0]} Tandem tries again the next time it opens.`,
      )
    }
    const waiting = new Map<string, typeof entry.links>()
    for (const { entryId, link } of plan.waiting)
      waiting.set(entryId, [...(waiting.get(entryId) ?? []), link])
    await doc
      .change((data) => {
        data.entries = data.entries.flatMap((e) => {
          // Kept as `restoring` while links are owed, so the next open puts them back.
          if (e.id === entry.id) return failures.length > 0 ? [{ ...e, state: 'restoring' as const }] : []
          const more = waiting.get(e.id)
          return more ? [{ ...e, links: mergeLinks(e.links, more) }] : [e]
        })
      })
      .catch(() => undefined) // still `restoring` on disk: the next open finishes it
    const count = plan.restored
    const withLinks = count > 0 ? ` with ${count} link${count === 1 ? '' : 's'} put back` : ''
    return {
      id: entry.id,
      kind: entry.kind,
      title: entry.title,
      message: `Restored the ${what} “${entry.title}”${withLinks}.`,
      notes,
    }
  }

  /** A delete cut short: undone if it never reached the record, else its cascade is run again. */
  async function finishDelete(entry: TrashEntry): Promise<void> {
    if (inPlace(entry)) return drop(new Set([entry.id]))
    const { owner, record } = ownerOf(all, entry)
    await owner.remove(record)
    await setState(entry.id, 'deleted')
  }

  /**
   * On open: finishes what a crash cut short, then forgets what is older than 30 days. A record found
   * both in place and in the trash ("deleting") is a delete that never reached it: the entry goes.
   * Whatever fails here (a read-only document) is left for the next open.
   */
  async function settle(): Promise<void> {
    for (const entry of [...doc.data.entries]) {
      if (entry.state === 'restoring') await finishRestore(entry).catch(() => undefined)
      else if (entry.state === 'deleting') await finishDelete(entry).catch(() => undefined)
    }
    const stale = doc.data.entries.filter(expired)
    if (stale.length > 0) await drop(new Set(stale.map((e) => e.id))).catch(() => undefined)
  }
  await settle()

  /** Before an entry goes for good, a cascade it never finished is run, so no link is left dangling. */
  async function forget(entries: TrashEntry[]): Promise<number> {
    for (const entry of entries) {
      if (entry.state !== 'deleting') continue
      const { owner, record } = ownerOf(all, entry)
      await owner.remove(record).catch(() => undefined)
    }
    await drop(new Set(entries.map((e) => e.id)))
    return entries.length
  }

  return {
    discard,
    list: () =>
      doc.data.entries
        .filter(listed)
        .sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0))
        .map((e) => ({
          id: e.id,
          kind: e.kind,
          title: e.title,
          parentTitle: e.parentTitle,
          deletedAt: e.deletedAt,
          expiresAt: expiresAt(e.deletedAt),
          linkedFrom: linkedFrom(e),
        })),
    async restore(id) {
      const entry = entryOf(id)
      if (!entry || !listed(entry)) throw gone()
      const blocked = parentMissing(entry, present)
      if (blocked) throw blocked
      try {
        await setState(id, 'restoring')
      } catch (error) {
        const { code, reason } = reasonOf(error)
        throw new TandemError(
          code,
          `Tandem could not restore this ${noun[entry.kind]}: ${reason} Nothing was changed.`,
        )
      }
      return finishRestore(entry)
    },
    async remove(id) {
      const entry = entryOf(id)
      if (!entry || !listed(entry)) throw gone()
      return { removed: await forget([entry]) }
    },
    async empty() {
      return { removed: await forget(doc.data.entries.filter((e) => listed(e) || expired(e))) }
    },
  }
}
