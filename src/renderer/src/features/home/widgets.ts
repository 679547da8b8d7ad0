import type { ComponentType } from 'react'
import { ProgramThisWeekCard, PromptOfTheDayCard, ReviewsDueCard } from '../prompts/HomeCards'

/** Summary cards that later features put on the home screen (goals due, prompt of the day, reviews due…). */
export const homeWidgets: ComponentType[] = [PromptOfTheDayCard, ReviewsDueCard, ProgramThisWeekCard]
