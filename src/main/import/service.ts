import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type {
  ImportMapping,
  ImportPreview,
  ImportRecord,
  ImportResult,
  ImportSource,
} from '../../shared/contract/import'
import type { LinkTarget, TrashLink } from '../../shared/domain/trash'
import { TandemError } from '../../shared/errors'
import type { BackupsService } from '../backups/service'
import type { FeatureContext } from '../context'
import type { PartnersService } from '../partners/service'
import type { ReflectionsService } from '../reflections/service'
import type { SessionsService } from '../sessions/service'
import type { SourceRead } from './entries'
import { ImportEntry, importsFormat } from './format'
import { ImportJobs, type ImportProgress } from './jobs'
import { firstLineOf, type ImportPlan, type JournalView, keyOf, planImport } from './plan'
import { FILTERS, readSource } from './read'
import { writeInSlices } from './slices'

export interface ImportDeps {
  partners: Pick<PartnersService, 'list' | 'restore' | 'remove'>
  sessions: Pick<SessionsService, 'records' | 'find' | 'restore' | 'remove'>
  reflections: Pick<ReflectionsService, 'records' | 'find' | 'restore' | 'remove'>
  backups: Pick<BackupsService, 'saveBeforeImport'>
  /** Every feature that links to sessions or partners: undo keeps what the user has linked since. */
  linkers: Array<{ linksTo(target: LinkTarget, id: string): TrashLink[] }>
}

interface Picked {
  source: ImportSource
  name: string
  read: SourceRead
}

const defaultMapping = (read: SourceRead): ImportMapping => ({
  as: 'sessions',
  partner: read.namesPartners ? { kind: 'as-written' } : { kind: 'none' },
  tagsAsTopics: true,
  duplicates: 'skip',
})

export function recordOf(entry: ImportEntry): ImportRecord {
  return {
    id: entry.id,
    at: entry.at,
    source: entry.source,
    name: entry.name,
    sessions: entry.sessionIds.length,
    reflections: entry.reflectionIds.length,
    partners: entry.partnerIds.length,
    undoneAt: entry.undoneAt,
    finishedAt: entry.finishedAt,
    keptEdited: entry.keptEdited,
  }
}

