import { mkdir, readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { TandemError } from '../../shared/errors'
import { sealPortableBackup } from '../crypto/portable-backup'
import { decodeDocument, encodeDocument } from '../store/codec'
import { describeFsError, fileStamp } from '../store/document'
import { PRIVATE_FOLDER_MODE, readBytesIfExists, writeFileDurable } from '../store/durable-file'
import type { Journal } from '../store/journal'
import { type CheckedBackup, owner } from './check'
import { BACKUP_FORMAT, BACKUP_SUFFIX, BACKUP_VERSION, type BackupFile, backupText } from './file'

/** The journal's own backups: automatic ones and the copy saved before each restore. */
export const BACKUPS_FOLDER = 'backups'

/** Every file of the journal folder that holds a registered document. Set-aside and unknown files stay out. */
async function journalFiles(journal: Journal): Promise<string[]> {
  const found: string[] = []
  for (const entry of journal.registered) {
    if (entry.kind === 'document') {
      found.push(entry.path)
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

/**
 * The whole journal as one backup, read from disk (through the store's codec) once every pending write
 * has landed: exactly the files a restore would bring back. Used for a backup the user asked for and
 * for the copy saved before a restore; the daily backup reads memory instead (see daily.ts).
 */
export async function createBackup(journal: Journal, now: Date): Promise<BackupFile> {
  await journal.settle()
  const documents: BackupFile['documents'] = []
  for (const path of await journalFiles(journal)) {
    const bytes = readBytesIfExists(join(journal.dir, path))
    if (bytes === null) continue
    const data = decodeDocument(journal.plainOf(join(journal.dir, path), bytes))
    const version = (data as { schemaVersion?: unknown }).schemaVersion
    documents.push({ path, schemaVersion: typeof version === 'number' ? version : 0, data })
  }
  return { format: BACKUP_FORMAT, backupVersion: BACKUP_VERSION, createdAt: now.toISOString(), documents }
}

/** Writes a backup file durably (0600, like every journal file), through the journal's file system. */
export async function writeBackup(journal: Journal, backup: BackupFile, path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true, mode: PRIVATE_FOLDER_MODE })
  await writeFileDurable(path, journal.toDisk(path, backupText(backup)), journal.fs)
  return path
}

/**
 * Writes a backup made for moving elsewhere: sealed with its own passphrase, not the journal's key, so
 * it opens in any journal on any computer (crypto/portable-backup.ts).
 */
export async function writePortableBackup(
  journal: Journal,
  backup: BackupFile,
  path: string,
  passphrase: string,
): Promise<string> {
  await mkdir(dirname(path), { recursive: true, mode: PRIVATE_FOLDER_MODE })
  await writeFileDurable(path, await sealPortableBackup(backupText(backup), passphrase), journal.fs)
  return path
}

/** Saves the journal as it is now into backups/ inside the journal folder, as `<prefix>-<stamp>`; answers the path. */
export async function saveJournalBackup(journal: Journal, prefix: string, now: Date): Promise<string> {
  const backup = await createBackup(journal, now)
  return writeBackup(
    journal,
    backup,
    join(journal.dir, BACKUPS_FOLDER, `${prefix}-${fileStamp(now)}${BACKUP_SUFFIX}`),
  )
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
  const previousJournalBackup = await saveJournalBackup(journal, 'before-restore', now)
  try {
    for (const path of await journalFiles(journal)) {
      await journal.fs.unlink(join(journal.dir, path)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
    }
    for (const doc of backup.documents) {
      const path = join(journal.dir, doc.path)
      await mkdir(dirname(path), { recursive: true, mode: PRIVATE_FOLDER_MODE })
      await writeFileDurable(path, journal.toDisk(path, encodeDocument(doc.data)), journal.fs)
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
