import { describe, expect, it } from 'vitest'
import { formatRecoveryKey, parseRecoveryKey } from '../../src/main/crypto/recovery-key'
import {
  HEADER_BYTES,
  isSealed,
  keyIdOf,
  open,
  SEALED_MAGIC,
  SealedFileError,
  seal,
  TAG_BYTES,
} from '../../src/main/crypto/sealed-file'
import { keyedFiles, PLAIN_FILES } from '../../src/main/store/cipher'
import { InvalidDocumentError } from '../../src/main/store/migrations'

const key = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex')
const keyId = Buffer.from('a1b2c3d4e5f60718', 'hex')
const nonce = Buffer.from('cafebabefacedbaddecaf888', 'hex')
const plain = '{"schemaVersion":1,"goals":[]}'

describe('the sealed file format', () => {
  it('matches its known answer: header, ciphertext and tag for a fixed key, nonce and path', () => {
    const sealed = seal(plain, key, keyId, 'goals.json', nonce)
    expect(sealed.subarray(0, 8).toString('hex')).toBe('544e444d454e4301')
    expect(sealed[8]).toBe(1)
    expect(sealed.subarray(9, 17)).toEqual(keyId)
    expect(sealed.subarray(17, 29)).toEqual(nonce)
    expect(sealed.length).toBe(HEADER_BYTES + plain.length + TAG_BYTES)
    // Written down once; the next test checks the same bytes against an independent AES-GCM (WebCrypto).
    expect(sealed.toString('hex')).toBe(
      '544e444d454e430101a1b2c3d4e5f60718cafebabefacedbaddecaf888' +
        'f181d345c21f227a106e2fae1272e71d3711ec73b8760b183dfd3e2ae3f4edb5' +
        '53814ca3a935a12cfa708af52496',
    )
    expect(open(sealed, key, keyId, 'goals.json').toString('utf8')).toBe(plain)
  })

  it('agrees with WebCrypto AES-GCM on the same key, nonce and additional data', async () => {
    const sealed = seal(plain, key, keyId, 'sessions/2026-11.json', nonce)
    const aad = Buffer.concat([sealed.subarray(0, HEADER_BYTES), Buffer.from('sessions/2026-11.json')])
    const webKey = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt', 'encrypt'])
    const web = Buffer.from(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: nonce, additionalData: aad },
        webKey,
        Buffer.from(plain),
      ),
    )
    expect(sealed.subarray(HEADER_BYTES)).toEqual(web)
  })

  it('fails closed on every single-byte change, anywhere in the file', () => {
    const sealed = seal(plain, key, keyId, 'goals.json', nonce)
    let refused = 0
    for (let i = 0; i < sealed.length; i++) {
      const damaged = Buffer.from(sealed)
      damaged[i] = (damaged[i] ?? 0) ^ 0x01
      expect(() => open(damaged, key, keyId, 'goals.json'), `byte ${i}`).toThrow(SealedFileError)
      refused++
    }
    expect(refused).toBe(sealed.length)
  })

  it('fails closed when cut short, moved to another name, swapped with another file, or opened with another key', () => {
    const goals = seal(plain, key, keyId, 'goals.json', nonce)
    const skills = seal('{"schemaVersion":1,"skills":[]}', key, keyId, 'skills.json')
    for (let cut = 1; cut < goals.length; cut += 7) {
      expect(() => open(goals.subarray(0, goals.length - cut), key, keyId, 'goals.json')).toThrow(
        SealedFileError,
      )
    }
    expect(() => open(goals, key, keyId, 'skills.json')).toThrow(SealedFileError)
    expect(() => open(skills, key, keyId, 'goals.json')).toThrow(SealedFileError)
    const otherKey = Buffer.alloc(32, 7)
    expect(() => open(goals, otherKey, keyId, 'goals.json')).toThrow(SealedFileError)
    expect(() => open(goals, key, Buffer.alloc(8, 9), 'goals.json')).toThrow(/different key/)
    expect(keyIdOf(goals)).toEqual(keyId)
  })

  it('uses a fresh nonce for every write', () => {
    const a = seal(plain, key, keyId, 'goals.json')
    const b = seal(plain, key, keyId, 'goals.json')
    expect(a.subarray(17, 29)).not.toEqual(b.subarray(17, 29))
    expect(a).not.toEqual(b)
  })

  it('tells a plain JSON file from a sealed one by its first bytes', () => {
    expect(isSealed(Buffer.from(plain))).toBe(false)
    expect(isSealed(SEALED_MAGIC)).toBe(true)
    expect(isSealed(Buffer.from('TNDM'))).toBe(false)
  })
})

describe('the journal cipher', () => {
  it('an encrypted journal refuses plain files; a plain journal refuses encrypted ones; both in words', () => {
    const sealed = keyedFiles({ dataKey: key, keyId, mode: 'sealed' })
    expect(() => sealed.open(Buffer.from(plain), 'goals.json')).toThrow(InvalidDocumentError)
    const bytes = sealed.seal(plain, 'goals.json')
    expect(Buffer.from(sealed.open(bytes as Uint8Array, 'goals.json')).toString()).toBe(plain)
    expect(() => sealed.open(bytes as Uint8Array, 'trash.json')).toThrow(/changed, cut short or moved/)
    expect(() => PLAIN_FILES.open(bytes as Uint8Array, 'goals.json')).toThrow(/encrypted/)
  })

  it('while turning on or off, both forms are read and writes take the form the journal heads to', () => {
    const on = keyedFiles({ dataKey: key, keyId, mode: 'turning-on' })
    const off = keyedFiles({ dataKey: key, keyId, mode: 'turning-off' })
    expect(Buffer.from(on.open(Buffer.from(plain), 'goals.json')).toString()).toBe(plain)
    expect(isSealed(on.seal(plain, 'goals.json') as Uint8Array)).toBe(true)
    expect(off.seal(plain, 'goals.json')).toBe(plain)
    const sealedBytes = on.seal(plain, 'goals.json') as Uint8Array
    expect(Buffer.from(off.open(sealedBytes, 'goals.json')).toString()).toBe(plain)
  })
})

describe('the recovery key', () => {
  it('is 52 characters in 13 groups of four, and reads back whatever the case, spaces and look-alike letters', () => {
    const bytes = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 255))
    const text = formatRecoveryKey(bytes)
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(parseRecoveryKey(text)).toEqual(new Uint8Array(bytes))
    const sloppy = text.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l')
    expect(parseRecoveryKey(sloppy)).toEqual(new Uint8Array(bytes))
    expect(parseRecoveryKey(text.slice(0, -1))).toBeNull()
    expect(parseRecoveryKey(`${text.slice(0, -1)}U`)).toBeNull()
  })
})
