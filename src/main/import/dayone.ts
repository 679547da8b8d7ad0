import { unzipSync } from 'fflate'
import { TandemError } from '../../shared/errors'
import { dayIn, emptyRead, notA, type SourceEntry, type SourceRead, topicsOf } from './entries'

const EXPECTED = 'a Day One export: the .zip Day One saves, or the .json inside it, with a list of "entries"'

/** Day One writes photos into the text as ![](dayone-moment://…); Tandem keeps text only. */
const MOMENT = /!\[[^\]]*\]\(dayone-moment:\/?\/?[^)]*\)/g
/**
 * Day One escapes Markdown's punctuation in its export ("1\. Step", "well\-known"), but not inside code
 * blocks and code spans, where a backslash is the user's own. One pass from the left: an escape is
 * taken out before it could open a code span ("\`npm\`" is plain `npm` in backticks).
 */
const ESCAPE_OR_CODE = /(```[\s\S]*?```|`[^`\n]+`)|\\([\\`*_{}[\]()#+\-.!>~|])/g

/** The text with Day One's escapes taken out, outside code. */
function unescaped(text: string): string {
  return text.replace(
    ESCAPE_OR_CODE,
    (_match, code: string | undefined, char: string | undefined) => code ?? char ?? '',
  )
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** The journals' JSON together, once inflated, may be no larger: a ZIP can claim gigabytes from a few bytes. */
const MAX_JOURNAL_BYTES = 256 * 1024 * 1024

/** The JSON journals inside a Day One ZIP (one per journal); photos and other files are not inflated. */
function journalsInZip(bytes: Uint8Array): Array<{ name: string; text: string }> {
  let files: Record<string, Uint8Array>
  let tooLarge: string | null = null
  let total = 0
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!/\.json$/i.test(file.name) || file.name.startsWith('__MACOSX/')) return false
        total += file.originalSize
        if (total > MAX_JOURNAL_BYTES) {
          tooLarge = file.name
          return false
        }
        return true
      },
    })
  } catch {
    throw new TandemError(
      'invalid-input',
      'This ZIP file is damaged and cannot be opened. Nothing was imported.',
    )
  }
  if (tooLarge !== null) {
    throw new TandemError(
      'invalid-input',
      `The journals in this ZIP (from ${tooLarge} on) are larger than Tandem reads: 256 MB once unpacked. Nothing was imported.`,
    )
  }
  const decoder = new TextDecoder('utf-8', { fatal: false })
  return Object.entries(files).map(([name, data]) => ({ name, text: decoder.decode(data) }))
}

function parse(text: string, label: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new TandemError('invalid-input', notA(`a Day One export (${label} is not JSON)`, EXPECTED))
  }
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

function readJournal(doc: unknown, label: string, read: SourceRead, many: boolean): void {
  const entries = record(doc)?.entries
  if (!Array.isArray(entries))
    throw new TandemError('invalid-input', notA(`a Day One export (${label})`, EXPECTED))
  entries.forEach((raw, i) => {
    const where = many ? `${label}, entry ${i + 1}` : `entry ${i + 1}`
    const entry = record(raw)
    if (!entry) {
      read.skipped.push({ where, reason: 'It is not an entry (no fields).' })
      return
    }
    const created = typeof entry.creationDate === 'string' ? new Date(entry.creationDate) : null
    if (!created || Number.isNaN(created.getTime())) {
      read.skipped.push({ where, reason: 'It has no readable creation date.' })
      return
    }
    const photos = ['photos', 'videos', 'audios', 'pdfAttachments'].reduce((n, key) => {
      const list = entry[key]
      return n + (Array.isArray(list) ? list.length : 0)
    }, 0)
    read.attachmentsIgnored += photos
    const rawText = typeof entry.text === 'string' ? entry.text : ''
    const body = unescaped(rawText.replace(/\r\n?/g, '\n').replace(MOMENT, ''))
      .replace(/\n{3,}/g, '\n\n')
      .trim()
    if (body === '') {
      read.skipped.push({
        where,
        reason: photos > 0 ? 'It holds only photos or attachments, no text.' : 'It has no text.',
      })
      return
    }
    const timeZone = typeof entry.timeZone === 'string' ? entry.timeZone : null
    const item: SourceEntry = {
      where,
      sourceId: typeof entry.uuid === 'string' && entry.uuid !== '' ? `dayone:${entry.uuid}` : null,
      date: dayIn(created, timeZone),
      title: null,
      body,
      tags: topicsOf(entry.tags),
      starred: entry.starred === true,
    }
    read.entries.push(item)
  })
}

/** Reads a Day One export: the ZIP (every journal JSON inside it) or one journal's JSON file. */
export function readDayOne(bytes: Uint8Array, fileName: string): SourceRead {
  const read = emptyRead()
  if (isZip(bytes)) {
    const journals = journalsInZip(bytes)
    if (journals.length === 0) {
      throw new TandemError(
        'invalid-input',
        notA('a Day One export (the ZIP holds no .json journal)', EXPECTED),
      )
    }
    for (const journal of journals)
      readJournal(parse(journal.text, journal.name), journal.name, read, journals.length > 1)
    return read
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  readJournal(parse(text, fileName), fileName, read, false)
  return read
}
