import type { Partner } from '../../shared/domain/partner'
import { notFound } from '../../shared/errors'
import type { Clock } from '../context'
import type { GoalsService } from '../goals/service'
import type { PromptsService } from '../prompts/service'
import type { HandlersOf } from '../router'
import type { SessionsService } from '../sessions/service'
import type { SkillsService } from '../skills/service'
import type { TrashService } from '../trash/service'
import { partnerAgenda } from './agenda'
import { partnerPage } from './page'
import type { PartnersService } from './service'

/** What the partner page and agenda read from the other features (opened after partners, so passed in). */
export interface PartnerPageDeps {
  sessions: Pick<SessionsService, 'records'>
  goals: Pick<GoalsService, 'list'>
  skills: Pick<SkillsService, 'list'>
  prompts: Pick<PromptsService, 'ofTheDay'>
  answers: Parameters<PromptsService['ofTheDay']>[1]
  clock: Clock
}

export function partnersHandlers(
  partners: PartnersService,
  trash: Pick<TrashService, 'discard'>,
  sessions: Pick<SessionsService, 'partnerOverview'>,
  page: PartnerPageDeps,
): HandlersOf<'partners'> {
  const partnerOf = (id: string): Partner => {
    const partner = partners.get(id)
    if (!partner) throw notFound('partner')
    return partner
  }
  return {
    'partners:list': () => partners.list(),
    'partners:create': (draft) => partners.create(draft),
    // Counted by sessions, which holds them; partners are opened before sessions and cannot ask.
    'partners:overview': () => sessions.partnerOverview(),
    'partners:update': (update) => partners.update(update),
    // The partner goes to the trash; their sessions and skills stay, with no partner.
    'partners:delete': ({ id }) => trash.discard('partner', id),
    'partners:page': ({ partnerId }) =>
      partnerPage({
        partner: partnerOf(partnerId),
        sessions: page.sessions.records(),
        goals: page.goals.list(),
        skills: page.skills.list(),
        now: page.clock.now(),
      }),
    'partners:agenda': ({ partnerId }) => {
      const prompt = page.prompts.ofTheDay(0, page.answers, ['before-session'])
      return partnerAgenda({
        partner: partnerOf(partnerId),
        sessions: page.sessions.records(),
        skills: page.skills.list(),
        prompt: prompt ? { id: prompt.id, text: prompt.text } : null,
        now: page.clock.now(),
      })
    },
  }
}
