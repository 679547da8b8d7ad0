import type { HandlersOf } from '../router'
import type { SkillsService } from './service'

export function skillsHandlers(skills: SkillsService): HandlersOf<'skills'> {
  return {
    'skills:list': () => skills.list(),
    'skills:get': ({ id }) => skills.get(id),
    'skills:create': (draft) => skills.create(draft),
    'skills:update': (update) => skills.update(update),
    'skills:delete': ({ id }) => skills.remove(id),
    'skills:log-practice': (draft) => skills.logPractice(draft),
    'skills:delete-practice': ({ id }) => skills.removePractice(id),
    'skills:review-queue': () => skills.reviewQueue(),
    'skills:review': (input) => skills.review(input),
    'skills:summary': () => skills.summary(),
  }
}
