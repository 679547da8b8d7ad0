import type { HandlersOf } from '../router'
import type { LinksService } from './service'

export function linksHandlers(links: LinksService): HandlersOf<'links'> {
  return {
    'links:open-external': ({ url }) => links.openExternal(url),
  }
}
