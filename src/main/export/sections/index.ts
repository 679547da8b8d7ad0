import type { GoalsService } from '../../goals/service'
import type { PartnersService } from '../../partners/service'
import type { ReflectionsService } from '../../reflections/service'
import type { SessionsService } from '../../sessions/service'
import type { SkillsService } from '../../skills/service'
import { goalsSection } from './goals'
import { reflectionsSection } from './reflections'
import { sessionsSection } from './sessions'
import { skillsSection } from './skills'
import type { ReportSection } from './types'

/** What the section providers read. Features that land later add their service here (optional until then). */
export interface SectionDeps {
  sessions: Pick<SessionsService, 'all' | 'find'>
  partners: Pick<PartnersService, 'get'>
  goals?: Pick<GoalsService, 'list'>
  skills?: Pick<SkillsService, 'list' | 'get'>
  reflections?: Pick<ReflectionsService, 'all'>
}

/**
 * Every section the report can hold, in report order (the summary always comes first and is built
 * from these). A feature adds one provider file in this folder and one line here.
 */
export function reportSections(deps: SectionDeps): ReportSection[] {
  return [goalsSection(deps), skillsSection(deps), sessionsSection(deps), reflectionsSection(deps)]
}
