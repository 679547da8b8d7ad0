import { SearchQuery, type SearchResults } from '../domain/search'
import { channel } from './channel'

export const searchChannels = {
  /**
   * Finds sessions, reflections, goals, skills and partners by words (prefix and typo tolerant,
   * accents folded), through an index kept in memory in main and never written to disk.
   */
  'search:query': channel(SearchQuery).returns<SearchResults>(),
}
