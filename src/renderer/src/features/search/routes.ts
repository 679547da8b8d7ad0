import type { SearchHit, SearchKind } from '../../../../shared/domain/search'
import type { RecordFocus, Route } from '../../app/navigation'

/** Where a result opens: its record, with the place of the match for the screen to show. */
export function routeOfHit(hit: SearchHit): Route {
  const focus: RecordFocus = { field: hit.field, entryId: hit.entryId, matchText: hit.matchText }
  switch (hit.kind) {
    case 'session':
      return { screen: 'session', id: hit.id, focus }
    case 'reflection':
      return { screen: 'reflection', id: hit.id, focus }
    case 'goal':
      return { screen: 'goal', id: hit.id, focus }
    case 'skill':
      return { screen: 'skill', id: hit.id, focus }
    case 'partner':
      return { screen: 'people', focus }
  }
}

/** The groups results are shown in, in this order, with their headings. */
export const KIND_GROUPS: ReadonlyArray<{ kind: SearchKind; heading: string; one: string }> = [
  { kind: 'session', heading: 'Sessions', one: 'session' },
  { kind: 'reflection', heading: 'Reflections', one: 'reflection' },
  { kind: 'goal', heading: 'Goals', one: 'goal' },
  { kind: 'skill', heading: 'Skills', one: 'skill' },
  { kind: 'partner', heading: 'People', one: 'person' },
]
