import { randomUUID } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type {
  BackupRequest,
  BackupResult,
  BackupSummary,
  LockedBackup,
  ReportOptions,
} from '../../shared/contract/export'
import { TandemError } from '../../shared/errors'
import type { BackupsService, CheckedBackup } from '../backups/service'
import type { FeatureContext } from '../context'
import { describeFsError } from '../store/document'
import { writeFileDurable } from '../store/durable-file'
import { ExportJobs } from './jobs'
import { reportMarkdown } from './markdown'
import { renderReportPdf, throwIfCancelled } from './pdf'
import { inPeriod } from './period'
import { buildReport, sectionInput } from './report'
import { reportSections, type SectionDeps } from './sections'
import type { GoalStoryModel } from './sections/goal-story'
import { highlightsInfo } from './sections/highlights'
import { summaryInfo } from './sections/summary'

export interface ExportDeps extends SectionDeps {
  /** Backup files: writing, checking and restoring them is the backups feature's. */
  backups: BackupsService
}

const cannot = (what: string) => new TandemError('not-allowed', `This version of Tandem cannot ${what} here.`)

export function openExport(ctx: FeatureContext, deps: ExportDeps) {
  const providers = reportSections(deps)
  const jobs = new ExportJobs()
  const checked = new Map<string, CheckedBackup & { path: string }>()
  /** Holds a checked backup under a new token; only the latest pick can be restored. */
  function summaryOf(backup: CheckedBackup, path: string): BackupSummary {
    const token = randomUUID()
    checked.clear()
    checked.set(token, { ...backup, path })
    return {
      kind: 'checked',
      token,
      path,
      createdAt: backup.createdAt,
      documents: backup.documents.length,
      items: backup.items,
    }
  }
  /** Picked backups that wait for their own passphrase: token -> path. */
  const awaiting = new Map<string, string>()
  const stamp = () => ctx.clock.now().toISOString().slice(0, 10)

  function report(options: ReportOptions, onSection?: (done: number, total: number) => void) {
    return buildReport(options, providers, deps, ctx.clock.now(), onSection)
  }

  async function savePath(name: string, filters: Array<{ name: string; extensions: string[] }>) {
    if (!ctx.ports.chooseSavePath) throw cannot('show a save dialog')
    return ctx.ports.chooseSavePath(name, filters)
  }

  return {
    sections: () => [
      highlightsInfo,
      summaryInfo,
      ...providers.map(({ id, title, description }) => ({ id, title, description })),
    ],

    preview(options: ReportOptions) {
      if (options.focus === 'goal') {
        // The goal's own story: refused in words when there is no such goal or it is kept out of exports.
        const built = report(options)
        const story = built.sections[0]?.model as GoalStoryModel | undefined
        return {
          periodLabel: built.period.label,
          from: built.period.from,
          to: built.period.to,
          sessions: story?.sessions.length ?? 0,
          privateLeftOut: 0,
          empty: false,
        }
      }
      if (options.focus === 'partner') {
        // Their whole relationship: refused in words without a partner, or one with no session to show.
        const built = report(options)
        const theirs = deps.sessions.all().filter((s) => s.partnerId === options.partnerId)
        const hidden = options.includePrivate ? 0 : theirs.filter((s) => s.private).length
        return {
          periodLabel: built.period.label,
          from: built.period.from,
          to: built.period.to,
          sessions: theirs.length - hidden,
          privateLeftOut: hidden,
          empty: false,
        }
      }
      const input = sectionInput(options, deps, ctx.clock.now())
      const matching = deps.sessions
        .all()
        .filter((s) => inPeriod(s.date, input.period))
        .filter((s) => options.partnerId === null || s.partnerId === options.partnerId)
      const hidden = options.includePrivate ? 0 : matching.filter((s) => s.private).length
      const picked = new Set(options.sections)
      // The highlights and the summary are built from every section; the others show only what they hold.
      const fromAll = picked.has(summaryInfo.id) || picked.has(highlightsInfo.id)
      const looked = fromAll ? providers : providers.filter((p) => picked.has(p.id))
      const holdsSomething = looked.some((provider) => {
        const built = provider.build(input)
        return built !== null && !built.isEmpty
      })
      return {
        periodLabel: input.period.label,
        from: input.period.from,
        to: input.period.to,
        sessions: matching.length - hidden,
        privateLeftOut: hidden,
        empty: !holdsSomething,
      }
    },

    async startPdf(options: ReportOptions) {
      const print = ctx.ports.printToPdf
      if (!print) throw cannot('print a PDF')
      const path = await savePath(`tandem-progress-report-${stamp()}.pdf`, [
        { name: 'PDF', extensions: ['pdf'] },
      ])
      if (path === null) return null
      const jobId = jobs.start(async ({ signal, progress }) => {
        progress('building', 'Building the report', 2)
        await new Promise((resolve) => setImmediate(resolve))
        const built = report(options, (done, total) =>
          progress('building', 'Gathering your journal', 2 + Math.round((8 * done) / total)),
        )
        const { pdf, pageCount } = await renderReportPdf(built, print, progress, signal, ctx.appVersion)
        throwIfCancelled(signal)
        progress('saving', `Saving ${pageCount} pages`, 95)
        const temp = `${path}.tandem-${randomUUID().slice(0, 8)}.part`
        try {
          await writeFile(temp, pdf)
          await rename(temp, path)
        } catch (error) {
          await rm(temp, { force: true })
          throw new TandemError(
            'write-failed',
            `Tandem could not save the PDF there (${(error as Error).message}).`,
          )
        }
        return { outputPath: path, pages: pageCount }
      })
      return { jobId }
    },

    progress: (jobId: string) => jobs.status(jobId),
    cancel: (jobId: string) => jobs.cancel(jobId),

    async openOutput(jobId: string) {
      const status = jobs.status(jobId)
      if (!status.done || status.outputPath === null)
        throw new TandemError('not-found', 'That PDF is not ready.')
      if (!ctx.ports.openPath) throw cannot('open files')
      await ctx.ports.openPath(status.outputPath)
    },

    async markdown(options: ReportOptions & { layout: 'single-file' | 'folder' }) {
      const folder = options.layout === 'folder'
      const path = await savePath(
        folder ? `tandem-export-${stamp()}` : `tandem-progress-report-${stamp()}.md`,
        folder ? [] : [{ name: 'Markdown', extensions: ['md'] }],
      )
      if (path === null) return null
      const files = reportMarkdown(report(options), options.layout)
      try {
        for (const file of folder ? files : files.slice(0, 1)) {
          const target = folder ? join(path, ...file.name.split('/')) : path
          await mkdir(dirname(target), { recursive: true })
          await writeFileDurable(target, file.content)
        }
      } catch (error) {
        throw new TandemError(
          'write-failed',
          `Tandem could not write the Markdown there (${describeFsError(error)}). Pick another place.`,
        )
      }
      return { path, files: folder ? files.length : 1 }
    },

    async backup(request?: BackupRequest): Promise<BackupResult | null> {
      const path = await savePath(`tandem-backup-${stamp()}.json`, [
        { name: 'Tandem backup', extensions: ['json'] },
      ])
      if (path === null) return null
      return deps.backups.saveCopy(path, request?.passphrase)
    },

    async inspectBackup(): Promise<BackupSummary | LockedBackup | null> {
      if (!ctx.ports.chooseOpenPath) throw cannot('show an open dialog')
      const path = await ctx.ports.chooseOpenPath([{ name: 'Tandem backup', extensions: ['json'] }])
      if (path === null) return null
      checked.clear()
      awaiting.clear()
      const backup = await deps.backups.inspect(path)
      if (backup === 'needs-passphrase') {
        const token = randomUUID()
        awaiting.set(token, path)
        return { kind: 'needs-passphrase', token, path }
      }
      return summaryOf(backup, path)
    },

    async openBackup(token: string, passphrase: string): Promise<BackupSummary> {
      const path = awaiting.get(token)
      if (path === undefined)
        throw new TandemError('not-found', 'Pick the backup file again, then restore it.')
      const backup = await deps.backups.inspect(path, passphrase)
      if (backup === 'needs-passphrase') throw new TandemError('internal', 'The backup was not opened.')
      awaiting.delete(token)
      return summaryOf(backup, path)
    },

    async restore(token: string) {
      const backup = checked.get(token)
      if (!backup) throw new TandemError('not-found', 'Pick the backup file again, then restore it.')
      checked.delete(token)
      return deps.backups.restoreChecked(backup)
    },
  }
}

export type ExportService = ReturnType<typeof openExport>
