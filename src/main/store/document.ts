import { rename } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { type Adapter, Low } from 'lowdb'
import type { z } from 'zod'
import type { JournalProblem } from '../../shared/contract/journal'
import { TandemError } from '../../shared/errors'
import type { FileCipher } from './cipher'
import { decodeDocument, encodeDocument } from './codec'
import { type DurableFs, readBytesIfExists, writeFileDurable } from './durable-file'
import { InvalidDocumentError, migrate, NewerVersionError, type VersionedFormat } from './migrations'
import { mergeOutside } from './outside-change'
import { OutsideWatch } from './outside-watch'
import { reconcile, replaceContents } from './reconcile'

export interface DocumentFormat<T> extends VersionedFormat {
  /** Validates the whole document after migration, on every read. */
  schema: z.ZodType<T>
  /**
   * Optional shortcut for large documents: true only for a (migrated) document that `schema` accepts
   * and returns unchanged (no key it would strip). Then the document is used as parsed; otherwise
   * `schema` decides. It must never accept what `schema` rejects: test it against the schema.
   */
  check?: (doc: unknown) => boolean
  /** The document of a new journal, or of one whose file was set aside. */
  empty: () => T
  /**
   * Tandem's own notes rather than what the user keeps (which reminders were shown today): its writes
   * are not announced to `Journal.onWritten`, so they alone never start a daily backup — one a day
   * would push older, different backups out of the retention window.
   */
  bookkeeping?: boolean
}

export interface DocumentHost {
  readonly dir: string
  readonly fs: DurableFs
  /** Turns file bytes into plain bytes and back: the journal's encryption, or nothing (store/cipher.ts). */
  readonly cipher: FileCipher
  report(problem: JournalProblem): void
  /** True once the journal has been closed: its documents take no more changes. */
  readonly closed: boolean
  /** Told after each successful write of a document (the daily backup starts on the first one). */
  written?(relPath: string): void
}

/** A lowdb adapter that migrates and validates on read and writes durably. */
class ValidatingDurableAdapter<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly relPath: string,
    private readonly format: DocumentFormat<T>,
    private readonly host: Pick<DocumentHost, 'fs' | 'cipher'>,
  ) {}

  async read(): Promise<T | null> {
    const bytes = readBytesIfExists(this.path)
    if (bytes === null) return null
    const raw = decodeDocument(this.host.cipher.open(bytes, this.relPath))
    const { doc } = migrate(raw, this.format)
    if (this.format.check?.(doc)) return doc as T
    const parsed = this.format.schema.safeParse(doc)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
      throw new InvalidDocumentError(`its contents are not what Tandem expects${where}`)
    }
    return parsed.data
  }

  async write(data: T): Promise<void> {
    await this.writeText(serializeDocument(data))
  }

  /** Writes text already serialized from the document (once, so the outside watch can keep it). */
  async writeText(text: string): Promise<void> {
    await writeFileDurable(this.path, this.host.cipher.seal(text, this.relPath), this.host.fs)
  }
}

/** The text of a document on disk (the codec's; kept under this name for its callers). */
export const serializeDocument = encodeDocument

interface Deferred {
  promise: Promise<void>
  resolve: () => void
  reject: (error: unknown) => void
}

