/**
 * Is `url` a page of Tandem's own renderer? Compares scheme and host parsed from the URL, never
 * `URL.origin`: for a custom scheme such as `tandem:` Node's origin is the string "null", so comparing
 * origins refused every request from the packaged app's own window.
 */
export function isAppUrl(url: string, appOrigin: string): boolean {
  let page: URL
  let own: URL
  try {
    page = new URL(url)
    own = new URL(appOrigin)
  } catch {
    return false
  }
  if (page.username !== '' || page.password !== '') return false
  return page.protocol === own.protocol && page.host === own.host && page.host !== ''
}
