// The counter's camera on H5, in Chromium with a fake camera that films a member code's QR: the
// decoder library is fetched only when the camera opens (Chromium on Linux has no
// BarcodeDetector), reads the QR, and the member's checkout opens, with no tap after 摄像头扫码.
import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { encode } from 'uqr'
import { appUrl, baseUrl, CHROMIUM_PATH, PHONE } from './support/browser'

const W = 320
const H = 320

/** A YUV4MPEG2 clip of one still frame: the QR of `text`, black on white, with its quiet zone. */
function qrClip(text: string): Buffer {
  const qr = encode(text, { ecc: 'M', border: 4 })
  const scale = Math.floor(280 / qr.size)
  const offset = Math.floor((W - qr.size * scale) / 2)
  const y = Buffer.alloc(W * H, 255)
  for (let r = 0; r < qr.size * scale; r++) {
    for (let c = 0; c < qr.size * scale; c++) {
      if (qr.data[Math.floor(r / scale)][Math.floor(c / scale)]) y[(r + offset) * W + c + offset] = 0
    }
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma])
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 10 }, () => frame)])
}

let browser: Browser
const clip = path.join(mkdtempSync(path.join(tmpdir(), 'counter-camera-')), 'camera.y4m')

beforeAll(async () => {
  writeFileSync(clip, qrClip('0')) // replaced once the code is known; Chromium reads it when the camera opens
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${clip}`],
  })
})
afterAll(async () => browser?.close())

test('摄像头扫码 reads a member code’s QR with the lazily loaded decoder and opens the checkout', async () => {
  const context = await browser.newContext(PHONE)
  await context.grantPermissions(['camera'])
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const decoderFetched: string[] = []
  page.on('request', (r) => /camera-decoder/.test(r.url()) && decoderFetched.push(r.url()))

  await page.goto(appUrl(baseUrl(), { persona: 'active~48', hashPath: '/pages/store-counter/index' }))
  await page.getByRole('radio', { name: '上海静安店' }).click({ timeout: 20_000 })
  await page.locator('input[aria-label="门店 PIN"]').fill('2468')
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByText('当前门店：上海静安店').waitFor({ timeout: 15_000 })
  const code = await page.evaluate(async () => ((await (await fetch('/api/v1/me/code', { method: 'POST', headers: { 'X-Persona': 'active~48' } })).json()) as { code: string }).code)
  writeFileSync(clip, qrClip(code))
  expect(decoderFetched).toEqual([])

  await page.getByRole('button', { name: '摄像头扫码' }).click()
  await page.getByTestId('member-checkout').waitFor({ timeout: 30_000 })
  const native = await page.evaluate(() => 'BarcodeDetector' in globalThis)
  expect(decoderFetched.length).toBe(native ? 0 : 1)
  expect(errors).toEqual([])
  await context.close()
})
