import { z } from 'zod'
import { Id } from '../domain/common'
import {
  EditProgramWeek,
  type ProgramTemplateSummary,
  type ProgramView,
  SetProgramWeekFlag,
  StartProgram,
} from '../domain/program'
import {
  CustomPromptDraft,
  CustomPromptUpdate,
  type PromptLibrary,
  PromptMoment,
  PromptSettings,
  type PromptSettings as PromptSettingsType,
  type PromptView,
  type ReviewDue,
  SetPromptFlag,
} from '../domain/prompt'
import {
  type Reflection,
  ReflectionDraft,
  type ReflectionSummary,
  ReflectionUpdate,
} from '../domain/reflection'
import { channel } from './channel'

export const promptsChannels = {
  'prompts:library': channel(z.undefined()).returns<PromptLibrary>(),
  'prompts:create-custom': channel(CustomPromptDraft).returns<PromptView>(),
  'prompts:update-custom': channel(CustomPromptUpdate).returns<PromptView>(),
  'prompts:set-archived': channel(SetPromptFlag).returns<PromptView>(),
  'prompts:set-hidden': channel(SetPromptFlag).returns<PromptView>(),
  'prompts:set-pinned': channel(SetPromptFlag).returns<PromptView>(),
  'prompts:update-settings': channel(PromptSettings).returns<PromptSettingsType>(),
  /** shuffle 0 is the prompt of the day; "Another one" asks for 1, 2, 3… */
  'prompts:of-the-day': channel(
    z.object({
      shuffle: z.number().int().min(0).max(10_000),
      moments: z.array(PromptMoment).max(5).optional(),
    }),
  ).returns<PromptView | null>(),
  'prompts:reviews-due': channel(z.undefined()).returns<ReviewDue[]>(),
  'reflections:list': channel(z.undefined()).returns<ReflectionSummary[]>(),
  'reflections:get': channel(z.object({ id: Id })).returns<Reflection>(),
  'reflections:for-session': channel(z.object({ sessionId: Id })).returns<Reflection[]>(),
  'reflections:create': channel(ReflectionDraft).returns<Reflection>(),
  'reflections:update': channel(ReflectionUpdate).returns<Reflection>(),
  'reflections:delete': channel(z.object({ id: Id })).returns<void>(),
  'programs:templates': channel(z.undefined()).returns<ProgramTemplateSummary[]>(),
  'programs:list': channel(z.undefined()).returns<ProgramView[]>(),
  'programs:start': channel(StartProgram).returns<ProgramView>(),
  'programs:edit-week': channel(EditProgramWeek).returns<ProgramView>(),
  'programs:set-week-skipped': channel(SetProgramWeekFlag).returns<ProgramView>(),
  'programs:set-week-done': channel(SetProgramWeekFlag).returns<ProgramView>(),
  'programs:delete': channel(z.object({ programId: Id })).returns<void>(),
}
