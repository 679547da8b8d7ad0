import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupEntry, BackupFailure, BackupKind } from '../../shared/contract/backups'
import { BackupFileName } from '../../shared/contract/backups'
import { decodeDocument, encodeDocument } from '../store/codec'
import { writeFileDurable } from '../store/durable-file'
import { isRecord } from '../store/fast-checks'
import type { Journal } from '../store/journal'
import { checkBackupInSlices } from './check'
import { BACKUPS_FOLDER } from './journal-files'

/** Next to the backups: which files were read back and checked, so listing them does not re-read 20 large files. */
const CHECKED_FILE = 'checked-backups.json'

interface Known extends BackupEntry {
  mtimeMs: number
}

export const AUTO_NAME = /^auto-(\d{4}-\d{2}-\d{2})\.tandem-backup\.json$/

export function kindOf(file: string): BackupKind {
  if (AUTO_NAME.test(file)) return 'auto'
  if (file.startsWith('before-restore-')) return 'before-restore'
  if (file.startsWith('before-import-')) return 'before-import'
  return 'other'
}

/**
 * The backups in `<journal>/backups/`. A file is listed only once it has been read back and checked in
 * full; what was checked is remembered by name, size and modification time, so a file changed since
 * (damaged, or replaced by hand) is checked again, and one that fails is not listed.
 */
export class BackupCatalog {
  private known: Map<string, Known> | null = null
  /** Files that failed their check, as `name size mtime`: not read again until they change. */
  private readonly bad = new Set<string>()
  lastFailure: BackupFailure | null = null

  constructor(private readonly journal: Journal) {}

  get folder(): string {
    return join(this.journal.dir, BACKUPS_FOLDER)
  }

  async list(): Promise<BackupEntry[]> {
    const known = await this.load()
    const names = (await readdir(this.folder).catch(() => [] as string[])).filter(
      (name) => BackupFileName.safeParse(name).success,
    )
    const entries: BackupEntry[] = []
    let changed = false
    for (const name of names) {
      const info = await stat(join(this.folder, name)).catch(() => null)
      if (!info?.isFile()) continue
      const held = known.get(name)
      if (held && held.sizeBytes === info.size && held.mtimeMs === info.mtimeMs) {
        entries.push(entryOf(held))
        continue
      }
      const tag = `${name} ${info.size} ${info.mtimeMs}`
      if (this.bad.has(tag)) continue
      const checked = await this.check(name)
      if (!checked) {
        this.bad.add(tag)
        known.delete(name)
        changed = true
        continue
      }
      const entry = {
        file: name,
        kind: kindOf(name),
        sizeBytes: info.size,
        mtimeMs: info.mtimeMs,
        ...checked,
      }
      known.set(name, entry)
      entries.push(entryOf(entry))
      changed = true
    }
    for (const name of known.keys()) {
      if (!names.includes(name)) {
        known.delete(name)
        changed = true
      }
    }
    if (changed) await this.save()
    return entries.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
  }

  /** A backup Tandem has just written and checked. */
  async add(entry: BackupEntry): Promise<void> {
    const known = await this.load()
    const info = await stat(join(this.folder, entry.file))
    known.set(entry.file, { ...entry, sizeBytes: info.size, mtimeMs: info.mtimeMs })
    await this.save()
  }

  async forget(files: string[]): Promise<void> {
    const known = await this.load()
    for (const file of files) known.delete(file)
    await this.save()
  }

  /** The checked backup's summary, or null when it is not a backup this version can restore. */
  private async check(name: string): Promise<Pick<BackupEntry, 'createdAt' | 'counts'> | null> {
    try {
      const path = join(this.folder, name)
      const backup = await checkBackupInSlices(
        this.journal.plainOf(path, await readFile(path)),
        this.journal.registered,
      )
      return { createdAt: backup.createdAt, counts: backup.items }
    } catch {
      return null
    }
  }

  private async load(): Promise<Map<string, Known>> {
    if (this.known) return this.known
    this.known = new Map()
    try {
      const path = join(this.folder, CHECKED_FILE)
      const raw = decodeDocument(this.journal.plainOf(path, await readFile(path)))
      const files = isRecord(raw) && isRecord(raw.files) ? raw.files : {}
      for (const [name, value] of Object.entries(files)) {
        const entry = knownOf(name, value)
        if (entry) this.known.set(name, entry)
      }
    } catch {
      // None yet, or unreadable: every backup is checked again, once.
    }
    return this.known
  }

  private async save(): Promise<void> {
    const files = Object.fromEntries(this.known ?? [])
    const path = join(this.folder, CHECKED_FILE)
    await writeFileDurable(
      path,
      this.journal.toDisk(path, encodeDocument({ schemaVersion: 1, files })),
      this.journal.fs,
    ).catch(() => undefined)
  }
}

const entryOf = ({ file, kind, createdAt, sizeBytes, counts }: Known): BackupEntry => ({
  file,
  kind,
  createdAt,
  sizeBytes,
  counts,
})

function knownOf(name: string, value: unknown): Known | null {
  if (!isRecord(value) || !BackupFileName.safeParse(name).success) return null
  const { createdAt, sizeBytes, mtimeMs, counts } = value
  if (typeof createdAt !== 'string' || typeof sizeBytes !== 'number' || typeof mtimeMs !== 'number')
    return null
  if (!isRecord(counts) || !Object.values(counts).every((n) => typeof n === 'number')) return null
  return {
    file: name,
    kind: kindOf(name),
    createdAt,
    sizeBytes,
    mtimeMs,
    counts: counts as Record<string, number>,
  }
}
