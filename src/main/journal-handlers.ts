import { TandemError } from '../shared/errors'
import { isAllowedExternalUrl } from '../shared/external-links'
import type { FeatureContext } from './context'
import type { HandlersOf } from './router'

export function journalHandlers(ctx: FeatureContext): HandlersOf<'journal'> & HandlersOf<'links'> {
  return {
    'journal:status': () => ({ dataDir: ctx.journal.dir, problems: ctx.journal.problems }),
    'journal:dismiss-problems': () => ctx.journal.dismissProblems(),
    'links:open-external': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        throw new TandemError('not-allowed', 'Tandem only opens web (http, https) and e-mail links.')
      }
      await ctx.ports.openExternal(url)
    },
  }
}
