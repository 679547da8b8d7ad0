import type { HandlersOf } from '../router'
import type { TrashService } from '../trash/service'
import type { SkillsService } from './service'

/** Deletes of skills and practice entries go through the trash, which keeps them for Undo. */
export function skillsHandlers(
  skills: SkillsService,
  trash: Pick<TrashService, 'discard'>,
): HandlersOf<'skills'> {
  return {
    'skills:list': () => skills.list(),
    'skills:get': ({ id }) => skills.get(id),
    'skills:create': (draft) => skills.create(draft),
    'skills:update': (update) => skills.update(update),
    'skills:delete': ({ id }) => trash.discard('skill', id),
    'skills:log-practice': (draft) => skills.logPractice(draft),
    'skills:delete-practice': ({ id }) => trash.discard('practice', id),
    'skills:review-queue': () => skills.reviewQueue(),
    'skills:review': (input) => skills.review(input),
    'skills:summary': () => skills.summary(),
  }
}
