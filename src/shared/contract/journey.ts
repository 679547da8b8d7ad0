import { JourneyInput, type JourneyOverview } from '../domain/journey'
import { channel } from './channel'

export const journeyChannels = {
  /**
   * The Journey screen in one answer, counted in main: sessions and hours per month, each partner's
   * rhythm, a daily heatmap, skills that moved up, goals achieved, and what was learned a while ago.
   */
  'journey:overview': channel(JourneyInput).returns<JourneyOverview>(),
}
