import { expect, type Locator } from '@playwright/test'
import { type CurrentPage, Navigation } from './app'

/** Reflections and what leads to them: the prompt of the day, the library, programs, a session's panel. */
export class ReflectionsModel {
  private readonly nav: Navigation

  constructor(private readonly page: CurrentPage) {
    this.nav = new Navigation(page)
  }

  /** The home screen's prompt card. */
  get promptOfTheDay(): Locator {
    return this.page().getByRole('region', { name: 'Prompt of the day' })
  }

  /** The reflection editor on screen. */
  get form(): Locator {
    return this.page().getByRole('region', { name: 'Reflection' })
  }

  /** The reflections panel of the session on screen. */
  get sessionPanel(): Locator {
    return this.page().getByRole('region', { name: 'Reflect on this session' })
  }

  /** Answers the prompt of the day from the home screen and waits for the autosave. */
  async answerPromptOfTheDay(answer: string): Promise<void> {
    await this.nav.go('Home')
    await this.promptOfTheDay.getByRole('button', { name: 'Answer' }).click()
    await this.form.getByLabel('Answer').fill(answer)
    await expect(this.form.getByRole('status')).toHaveText('Saved')
  }

  /** Starts a free reflection from the Reflections screen and writes `answer`. */
  async write(answer: string): Promise<void> {
    await this.nav.go('Reflections')
    await this.page().getByRole('button', { name: 'New reflection' }).click()
    await this.form.getByLabel('Answer').fill(answer)
  }

  /** Opens a reflection from the Reflections screen by a piece of its text. */
  async open(text: string): Promise<void> {
    await this.nav.go('Reflections')
    await this.page().getByRole('listitem').filter({ hasText: text }).getByRole('button').click()
  }

  async linkGoal(title: string): Promise<void> {
    const goals = this.form.getByRole('group', { name: 'Goals it is about' })
    await goals.getByLabel('Goal to link').selectOption({ label: title })
    await goals.getByRole('button', { name: 'Link goal' }).click()
  }

  async linkSkill(name: string): Promise<void> {
    const skills = this.form.getByRole('group', { name: 'Skills it is about' })
    await skills.getByLabel('Skill to link').selectOption({ label: name })
    await skills.getByRole('button', { name: 'Link skill' }).click()
  }

  /** Starts a program template from the Programs screen. */
  async startProgram(name: string): Promise<void> {
    await this.nav.go('Programs')
    await this.page()
      .getByRole('button', { name: `Start ${name}…` })
      .click()
    await this.page()
      .getByRole('form', { name: `Start ${name}` })
      .getByRole('button', { name: 'Start program' })
      .click()
  }

  /** A started program's region on the Programs screen. */
  program(name: string): Locator {
    return this.page().getByRole('region', { name })
  }

  /** A week's row of a started program: `week` is its number. */
  week(program: Locator, week: number): Locator {
    return program.getByRole('listitem', { name: new RegExp(`^Week ${week}:`) })
  }
}
