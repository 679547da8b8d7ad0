import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { partnersFormat } from '../../src/main/partners/format'
import { sessionsFormat } from '../../src/main/sessions/format'
import type { DocumentFormat } from '../../src/main/store/document'
import { Journal } from '../../src/main/store/journal'
import {
  InvalidDocumentError,
  migrate,
  NewerVersionError,
  type VersionedFormat,
} from '../../src/main/store/migrations'
import { tempDir } from './helpers/temp'

/** A format with a history: v1 stored tags as one comma string, v2 as a list, v3 renamed text to body. */
const Note = z.object({
  schemaVersion: z.literal(3),
  notes: z.array(z.object({ body: z.string(), tags: z.array(z.string()) })),
})
const historyFormat: DocumentFormat<z.infer<typeof Note>> = {
  current: 3,
  schema: Note,
  empty: () => ({ schemaVersion: 3, notes: [] }),
  migrations: {
    1: (doc) => ({
      ...doc,
      notes: (doc.notes as Array<{ text: string; tags: string }>).map((n) => ({
        text: n.text,
        tags: n.tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      })),
    }),
    2: (doc) => ({
      ...doc,
      notes: (doc.notes as Array<{ text: string; tags: string[] }>).map((n) => ({
        body: n.text,
        tags: n.tags,
      })),
    }),
  },
}

const v1 = { version: 1, notes: [{ text: 'hello', tags: 'miro, retro' }] }
const v2 = { schemaVersion: 2, notes: [{ text: 'hello', tags: ['miro', 'retro'] }] }
const v3 = { schemaVersion: 3, notes: [{ body: 'hello', tags: ['miro', 'retro'] }] }

describe('migrations', () => {
  it('upgrades from every old version to the current one', () => {
    expect(migrate(v1, historyFormat)).toEqual({ doc: v3, migrated: true })
    expect(migrate(v2, historyFormat)).toEqual({ doc: v3, migrated: true })
    expect(migrate(v3, historyFormat)).toEqual({ doc: v3, migrated: false })
  })

  it('reads an old document from disk as the current version', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'notes.json'), JSON.stringify(v1))
    const doc = await (await Journal.open(dir)).document('notes.json', historyFormat)
    expect(doc.data).toEqual(v3)
  })

  it('refuses a newer version and a document without a version', () => {
    expect(() => migrate({ schemaVersion: 4, notes: [] }, historyFormat)).toThrow(NewerVersionError)
    expect(() => migrate({ notes: [] }, historyFormat)).toThrow(InvalidDocumentError)
    expect(() => migrate({ schemaVersion: 0 }, historyFormat)).toThrow(InvalidDocumentError)
    expect(() => migrate('text', historyFormat)).toThrow(InvalidDocumentError)
  })

  it('has a migration for every older version of every shipped format', () => {
    const formats: Array<[string, VersionedFormat]> = [
      ['sessions', sessionsFormat],
      ['partners', partnersFormat],
    ]
    for (const [, format] of formats) {
      for (let version = 1; version < format.current; version += 1) {
        expect(typeof format.migrations[version]).toBe('function')
      }
    }
  })
})