function deferred(): Deferred {
  let resolve: () => void = () => undefined
  let reject: (error: unknown) => void = () => undefined
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** A moment as a file-name-safe stamp: 2026-11-27T14-04-05-123Z. */
export function fileStamp(now: Date = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/**
 * One JSON document of the journal, held in memory. Writes to it are serialized and coalesced:
 * while one write is on its way to disk, any number of further changes share the next single write.
 */
export class JsonDocument<T> {
  private readOnlyReason: string | null = null
  private writing: Promise<void> = Promise.resolve()
  private queued: Deferred | null = null

  private constructor(
    private readonly low: Low<T>,
    private readonly adapter: ValidatingDurableAdapter<T>,
    readonly relPath: string,
    private readonly host: DocumentHost,
  ) {
    this.outside = new OutsideWatch(join(host.dir, relPath), relPath, host)
  }

  private readonly outside: OutsideWatch
  /** Told when an outside change was merged in, so a collection can re-index what it holds. */
  onMerged: ((data: T) => void) | null = null

  static async open<T>(
    host: DocumentHost,
    relPath: string,
    format: DocumentFormat<T>,
  ): Promise<JsonDocument<T>> {
    const path = join(host.dir, relPath)
    const adapter = new ValidatingDurableAdapter(path, relPath, format, host)
    const low = new Low<T>(adapter, format.empty())
    const doc = new JsonDocument(low, adapter, relPath, host)
    try {
      await low.read()
      doc.outside.noteRead()
    } catch (error) {
      low.data = format.empty()
      if (error instanceof NewerVersionError) {
        doc.readOnlyReason = `${relPath} was ${error.message}. Tandem leaves it untouched; update Tandem to use it.`
        host.report({
          kind: 'newer-version',
          file: relPath,
          movedTo: null,
          message: doc.readOnlyReason,
          at: new Date().toISOString(),
        })
      } else {
        const reason = error instanceof InvalidDocumentError ? error.message : describeFsError(error)
        const movedTo = await setAside(host.dir, relPath)
        host.report({
          kind: 'set-aside',
          file: relPath,
          movedTo,
          message: `${relPath} could not be read: ${reason}. It was kept as ${movedTo} and nothing was written over it; what it held is not shown.`,
          at: new Date().toISOString(),
        })
      }
    }
    return doc
  }

  get data(): T {
    return this.low.data
  }

  get writable(): boolean {
    return this.readOnlyReason === null
  }

  /** Applies `mutate` in memory now; resolves once a write that includes it is on disk. */
  change(mutate: (data: T) => void): Promise<void> {
    if (this.host.closed) {
      return Promise.reject(
        new TandemError('read-only', 'Tandem is reopening your journal. Try that again in a moment.'),
      )
    }
    if (this.readOnlyReason !== null) {
      return Promise.reject(new TandemError('read-only', this.readOnlyReason))
    }
    this.outside.noteUnchanged(this.low.data)
    mutate(this.low.data)
    return this.scheduleWrite()
  }

  private mergeOutsideChange(): Promise<void> {
    return reconcile({
      data: this.low.data,
      relPath: this.relPath,
      host: this.host,
      outside: this.outside,
      adapter: this.adapter,
      makeReadOnly: (reason) => {
        this.readOnlyReason = reason
      },
      onMerged: this.onMerged,
    })
  }

  /**
   * Brings in another version of this document (a sync tool's copy): items only there are added, items
   * in both keep the newer version. Resolves once the merged document is on disk.
   */
  mergeFrom(theirs: Record<string, unknown>): Promise<{ conflicts: number }> {
    let conflicts = 0
    const saved = this.change((data) => {
      const result = mergeOutside(new Map(), data as Record<string, unknown>, theirs)
      conflicts = result.conflicts.length
      replaceContents(data as Record<string, unknown>, result.merged)
    })
    this.onMerged?.(this.low.data)
    return saved.then(() => ({ conflicts }))
  }

  /** Waits for every write asked for so far. */
  async settle(): Promise<void> {
    await (this.queued?.promise ?? this.writing).catch(() => undefined)
  }

  private scheduleWrite(): Promise<void> {
    if (this.queued) return this.queued.promise
    const ticket = deferred()
    this.queued = ticket
    const previous = this.writing
    this.writing = (async () => {
      await previous.catch(() => undefined)
      // From here on, new changes queue for the write after this one.
      this.queued = null
      try {
        await this.mergeOutsideChange()
        // Serialized synchronously here, so later changes to the data wait for the next write.
        const text = serializeDocument(this.low.data)
        await this.adapter.writeText(text)
        await this.outside.noteWritten(text)
        this.host.written?.(this.relPath)
        ticket.resolve()
      } catch (error) {
        if (error instanceof TandemError) {
          ticket.reject(error)
          return
        }
        ticket.reject(
          new TandemError(
            'write-failed',
            `Tandem could not save to your journal folder (${describeFsError(error)}). Nothing you typed is lost: it stays on screen and Tandem tries again with your next change.`,
          ),
        )
      }
    })()
    return ticket.promise
  }
}

async function setAside(dir: string, relPath: string): Promise<string> {
  const ext = extname(relPath)
  const movedTo = join(dirname(relPath), `${basename(relPath, ext)}.corrupt-${fileStamp()}${ext}`)
  await rename(join(dir, relPath), join(dir, movedTo))
  return movedTo
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full'
    case 'EACCES':
    case 'EPERM':
      return 'Tandem is not allowed to write there'
    case 'EROFS':
      return 'the disk is read-only'
    case 'ENOENT':
      return 'the journal folder is missing'
    case 'ELOOP':
      return 'it is a link that leads back to itself'
    case 'EISDIR':
      return 'it is a folder, not a file'
    case 'EIO':
      return 'the disk reported an error'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
