/**
 * Documents carry `schemaVersion`. A migration turns a document of version N into version N + 1;
 * they are plain functions over plain JSON so each can be tested from every old version.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

export interface VersionedFormat {
  /** The version this build of Tandem writes. */
  current: number
  /** migrations[n] upgrades a version-n document to n + 1. */
  migrations: Record<number, Migration>
}

export class NewerVersionError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`made by a newer version of Tandem (format ${found}; this version reads up to ${supported})`)
  }
}

export class InvalidDocumentError extends Error {}

/** Reads a document's version: `schemaVersion`, or `version` for documents from before it was renamed. */
export function versionOf(doc: Record<string, unknown>): number {
  const version = doc.schemaVersion ?? doc.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InvalidDocumentError('it has no format version')
  }
  return version
}

export function migrate(
  raw: unknown,
  format: VersionedFormat,
): { doc: Record<string, unknown>; migrated: boolean } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InvalidDocumentError('it is not a Tandem document')
  }
  let doc = raw as Record<string, unknown>
  let version = versionOf(doc)
  if (version > format.current) throw new NewerVersionError(version, format.current)
  const migrated = version < format.current
  while (version < format.current) {
    const step = format.migrations[version]
    if (step === undefined) throw new InvalidDocumentError(`no way to upgrade format ${version}`)
    doc = step(doc)
    version += 1
    doc.schemaVersion = version
    delete doc.version
  }
  return { doc, migrated }
}
