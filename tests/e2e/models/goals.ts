import { expect, type Locator } from '@playwright/test'
import { type CurrentPage, Navigation } from './app'

export interface GoalInput {
  title: string
  category?: string
  startDate?: string
  targetDate?: string | null
  /** Added on the goal's page once it exists. */
  milestones?: MilestoneInput[]
}

export interface MilestoneInput {
  text: string
  due?: string
  done?: boolean
}

/** Goals: the list, the new-goal dialog, the goal editor, and the goals panel of a session. */
export class GoalsModel {
  private readonly nav: Navigation

  constructor(private readonly page: CurrentPage) {
    this.nav = new Navigation(page)
  }

  /** Creates a goal through the New goal dialog, waits for its editor, and adds its milestones there. */
  async create(goal: GoalInput): Promise<void> {
    const page = this.page()
    await this.nav.go('Goals')
    const first = page.getByRole('button', { name: 'Set your first goal' })
    const newGoal = page.getByRole('button', { name: 'New goal' })
    // Wait for the list to show one or the other: isVisible() alone does not wait for it to load.
    await expect(first.or(newGoal).first()).toBeVisible()
    if (await first.isVisible()) await first.click()
    else await newGoal.click()
    const dialog = page.getByRole('dialog', { name: 'New goal' })
    await dialog.getByLabel('Goal', { exact: true }).fill(goal.title)
    if (goal.category) await dialog.getByLabel('Category').fill(goal.category)
    if (goal.startDate) await dialog.getByLabel('Start date').fill(goal.startDate)
    if (goal.targetDate) await dialog.getByLabel('Target date').fill(goal.targetDate)
    await dialog.getByRole('button', { name: 'Create goal' }).click()
    await expect(this.title).toHaveValue(goal.title)
    for (const milestone of goal.milestones ?? []) await this.addMilestone(milestone)
  }

  /** Adds a milestone at the end of the goal on screen. */
  async addMilestone(milestone: MilestoneInput): Promise<void> {
    const page = this.page()
    await page.getByRole('button', { name: '+ Add milestone' }).click()
    const n = await page.getByRole('textbox', { name: /^Milestone \d+$/ }).count()
    await this.milestone(n).fill(milestone.text)
    if (milestone.due) await page.getByLabel(`Due date for milestone ${n}`).fill(milestone.due)
    if (milestone.done) await page.getByRole('checkbox', { name: `Done: ${milestone.text}` }).check()
  }

  /** Writes a check-in on the goal on screen. */
  async checkIn(note: string): Promise<void> {
    await this.page().getByLabel('How is it going?').fill(note)
    await this.page().getByRole('button', { name: 'Add check-in' }).click()
  }

  /** Opens a goal from the goals list. */
  async open(title: string): Promise<void> {
    await this.nav.go('Goals')
    await this.page().getByRole('button', { name: title }).click()
  }

  /** Opens the Change status dialog and picks `choice` ("Pause it", "Mark it achieved", "Drop it"). */
  async openStatusDialog(choice?: string): Promise<Locator> {
    await this.page().getByRole('button', { name: 'Change status' }).click()
    const dialog = this.page().getByRole('dialog', { name: 'Change status' })
    if (choice) await dialog.getByRole('radio', { name: choice }).check()
    return dialog
  }

  /** Changes the status of the goal on screen, with a closing reflection when one is given. */
  async changeStatus(choice: string, reflection?: string): Promise<Locator> {
    const dialog = await this.openStatusDialog(choice)
    if (reflection !== undefined) await dialog.getByLabel('Closing reflection').fill(reflection)
    await dialog.getByRole('button', { name: 'Save status' }).click()
    return dialog
  }

  /** Asks to delete the goal on screen; answers the confirmation dialog. */
  async askToDelete(): Promise<Locator> {
    await this.page().getByRole('button', { name: 'Delete goal' }).click()
    return this.page().getByRole('dialog', { name: 'Delete this goal?' })
  }

  /** The goals panel of the session on screen. */
  get sessionPanel(): Locator {
    return this.page().getByRole('group', { name: 'Goals this session worked on' })
  }

  /** Links the session on screen to a goal. */
  async linkToSession(goalTitle: string): Promise<void> {
    await this.sessionPanel.getByLabel('Goal to link').selectOption({ label: goalTitle })
    await this.sessionPanel.getByRole('button', { name: 'Link goal' }).click()
  }

  /** Turns a session's action item into a milestone of a goal. */
  async makeMilestone(actionItem: string, goalTitle: string): Promise<void> {
    const page = this.page()
    await page.getByRole('button', { name: 'Make it a milestone' }).click()
    await page.getByLabel(`Goal for ${actionItem}`).selectOption({ label: goalTitle })
    await page.getByRole('button', { name: 'Add milestone' }).click()
  }

  get title(): Locator {
    return this.page().getByRole('textbox', { name: 'Goal title' })
  }

  milestone(n: number): Locator {
    return this.page().getByRole('textbox', { name: `Milestone ${n}`, exact: true })
  }

  /** The goals list. */
  get list(): Locator {
    return this.page().getByRole('list', { name: 'Goals' })
  }
}
