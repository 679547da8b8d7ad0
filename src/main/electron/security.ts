import { type App, type Session, shell, type WebContents } from 'electron'
import { isAllowedExternalUrl } from '../../shared/external-links'

/** The renderer's own origin: tandem://app in the app, the dev server while developing. */
export function isAppUrl(url: string, appOrigin: string): boolean {
  try {
    return new URL(url).origin === appOrigin
  } catch {
    return false
  }
}

/** Every web contents: no new windows, no navigation away, no webviews; links go to the browser after the allow-list. */
export function hardenWebContents(app: App, appOrigin: () => string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url)
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

/** Tandem asks for no permission (camera, notifications, ...), so every request is refused. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
