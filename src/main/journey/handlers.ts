import type { HandlersOf } from '../router'
import type { JourneyService } from './service'

export function journeyHandlers(journey: JourneyService): HandlersOf<'journey'> {
  return {
    'journey:overview': (input) => journey.overview(input),
  }
}

// Opened where it is registered, so app.ts composes the journey with one import.
export { openJourney } from './service'
