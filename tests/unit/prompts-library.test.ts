import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createTandem } from '../../src/main/app'
import { loadBuiltIns } from '../../src/main/prompts/library'
import { ProgramTemplate } from '../../src/shared/domain/program'
import { PromptLibraryFile } from '../../src/shared/domain/prompt'

const dirs: string[] = []
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-prompts-'))
  dirs.push(dir)
  return dir
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'))
}

describe('the shipped library and templates', () => {
  it('every prompt file passes validation, with unique ids, at least 80 prompts, every theme, moment and side', async () => {
    const files = (await readdir('resources/prompts')).filter((f) => f.endsWith('.json'))
    expect(files.length).toBeGreaterThan(0)
    const all = []
    for (const file of files) {
      const parsed = PromptLibraryFile.safeParse(await readJson(join('resources/prompts', file)))
      expect(parsed.error?.issues, file).toBeUndefined()
      all.push(...(parsed.data?.prompts ?? []))
    }
    expect(all.length).toBeGreaterThanOrEqual(80)
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length)
    expect(new Set(all.map((p) => p.theme)).size).toBe(6)
    expect(new Set(all.map((p) => p.moment)).size).toBe(5)
    expect(new Set(all.map((p) => p.side)).size).toBe(3)
  })

  it('every program template passes validation and names only prompts that exist', async () => {
    const { prompts, programs, problems } = await loadBuiltIns('resources')
    expect(problems).toEqual([])
    const ids = new Set(prompts.map((p) => p.id))
    const files = (await readdir('resources/programs')).filter((f) => f.endsWith('.json'))
    expect(programs).toHaveLength(files.length)
    for (const file of files) {
      const parsed = ProgramTemplate.safeParse(await readJson(join('resources/programs', file)))
      expect(parsed.error?.issues, file).toBeUndefined()
      for (const week of parsed.data?.weeks ?? []) {
        for (const id of [...week.promptsBefore, ...week.promptsAfter])
          expect(ids.has(id), `${file}: ${id}`).toBe(true)
      }
    }
    expect(programs.map((p) => [p.id, p.weeks.length]).sort()).toEqual([
      ['digital-fluency-sprint-6-weeks', 6],
      ['reverse-mentoring-12-weeks', 12],
    ])
  })
})

describe('a built-in file that fails validation', () => {
  async function resourcesWithDamage(): Promise<string> {
    const dir = await tempDir()
    await mkdir(join(dir, 'prompts'))
    await mkdir(join(dir, 'programs'))
    const good = {
      schemaVersion: 1,
      prompts: [
        { id: 'ok-1', text: 'What went well?', theme: 'relationship', moment: 'any-time', side: 'both' },
      ],
    }
    await writeFile(join(dir, 'prompts', 'good.json'), JSON.stringify(good))
    await writeFile(
      join(dir, 'prompts', 'bad-theme.json'),
      JSON.stringify({
        schemaVersion: 1,
        prompts: [{ id: 'x', text: 'Hi', theme: 'astrology', moment: 'any-time', side: 'both' }],
      }),
    )
    await writeFile(join(dir, 'prompts', 'broken.json'), '{ "schemaVersion": 1, "prom')
    await writeFile(
      join(dir, 'prompts', 'empty-text.json'),
      JSON.stringify({
        schemaVersion: 1,
        prompts: [{ id: 'y', text: '  ', theme: 'relationship', moment: 'any-time', side: 'both' }],
      }),
    )
    const week = {
      week: 1,
      theme: 'Start',
      agenda: [],
      promptsBefore: ['ok-1'],
      promptsAfter: [],
      suggestedGoals: [],
    }
    const program = { schemaVersion: 1, id: 'fine', name: 'Fine', summary: 'Fine.', weeks: [week] }
    await writeFile(join(dir, 'programs', 'fine.json'), JSON.stringify(program))
    await writeFile(
      join(dir, 'programs', 'gap.json'),
      JSON.stringify({ ...program, id: 'gap', weeks: [{ ...week, week: 2 }] }),
    )
    await writeFile(
      join(dir, 'programs', 'ghost.json'),
      JSON.stringify({ ...program, id: 'ghost', weeks: [{ ...week, promptsAfter: ['no-such'] }] }),
    )
    return dir
  }

  it('is skipped and reported; the valid files load', async () => {
    const { prompts, programs, problems } = await loadBuiltIns(await resourcesWithDamage())
    expect(prompts.map((p) => p.id)).toEqual(['ok-1'])
    expect(programs.map((p) => p.id)).toEqual(['fine'])
    expect(problems.map((p) => p.file.split('/').at(-1)).sort()).toEqual([
      'bad-theme.json',
      'broken.json',
      'empty-text.json',
      'gap.json',
      'ghost.json',
    ])
    expect(problems.find((p) => p.file.endsWith('ghost.json'))?.message).toContain('no-such')
  })

  it('does not stop Tandem from starting, and the user is told', async () => {
    const tandem = await createTandem({
      dataDir: await tempDir(),
      resourcesDir: await resourcesWithDamage(),
      ports: { openExternal: async () => {} },
    })
    const status = await tandem.router.handle('journal:status', undefined)
    expect(
      status.ok && (status.value as { problems: Array<{ kind: string; message: string }> }).problems,
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'skipped-resource',
          message: expect.stringContaining('gap.json was skipped'),
        }),
      ]),
    )
    const library = await tandem.router.handle('prompts:library', undefined)
    expect(library.ok && (library.value as { prompts: unknown[] }).prompts).toHaveLength(1)
    const templates = await tandem.router.handle('programs:templates', undefined)
    expect(templates).toEqual({ ok: true, value: [{ id: 'fine', name: 'Fine', summary: 'Fine.', weeks: 1 }] })
    await tandem.close()
  })
})
