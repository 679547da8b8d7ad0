// Draws Tandem's mark (two arrows passing each other: mentoring goes both ways) as PNGs in build/.
// Plain Node (zlib), no image library, so the icons can be remade anywhere: node scripts/make-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const BACKGROUND = [47, 111, 94] // --accent of the light theme (#2f6f5e)
const MARK = [255, 255, 255]
const SAMPLES = 4 // per axis, for smooth edges

/** Inside tests in a 0..1 square. */
function insideRoundedSquare(x, y) {
  const margin = 0.06
  const radius = 0.2
  const cx = Math.min(Math.max(x, margin + radius), 1 - margin - radius)
  const cy = Math.min(Math.max(y, margin + radius), 1 - margin - radius)
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
}

/** An arrow along y = mid, from `from` to `to` (x), shaft half-height 0.05, head 0.16 long. */
function insideArrow(x, y, mid, from, to) {
  const dir = Math.sign(to - from)
  const along = (x - from) * dir // distance from the tail towards the tip
  const length = Math.abs(to - from)
  const head = 0.16
  const dy = Math.abs(y - mid)
  if (along < 0 || along > length) return false
  if (along <= length - head) return dy <= 0.05
  return dy <= ((length - along) / head) * 0.13
}

function coverage(x, y) {
  if (!insideRoundedSquare(x, y)) return { bg: 0, mark: 0 }
  const mark = insideArrow(x, y, 0.38, 0.22, 0.78) || insideArrow(x, y, 0.62, 0.78, 0.22)
  return { bg: 1, mark: mark ? 1 : 0 }
}

function pixels(size) {
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1)
    rows[row] = 0 // filter: none
    for (let px = 0; px < size; px++) {
      let bg = 0
      let mark = 0
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = coverage((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)
          bg += c.bg
          mark += c.mark
        }
      }
      const n = SAMPLES * SAMPLES
      const alpha = bg / n
      const m = bg === 0 ? 0 : mark / bg
      const at = row + 1 + px * 4
      for (let i = 0; i < 3; i++) rows[at + i] = Math.round(BACKGROUND[i] * (1 - m) + MARK[i] * m)
      rows[at + 3] = Math.round(alpha * 255)
    }
  }
  return rows
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(buffer) {
  let c = 0xffffffff
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function png(size) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

mkdirSync('build/icons', { recursive: true })
writeFileSync('build/icon.png', png(1024))
writeFileSync('build/icons/512x512.png', png(512))
console.log('wrote build/icon.png (1024) and build/icons/512x512.png')
