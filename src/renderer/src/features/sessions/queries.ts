import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Partner, PartnerDraft } from '../../../../shared/domain/partner'
import type { SessionDraft, SessionUpdate } from '../../../../shared/domain/session'
import { tandem, unwrap } from '../../lib/client'
import { keys, refreshLinkers } from '../../lib/queries'

export function useSessions() {
  return useQuery({ queryKey: keys.sessions, queryFn: () => unwrap(tandem().sessions.list()) })
}

export function useSession(id: string | null) {
  return useQuery({
    queryKey: keys.session(id ?? 'new'),
    queryFn: () => unwrap(tandem().sessions.get({ id: id ?? '' })),
    enabled: id !== null,
  })
}

export function usePartners() {
  return useQuery({ queryKey: keys.partners, queryFn: () => unwrap(tandem().partners.list()) })
}

/** Partners by id, for screens that show the partner of each of their rows. */
export function usePartnerById(): ReadonlyMap<string, Partner> {
  const partners = usePartners()
  return useMemo(() => new Map((partners.data ?? []).map((p) => [p.id, p])), [partners.data])
}

export function useOpenActionItems() {
  return useQuery({
    queryKey: keys.openActionItems,
    queryFn: () => unwrap(tandem().sessions.openActionItems()),
  })
}

/** After any change to sessions: lists and summaries refetch; the open editor keeps its own draft. */
export function useInvalidateSessions() {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: keys.sessions })
}

export function saveSession(draft: SessionDraft, id: string | null) {
  if (id === null) return unwrap(tandem().sessions.create(draft))
  const update: SessionUpdate = { ...draft, id }
  return unwrap(tandem().sessions.update(update))
}

export function useDeleteSession() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(tandem().sessions.delete({ id })),
    onSuccess: (_void, id) => {
      client.removeQueries({ queryKey: keys.session(id) })
      // Goals, skills and reflections lose their link to the session.
      return Promise.all([
        client.invalidateQueries({ queryKey: keys.sessions }),
        refreshLinkers(client, [['goals'], ['skills'], ['reflections']]),
      ])
    },
  })
}

export function useSetActionItemDone() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { sessionId: string; itemId: string; done: boolean }) =>
      unwrap(tandem().sessions.setActionItemDone(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.sessions }),
  })
}

export function useCreatePartner() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (draft: PartnerDraft) => unwrap(tandem().partners.create(draft)),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.partners }),
  })
}
