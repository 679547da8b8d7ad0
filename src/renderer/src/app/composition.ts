import { BackupSettingsCard } from '../features/export/BackupSettingsCard'
import { GoalsDueWidget } from '../features/goals/GoalsDueWidget'
import { MakeMilestone } from '../features/goals/MakeMilestone'
import { SessionGoalsBadge } from '../features/goals/SessionGoalsBadge'
import { SessionGoalsPanel } from '../features/goals/SessionGoalsPanel'
import { ProgramThisWeekCard, PromptOfTheDayCard, ReviewsDueCard } from '../features/prompts/HomeCards'
import { GoalReflections, SkillReflections } from '../features/prompts/LinkedReflections'
import { SessionReflectionBadge } from '../features/prompts/SessionReflectionBadge'
import { SessionReflectPanel } from '../features/prompts/SessionReflectPanel'
import { OpenActionItems } from '../features/sessions/OpenActionItems'
import { RecentSessions } from '../features/sessions/RecentSessions'
import { EncryptionOffer } from '../features/settings/EncryptionOffer'
import { GoalSkills } from '../features/skills/GoalSkills'
import { SkillsReviewWidget } from '../features/skills/ReviewWidget'
import { SessionSkillsPanel } from '../features/skills/SessionSkillsPanel'
import type { SlotRegistry } from './slots'

/**
 * The one place that says which feature shows what on another feature's screen. Hosts render their
 * slot's entries in this order; a new panel is one line here, never an edit to the host.
 */
export const composition: SlotRegistry = {
  'session-editor.panels': [
    { id: 'goals.session-panel', Component: SessionGoalsPanel },
    { id: 'skills.session-panel', Component: SessionSkillsPanel },
    { id: 'prompts.session-panel', Component: SessionReflectPanel },
  ],
  'action-item.extras': [{ id: 'goals.make-milestone', Component: MakeMilestone }],
  'session-row.badges': [
    { id: 'goals.session-badge', Component: SessionGoalsBadge },
    { id: 'prompts.session-badge', Component: SessionReflectionBadge },
  ],
  'home.widgets': [
    { id: 'sessions.recent', Component: RecentSessions },
    { id: 'sessions.open-action-items', Component: OpenActionItems },
    { id: 'prompts.prompt-of-the-day', Component: PromptOfTheDayCard },
    { id: 'goals.due', Component: GoalsDueWidget },
    { id: 'skills.review', Component: SkillsReviewWidget },
    { id: 'prompts.reviews-due', Component: ReviewsDueCard },
    { id: 'prompts.program-this-week', Component: ProgramThisWeekCard },
  ],
  'goal-detail.panels': [
    { id: 'skills.goal-panel', Component: GoalSkills },
    { id: 'prompts.goal-panel', Component: GoalReflections },
  ],
  'skill-detail.panels': [{ id: 'prompts.skill-panel', Component: SkillReflections }],
  'settings.sections': [{ id: 'export.backup-settings', Component: BackupSettingsCard }],
  'first-run.extras': [{ id: 'settings.encryption-offer', Component: EncryptionOffer }],
}
