import { randomUUID } from 'node:crypto'
import type { ExportJobStatus, ExportStage } from '../../shared/contract/export'
import { notFound, TandemError } from '../../shared/errors'

export interface JobControls {
  signal: AbortSignal
  progress(stage: ExportStage, label: string, percent: number): void
}

export interface JobOutcome {
  outputPath: string
  pages: number | null
}

const KEEP = 20

/**
 * Long exports run as jobs: IPC is request/response, so the screen starts a job, polls its status and may
 * cancel it, while every other request keeps being answered.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, { status: ExportJobStatus; abort: AbortController }>()

  start(work: (controls: JobControls) => Promise<JobOutcome>): string {
    const jobId = randomUUID()
    const abort = new AbortController()
    const status: ExportJobStatus = {
      jobId,
      stage: 'building',
      label: 'Starting',
      percent: 0,
      done: false,
      error: null,
      outputPath: null,
      pages: null,
    }
    this.jobs.set(jobId, { status, abort })
    this.prune()
    const controls: JobControls = {
      signal: abort.signal,
      progress(stage, label, percent) {
        if (status.done) return
        Object.assign(status, { stage, label, percent: Math.max(status.percent, Math.min(100, percent)) })
      },
    }
    void work(controls).then(
      (outcome) => {
        Object.assign(status, { stage: 'done', label: 'Saved', percent: 100, done: true, ...outcome })
      },
      (error: unknown) => {
        const cancelled = abort.signal.aborted || (error instanceof TandemError && error.code === 'cancelled')
        Object.assign(status, {
          stage: cancelled ? 'cancelled' : 'failed',
          label: cancelled ? 'Cancelled' : 'Failed',
          done: true,
          error: cancelled
            ? 'The export was cancelled. Nothing was saved.'
            : error instanceof TandemError
              ? error.message
              : 'The export failed inside Tandem. Nothing was saved.',
        })
      },
    )
    return jobId
  }

  status(jobId: string): ExportJobStatus {
    const job = this.jobs.get(jobId)
    if (!job) throw notFound('export')
    return { ...job.status }
  }

  cancel(jobId: string): void {
    const job = this.jobs.get(jobId)
    if (!job) throw notFound('export')
    if (job.status.done) return
    job.status.label = 'Cancelling…'
    job.abort.abort()
  }

  private prune(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEEP) break
      if (job.status.done) this.jobs.delete(id)
    }
  }
}
