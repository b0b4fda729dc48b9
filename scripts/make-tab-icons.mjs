#!/usr/bin/env node
// Draws the tab bar icons (81×81 PNG, WeChat's recommended size) from a few signed-distance
// shapes, so they stay consistent and can be redrawn in another colour with one command:
//   node scripts/make-tab-icons.mjs
// The PNGs are committed; nothing runs this during a build.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const SIZE = 81
const STROKE = 5
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets', 'tab')
const COLORS = { normal: [0x6b, 0x65, 0x5c], active: [0x1f, 0x1d, 0x1a] }

const roundRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r
  const qy = Math.abs(y - cy) - hh + r
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r
const outline = (d) => Math.abs(d) - STROKE / 2
const segment = (x, y, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay))
}

// Each icon is a distance function: negative inside the ink.
const ICONS = {
  member: (x, y) =>
    Math.min(outline(roundRect(x, y, 40.5, 40.5, 30, 21, 6)), roundRect(x, y, 40.5, 33, 30, 2.5, 0), roundRect(x, y, 29, 50, 10, 2.5, 2)),
  rights: (x, y) => {
    // A cut gem: crown, girdle and pavilion as one polyline.
    const pts = [[17, 31], [28, 18], [53, 18], [64, 31], [40.5, 64], [17, 31], [64, 31]]
    let d = Infinity
    for (let i = 1; i < pts.length; i++) d = Math.min(d, segment(x, y, pts[i - 1], pts[i]))
    return d - STROKE / 2
  },
  coupons: (x, y) => {
    const ticket = Math.max(roundRect(x, y, 40.5, 40.5, 31, 20, 5), -circle(x, y, 9.5, 40.5, 8), -circle(x, y, 71.5, 40.5, 8))
    const perforation = Math.max(Math.abs(x - 52) - 1.6, Math.abs(y - 40.5) - 17, -(Math.abs(((y - 23.5) % 7) - 3.5) - 1.6))
    return Math.min(outline(ticket), perforation)
  },
  profile: (x, y) => Math.min(outline(circle(x, y, 40.5, 28, 12)), outline(Math.max(circle(x, y, 40.5, 72, 26), y - 68))),
}

function render(fn, [r, g, b]) {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1))
  const samples = 4
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0
    for (let x = 0; x < SIZE; x++) {
      let cover = 0
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) if (fn(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples) <= 0) cover++
      const o = y * (SIZE * 4 + 1) + 1 + x * 4
      raw[o] = r
      raw[o + 1] = g
      raw[o + 2] = b
      raw[o + 3] = Math.round((255 * cover) / (samples * samples))
    }
  }
  return png(raw)
}

function png(raw) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([len, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(SIZE, 0)
  ihdr.writeUInt32BE(SIZE, 4)
  ihdr.set([8, 6, 0, 0, 0], 8)
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

function crc32(buf) {
  let c = ~0
  for (const byte of buf) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return ~c >>> 0
}

for (const [name, fn] of Object.entries(ICONS)) {
  writeFileSync(path.join(out, `${name}.png`), render(fn, COLORS.normal))
  writeFileSync(path.join(out, `${name}-active.png`), render(fn, COLORS.active))
}
console.log(`wrote ${Object.keys(ICONS).length * 2} icons to ${path.relative(process.cwd(), out)}`)
