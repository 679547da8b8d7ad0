import type { JournalProblem } from '../../shared/contract/journal'
import { TandemError } from '../../shared/errors'
import type { OutsideWatch } from './outside-watch'

/** In place, because features read `doc.data` through the object they were given. */
export function replaceContents(data: Record<string, unknown>, next: Record<string, unknown>): void {
  for (const key of Object.keys(data)) if (!(key in next)) delete data[key]
  Object.assign(data, next)
}

/** What a document does when its file changed behind Tandem's back; see OutsideWatch. */
export async function reconcile<T>(doc: {
  data: T
  relPath: string
  host: { report(problem: JournalProblem): void }
  outside: OutsideWatch
  adapter: { read(): Promise<unknown> }
  makeReadOnly(reason: string): void
  onMerged: ((data: T) => void) | null
}): Promise<void> {
  const outcome = await doc.outside.check(doc.data as Record<string, unknown>, () => doc.adapter.read())
  const at = new Date().toISOString()
  const file = doc.relPath
  if (outcome.kind === 'unchanged') return
  if (outcome.kind === 'newer') {
    const reason = `${file} was changed outside Tandem by a newer version of Tandem (${outcome.error.message}). Tandem leaves it untouched; your last change was not saved to it.`
    doc.makeReadOnly(reason)
    doc.host.report({ kind: 'newer-version', file, movedTo: null, message: reason, at })
    throw new TandemError('read-only', reason)
  }
  if (outcome.kind === 'unreadable') {
    doc.host.report({
      kind: 'merged',
      file,
      movedTo: outcome.copy,
      message: `${file} was changed outside Tandem into something it cannot read. That version was kept as ${outcome.copy}, and Tandem saved your own.`,
      at,
    })
    return
  }
  replaceContents(doc.data as Record<string, unknown>, outcome.data)
  doc.onMerged?.(doc.data)
  doc.host.report({
    kind: 'merged',
    file,
    movedTo: outcome.conflictCopy,
    message:
      outcome.conflictCopy === null
        ? `${file} was changed outside Tandem while it was open (by a sync tool or another computer). Tandem merged those changes with yours; nothing was lost.`
        : `${file} was changed outside Tandem while it was open (by a sync tool or another computer). Tandem merged both; ${outcome.conflicts === 1 ? 'one item was' : `${outcome.conflicts} items were`} changed in both places, so Tandem kept the newer version and saved the outside file as ${outcome.conflictCopy}.`,
    at,
  })
}
