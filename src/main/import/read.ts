import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ImportSource } from '../../shared/contract/import'
import { TandemError } from '../../shared/errors'
import type { FileFilter } from '../context'
import { readDayOne } from './dayone'
import type { SourceRead } from './entries'
import { readJrnl } from './jrnl'
import { readMarkdownFolder } from './markdown-folder'

/** A Day One ZIP carries its photos: large, but read whole only to find the journals inside. */
const MAX_FILE_BYTES = 2_000_000_000

export const FILTERS: Record<Exclude<ImportSource, 'markdown'>, FileFilter[]> = {
  dayone: [{ name: 'Day One export', extensions: ['zip', 'json'] }],
  jrnl: [{ name: 'jrnl export', extensions: ['json'] }],
}

/** Reads the picked file or folder with its source's reader; nothing is written. */
export async function readSource(source: ImportSource, path: string): Promise<SourceRead> {
  if (source === 'markdown') return readMarkdownFolder(path)
  let size: number
  try {
    size = (await stat(path)).size
  } catch {
    throw new TandemError('not-found', 'Tandem could not open that file. Nothing was imported.')
  }
  if (size > MAX_FILE_BYTES) {
    throw new TandemError(
      'invalid-input',
      'That file is larger than Tandem can read (2 GB). Nothing was imported.',
    )
  }
  const bytes = await readFile(path)
  return source === 'dayone' ? readDayOne(bytes, basename(path)) : readJrnl(bytes, basename(path))
}
