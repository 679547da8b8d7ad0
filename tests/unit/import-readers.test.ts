import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readDayOne } from '../../src/main/import/dayone'
import { dayIn } from '../../src/main/import/entries'
import { readJrnl } from '../../src/main/import/jrnl'
import { readMarkdownFolder } from '../../src/main/import/markdown-folder'
import { titleOf } from '../../src/main/import/plan'

const fixtures = join(__dirname, '../fixtures/import')
const fixture = (name: string) => readFile(join(fixtures, name))

describe('Day One', () => {
  it('reads entries on the day they were written in their own time zone, without photos or escapes', async () => {
    const read = readDayOne(await fixture('dayone-journal.json'), 'Journal.json')
    expect(read.entries.map((e) => e.date)).toEqual(['2024-03-04', '2024-03-11', '2024-04-02'])
    const [figma] = read.entries
    // 23:30 UTC on the 4th is 18:30 in New York: still the 4th; Day One's "\." is a plain ".".
    expect(figma?.body).toBe(
      'Figma auto layout with Priya\n\nShe showed me auto layout. Frames now resize by themselves.\n\n- Stack direction\n- Padding and gap',
    )
    expect(figma?.body).not.toContain('dayone-moment')
    expect(figma).toMatchObject({ starred: true, tags: ['Figma', 'prototyping'], title: null })
    expect(figma?.sourceId).toBe('dayone:8F2C1B0A9E7D4C3B8A1F0E2D3C4B5A69')
    expect(read.attachmentsIgnored).toBe(3)
    expect(read.skipped).toEqual([
      { where: 'entry 3', reason: 'It holds only photos or attachments, no text.' },
      { where: 'entry 4', reason: 'It has no readable creation date.' },
    ])
  })

  it("takes out Day One escapes outside code only: a backslash in code is the user's own", () => {
    const text =
      'Use well\\-known names\\.\n\n`C:\\temp\\*.log` and\n\n```\nmatch \\d+\\.\n```\n\nRun \\`npm\\` \\*now\\*'
    const read = readDayOne(
      new TextEncoder().encode(
        JSON.stringify({ entries: [{ uuid: 'C1', creationDate: '2024-05-01T10:00:00Z', text }] }),
      ),
      'Journal.json',
    )
    expect(read.entries[0]?.body).toBe(
      'Use well-known names.\n\n`C:\\temp\\*.log` and\n\n```\nmatch \\d+\\.\n```\n\nRun `npm` *now*',
    )
  })

  it('reads every journal inside the ZIP Day One saves, and ignores the photos folder', async () => {
    const json = await fixture('dayone-journal.json')
    const zip = zipSync({
      'Journal.json': json,
      'Work.json': strToU8(
        JSON.stringify({
          entries: [{ uuid: 'W1', creationDate: '2024-05-01T10:00:00Z', text: 'Work note' }],
        }),
      ),
      'photos/0A1B2C3D4E5F.jpeg': new Uint8Array([0xff, 0xd8, 0xff]),
    })
    const read = readDayOne(zip, 'export.zip')
    expect(read.entries).toHaveLength(4)
    expect(read.entries.at(-1)).toMatchObject({
      where: 'Work.json, entry 1',
      body: 'Work note',
      date: '2024-05-01',
    })
  })

  it('names what it expected when the file is something else, and a damaged ZIP as damaged', async () => {
    expect(() => readDayOne(new Uint8Array(Buffer.from('{"hello": "world"}')), 'x.json')).toThrow(
      /This is not a Day One export \(x\.json\): Tandem expected a Day One export: the \.zip Day One saves, or the \.json inside it/,
    )
    expect(() => readDayOne(new Uint8Array(Buffer.from('plain words')), 'notes.json')).toThrow(
      /notes\.json is not JSON/,
    )
    const zip = zipSync({ 'Journal.json': strToU8('{"entries": []}') })
    expect(() => readDayOne(zip.slice(0, 30), 'cut.zip')).toThrow(/damaged/)
    expect(() => readDayOne(zipSync({ 'a.txt': strToU8('hi') }), 'other.zip')).toThrow(
      /holds no \.json journal/,
    )
  })
})

