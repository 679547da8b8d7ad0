import { type App, type Session, shell, type WebContents } from 'electron'
import { toExternalUrl } from '../../shared/external-links'
import { isAppUrl } from './urls'

/** Every web contents: no new windows, no navigation away, no webviews; links go to the browser after the allow-list. */
export function hardenWebContents(app: App, appOrigin: () => string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      const external = toExternalUrl(url)
      if (external) void shell.openExternal(external)
      return { action: 'deny' }
    })
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appOrigin())) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, appOrigin())) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })
}

/**
 * Tandem asks for no permission (camera, notifications, ...), so every request is refused, except the
 * ones named in `allowed`: the app window allows `clipboard-sanitized-write` (copying an agenda as text
 * with navigator.clipboard.writeText); reading the clipboard stays refused.
 */
export function denyPermissions(session: Session, allowed: readonly string[] = []): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowed.includes(permission)),
  )
  session.setPermissionCheckHandler((_contents, permission) => allowed.includes(permission))
}

/** What the app window may ask for: writing plain text to the clipboard, nothing else. */
export const APP_PERMISSIONS = ['clipboard-sanitized-write'] as const
