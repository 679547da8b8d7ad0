import { messageOf } from '../lib/client'

/** A screen's data could not be read: says why, in the warning banner. */
export function LoadError({ error }: { error: unknown }) {
  return (
    <p className="banner warning" role="alert">
      {messageOf(error)}
    </p>
  )
}
