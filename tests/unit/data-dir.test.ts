import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDataDir } from '../../src/main/journal/data-dir'

describe('where the journal lives', () => {
  const userData = '/home/ana/.config/Tandem'
  it('defaults to <userData>/journal', () => {
    expect(resolveDataDir(['electron', '.'], {}, userData)).toBe(join(userData, 'journal'))
  })
  it('takes TANDEM_DATA_DIR, and --data-dir over it in both spellings', () => {
    expect(resolveDataDir([], { TANDEM_DATA_DIR: '/sync/journal' }, userData)).toBe('/sync/journal')
    expect(resolveDataDir(['--data-dir', '/a'], { TANDEM_DATA_DIR: '/b' }, userData)).toBe('/a')
    expect(resolveDataDir(['--data-dir=/c'], {}, userData)).toBe('/c')
    expect(resolveDataDir(['--data-dir=rel/j'], {}, userData)).toBe(resolve('rel/j'))
  })
  it('ignores an empty value', () => {
    expect(resolveDataDir(['--data-dir='], { TANDEM_DATA_DIR: '  ' }, userData)).toBe(
      join(userData, 'journal'),
    )
  })
})
