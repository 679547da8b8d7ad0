import type { Dirent } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { parseDocument } from 'yaml'
import type { ImportSkip } from '../../shared/contract/import'
import { TandemError } from '../../shared/errors'
import { unshiftMarkdownHeadings } from '../../shared/markdown'
import {
  emptyRead,
  isDay,
  type SourceActionItem,
  type SourceEntry,
  type SourceRead,
  topicsOf,
} from './entries'

/** A folder of a few thousand notes is normal; a home folder picked by mistake is not read whole. */
const MAX_FILES = 20_000
const MAX_DEPTH = 6
const MAX_FILE_BYTES = 2_000_000
const MARKDOWN = /\.(md|markdown)$/i

/** The labels Tandem's export writes above each part of a session (export/sections/sessions.ts). */
const PARTS = {
  '**What I learned**': 'learned',
  '**What I shared**': 'shared',
  '**Action items**': 'actionItems',
  '**Notes**': 'notes',
} as const
type Part = (typeof PARTS)[keyof typeof PARTS]
/** The export puts a session's own text one heading level under the file's "# date — title". */
const EXPORT_LEVELS = { topHeading: 2 }

async function markdownFiles(root: string, skipped: ImportSkip[]): Promise<string[]> {
  const found: string[] = []
  async function walk(dir: string, depth: number): Promise<void> {
    let listed: Dirent[]
    try {
      listed = await readdir(dir, { withFileTypes: true })
    } catch {
      if (dir === root)
        throw new TandemError('not-found', 'Tandem could not open that folder. Nothing was imported.')
      skipped.push({
        where: `${relative(root, dir).split(sep).join('/')}/`,
        reason: 'Tandem could not open this folder.',
      })
      return
    }
    const names = listed.sort((a, b) => (a.name < b.name ? -1 : 1))
    for (const entry of names) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory() && depth < MAX_DEPTH) await walk(path, depth + 1)
      else if (entry.isFile() && MARKDOWN.test(entry.name)) found.push(path)
      if (found.length > MAX_FILES) {
        throw new TandemError(
          'invalid-input',
          `This folder holds more than ${MAX_FILES.toLocaleString('en')} Markdown files. Pick the folder of your journal itself. Nothing was imported.`,
        )
      }
    }
  }
  await walk(root, 0)
  return found
}

/** Splits "---\nyaml\n---\nbody" into its front matter (null without one) and the rest. */
function splitFrontMatter(text: string): { yaml: string | null; body: string } {
  // The text's line ends are \n by now (entryOf); an empty block (---, ---) is front matter too.
  const match = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(text)
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : { yaml: null, body: text }
}

function actionItemsOf(value: unknown): SourceActionItem[] | undefined {
  if (!Array.isArray(value)) return undefined
  return value.flatMap((raw) => {
    if (typeof raw !== 'object' || raw === null) return []
    const item = raw as Record<string, unknown>
    const text = typeof item.text === 'string' ? item.text.trim() : ''
    if (text === '') return []
    return [{ text, done: item.done === true, due: isDay(item.due) ? item.due : null }]
  })
}

/** The parts of a session file Tandem exported, each under its bold label. */
function sessionParts(body: string): Record<Part, string> {
  const lines = body.replace(/\r\n/g, '\n').split('\n')
  // The file's heading and the line of details under it are made from the front matter: skip them.
  let start = lines.findIndex((line) => /^# /.test(line))
  start = start === -1 ? 0 : start + 1
  while (start < lines.length && (lines[start]?.trim() === '' || /^\*[^*].*\*$/.test(lines[start] ?? '')))
    start++
  const parts: Record<Part, string[]> = { learned: [], shared: [], actionItems: [], notes: [] }
  let current: Part = 'notes'
  for (const line of lines.slice(start)) {
    const label = PARTS[line.trim() as keyof typeof PARTS]
    if (label) current = label
    else parts[current].push(line)
  }
  const text = (part: Part) => unshiftMarkdownHeadings(parts[part].join('\n').trim(), EXPORT_LEVELS)
  return {
    learned: text('learned'),
    shared: text('shared'),
    actionItems: text('actionItems'),
    notes: text('notes'),
  }
}

/** A list of starred lines from the front matter; anything that is not a list of text is none. */
function linesOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** "- [x] Send the deck (due 3 March 2026)": a checklist written in the body, when the front matter has none. */
function checklistOf(text: string): SourceActionItem[] {
  return text.split('\n').flatMap((line) => {
    const match = /^\s*[-*] \[( |x|X)\] (.+)$/.exec(line)
    if (!match) return []
    const itemText = (match[2] ?? '').replace(/ \(due [^)]*\)$/, '').trim()
    return itemText === '' ? [] : [{ text: itemText, done: match[1] !== ' ', due: null }]
  })
}

