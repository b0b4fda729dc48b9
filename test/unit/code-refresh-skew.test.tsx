// When the next code is fetched, on a phone five minutes fast or slow: `refreshAfterMs` after the
// last one arrived, as the server asks — not at once in a loop, and not five minutes late. (The
// seconds shown on such a phone are checked in server-time.test.tsx.)
import { server } from '@mock/node'
import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import Taro from '@tarojs/taro'
import { showScreen, withMockBackend } from '../support/screen'
import { CodeScreen } from '@/features/coupons'
import { setPersona } from '@/services/mock-session'

withMockBackend()
afterEach(() => jest.restoreAllMocks())

const MINUTES_5 = 5 * 60_000
const REFRESH_AFTER_MS = 2_000

/** The backend's code endpoint on a clock `serverAhead` ms from the phone's; returns when each code was asked for. */
function codesOnSkewedServer(serverAhead: number): number[] {
  const askedAt: number[] = []
  server.use(
    http.post('*/api/v1/coupons/c-0004/code', () => {
      askedAt.push(Date.now())
      const serverNow = Date.now() + serverAhead
      return HttpResponse.json(
        {
          code: `45395787636${String(askedAt.length).padStart(5, '0')}`,
          expiresAt: new Date(serverNow + 60_000).toISOString(),
          refreshAfterMs: REFRESH_AFTER_MS,
          serverTime: new Date(serverNow).toISOString(),
        },
        { status: 201, headers: { Date: new Date(serverNow).toUTCString() } },
      )
    }),
  )
  return askedAt
}

describe.each([
  ['fast', -MINUTES_5],
  ['slow', +MINUTES_5],
])('the phone five minutes %s', (_, serverAhead) => {
  test('the next code is asked for refreshAfterMs after the last arrived', async () => {
    setPersona('active')
    const askedAt = codesOnSkewedServer(serverAhead)
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id: 'c-0004' } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
    showScreen(<CodeScreen />)
    await screen.findByTestId('code-digits', undefined, { timeout: 5_000 })
    await waitFor(() => expect(askedAt).toHaveLength(2), { timeout: REFRESH_AFTER_MS + 2_000 })
    const gap = askedAt[1] - askedAt[0]
    expect(gap).toBeGreaterThanOrEqual(REFRESH_AFTER_MS - 100)
    expect(gap).toBeLessThan(REFRESH_AFTER_MS + 1_500)
    await waitFor(() => expect(screen.getByTestId('code-digits').textContent?.replace(/\s/g, '')).toBe('4539578763600002'))
  }, 15_000)
})
