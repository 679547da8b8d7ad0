import { InvalidDocumentError } from './migrations'

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Bytes of a journal file -> plain JSON value. The one place that decides what a readable file is:
 * documents, shards and (later) backups and the trash all come through here, so encrypting the journal
 * wraps exactly this function and `encodeDocument`.
 * - Invalid UTF-8 is refused, not "repaired" with replacement characters: a repaired file would be
 *   saved over its original bytes.
 * - A leading byte-order mark (some editors add one) is skipped.
 */
export function decodeDocument(bytes: Uint8Array): unknown {
  return parseText(decodeText(bytes))
}

/** The text of a journal file's bytes (strict UTF-8, a leading BOM dropped): the first half of `decodeDocument`. */
export function decodeText(bytes: Uint8Array): string {
  try {
    // With ignoreBOM false the decoder drops a leading BOM itself.
    return utf8.decode(bytes)
  } catch {
    throw new InvalidDocumentError('it is not valid UTF-8 text (the file may be damaged)')
  }
}

/**
 * The same strict decoding, one piece at a time, for a file too large to decode in one go without
 * holding up saves: `piece` for each run of bytes in order, `end` after the last. Cut only between
 * whole characters (for example at newline bytes); the pieces then join to exactly what decodeText gives.
 */
export function pieceDecoder(): { piece(bytes: Uint8Array): string; end(): string } {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  const strict = (run: () => string) => {
    try {
      return run()
    } catch {
      throw new InvalidDocumentError('it is not valid UTF-8 text (the file may be damaged)')
    }
  }
  return {
    piece: (bytes) => strict(() => decoder.decode(bytes, { stream: true })),
    end: () => strict(() => decoder.decode()),
  }
}

/**
 * Decoded text -> plain JSON value: the second half of `decodeDocument`, on its own so a large backup
 * can be parsed one document (one line) at a time between other work.
 */
export function parseText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new InvalidDocumentError(
      text.trim() === ''
        ? 'the file is empty'
        : 'it is not readable JSON (the file may be damaged or cut short)',
    )
  }
}

/** Plain JSON value -> the text written to disk. One place, so tools that write journals (the benchmark) match. */
export function encodeDocument(data: unknown): string {
  return JSON.stringify(data, null, 2)
}

/** A value on one line: a backup holds one document per line (see backups/file.ts). */
export function encodeLine(data: unknown): string {
  return JSON.stringify(data)
}
