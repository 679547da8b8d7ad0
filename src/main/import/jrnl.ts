import { TandemError } from '../../shared/errors'
import { emptyRead, isDay, notA, type SourceRead, topicsOf } from './entries'

const EXPECTED = 'a jrnl JSON export (made with "jrnl --export json"), with a list of "entries"'

/** Reads `jrnl --export json`: entries with title, body, date, time, tags and starred. */
export function readJrnl(bytes: Uint8Array, fileName: string): SourceRead {
  let doc: unknown
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, ''))
  } catch {
    throw new TandemError('invalid-input', notA(`a jrnl export (${fileName} is not JSON)`, EXPECTED))
  }
  const entries = typeof doc === 'object' && doc !== null ? (doc as { entries?: unknown }).entries : undefined
  if (!Array.isArray(entries))
    throw new TandemError('invalid-input', notA(`a jrnl export (${fileName})`, EXPECTED))
  const read = emptyRead()
  entries.forEach((raw, i) => {
    const where = `entry ${i + 1}`
    if (typeof raw !== 'object' || raw === null) {
      read.skipped.push({ where, reason: 'It is not an entry (no fields).' })
      return
    }
    const entry = raw as Record<string, unknown>
    if (!isDay(entry.date)) {
      read.skipped.push({ where, reason: 'It has no readable date (jrnl writes year-month-day).' })
      return
    }
    const title = typeof entry.title === 'string' ? entry.title.trim() : ''
    const body = typeof entry.body === 'string' ? entry.body.replace(/\r\n?/g, '\n').trim() : ''
    if (title === '' && body === '') {
      read.skipped.push({ where, reason: 'It has no text.' })
      return
    }
    const time = typeof entry.time === 'string' ? entry.time : ''
    read.entries.push({
      where,
      // jrnl has no ids: the day, the minute and the title name an entry well enough to spot it again.
      sourceId: `jrnl:${entry.date}T${time}:${title}`,
      date: entry.date,
      title: title === '' ? null : title,
      body,
      tags: topicsOf(entry.tags),
      starred: entry.starred === true,
    })
  })
  return read
}