function entryOf(path: string, where: string, text: string): SourceEntry | { skip: string } {
  const { yaml, body } = splitFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))
  let meta: Record<string, unknown> = {}
  if (yaml !== null) {
    const doc = parseDocument(yaml, { uniqueKeys: false })
    if (doc.errors.length > 0)
      return { skip: `Its front matter is not valid YAML (${doc.errors[0]?.message.split('\n')[0]}).` }
    const value = doc.toJS() as unknown
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      meta = value as Record<string, unknown>
  }
  if (meta.generated !== undefined && meta.period !== undefined) {
    return { skip: 'It is the summary page of a Tandem export, not an entry.' }
  }
  const named = typeof meta.date === 'string' ? meta.date.slice(0, 10) : null
  const fromName = /(?:^|[\\/])(\d{4}-\d{2}-\d{2})[^\\/]*$/.exec(path)?.[1] ?? null
  const date = isDay(named) ? named : isDay(fromName) ? fromName : null
  if (date === null)
    return {
      skip: 'It has no date: Tandem looks for "date:" in the front matter or a year-month-day at the start of the file name.',
    }
  const tags = typeof meta.tags === 'string' ? meta.tags.split(',') : meta.tags
  const tandemId = typeof meta.tandem_session === 'string' ? meta.tandem_session : null
  let title = typeof meta.title === 'string' ? meta.title.trim() : null
  const base: Omit<SourceEntry, 'body'> = {
    where,
    sourceId: tandemId ? `tandem:${tandemId}` : null,
    date,
    title,
    tags: topicsOf(tags),
    starred: meta.starred === true,
    partner: typeof meta.partner === 'string' && meta.partner.trim() !== '' ? meta.partner.trim() : null,
    durationMinutes:
      typeof meta.duration_minutes === 'number' && Number.isInteger(meta.duration_minutes)
        ? meta.duration_minutes
        : null,
    private: meta.private === true,
  }
  if (tandemId !== null) {
    const parts = sessionParts(body)
    const items = actionItemsOf(meta.action_items) ?? checklistOf(parts.actionItems)
    return {
      ...base,
      body: parts.notes,
      learned: parts.learned,
      shared: parts.shared,
      actionItems: items,
      starredLines: { learned: linesOf(meta.starred_learned), shared: linesOf(meta.starred_shared) },
    }
  }
  let rest = body.trim()
  if (title === null) {
    // A first "# Heading" names the entry; without one, the mapping takes the first line.
    // A line underlined with === names it too.
    const heading = /^#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(rest) ?? /^([^\n]+)\n=+[ \t]*(?:\n|$)/.exec(rest)
    if (heading) {
      title = heading[1] ?? null
      rest = rest.slice(heading[0].length).trim()
    }
  }
  if (rest === '' && (title === null || title === '')) return { skip: 'It has no text.' }
  return { ...base, title, body: rest }
}

/** Reads every Markdown file under `root` (sub-folders too), in name order. */
export async function readMarkdownFolder(root: string): Promise<SourceRead> {
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(root)
  } catch {
    throw new TandemError('not-found', 'Tandem could not open that folder. Nothing was imported.')
  }
  if (!info.isDirectory()) {
    throw new TandemError(
      'invalid-input',
      'This is a file, not a folder: pick the folder that holds your Markdown files. Nothing was imported.',
    )
  }
  const read = emptyRead()
  const files = await markdownFiles(root, read.skipped)
  if (files.length === 0) {
    throw new TandemError(
      'invalid-input',
      'This folder holds no Markdown files (.md): Tandem expected a folder of notes such as its own Markdown export. Nothing was imported.',
    )
  }
  for (const path of files) {
    const where = relative(root, path).split(sep).join('/')
    const size = (await stat(path)).size
    if (size > MAX_FILE_BYTES) {
      read.skipped.push({
        where,
        reason: `It is larger than Tandem reads (${Math.round(size / 1e6)} MB; at most 2 MB).`,
      })
      continue
    }
    const text = await readFile(path, 'utf8').catch(() => null)
    if (text === null) {
      read.skipped.push({ where, reason: 'Tandem could not read it.' })
      continue
    }
    const entry = entryOf(path, where, text)
    if ('skip' in entry) read.skipped.push({ where, reason: entry.skip })
    else {
      read.entries.push(entry)
      if (entry.partner) read.namesPartners = true
    }
  }
  read.attachmentsIgnored = 0
  return read
}
