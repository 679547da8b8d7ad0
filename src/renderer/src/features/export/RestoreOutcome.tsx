import type { RestoreResult } from '../../../../shared/contract/export'
import { messageOf } from '../../lib/client'

/** What a restore answered, in the words both restore paths (a chosen file, a listed backup) use. */
export function RestoreOutcome({ error, result }: { error: unknown; result: RestoreResult | undefined }) {
  return (
    <>
      {error ? (
        <p className="banner-inline" role="alert">
          {messageOf(error)}
        </p>
      ) : null}
      {result && (
        <p className="export-result" role="status">
          Journal restored ({result.documents} files). Your journal as it was before is saved at{' '}
          <code>{result.previousJournalBackup}</code>
        </p>
      )}
    </>
  )
}
