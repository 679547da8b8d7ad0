import { expect, type Locator } from '@playwright/test'
import { type CurrentPage, literally, Navigation } from './app'

/** What a spec fills in on a session; every field is optional except the title. */
export interface SessionInput {
  title: string
  date?: string
  /** A partner's name: picked when known, added (with `direction`) otherwise. */
  partner?: string
  direction?: 'They mentor me' | 'I mentor them' | 'Both ways'
  topics?: string[]
  notes?: string
  learned?: string
  shared?: string
  minutes?: string
  actionItems?: Array<{ text: string; due?: string }>
  private?: boolean
}

/** The session list and editor. */
export class SessionsModel {
  private readonly nav: Navigation

  constructor(private readonly page: CurrentPage) {
    this.nav = new Navigation(page)
  }

  /** A blank session editor, as Ctrl+N opens it. */
  async startNew(): Promise<void> {
    await this.page().keyboard.press('ControlOrMeta+n')
  }

  /** Fills the editor field by field, as a user types. */
  async fill(session: Partial<SessionInput>): Promise<void> {
    const page = this.page()
    if (session.title !== undefined) await this.title.fill(session.title)
    if (session.date) await page.getByLabel('Date').fill(session.date)
    if (session.partner) await this.choosePartner(session.partner, session.direction)
    for (const topic of session.topics ?? []) await this.addTopic(topic)
    if (session.notes !== undefined) await page.getByLabel('Notes').fill(session.notes)
    if (session.learned !== undefined)
      await page.getByLabel('What I learned', { exact: true }).fill(session.learned)
    if (session.shared !== undefined)
      await page.getByLabel('What I shared', { exact: true }).fill(session.shared)
    if (session.minutes !== undefined) await page.getByLabel('Minutes').fill(session.minutes)
    for (const item of session.actionItems ?? []) await this.addActionItem(item.text, item.due)
    if (session.private) await page.getByLabel('Keep out of exports').check()
  }

  /** Logs a whole session through the editor and waits for the autosave to land. */
  async log(session: SessionInput): Promise<void> {
    await this.startNew()
    await this.fill(session)
    await expect(this.nav.status).toHaveText('Saved')
  }

  /** Picks a known partner, or adds one through the "Add partner" button beside the picker. */
  async choosePartner(name: string, direction?: SessionInput['direction']): Promise<void> {
    const page = this.page()
    const known = await this.partner.locator('option', { hasText: name }).count()
    if (known > 0) await this.partner.selectOption({ label: name })
    else {
      await page.getByRole('button', { name: 'Add partner' }).click()
      await page.getByRole('textbox', { name: 'Name' }).fill(name)
      if (direction) await page.getByLabel('Who mentors whom').selectOption({ label: direction })
      await page.getByRole('button', { name: 'Add partner' }).click()
    }
    // The new partner is saved before the session goes on.
    await expect(this.partner).toHaveValue(/.+/)
  }

  /** Opens the star list under "What I learned" or "What I shared" and ticks the star of one line. */
  async star(side: 'learned' | 'shared', line: string): Promise<void> {
    const page = this.page()
    const field = page.locator('.ledger .field').filter({
      has: page.getByLabel(side === 'learned' ? 'What I learned' : 'What I shared', { exact: true }),
    })
    const list = field.getByRole('list', {
      name: side === 'learned' ? 'Learned lines to star' : 'Shared lines to star',
    })
    if (!(await list.isVisible())) await field.getByText('Star lines for the report').click()
    await list.getByRole('checkbox', { name: line, exact: true }).check()
  }

  async addTopic(topic: string): Promise<void> {
    const topics = this.page().getByLabel('Topics')
    await topics.fill(topic)
    await topics.press('Enter')
  }

  /** Adds an action item at the end of the list. */
  async addActionItem(text: string, due?: string): Promise<void> {
    const page = this.page()
    await page.getByRole('button', { name: '+ Add action item' }).click()
    const n = await page.getByRole('textbox', { name: /^Action item \d+$/ }).count()
    await this.actionItem(n).fill(text)
    if (due) await page.getByLabel(`Due date for action item ${n}`).fill(due)
  }

  /** Opens the session list from the sidebar. */
  async openList(): Promise<void> {
    await this.nav.go('Sessions')
  }

  /** Back to the list from the editor. */
  async backToList(): Promise<void> {
    await this.page().getByRole('button', { name: 'All sessions' }).click()
  }

  /** A session's row in the list (its button is named by title, date, partner and counts). */
  row(title: string): Locator {
    return this.page().getByRole('button', { name: literally(title) })
  }

  /** Opens a session from the list. */
  async open(title: string): Promise<void> {
    await this.openList()
    await this.row(title).click()
  }

  /** Asks to delete the session on screen; answers the confirmation dialog. */
  async askToDelete(): Promise<Locator> {
    await this.page().getByRole('button', { name: 'Delete session' }).click()
    return this.page().getByRole('dialog', { name: 'Delete this session?' })
  }

  /** Deletes the session on screen, confirming in the dialog. */
  async delete(): Promise<void> {
    const dialog = await this.askToDelete()
    await dialog.getByRole('button', { name: 'Delete session' }).click()
  }

  get title(): Locator {
    return this.page().getByRole('textbox', { name: 'Title' })
  }

  get partner(): Locator {
    return this.page().getByLabel('Partner', { exact: true })
  }

  actionItem(n: number): Locator {
    return this.page().getByRole('textbox', { name: `Action item ${n}`, exact: true })
  }

  /** The live markdown preview beside the editor. */
  get preview(): Locator {
    return this.page().getByRole('complementary', { name: 'Preview' })
  }

  /** The empty list's heading. */
  get emptyJournal(): Locator {
    return this.page().getByRole('heading', { name: 'Your journal is waiting for its first session' })
  }
}
