import { z } from 'zod'
import { Id } from '../domain/common'
import {
  PracticeDraft,
  type PracticeEntry,
  ReviewInput,
  type SkillDetail,
  SkillDraft,
  type SkillsSummary,
  SkillUpdate,
  type SkillView,
} from '../domain/skill'
import type { Deleted } from '../domain/trash'
import { channel } from './channel'

export const skillsChannels = {
  'skills:list': channel(z.undefined()).returns<SkillView[]>(),
  'skills:get': channel(z.object({ id: Id })).returns<SkillDetail>(),
  'skills:create': channel(SkillDraft).returns<SkillView>(),
  'skills:update': channel(SkillUpdate).returns<SkillView>(),
  'skills:delete': channel(z.object({ id: Id })).returns<Deleted>(),
  'skills:log-practice': channel(PracticeDraft).returns<PracticeEntry>(),
  /** Moves the practice entry to the trash; Undo is `trash:restore` with the answer's trashId. */
  'skills:delete-practice': channel(z.object({ id: Id })).returns<Deleted>(),
  'skills:review-queue': channel(z.undefined()).returns<SkillView[]>(),
  'skills:review': channel(ReviewInput).returns<SkillView>(),
  'skills:summary': channel(z.undefined()).returns<SkillsSummary>(),
}
