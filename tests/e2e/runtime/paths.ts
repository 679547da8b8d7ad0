import { join } from 'node:path'

export const projectRoot = join(import.meta.dirname, '..', '..', '..')
export const rendererDir = join(projectRoot, 'out', 'renderer')
export const testPreloadFile = join(projectRoot, 'out', 'test-runtime', 'preload.js')
export const resourcesDir = join(projectRoot, 'resources')
/** The fixed origin the built renderer is served under in Chromium (Playwright's page.route; no server, no port). */
export const TEST_ORIGIN = 'http://tandem.localhost'
