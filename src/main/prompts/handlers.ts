import { localToday } from '../../shared/domain/common'
import type { ReviewDue } from '../../shared/domain/prompt'
import type { FeatureContext } from '../context'
import type { GoalsService } from '../goals/goals'
import type { PartnersService } from '../partners/partners'
import type { HandlersOf } from '../router'
import type { SessionsService } from '../sessions/sessions'
import type { SkillsService } from '../skills/skills'
import { loadBuiltIns } from './library'
import { openPrograms, type ProgramsService } from './programs'
import { openPrompts, type PromptsService } from './prompts'
import { openReflections, type ReflectionsService } from './reflections'
import { reviewsDue } from './reviews'

export interface ReflectFeature {
  prompts: PromptsService
  reflections: ReflectionsService
  programs: ProgramsService
}

/**
 * Prompts, reflections and programs: reads the built-in library and templates (skipping and
 * reporting any file that fails validation), then opens the user's documents.
 */
export async function openReflect(
  ctx: FeatureContext,
  deps: {
    partners: PartnersService
    sessions: SessionsService
    goals: Pick<GoalsService, 'find'>
    skills: Pick<SkillsService, 'find'>
  },
): Promise<ReflectFeature> {
  const builtIns = await loadBuiltIns(ctx.resourcesDir)
  for (const problem of builtIns.problems) {
    ctx.journal.report({
      kind: 'skipped-resource',
      file: problem.file,
      movedTo: null,
      message: `Tandem's built-in file ${problem.file} was skipped: ${problem.message}. The rest of Tandem works as usual.`,
      at: ctx.clock.now().toISOString(),
    })
  }
  const prompts = await openPrompts(ctx, builtIns.prompts)
  const reflections = await openReflections(ctx, { prompts, ...deps })
  const programs = await openPrograms(ctx, {
    templates: builtIns.programs,
    partners: deps.partners,
    sessions: deps.sessions,
  })
  return { prompts, reflections, programs }
}

function dueReviews(ctx: FeatureContext, { prompts, reflections }: ReflectFeature): ReviewDue[] {
  const today = localToday(ctx.clock.now())
  const due = reviewsDue(
    today,
    prompts.settings().reviews,
    prompts.remindersSince(),
    reflections.reviewDates(),
  )
  // Most days nothing is due: only then is every reflection scanned for when its prompt was answered.
  if (due.length === 0) return []
  const lastAnswered = reflections.lastAnswered()
  return due.map((review) => ({
    ...review,
    prompt: prompts.ofTheDay(today, 0, lastAnswered, [
      review.kind === 'weekly' ? 'weekly-review' : 'monthly-review',
    ]),
  }))
}

export function reflectHandlers(
  ctx: FeatureContext,
  feature: ReflectFeature,
): HandlersOf<'prompts'> & HandlersOf<'reflections'> & HandlersOf<'programs'> {
  const { prompts, reflections, programs } = feature
  return {
    'prompts:library': () => prompts.library(),
    'prompts:create-custom': (draft) => prompts.createCustom(draft),
    'prompts:update-custom': (update) => prompts.updateCustom(update),
    'prompts:set-archived': ({ id, value }) => prompts.setArchived(id, value),
    'prompts:set-hidden': ({ id, value }) => prompts.setHidden(id, value),
    'prompts:set-pinned': ({ id, value }) => prompts.setPinned(id, value),
    'prompts:update-settings': (settings) => prompts.updateSettings(settings),
    'prompts:of-the-day': ({ shuffle, moments }) =>
      prompts.ofTheDay(localToday(ctx.clock.now()), shuffle, reflections.lastAnswered(), moments),
    'prompts:reviews-due': () => dueReviews(ctx, feature),
    'reflections:list': () => reflections.list(),
    'reflections:get': ({ id }) => reflections.get(id),
    'reflections:for-session': ({ sessionId }) => reflections.forSession(sessionId),
    'reflections:create': (draft) => reflections.create(draft),
    'reflections:update': (update) => reflections.update(update),
    'reflections:delete': ({ id }) => reflections.remove(id),
    'programs:templates': () => programs.templates(),
    'programs:list': () => programs.list(),
    'programs:start': (input) => programs.start(input),
    'programs:edit-week': (input) => programs.editWeek(input),
    'programs:set-week-skipped': ({ programId, week, value }) =>
      programs.setWeekSkipped(programId, week, value),
    'programs:set-week-done': ({ programId, week, value }) => programs.setWeekDone(programId, week, value),
    'programs:delete': ({ programId }) => programs.remove(programId),
  }
}
