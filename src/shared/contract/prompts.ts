import { z } from 'zod'
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
}
