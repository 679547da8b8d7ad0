import type { HandlersOf } from '../router'
import type { PromptAnswers, PromptsService } from './service'

/** `answers` is the reflections service: the rotation skips prompts answered lately. */
export function promptsHandlers(prompts: PromptsService, answers: PromptAnswers): HandlersOf<'prompts'> {
  return {
    'prompts:library': () => prompts.library(),
    'prompts:create-custom': (draft) => prompts.createCustom(draft),
    'prompts:update-custom': (update) => prompts.updateCustom(update),
    'prompts:set-archived': ({ id, value }) => prompts.setArchived(id, value),
    'prompts:set-hidden': ({ id, value }) => prompts.setHidden(id, value),
    'prompts:set-pinned': ({ id, value }) => prompts.setPinned(id, value),
    'prompts:update-settings': (settings) => prompts.updateSettings(settings),
    'prompts:of-the-day': ({ shuffle, moments }) => prompts.ofTheDay(shuffle, answers, moments),
    'prompts:reviews-due': () => prompts.reviewsDue(answers),
  }
}
