import { readdir, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { z } from 'zod'
import { TandemError } from '../../shared/errors'
import { decodeDocument } from './codec'
import { fileStamp } from './document'
import { readBytesIfExists } from './durable-file'
import { migrate, type VersionedFormat } from './migrations'

/**
 * The names sync tools give the second version of a file they could not reconcile:
 * Dropbox and Nextcloud "goals (conflicted copy 2026-11-30).json" (also "(Ana's conflicted copy …)"),
 * Syncthing "goals.sync-conflict-20261130-101010-ABCDEFG.json".
 */
const PATTERNS = [
  /^(.+?) \([^)]*conflicted copy[^)]*\)\.json$/i,
  /^(.+?)\.sync-conflict-[0-9A-Za-z-]+\.json$/,
]

/** The journal file a sync tool's copy stands beside ("goals (conflicted copy x).json" -> "goals.json"). */
export function originalOf(name: string): string | null {
  for (const pattern of PATTERNS) {
    const base = pattern.exec(name)?.[1]
    if (base) return `${base}.json`
  }
  return null
}

export interface SyncCopy {
  /** The copy, relative to the journal folder. */
  copy: string
  /** The journal file it is a version of. */
  original: string
}

/** Sync tools' copies of the given journal files (relative paths) found in their folders. */
export async function findSyncCopies(
  dir: string,
  originals: ReadonlySet<string>,
  folders: string[],
): Promise<SyncCopy[]> {
  const found: SyncCopy[] = []
  for (const folder of ['', ...folders]) {
    const names = await readdir(join(dir, folder)).catch(() => [] as string[])
    for (const name of names) {
      const original = originalOf(name)
      if (!original) continue
      const rel = folder ? join(folder, original) : original
      if (originals.has(rel) || folders.includes(folder))
        found.push({ copy: folder ? join(folder, name) : name, original: rel })
    }
  }
  return found
}

/** Reads a sync copy the way its journal file is read: it must be a valid document of the same kind. */
export function readSyncCopy(
  dir: string,
  copy: string,
  format: VersionedFormat & { schema: z.ZodType },
  plain: (bytes: Uint8Array) => Uint8Array = (bytes) => bytes,
): Record<string, unknown> {
  try {
    const bytes = readBytesIfExists(join(dir, copy))
    if (bytes === null) throw new Error('it is gone')
    const { doc } = migrate(decodeDocument(plain(bytes)), format)
    const parsed = format.schema.safeParse(doc)
    if (!parsed.success) throw new Error('its contents are not what Tandem expects')
    return parsed.data as Record<string, unknown>
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new TandemError('invalid-input', `Tandem cannot merge ${copy}: ${reason}. It was left as it is.`)
  }
}

/** After merging, the copy is kept under a name that is not offered again. */
export async function retireSyncCopy(dir: string, copy: string): Promise<string> {
  const stem = basename(copy, '.json')
  const retired = join(dirname(copy), `${stem}.merged-${fileStamp()}.json`)
  await rename(join(dir, copy), join(dir, retired))
  return retired
}
