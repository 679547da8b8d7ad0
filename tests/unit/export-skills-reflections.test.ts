import { readFile } from 'node:fs/promises'
import { expect, test } from 'vitest'
import type { MarkdownExportResult } from '../../src/shared/contract/export'
import type { SkillDraft, SkillView } from '../../src/shared/domain/skill'
import { addSession, answerOf, engine, reportOptions } from './export-helpers'

const skill = (overrides: Partial<SkillDraft>): SkillDraft => ({
  name: 'A skill',
  category: 'Digital fluency',
  direction: 'learned',
  purpose: '',
  initialLevel: 1,
  partnerId: null,
  firstMet: null,
  evidence: '',
  sessionIds: [],
  goalIds: [],
  ...overrides,
})

test('skills with their level changes and the reflections of the period reach the report; private reflections do not', async () => {
  const { tandem } = await engine('2026-11-10T09:00:00Z') // last month: October 2026
  const add = async (draft: Partial<SkillDraft>) =>
    answerOf<SkillView>(await tandem.router.handle('skills:create', skill(draft)))
  const pivots = await add({ name: 'Pivot tables', firstMet: '2026-10-03', initialLevel: 2 })
  await tandem.router.handle('skills:log-practice', {
    skillId: pivots.id,
    date: '2026-10-20',
    note: 'Built one',
    levelAfter: 3,
  })
  const retros = await add({
    name: 'Running retros',
    direction: 'taught',
    firstMet: '2026-05-01',
    initialLevel: 3,
  })
  await tandem.router.handle('skills:log-practice', {
    skillId: retros.id,
    date: '2026-10-10',
    note: 'Ran one',
    levelAfter: 4,
  })
  await add({ name: 'Untouched skill', firstMet: '2026-03-01' })
  const secret = await add({ name: 'Secret skill', firstMet: '2026-10-05' })
  answerOf(
    await tandem.router.handle('skills:update', {
      ...skill({ name: 'Secret skill', firstMet: '2026-10-05' }),
      id: secret.id,
      private: true,
    }),
  )
  const reflect = async (date: string, answer: string, hidden = false) =>
    answerOf(
      await tandem.router.handle('reflections:create', {
        date,
        promptId: null,
        answer,
        confidence: 4,
        sessionId: null,
        goalIds: [],
        skillIds: [],
        private: hidden,
      }),
    )
  await reflect('2026-10-12', 'I listen **better** now.')
  await reflect('2026-10-13', 'A private thought.', true)
  await reflect('2026-09-30', 'Before the period.')

  const result = answerOf<MarkdownExportResult>(
    await tandem.router.handle('export:markdown', {
      ...reportOptions,
      sections: ['summary', 'skills', 'reflections'],
      layout: 'single-file',
    }),
  )
  const text = await readFile(result.path, 'utf8')
  expect(text).toContain('- **Skills learned:** 1')
  expect(text).toContain('- **Skills taught:** 0')
  // Both moved up in the period: the new one from where it was first logged.
  expect(text).toContain('- **Skills levelled up:** 2')
  expect(text).toContain('- **Reflections written:** 1')
  expect(text).toContain('## Skills')
  expect(text).toContain(
    '- **Pivot tables** (learned): from 2 · Can do it with help (new) to 3 · Can do it alone; practised once',
  )
  expect(text).toContain(
    '- **Running retros** (taught): from 3 · Can do it alone to 4 · Fluent; practised once',
  )
  expect(text).not.toContain('Untouched skill')
  expect(text).not.toContain('Secret skill')
  expect(text).toContain('### 12 October 2026 — Free reflection\n\nI listen **better** now.')
  expect(text).not.toContain('A private thought.')
  expect(text).not.toContain('Before the period.')
  expect(text.indexOf('## Summary')).toBeLessThan(text.indexOf('## Skills'))
  expect(text.indexOf('## Skills')).toBeLessThan(text.indexOf('## Reflections'))

  const withPrivate = answerOf<MarkdownExportResult>(
    await tandem.router.handle('export:markdown', {
      ...reportOptions,
      sections: ['skills', 'reflections'],
      includePrivate: true,
      layout: 'single-file',
    }),
  )
  const all = await readFile(withPrivate.path, 'utf8')
  expect(all).toContain('Secret skill')
  expect(all).toContain('A private thought.')
})

test('a private session is not named through a reflection linked to it, in any section', async () => {
  const { tandem } = await engine('2026-11-10T09:00:00Z') // last month: October 2026
  const hidden = await addSession(tandem, {
    date: '2026-10-08',
    title: 'Talk about Quillon pay',
    private: true,
  })
  const open = await addSession(tandem, { date: '2026-10-09', title: 'Figma basics' })
  const reflect = async (sessionId: string, answer: string) =>
    answerOf(
      await tandem.router.handle('reflections:create', {
        date: '2026-10-10',
        promptId: null,
        answer,
        confidence: null,
        sessionId,
        goalIds: [],
        skillIds: [],
        private: false,
      }),
    )
  await reflect(hidden.id, 'What I felt after the pay talk.')
  await reflect(open.id, 'Frames make sense now.')
  const exported = async (includePrivate: boolean) => {
    const result = answerOf<MarkdownExportResult>(
      await tandem.router.handle('export:markdown', {
        ...reportOptions,
        sections: ['summary', 'sessions', 'reflections'],
        includePrivate,
        layout: 'single-file',
      }),
    )
    return readFile(result.path, 'utf8')
  }
  const text = await exported(false)
  expect(text).not.toContain('Quillon')
  expect(text).not.toContain('What I felt after the pay talk.')
  expect(text).toContain('Frames make sense now.')
  expect(text).toContain('Figma basics')
  expect(text).toContain('- **Reflections written:** 1')
  const all = await exported(true)
  expect(all).toContain('Talk about Quillon pay')
  expect(all).toContain('What I felt after the pay talk.')
})
