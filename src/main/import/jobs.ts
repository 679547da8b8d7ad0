import { randomUUID } from 'node:crypto'
import type { ImportJobStatus, ImportResult, ImportStage } from '../../shared/contract/import'
import { notFound, TandemError } from '../../shared/errors'

export type ImportProgress = (stage: ImportStage, label: string, percent: number) => void

/** An import runs as a job the screen polls, so every other request keeps being answered while it writes. */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJobStatus>()

  start(work: (progress: ImportProgress) => Promise<ImportResult>): string {
    const jobId = randomUUID()
    const status: ImportJobStatus = {
      jobId,
      stage: 'backing-up',
      label: 'Backing up your journal',
      percent: 0,
      done: false,
      error: null,
      result: null,
    }
    this.jobs.set(jobId, status)
    for (const id of [...this.jobs.keys()].slice(0, -10)) this.jobs.delete(id)
    const progress: ImportProgress = (stage, label, percent) => {
      if (!status.done)
        Object.assign(status, { stage, label, percent: Math.max(status.percent, Math.min(99, percent)) })
    }
    void work(progress).then(
      (result) =>
        Object.assign(status, { stage: 'done', label: 'Imported', percent: 100, done: true, result }),
      (error: unknown) =>
        Object.assign(status, {
          stage: 'failed',
          label: 'Failed',
          done: true,
          error:
            error instanceof TandemError
              ? error.message
              : 'The import stopped inside Tandem. What it wrote can be undone from the list of imports.',
        }),
    )
    return jobId
  }

  status(jobId: string): ImportJobStatus {
    const status = this.jobs.get(jobId)
    if (!status) throw notFound('import')
    return { ...status }
  }
}
