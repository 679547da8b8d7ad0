import type { ComponentType } from 'react'
import { GoalsDueWidget } from '../goals/GoalsDueWidget'

/** Summary cards that later features put on the home screen (goals due, prompt of the day, reviews due…). */
export const homeWidgets: ComponentType[] = [GoalsDueWidget]
