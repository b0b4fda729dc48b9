import { fireEvent, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import jsQR from 'jsqr'
import { http, HttpResponse } from 'msw'
import { server } from '@mock/node'
import { EarningHomeEntry } from '@/features/earning/home-entry'
import { posterOf } from '@/features/earning/poster-route'
import { SharePosterScreen } from '@/features/earning/share-poster'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()
afterEach(() => {
  server.events.removeAllListeners()
  jest.restoreAllMocks()
})

/** The poster page opened as 生成海报 opens it: its query is the router's params. */
function openPosterPage(url: string) {
  const params = Object.fromEntries(new URLSearchParams(url.split('?')[1] ?? ''))
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  return showScreen(<SharePosterScreen />)
}

/** Rasterises the poster's QR (an SVG of module runs `M{col} {row}h{n}v1h{-n}z`) and reads it with jsQR. */
function decodePosterQr(svg: string): string | null {
  const qr = /<svg[^>]*id="poster-qr"[^>]*viewBox="0 0 (\d+) \d+"[^>]*>.*?<path fill="#000" d="([^"]*)"/.exec(svg)
  if (!qr) return null
  const size = Number(qr[1])
  const scale = 6
  const px = size * scale
  const data = new Uint8ClampedArray(px * px * 4).fill(255)
  for (const [, col, row, len] of qr[2].matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    for (let y = Number(row) * scale; y < (Number(row) + 1) * scale; y++)
      for (let x = Number(col) * scale; x < (Number(col) + Number(len)) * scale; x++) data.fill(0, (y * px + x) * 4, (y * px + x) * 4 + 3)
  }
  return jsQR(data, px, px)?.data ?? null
}

test('生成海报 on the home opens the poster page, whose QR decodes to the tracked link POST /shares answered', async () => {
  setPersona('active')
  const posted: unknown[] = []
  const answers: Array<{ path: string }> = []
  const isShare = (request: Request) => request.method === 'POST' && new URL(request.url).pathname.endsWith('/shares')
  server.events.on('request:start', ({ request }) => {
    if (isShare(request)) void request.clone().json().then((b) => posted.push(b))
  })
  server.events.on('response:mocked', ({ request, response }) => {
    if (isShare(request)) void response.clone().json().then((r) => answers.push(r.share))
  })
  const home = showScreen(<EarningHomeEntry />)
  fireEvent.click(screen.getByRole('link', { name: '生成海报' }))
  // Its own page, in a subpackage, so the QR encoder is not in the weapp's main package.
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/share-poster/index?kind=home' })
  expect(posted).toEqual([])
  home.unmount()

  openPosterPage('/pages/share-poster/index?kind=home')
  const image = await screen.findByRole('img', { name: '分享海报' })
  expect(posted).toEqual([{ target: { kind: 'home' }, channel: 'poster' }])
  expect(answers).toHaveLength(1)
  // The H5 address a friend opens: this page's URL with the shared path in the hash.
  const link = `${location.origin}${location.pathname}#${answers[0].path}`
  expect(answers[0].path).toMatch(/shareId=/)
  const svg = Buffer.from(image.getAttribute('src')!.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('utf8')
  expect(svg).toContain('一起加入会员圈')
  expect(decodePosterQr(svg)).toBe(link)
})

test('the poster page says so when the link cannot be made, and a retry makes the poster', async () => {
  setPersona('active')
  server.use(http.post('*/api/v1/shares', () => HttpResponse.error()))
  openPosterPage('/pages/share-poster/index?kind=home')
  expect(await screen.findByText('海报没有生成', undefined, { timeout: 8000 })).toBeInTheDocument()
  expect(screen.queryByRole('img', { name: '分享海报' })).toBeNull()
  server.resetHandlers()
  fireEvent.click(screen.getByRole('button', { name: '重新加载' }))
  expect(await screen.findByRole('img', { name: '分享海报' })).toBeInTheDocument()
}, 15000)

test('the poster page shares what its query names; its title comes from the kind, never from the query', () => {
  expect(posterOf({ kind: 'invite', id: 'inv-1', title: '<任意文字>' })).toEqual({ target: { kind: 'invite', id: 'inv-1' }, title: '邀你一起参加共创活动' })
  expect(posterOf({ kind: 'nowhere' })).toEqual({ target: { kind: 'home' }, title: '一起加入会员圈' })
  expect(posterOf({})).toEqual({ target: { kind: 'home' }, title: '一起加入会员圈' })
})
