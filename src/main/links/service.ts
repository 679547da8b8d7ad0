import { TandemError } from '../../shared/errors'
import { toExternalUrl } from '../../shared/external-links'
import type { FeatureContext } from '../context'

export interface LinksService {
  /** Opens a link from the user's notes in their browser, if it is a web or e-mail link. */
  openExternal(url: string): Promise<void>
}

export function openLinks(ctx: FeatureContext): LinksService {
  return {
    async openExternal(url) {
      // The renderer is untrusted: the URL is checked here, not only where the link was drawn.
      // What reaches the OS is the parser's own rendering of the URL, never the caller's text.
      const external = toExternalUrl(url)
      if (!external) {
        throw new TandemError('not-allowed', 'Tandem only opens web (http, https) and e-mail links.')
      }
      await ctx.ports.openExternal(external)
    },
  }
}
