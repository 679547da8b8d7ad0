import { encodeLine, parseText } from '../store/codec'
import { isRecord } from '../store/fast-checks'
import type { Steps } from './steps'

export const BACKUP_FORMAT = 'tandem-backup'
/** The version of the backup wrapper this build writes and reads up to. Each document carries its own schemaVersion. */
export const BACKUP_VERSION = 1
/** Every backup Tandem keeps in `<journal>/backups/` ends so; the user's own exports may be named anything. */
export const BACKUP_SUFFIX = '.tandem-backup.json'

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

const DOCUMENTS_OPEN = '"documents":['
const DOCUMENTS_CLOSE = ']}'

/** The first line of a backup: everything but its documents. */
function headLine(createdAt: string): string {
  const head = encodeLine({ format: BACKUP_FORMAT, backupVersion: BACKUP_VERSION, createdAt })
  return `${head.slice(0, -1)},${DOCUMENTS_OPEN}`
}

/** One document's line. */
export function documentLine(doc: BackupDocument): string {
  return encodeLine(doc)
}

/**
 * A backup's text: plain JSON with one document per line, so a large one can be built and read back
 * one document at a time (see parseBackupText) without a single long JSON.stringify or JSON.parse.
 */
export function backupTextOf(createdAt: string, lines: string[]): string {
  const body = lines.length === 0 ? '' : `${lines.join(',\n')}\n`
  return `${headLine(createdAt)}\n${body}${DOCUMENTS_CLOSE}\n`
}

export function backupText(backup: BackupFile): string {
  return backupTextOf(backup.createdAt, backup.documents.map(documentLine))
}

/**
 * A backup's text -> its JSON value, exactly as JSON.parse would read it. A file in Tandem's own layout
 * is parsed line by line, yielding between documents; anything else (a file edited by hand) at once.
 */
export function* parseBackupText(text: string): Steps<unknown> {
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  const [head, ...rest] = lines
  const tail = rest.pop()
  if (head?.endsWith(DOCUMENTS_OPEN) && tail === DOCUMENTS_CLOSE) {
    try {
      const envelope = parseText(`${head}${DOCUMENTS_CLOSE}`)
      const documents: unknown[] = []
      for (const [i, line] of rest.entries()) {
        const last = i === rest.length - 1
        // Every line but the last ends with the comma between documents.
        if (!last && !line.endsWith(',')) throw new Error('not one document per line')
        documents.push(parseText(last ? line : line.slice(0, -1)))
        yield
      }
      if (isRecord(envelope)) return { ...envelope, documents }
    } catch {
      // Not Tandem's layout after all: the whole text decides below.
    }
  }
  return parseText(text)
}
