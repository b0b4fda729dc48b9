// Reading a code image back out of the page, for jsQR to decode.
import type { Page } from 'playwright-core'

/**
 * The pixels of an image as the browser draws it (an SVG data URI included) at width×height on
 * white, cut to `crop`; sent back as base64 (a plain array of a large image takes seconds to pass).
 */
export async function imagePixels(p: Page, selector: string, width: number, height: number, crop = { x: 0, y: 0, w: width, h: height }) {
  const { b64, w, h } = await p.evaluate(
    async ({ selector, width, height, crop }) => {
      const img = document.querySelector(selector) as HTMLImageElement | null
      if (!img) throw new Error(`no image ${selector}`)
      if (!img.complete) await new Promise((r) => img.addEventListener('load', r, { once: true }))
      const canvas = document.createElement('canvas')
      canvas.width = width
      canvas.height = height
      const ctx = canvas.getContext('2d')!
      ctx.fillStyle = '#fff'
      ctx.fillRect(0, 0, width, height)
      ctx.drawImage(img, 0, 0, width, height)
      const bytes = ctx.getImageData(crop.x, crop.y, crop.w, crop.h).data
      let bin = ''
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return { b64: btoa(bin), w: crop.w, h: crop.h }
    },
    { selector, width, height, crop },
  )
  return { width: w, height: h, data: new Uint8ClampedArray(Buffer.from(b64, 'base64')) }
}
