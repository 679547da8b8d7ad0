import { randomUUID } from 'node:crypto'
import { localToday } from '../../shared/domain/common'
import type {
  EditProgramWeek,
  ProgramTemplateSummary,
  ProgramView,
  StartedProgram,
  StartProgram,
} from '../../shared/domain/program'
import { type LinkTarget, type TrashLink, titleOf } from '../../shared/domain/trash'
import { notFound, TandemError } from '../../shared/errors'
import type { FeatureContext } from '../context'
import type { PartnersService } from '../partners/service'
import type { PromptsService } from '../prompts/service'
import type { SessionsService } from '../sessions/service'
import { programsFormat } from './format'
import { viewProgram } from './weeks'

export interface ProgramsService {
  templates(): ProgramTemplateSummary[]
  /** Started programs as of today, newest start first. */
  list(): ProgramView[]
  start(input: StartProgram): Promise<ProgramView>
  editWeek(input: EditProgramWeek): Promise<ProgramView>
  setWeekSkipped(programId: string, week: number, skipped: boolean): Promise<ProgramView>
  setWeekDone(programId: string, week: number, done: boolean): Promise<ProgramView>
  find(programId: string): StartedProgram | undefined
  /** Removes the program if it is still there (the trash calls this; nothing links programs). */
  remove(programId: string): Promise<void>
  /** Puts a program from the trash back; answers the link to its partner if that cannot come back now. */
  restore(program: StartedProgram): Promise<TrashLink[]>
  /** The links programs hold to a record about to be deleted (a partner). */
  linksTo(target: LinkTarget, id: string): TrashLink[]
}

export interface ProgramsDeps {
  /** The built-in templates come with the prompt library, whose prompts their weeks name. */
  prompts: Pick<PromptsService, 'programTemplates'>
  partners: Pick<PartnersService, 'get'>
  sessions: Pick<SessionsService, 'all'>
}

export async function openPrograms(ctx: FeatureContext, deps: ProgramsDeps): Promise<ProgramsService> {
  const doc = await ctx.journal.document('programs.json', programsFormat)
  const templates = deps.prompts.programTemplates()

  /** `sessions` is read once by a caller viewing many programs: reading it copies and sorts the journal. */
  function view(program: StartedProgram, sessions = deps.sessions.all()): ProgramView {
    return viewProgram(program, localToday(ctx.clock.now()), sessions)
  }

  function get(id: string): StartedProgram {
    const program = doc.data.programs.find((p) => p.id === id)
    if (!program) throw notFound('program')
    return program
  }

  async function changeWeek(
    programId: string,
    week: number,
    change: (w: StartedProgram['weeks'][number]) => StartedProgram['weeks'][number],
  ): Promise<ProgramView> {
    const program = get(programId)
    if (!program.weeks.some((w) => w.week === week)) {
      throw new TandemError('invalid-input', `This program has no week ${week}.`, 'week')
    }
    const updated: StartedProgram = {
      ...program,
      weeks: program.weeks.map((w) => (w.week === week ? change(w) : w)),
      updatedAt: ctx.clock.now().toISOString(),
    }
    await doc.change((data) => {
      data.programs = data.programs.map((p) => (p.id === programId ? updated : p))
    })
    return view(updated)
  }

  async function replaceAll(changed: Map<string, StartedProgram>): Promise<void> {
    if (changed.size === 0) return
    await doc.change((data) => {
      data.programs = data.programs.map((p) => changed.get(p.id) ?? p)
    })
  }

  const partnerLink = (program: StartedProgram, partnerId: string): TrashLink => ({
    holder: 'program',
    holderId: program.id,
    holderTitle: titleOf.program(program),
    field: 'partnerId',
    target: 'partner',
    targetId: partnerId,
  })

  // A deleted partner leaves their programs, which run "with no partner" until the partner is restored.
  ctx.events.on('partner:deleted', ({ id }) => {
    const now = ctx.clock.now().toISOString()
    const theirs = doc.data.programs.filter((p) => p.partnerId === id)
    return replaceAll(new Map(theirs.map((p) => [p.id, { ...p, partnerId: null, updatedAt: now }])))
  })
  ctx.events.on('partner:restored', ({ id, links }) => {
    const now = ctx.clock.now().toISOString()
    const back = links.flatMap((link) => {
      const program = link.holder === 'program' && doc.data.programs.find((p) => p.id === link.holderId)
      return program && program.partnerId === null ? [{ ...program, partnerId: id, updatedAt: now }] : []
    })
    return replaceAll(new Map(back.map((p) => [p.id, p])))
  })

  return {
    templates: () =>
      templates.map((t) => ({ id: t.id, name: t.name, summary: t.summary, weeks: t.weeks.length })),
    list() {
      const sessions = deps.sessions.all()
      return [...doc.data.programs]
        .sort((a, b) => (a.startDate === b.startDate ? 0 : a.startDate < b.startDate ? 1 : -1))
        .map((program) => view(program, sessions))
    },
    async start({ templateId, partnerId, startDate }) {
      const template = templates.find((t) => t.id === templateId)
      if (!template) {
        throw new TandemError('invalid-input', 'That program template is not available.', 'templateId')
      }
      if (partnerId !== null && deps.partners.get(partnerId) === undefined) {
        throw new TandemError(
          'invalid-input',
          'That partner no longer exists. Pick another one.',
          'partnerId',
        )
      }
      const now = ctx.clock.now().toISOString()
      // A deep copy: editing a started week must never reach the template.
      const weeks = template.weeks.map((w) => ({
        ...structuredClone(w),
        skipped: false,
        markedDone: false,
      }))
      const program: StartedProgram = {
        id: randomUUID(),
        templateId,
        name: template.name,
        summary: template.summary,
        partnerId,
        startDate,
        weeks,
        createdAt: now,
        updatedAt: now,
      }
      await doc.change((data) => {
        data.programs.push(program)
      })
      return view(program)
    },
    editWeek: ({ programId, week, theme, agenda }) =>
      changeWeek(programId, week, (w) => ({ ...w, theme, agenda })),
    setWeekSkipped: (programId, week, skipped) =>
      changeWeek(programId, week, (w) => ({ ...w, skipped, markedDone: skipped ? false : w.markedDone })),
    setWeekDone: (programId, week, done) =>
      changeWeek(programId, week, (w) => ({ ...w, markedDone: done, skipped: done ? false : w.skipped })),
    find: (programId) => doc.data.programs.find((p) => p.id === programId),
    async remove(programId) {
      if (!doc.data.programs.some((p) => p.id === programId)) return
      await doc.change((data) => {
        data.programs = data.programs.filter((p) => p.id !== programId)
      })
    },
    async restore(program) {
      if (doc.data.programs.some((p) => p.id === program.id)) return []
      const gone = program.partnerId !== null && deps.partners.get(program.partnerId) === undefined
      const missing = gone && program.partnerId !== null ? [partnerLink(program, program.partnerId)] : []
      await doc.change((data) => {
        data.programs.push(gone ? { ...program, partnerId: null } : program)
      })
      return missing
    },
    linksTo(target, id) {
      if (target !== 'partner') return []
      return doc.data.programs.filter((p) => p.partnerId === id).map((p) => partnerLink(p, id))
    },
  }
}
