import type { HandlersOf } from '../router'
import type { SearchService } from './service'

export function searchHandlers(search: SearchService): HandlersOf<'search'> {
  return {
    'search:query': (q) => search.query(q),
  }
}
