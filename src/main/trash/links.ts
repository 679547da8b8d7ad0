import type { LinkHolder, LinkTarget, TrashEntry, TrashLink } from '../../shared/domain/trash'
import { noun } from './owners'

/** What restoring an entry does with each link it keeps, decided before anything is written. */
export interface LinkPlan {
  /** Links to put back now, by the record they name: one `<target>:restored` event each. */
  apply: Map<string, { target: LinkTarget; id: string; links: TrashLink[] }>
  /** Links whose other end is in the trash: they move to that entry and come back with it. */
  waiting: Array<{ entryId: string; link: TrashLink }>
  /** What could not come back, in words. */
  notes: string[]
  /** How many links come back now. */
  restored: number
}

/**
 * Sorts an entry's links, and the links its restored record lost (`missing`: it named records that
 * are gone), by where their other end is: in the journal (put back now), in the trash (they wait in
 * that entry), or gone for good (said in words).
 */
export function planLinks(
  entry: TrashEntry,
  missing: TrashLink[],
  present: Record<LinkHolder | LinkTarget, (id: string) => boolean>,
  trashed: (id: string) => TrashEntry | undefined,
): LinkPlan {
  const plan: LinkPlan = { apply: new Map(), waiting: [], notes: [], restored: 0 }
  const put = (link: TrashLink) => {
    const key = `${link.target}:${link.targetId}`
    const group = plan.apply.get(key) ?? { target: link.target, id: link.targetId, links: [] }
    group.links.push(link)
    plan.apply.set(key, group)
    plan.restored += 1
  }
  for (const link of entry.links) {
    // An entry keeps links to its record, and links from it that waited for their target.
    const fromOthers = link.targetId === entry.id
    const otherKind = fromOthers ? link.holder : link.target
    const otherId = fromOthers ? link.holderId : link.targetId
    if (present[otherKind](otherId)) {
      put(link)
      continue
    }
    const other = trashed(otherId)
    if (other) plan.waiting.push({ entryId: other.id, link })
    plan.notes.push(
      fromOthers ? holderNote(link, other !== undefined) : targetNote(link.target, other?.title ?? null),
    )
  }
  for (const link of missing) {
    const other = trashed(link.targetId)
    if (other) plan.waiting.push({ entryId: other.id, link })
    plan.notes.push(targetNote(link.target, other?.title ?? null))
  }
  return plan
}

function holderNote(link: TrashLink, inTrash: boolean): string {
  const holder = `The ${noun[link.holder]} “${link.holderTitle}” that linked it`
  return inTrash
    ? `${holder} is in the trash; restoring it brings that link back.`
    : `${holder} is no longer in your journal, so that link could not come back.`
}

function targetNote(target: LinkTarget, trashedTitle: string | null): string {
  return trashedTitle !== null
    ? `It linked the ${noun[target]} “${trashedTitle}”, which is in the trash; restoring that brings the link back.`
    : `It linked a ${noun[target]} that is no longer in your journal, so it came back without that link.`
}

/** The same link twice (kept by two restores) counts once. */
export function linkKey(link: TrashLink): string {
  return [link.holder, link.holderId, link.field, link.target, link.targetId, link.milestone?.id ?? ''].join(
    ':',
  )
}

export function mergeLinks(a: readonly TrashLink[], b: readonly TrashLink[]): TrashLink[] {
  const byKey = new Map<string, TrashLink>()
  for (const link of [...a, ...b]) byKey.set(linkKey(link), link)
  return [...byKey.values()]
}
