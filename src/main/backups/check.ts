import { TandemError } from '../../shared/errors'
import { isRecord } from '../store/fast-checks'
import type { RegisteredDocument } from '../store/journal'
import { InvalidDocumentError, migrate, NewerVersionError } from '../store/migrations'
import { SHARD_FILE } from '../store/sharded'
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDocument, parseBackup } from './file'
import { runInSlices, runNow, type Steps } from './steps'

export interface CheckedBackup {
  createdAt: string
  documents: BackupDocument[]
  /** Items per collection, e.g. { sessions: 12 }. */
  items: Record<string, number>
}

export const refuse = (why: string) =>
  new TandemError('invalid-input', `${why} Your journal was not changed.`)

/** Which registered document a path in the journal folder (or in a backup) belongs to, if any. */
export function owner(registry: RegisteredDocument[], path: string): RegisteredDocument | undefined {
  return registry.find((entry) => {
    if (entry.kind === 'document') return entry.path === path
    const prefix = `${entry.folder}/`
    if (!path.startsWith(prefix)) return false
    // The shard pattern has no room for a set-aside file's `.corrupt-<time>` part, a dot file or a sub-folder.
    return SHARD_FILE.test(path.slice(prefix.length))
  })
}

/** Names Windows keeps for devices, whatever the extension or case: `CON.json` can never be a file there. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i

/**
 * Checks a backup completely, before anything changes: readable JSON, a Tandem backup, a version this
 * build reads, every document valid for its own format (after migration, as the journal would read it),
 * and file names and items that could not all exist side by side in a journal folder.
 */
export function checkBackup(bytes: Uint8Array, registry: RegisteredDocument[]): CheckedBackup {
  return runNow(checkSteps(bytes, registry))
}

/** The same check, in slices between other work (reading back a backup just written). */
export function checkBackupInSlices(
  bytes: Uint8Array,
  registry: RegisteredDocument[],
): Promise<CheckedBackup> {
  return runInSlices(checkSteps(bytes, registry))
}

function* checkSteps(bytes: Uint8Array, registry: RegisteredDocument[]): Steps<CheckedBackup> {
  let raw: unknown
  try {
    raw = yield* parseBackup(bytes)
  } catch (error) {
    const notText = error instanceof InvalidDocumentError && error.message.includes('UTF-8')
    throw refuse(
      notText
        ? `This file is not a Tandem backup: ${error.message}.`
        : 'This file is not a Tandem backup: it is not readable JSON (it may be damaged or cut short).',
    )
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) throw refuse('This file is not a Tandem backup.')
  const version = raw.backupVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw refuse('This file is not a Tandem backup (it has no backup version).')
  }
  if (version > BACKUP_VERSION) {
    throw refuse(
      `This backup was made by a newer version of Tandem (backup format ${version}; this version reads up to ${BACKUP_VERSION}). Update Tandem to restore it.`,
    )
  }
  if (typeof raw.createdAt !== 'string' || !Array.isArray(raw.documents)) {
    throw refuse('This Tandem backup is incomplete (it has no list of documents).')
  }
  const names = new NameCheck()
  const ids = new IdCheck()
  const items: Record<string, number> = {}
  const documents: BackupDocument[] = []
  for (const [i, doc] of (raw.documents as unknown[]).entries()) {
    if (!isRecord(doc) || typeof doc.path !== 'string' || !isRecord(doc.data)) {
      throw refuse(`This Tandem backup is damaged (document ${i + 1} is not readable).`)
    }
    const path = doc.path
    const entry = owner(registry, path)
    if (!entry) {
      throw refuse(
        `This backup holds a part this version of Tandem does not know (${path}); it may come from a newer version.`,
      )
    }
    names.add(path)
    const data = validData(doc.data, entry, path)
    const counted = countOf(entry, data)
    if (counted) items[counted.what] = (items[counted.what] ?? 0) + counted.list.length
    if (entry.kind === 'sharded' && counted) ids.add(entry.folder, path, counted.list)
    documents.push({
      path,
      schemaVersion: Number(doc.data.schemaVersion ?? doc.data.version),
      data: doc.data,
    })
    yield
  }
  return { createdAt: raw.createdAt, documents, items }
}

/**
 * What a document counts towards a backup's summary: a shard's items count for its folder
 * (`sessions`), and a document `goals.json` with a `goals` list counts those.
 */
function countOf(entry: RegisteredDocument, data: unknown): { what: string; list: unknown[] } | null {
  if (!isRecord(data)) return null
  if (entry.kind === 'sharded')
    return Array.isArray(data.items) ? { what: entry.folder, list: data.items } : null
  const what = entry.path.replace(/\.json$/, '')
  const list = data[what]
  return Array.isArray(list) ? { what, list } : null
}

/** The document as the journal would read it (migrated and checked), or a refusal saying what is wrong. */
function validData(data: Record<string, unknown>, entry: RegisteredDocument, path: string): unknown {
  try {
    const { doc: migrated } = migrate(data, entry.format)
    // The store's own shortcut for large documents: true only for what the schema accepts unchanged.
    if (entry.format.check?.(migrated)) return migrated
    const parsed = entry.format.schema.safeParse(migrated)
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.')
      throw refuse(
        `This Tandem backup is damaged: ${path} is not what Tandem expects${where ? ` at ${where}` : ''}.`,
      )
    }
    return parsed.data
  } catch (error) {
    if (error instanceof TandemError) throw error
    if (error instanceof NewerVersionError) {
      throw refuse(`This backup was made by a newer version of Tandem (${path} is ${error.message}).`)
    }
    const reason = error instanceof InvalidDocumentError || error instanceof Error ? error.message : ''
    throw refuse(`This Tandem backup is damaged: ${path} ${reason}.`)
  }
}

/** File names that would collide, or could not be made, on some system the journal may be synced to. */
class NameCheck {
  private readonly exact = new Set<string>()
  private readonly folded = new Map<string, string>()

  add(path: string): void {
    const name = path.slice(path.lastIndexOf('/') + 1)
    if (DEVICE_NAME.test(name)) {
      throw refuse(
        `This Tandem backup holds ${path}: Windows keeps that name for a device, so the file could not be made there.`,
      )
    }
    if (this.exact.has(path)) throw refuse(`This Tandem backup is damaged (${path} appears twice).`)
    const other = this.folded.get(path.toLowerCase())
    if (other !== undefined) {
      throw refuse(
        `This Tandem backup holds both ${other} and ${path}: their names differ only in upper and lower case, and on macOS and Windows they would be one file.`,
      )
    }
    this.exact.add(path)
    this.folded.set(path.toLowerCase(), path)
  }
}

/** An item is in one shard of its collection only: two copies would make restore guess which is right. */
class IdCheck {
  private readonly seen = new Map<string, Map<string, string>>()

  add(folder: string, path: string, items: unknown[]): void {
    const where = this.seen.get(folder) ?? new Map<string, string>()
    this.seen.set(folder, where)
    for (const item of items) {
      const id = isRecord(item) && typeof item.id === 'string' ? item.id : null
      if (id === null) continue
      const first = where.get(id)
      if (first !== undefined) {
        throw refuse(
          first === path
            ? `This Tandem backup is damaged: ${path} holds the item ${id} twice.`
            : `This Tandem backup is damaged: the item ${id} is in both ${first} and ${path}, and Tandem cannot tell which copy is right.`,
        )
      }
      where.set(id, path)
    }
  }
}