describe('jrnl', () => {
  it('reads titles, bodies, dates and tags without their @, and lists what it cannot read', async () => {
    const read = readJrnl(await fixture('jrnl.json'), 'jrnl.json')
    expect(read.entries).toHaveLength(2)
    expect(read.entries[0]).toMatchObject({
      date: '2024-05-06',
      title: 'Pivot tables with Ana.',
      tags: ['excel', 'mentoring'],
      sourceId: 'jrnl:2024-05-06T17:20:Pivot tables with Ana.',
    })
    expect(read.entries[1]?.starred).toBe(true)
    expect(read.skipped).toEqual([
      { where: 'entry 3', reason: 'It has no readable date (jrnl writes year-month-day).' },
      { where: 'entry 4', reason: 'It is not an entry (no fields).' },
    ])
    const other = await fixture('not-an-export.json')
    expect(() => readJrnl(other, 'not-an-export.json')).toThrow(
      'This is not a jrnl export (not-an-export.json): Tandem expected a jrnl JSON export (made with "jrnl --export json"), with a list of "entries". Nothing was imported.',
    )
  })
})

describe('a folder of Markdown files', () => {
  it('takes dates from front matter or file names and titles from front matter or a first heading', async () => {
    const read = await readMarkdownFolder(join(fixtures, 'notes'))
    expect(read.entries.map((e) => [e.where, e.date, e.title])).toEqual([
      ['2024/2024-06-03-keynote.md', '2024-06-03', 'Keynote transitions'],
      ['2024-06-10.md', '2024-06-10', 'Shared: how to say no to a project'],
    ])
    expect(read.entries[1]?.body).toBe('Ask what it replaces before you agree.')
    expect(read.entries[0]?.tags).toEqual(['presenting', 'keynote'])
    expect(read.skipped.map((s) => s.where)).toEqual(['bad-yaml.md', 'undated.md'])
    expect(read.skipped[0]?.reason).toMatch(/^Its front matter is not valid YAML/)
    expect(read.skipped[1]?.reason).toMatch(/^It has no date/)
  })

  it('refuses a file or an empty folder in words', async () => {
    await expect(readMarkdownFolder(join(fixtures, 'jrnl.json'))).rejects.toThrow(
      /This is a file, not a folder/,
    )
    await expect(readMarkdownFolder(join(fixtures, 'notes', '2024', 'missing'))).rejects.toThrow(
      /could not open that folder/,
    )
  })
})

describe('mapping helpers', () => {
  it('keeps the day of the writer’s own time zone, and UTC for an unknown zone', () => {
    const late = new Date('2024-03-05T03:30:00Z')
    expect(dayIn(late, 'America/Los_Angeles')).toBe('2024-03-04')
    expect(dayIn(late, 'Asia/Tokyo')).toBe('2024-03-05')
    expect(dayIn(late, 'Mars/Olympus')).toBe('2024-03-05')
  })

  it('makes the first line the title when an entry has none, and takes it off the text', () => {
    const entry = { where: 'entry 1', sourceId: null, date: '2024-01-01', tags: [], starred: false }
    expect(titleOf({ ...entry, title: null, body: '# Slack huddles\nQuicker than a meeting.' })).toEqual({
      title: 'Slack huddles',
      body: 'Quicker than a meeting.',
    })
    const long = 'word '.repeat(80).trim()
    const made = titleOf({ ...entry, title: null, body: long })
    expect(made.title.length).toBeLessThanOrEqual(200)
    expect(made.title.endsWith('…')).toBe(true)
    expect(made.body).toBe(long)
  })
})

describe('what other tools write', () => {
  it('reads Windows line ends, an empty front matter block and an underlined title', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-md-'))
    await writeFile(
      join(dir, '2024-07-01-crlf.md'),
      '---\r\ntitle: From Windows\r\n---\r\nLine one\r\nLine two\r\n',
    )
    await writeFile(join(dir, '2024-07-02-empty.md'), '---\n---\n# Heading after nothing\nText')
    await writeFile(join(dir, '2024-07-03-setext.md'), 'Underlined title\n================\n\nThe text.')
    const read = await readMarkdownFolder(dir)
    expect(read.entries.map((e) => [e.title, e.body])).toEqual([
      ['From Windows', 'Line one\nLine two'],
      ['Heading after nothing', 'Text'],
      ['Underlined title', 'The text.'],
    ])
    await rm(dir, { recursive: true, force: true })
  })

  it('refuses a ZIP whose journals together claim more than 256 MB unpacked, before inflating them', () => {
    const big = new Uint8Array(130 * 1024 * 1024)
    const zip = zipSync({ 'A.json': big, 'B.json': big }, { level: 1 })
    expect(() => readDayOne(zip, 'big.zip')).toThrow(/larger than Tandem reads: 256 MB once unpacked/)
  })
})
