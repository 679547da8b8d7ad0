import { decodeText, encodeLine, parseText, pieceDecoder } from '../store/codec'
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

/** Pieces of about this size are written one after another: no single string of a whole large backup. */
const PIECE_CHARS = 1 << 18

/**
 * A backup's text, in pieces: plain JSON with one document per line, so a large one can be built and
 * read back one document at a time (see parseBackup) without a single long JSON.stringify or JSON.parse.
 */
export function backupPieces(createdAt: string, lines: string[]): string[] {
  const pieces: string[] = []
  let piece = `${headLine(createdAt)}\n`
  for (const [i, line] of lines.entries()) {
    piece += i === lines.length - 1 ? `${line}\n` : `${line},\n`
    if (piece.length >= PIECE_CHARS) {
      pieces.push(piece)
      piece = ''
    }
  }
  pieces.push(`${piece}${DOCUMENTS_CLOSE}\n`)
  return pieces
}

export function backupText(backup: BackupFile): string[] {
  return backupPieces(backup.createdAt, backup.documents.map(documentLine))
}

/**
 * A backup file's bytes -> its JSON value, exactly as the store's codec reads a whole file (strict
 * UTF-8, then JSON.parse). A file in Tandem's own layout is decoded and parsed line by line, yielding
 * between documents; anything else (a file edited by hand, an older layout) is read whole.
 */
export function* parseBackup(bytes: Uint8Array): Steps<unknown> {
  const lines = yield* linesOf(bytes)
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
      // Not Tandem's layout after all: the whole file decides below.
    }
  }
  return parseText(decodeText(bytes))
}

/** The file's lines, decoded strictly piece by piece (a newline byte is always a whole character in UTF-8). */
function* linesOf(bytes: Uint8Array): Steps<string[]> {
  const decoder = pieceDecoder()
  const lines: string[] = []
  let start = 0
  for (;;) {
    const end = bytes.indexOf(0x0a, start)
    if (end === -1) break
    lines.push(decoder.piece(bytes.subarray(start, end)))
    decoder.piece(bytes.subarray(end, end + 1))
    start = end + 1
    yield
  }
  lines.push(decoder.piece(bytes.subarray(start)) + decoder.end())
  return lines
}