export async function openImport(ctx: FeatureContext, deps: ImportDeps) {
  const doc = await ctx.journal.document('imports.json', importsFormat)
  const jobs = new ImportJobs()
  const picked = new Map<string, Picked>()
  let running = false

  function view(): JournalView {
    const sessions = deps.sessions.records()
    return {
      partners: deps.partners.list(),
      sessionKeys: new Set(sessions.map((s) => keyOf(s.date, s.title))),
      reflectionKeys: new Set(deps.reflections.records().map((r) => keyOf(r.date, firstLineOf(r.answer)))),
      sessionIds: new Set(sessions.map((s) => s.id)),
      // An import a crash cut short does not count: its entries that did land are found by date and title.
      importedSourceIds: new Set(
        doc.data.imports.flatMap((i) => (i.undoneAt === null && i.finishedAt !== null ? i.sourceIds : [])),
      ),
    }
  }

  function pickedBy(token: string): Picked {
    const found = picked.get(token)
    if (!found) {
      throw new TandemError('not-found', 'That file is no longer open for import. Pick it again.')
    }
    return found
  }

  function previewOf(token: string, pick: Picked, plan: ImportPlan): ImportPreview {
    const dates = pick.read.entries.map((e) => e.date).sort()
    const written = [...plan.sessions, ...plan.reflections]
    return {
      token,
      source: pick.source,
      name: pick.name,
      found: pick.read.entries.length + pick.read.skipped.length,
      toImport: written.length,
      from: dates[0] ?? null,
      to: dates[dates.length - 1] ?? null,
      skipped: plan.skipped,
      duplicates: plan.duplicates,
      attachmentsIgnored: pick.read.attachmentsIgnored,
      newPartners: plan.partners.map((p) => p.name),
      namesPartners: pick.read.namesPartners,
      notes: plan.notes,
      sample: [
        ...plan.sessions.map((s) => ({ date: s.date, title: s.title })),
        ...plan.reflections.map((r) => ({ date: r.date, title: firstLineOf(r.answer) })),
      ].slice(0, 5),
    }
  }

  function preview(token: string, mapping: ImportMapping): ImportPreview {
    const pick = pickedBy(token)
    return previewOf(token, pick, planImport(pick.read, mapping, view(), ctx.clock.now().toISOString()))
  }

  async function write(
    pick: Picked,
    mapping: ImportMapping,
    progress: ImportProgress,
  ): Promise<ImportResult> {
    const backupPath = await deps.backups.saveBeforeImport()
    const now = ctx.clock.now().toISOString()
    const plan = planImport(pick.read, mapping, view(), now)
    const total = plan.sessions.length + plan.reflections.length
    if (total === 0)
      throw new TandemError(
        'invalid-input',
        'There is nothing left to import with these choices. Your journal was not changed.',
      )
    const entry: ImportEntry = {
      id: randomUUID(),
      at: now,
      source: pick.source,
      name: pick.name,
      sessionIds: plan.sessions.map((s) => s.id),
      reflectionIds: plan.reflections.map((r) => r.id),
      partnerIds: plan.partners.map((p) => p.id),
      sourceIds: plan.sourceIds,
      finishedAt: null,
      undoneAt: null,
      keptEdited: 0,
    }
    // The ledger first: were Tandem to stop half way, what was written can still be found and undone.
    // Checked before it is written: a ledger its own schema refuses would be set aside on the next open.
    const checked = ImportEntry.parse(entry)
    await doc.change((data) => {
      data.imports.push(checked)
    })
    for (const partner of plan.partners) await deps.partners.restore(partner)
    progress('writing', `Writing ${total.toLocaleString('en')} entries`, 2)
    let done = 0
    const tick = (n: number) => {
      done += n
      progress(
        'writing',
        `Written ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`,
        2 + (97 * done) / total,
      )
    }
    await writeInSlices(plan.sessions, (s) => deps.sessions.restore(s), tick)
    await writeInSlices(plan.reflections, (r) => deps.reflections.restore(r), tick)
    await doc.change((data) => {
      const held = data.imports.find((i) => i.id === entry.id)
      if (held) held.finishedAt = ctx.clock.now().toISOString()
    })
    return {
      importId: entry.id,
      sessions: plan.sessions.length,
      reflections: plan.reflections.length,
      partners: plan.partners.length,
      backupPath,
    }
  }

  return {
    async pick(source: ImportSource): Promise<ImportPreview | null> {
      const path =
        source === 'markdown'
          ? await (ctx.ports.chooseOpenFolder?.() ?? Promise.reject(cannotChoose()))
          : await (ctx.ports.chooseOpenPath?.(FILTERS[source]) ?? Promise.reject(cannotChoose()))
      if (path === null) return null
      const read = await readSource(source, path)
      if (read.entries.length === 0 && read.skipped.length === 0) {
        throw new TandemError('invalid-input', 'That file holds no entries. Nothing was imported.')
      }
      const token = randomUUID()
      picked.clear()
      const pick = { source, name: basename(path), read }
      picked.set(token, pick)
      return previewOf(
        token,
        pick,
        planImport(read, defaultMapping(read), view(), ctx.clock.now().toISOString()),
      )
    },

    preview,

    start(token: string, mapping: ImportMapping): { jobId: string } {
      const pick = pickedBy(token)
      // Checks the mapping (a partner that is gone) before anything is backed up or written.
      planImport(pick.read, mapping, view(), ctx.clock.now().toISOString())
      if (running) throw new TandemError('conflict', 'An import is already running. Wait for it to finish.')
      running = true
      picked.delete(token)
      const jobId = jobs.start((progress) =>
        write(pick, mapping, progress).finally(() => {
          running = false
        }),
      )
      return { jobId }
    },

    progress: (jobId: string) => jobs.status(jobId),

    history: (): ImportRecord[] => [...doc.data.imports].reverse().map(recordOf),

    /** Takes out what the import wrote; what the user edited since stays, and is counted. */
    async undo(importId: string): Promise<ImportRecord> {
      const entry = doc.data.imports.find((i) => i.id === importId)
      if (!entry) throw new TandemError('not-found', 'That import is not in the list any more.')
      if (entry.undoneAt !== null) return recordOf(entry)
      if (running) throw new TandemError('conflict', 'An import is running. Undo it once it has finished.')
      // What the user has edited since, or linked a goal, skill or reflection of theirs to, stays.
      const linked = (target: LinkTarget, id: string) =>
        deps.linkers.some((feature) => feature.linksTo(target, id).length > 0)
      const untouched = (record: { updatedAt: string } | undefined) =>
        record !== undefined && record.updatedAt <= entry.at
      let kept = 0
      const sessions = entry.sessionIds.filter((id) => {
        const record = deps.sessions.find(id)
        const goes = untouched(record) && !linked('session', id)
        if (record && !goes) kept++
        return goes
      })
      const reflections = entry.reflectionIds.filter((id) => {
        const record = deps.reflections.find(id)
        if (record && !untouched(record)) kept++
        return untouched(record)
      })
      await writeInSlices(
        sessions,
        (id) => deps.sessions.remove(id),
        () => undefined,
      )
      await writeInSlices(
        reflections,
        (id) => deps.reflections.remove(id),
        () => undefined,
      )
      // A partner the import made goes too, unless the user changed them or something still names them.
      for (const id of entry.partnerIds) {
        const partner = deps.partners.list().find((p) => p.id === id)
        if (partner && untouched(partner) && !linked('partner', id)) await deps.partners.remove(id)
      }
      await doc.change((data) => {
        const held = data.imports.find((i) => i.id === importId)
        if (held) {
          held.undoneAt = ctx.clock.now().toISOString()
          held.keptEdited = kept
        }
      })
      const after = doc.data.imports.find((i) => i.id === importId)
      return recordOf(after ?? entry)
    },
  }
}

const cannotChoose = () =>
  new TandemError('not-allowed', 'This version of Tandem cannot show an open dialog here.')

export type ImportService = Awaited<ReturnType<typeof openImport>>
