import { access, mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { TandemError } from '../../shared/errors'
import { describeFsError, fileStamp, serializeDocument } from '../store/document'
import { writeFileDurable } from '../store/durable-file'
import { isRecord } from '../store/fast-checks'
import type { Journal, RegisteredDocument } from '../store/journal'
import { migrate, NewerVersionError } from '../store/migrations'
import { SHARD_FILE } from '../store/sharded'

export const BACKUP_FORMAT = 'tandem-backup'
/** The version of the backup wrapper this build writes and reads up to. Each document carries its own schemaVersion. */
export const BACKUP_VERSION = 1

export interface BackupDocument {
  /** Relative to the journal folder, forward slashes. */
  path: string
  schemaVersion: number
  data: unknown
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT
  backupVersion: number
  createdAt: string
  documents: BackupDocument[]
}

export interface CheckedBackup {
  createdAt: string
  documents: BackupDocument[]
  items: Record<string, number>
}

/** Which registered document a path in the journal folder (or in a backup) belongs to, if any. */
function owner(registry: RegisteredDocument[], path: string): RegisteredDocument | undefined {
  return registry.find((entry) => {
    if (entry.kind === 'document') return entry.path === path
    const prefix = `${entry.folder}/`
    if (!path.startsWith(prefix)) return false
    const name = path.slice(prefix.length)
    // The shard name pattern has no room for a set-aside file's `.corrupt-<time>` part.
    return SHARD_FILE.test(name)
  })
}

/** Every file of the journal folder that holds a registered document. Set-aside and unknown files stay out. */
async function journalFiles(journal: Journal): Promise<string[]> {
  const found: string[] = []
  for (const entry of journal.registered) {
    if (entry.kind === 'document') {
      const exists = await access(join(journal.dir, entry.path)).then(
        () => true,
        () => false,
      )
      if (exists) found.push(entry.path)
    } else {
      const names = await readdir(join(journal.dir, entry.folder)).catch(() => [] as string[])
      for (const name of names.sort()) {
        const path = `${entry.folder}/${name}`
        if (owner([entry], path)) found.push(path)
      }
    }
  }
  return [...new Set(found)]
}

/** The whole journal as one JSON value, read from disk once every pending write has landed. */
export async function createBackup(journal: Journal, now: Date): Promise<BackupFile> {
  await journal.settle()
  const documents: BackupDocument[] = []
  for (const path of await journalFiles(journal)) {
    const data: unknown = JSON.parse(await readFile(join(journal.dir, path), 'utf8'))
    const version = (data as { schemaVersion?: unknown }).schemaVersion
    documents.push({ path, schemaVersion: typeof version === 'number' ? version : 0, data })
  }
  return { format: BACKUP_FORMAT, backupVersion: BACKUP_VERSION, createdAt: now.toISOString(), documents }
}

export function backupText(backup: BackupFile): string {
  return `${JSON.stringify(backup, null, 1)}\n`
}

const refuse = (why: string) => new TandemError('invalid-input', `${why} Your journal was not changed.`)

/**
 * Checks a backup completely, before anything changes: readable JSON, a Tandem backup, a version this
 * build reads, and every document valid for its own format (after migration, as the journal would read it).
 */
export function checkBackup(text: string, registry: RegisteredDocument[]): CheckedBackup {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw refuse(
      'This file is not a Tandem backup: it is not readable JSON (it may be damaged or cut short).',
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
  const seen = new Set<string>()
  const items: Record<string, number> = {}
  const documents: BackupDocument[] = raw.documents.map((doc: unknown, i: number) => {
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
    if (seen.has(path)) throw refuse(`This Tandem backup is damaged (${path} appears twice).`)
    seen.add(path)
    try {
      const { doc: migrated } = migrate(doc.data, entry.format)
      const parsed = entry.format.schema.safeParse(migrated)
      if (!parsed.success) {
        const where = parsed.error.issues[0]?.path.join('.')
        throw refuse(
          `This Tandem backup is damaged: ${path} is not what Tandem expects${where ? ` at ${where}` : ''}.`,
        )
      }
      if (entry.kind === 'sharded' && isRecord(parsed.data) && Array.isArray(parsed.data.items)) {
        items[entry.folder] = (items[entry.folder] ?? 0) + parsed.data.items.length
      }
    } catch (error) {
      if (error instanceof TandemError) throw error
      if (error instanceof NewerVersionError) {
        throw refuse(`This backup was made by a newer version of Tandem (${path} is ${error.message}).`)
      }
      throw refuse(`This Tandem backup is damaged: ${path} ${error instanceof Error ? error.message : ''}.`)
    }
    return { path, schemaVersion: Number(doc.data.schemaVersion ?? doc.data.version), data: doc.data }
  })
  return { createdAt: raw.createdAt, documents, items }
}

/** Writes a backup file durably; returns its path. */
export async function writeBackup(backup: BackupFile, path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true })
  await writeFileDurable(path, backupText(backup))
  return path
}

/**
 * Replaces the journal's documents with a checked backup's. The journal as it was is first saved to
 * backups/ inside the journal folder; the caller re-opens the engine afterwards so it reads the new files.
 */
export async function restoreBackup(
  journal: Journal,
  backup: CheckedBackup,
  now: Date,
): Promise<{ previousJournalBackup: string; documents: number }> {
  const previous = await createBackup(journal, now)
  const previousJournalBackup = join(
    journal.dir,
    'backups',
    `before-restore-${fileStamp(now)}.tandem-backup.json`,
  )
  await writeBackup(previous, previousJournalBackup)
  try {
    for (const path of await journalFiles(journal)) await rm(join(journal.dir, path), { force: true })
    for (const doc of backup.documents) {
      await mkdir(dirname(join(journal.dir, doc.path)), { recursive: true })
      await writeFileDurable(join(journal.dir, doc.path), serializeDocument(doc.data))
    }
  } catch (error) {
    // Past this point the journal may be half replaced: say so, and where the way back is.
    throw new TandemError(
      'write-failed',
      `The restore stopped part way (${describeFsError(error)}). Your journal as it was is saved at ${previousJournalBackup}: restore that file to go back.`,
    )
  }
  return { previousJournalBackup, documents: backup.documents.length }
}
