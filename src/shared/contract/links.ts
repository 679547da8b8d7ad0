import { z } from 'zod'
import { channel } from './channel'

export const linksChannels = {
  'links:open-external': channel(
    z.object({ url: z.string().max(4096, { message: 'That link is too long to open.' }) }),
  ).returns<void>(),
}
