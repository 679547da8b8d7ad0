import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, test as base, expect, type Page } from '@playwright/test'
import { Navigation } from './models/app'
import { ExportModel } from './models/export'
import { GoalsModel } from './models/goals'
import { JourneyModel } from './models/journey'
import { KeysModel } from './models/keys'
import { PartnerPageModel } from './models/partner-page'
import { PeopleModel } from './models/people'
import { ReflectionsModel } from './models/reflections'
import { SearchModel } from './models/search'
import { SessionsModel } from './models/sessions'
import { SettingsModel } from './models/settings'
import { SkillsModel } from './models/skills'
import { TrashModel } from './models/trash'
import { launchChromiumBrowser, launchInChromium, type RunningApp } from './runtime/chromium-runtime'
import { electronPick, electronRecorded, launchInElectron } from './runtime/electron-runtime'
import { chromiumPrinter } from './runtime/print-port'
import { type RuntimeChoice, selectRuntime } from './runtime/select'

export interface AppFixture {
  /** The Tandem window. After restart() this is the new window. */
  readonly page: Page
  /** The journal folder this Tandem runs on (a fresh temp folder per test). */
  readonly dataDir: string
  /** Which runtime runs the specs. */
  readonly runtime: RuntimeChoice['kind']
  /** Links Tandem handed to the OS (never opened for real in the specs). */
  readonly openedLinks: string[]
  /** Quits Tandem and launches it again on the same journal folder. */
  restart(): Promise<Page>
  /** Quits Tandem and launches it on a new, empty journal folder (dataDir changes). */
  restartWithFreshJournal(): Promise<Page>
  /** Where save dialogs save: the suggested name inside this per-test folder. */
  readonly exportDir: string
  /** Files Tandem asked the OS to open. */
  readonly openedPaths: string[]
  /** The file the next open dialog picks (null: the user cancels). */
  pickFile(path: string | null): void
  /** This computer's settings folder (Electron's userData): device-settings.json lives here. */
  readonly configDir: string
  /** Delivers a message to the page as the menu or a clicked notification would (APP_COMMAND_EVENT). */
  sendCommand(message: unknown): Promise<void>
  /** Page objects: the UI steps specs share, always on the current window (they follow restarts). */
  readonly nav: Navigation
  readonly sessions: SessionsModel
  readonly goals: GoalsModel
  readonly skills: SkillsModel
  readonly reflections: ReflectionsModel
  readonly export: ExportModel
  readonly trash: TrashModel
  readonly keys: KeysModel
  readonly people: PeopleModel
  readonly partnerPage: PartnerPageModel
  readonly settings: SettingsModel
  readonly search: SearchModel
  readonly journey: JourneyModel
}

interface WorkerFixtures {
  runtimeChoice: RuntimeChoice
  chromiumBrowser: Browser | null
}

export const test = base.extend<{ app: AppFixture }, WorkerFixtures>({
  runtimeChoice: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object.
    async ({}, use) => {
      await use(selectRuntime())
    },
    { scope: 'worker' },
  ],
  chromiumBrowser: [
    async ({ runtimeChoice }, use) => {
      if (runtimeChoice.kind !== 'chromium') {
        await use(null)
        return
      }
      const browser = await launchChromiumBrowser(runtimeChoice.executablePath)
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  app: async ({ runtimeChoice, chromiumBrowser }, use) => {
    const dataDirs = [await mkdtemp(join(tmpdir(), 'tandem-journal-'))]
    const exportDir = await mkdtemp(join(tmpdir(), 'tandem-exports-'))
    const stubDir = await mkdtemp(join(tmpdir(), 'tandem-outside-'))
    const configDir = await mkdtemp(join(tmpdir(), 'tandem-config-'))
    const outside = { exportDir, stubDir }
    const electron = runtimeChoice.kind === 'electron'
    const currentDir = () => dataDirs[dataDirs.length - 1] ?? ''
    const openedLinks: string[] = []
    const openedPaths: string[] = []
    let nextPick: string | null = null
    const launch = (): Promise<RunningApp> => {
      if (runtimeChoice.kind === 'electron')
        return launchInElectron(runtimeChoice.binary, currentDir(), outside, configDir)
      if (!chromiumBrowser) throw new Error('Chromium runtime selected but no browser was launched')
      return launchInChromium(
        chromiumBrowser,
        currentDir(),
        {
          openExternal: async (url) => {
            openedLinks.push(url)
          },
          printToPdf: chromiumPrinter(chromiumBrowser),
          chooseSavePath: async (name) => join(exportDir, name),
          chooseOpenPath: async () => nextPick,
          chooseOpenFolder: async () => nextPick,
          openPath: async (path) => {
            openedPaths.push(path)
          },
        },
        configDir,
      )
    }
    let running = await launch()
    const page = () => running.page
    const pickFile = (path: string | null) => {
      nextPick = path
      if (electron) electronPick(outside, path)
    }
    const fixture: AppFixture = {
      get page() {
        return running.page
      },
      get dataDir() {
        return currentDir()
      },
      runtime: runtimeChoice.kind,
      get openedLinks() {
        return electron ? electronRecorded(outside, 'links') : openedLinks
      },
      exportDir,
      get openedPaths() {
        return electron ? electronRecorded(outside, 'paths') : openedPaths
      },
      pickFile,
      configDir,
      sendCommand: (message) => running.deliverCommand(message),
      nav: new Navigation(page),
      sessions: new SessionsModel(page),
      goals: new GoalsModel(page),
      skills: new SkillsModel(page),
      reflections: new ReflectionsModel(page),
      export: new ExportModel(page, pickFile),
      trash: new TrashModel(page),
      keys: new KeysModel(page),
      people: new PeopleModel(page),
      partnerPage: new PartnerPageModel(page),
      settings: new SettingsModel(page),
      search: new SearchModel(page),
      journey: new JourneyModel(page),
      async restart() {
        await running.close()
        running = await launch()
        return running.page
      },
      async restartWithFreshJournal() {
        await running.close()
        dataDirs.push(await mkdtemp(join(tmpdir(), 'tandem-journal-')))
        running = await launch()
        return running.page
      },
    }
    await use(fixture)
    await running.close()
    for (const dir of [...dataDirs, exportDir, stubDir, configDir])
      await rm(dir, { recursive: true, force: true })
  },
})

export { expect }
