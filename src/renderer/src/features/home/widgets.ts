import type { ComponentType } from 'react'
import { GoalsDueWidget } from '../goals/GoalsDueWidget'
import { ProgramThisWeekCard, PromptOfTheDayCard, ReviewsDueCard } from '../prompts/HomeCards'
import { SkillsReviewWidget } from '../skills/ReviewWidget'

/** Summary cards that later features put on the home screen, in order. */
export const homeWidgets: ComponentType[] = [
  PromptOfTheDayCard,
  GoalsDueWidget,
  SkillsReviewWidget,
  ReviewsDueCard,
  ProgramThisWeekCard,
]
