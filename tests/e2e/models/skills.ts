import { expect, type Locator } from '@playwright/test'
import { type CurrentPage, literally, Navigation } from './app'

/** Skills: the list, the new-skill form, the skill page, a session's skills panel and the review. */
export class SkillsModel {
  private readonly nav: Navigation

  constructor(private readonly page: CurrentPage) {
    this.nav = new Navigation(page)
  }

  /** Adds a skill through the New skill form and waits for its page. */
  async create(name: string, direction: 'Learned' | 'Taught' = 'Learned'): Promise<void> {
    const page = this.page()
    await this.nav.go('Skills')
    await page.getByRole('button', { name: 'New skill' }).click()
    const form = page.getByRole('form', { name: 'New skill' })
    await form.getByLabel('Skill name').fill(name)
    await form.getByLabel('Direction').selectOption({ label: direction })
    await form.getByRole('button', { name: 'Add skill' }).click()
    await expect(this.name).toHaveValue(name)
  }

  /** A skill's row in the skills list. */
  row(name: string): Locator {
    return this.page().getByRole('button', { name: literally(name) })
  }

  /** Opens a skill from the skills list. */
  async open(name: string): Promise<void> {
    await this.nav.go('Skills')
    await this.row(name).click()
  }

  /** The skills panel of the session on screen. */
  get sessionPanel(): Locator {
    return this.page().getByRole('region', { name: 'Skills from this session' })
  }

  /** Makes a skill of one line of the session's ledger, and opens it. */
  async fromSessionLine(line: string): Promise<void> {
    await this.sessionPanel.getByRole('button', { name: `Make a skill of "${line}"` }).click()
    await this.sessionPanel.getByRole('button', { name: `Open skill ${line}` }).click()
  }

  /** The Log practice form of the skill on screen. */
  get practiceForm(): Locator {
    return this.page().getByRole('form', { name: 'Log practice' })
  }

  /** Fills and sends the Log practice form. */
  async logPractice(entry: { date: string; note?: string; level?: string }): Promise<void> {
    const form = this.practiceForm
    await form.getByLabel('Practice date').fill(entry.date)
    if (entry.note !== undefined) await form.getByLabel('What I did').fill(entry.note)
    if (entry.level) await form.getByLabel('Level afterwards').selectOption({ label: entry.level })
    await form.getByRole('button', { name: 'Log practice' }).click()
  }

  /** The "Goals it serves" group of the skill on screen. */
  get goalsGroup(): Locator {
    return this.page().getByRole('group', { name: 'Goals it serves' })
  }

  async linkGoal(title: string): Promise<void> {
    await this.goalsGroup.getByLabel('Goal to link').selectOption({ label: title })
    await this.goalsGroup.getByRole('button', { name: 'Link goal' }).click()
  }

  /** Asks to delete the skill on screen; answers the confirmation dialog. */
  async askToDelete(): Promise<Locator> {
    await this.page().getByRole('button', { name: 'Delete skill' }).click()
    return this.page().getByRole('dialog', { name: 'Delete this skill?' })
  }

  /** Shows the "what it is for" of the review card on screen. */
  async reveal(): Promise<void> {
    await this.page().getByRole('button', { name: 'Show what it is for' }).click()
  }

  /** Rates the review card on screen ("Again", "Hard", "Good", "Easy"). */
  async rate(rating: 'Again' | 'Hard' | 'Good' | 'Easy'): Promise<void> {
    await this.page()
      .getByRole('button', { name: new RegExp(`^${rating}`) })
      .click()
  }

  get name(): Locator {
    return this.page().getByRole('textbox', { name: 'Skill name' })
  }

  get currentLevel(): Locator {
    return this.page().getByTestId('current-level')
  }
}
