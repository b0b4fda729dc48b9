// The phone's clock against the backend's: five minutes fast or slow, the code screen still shows a
// live code with at most its true seconds left, and offline it says honestly when a saved code
// has died by the server's clock. The backend clock is moved (the phone keeps real time), which
// is the same skew seen from the app.
import { server } from '@mock/node'
import { getMockBackend } from '@mock/handlers'
import { parseMemberKey } from '@mock/db'
import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import Taro from '@tarojs/taro'
import { resetTaroStub } from '../stubs/taro'
import { showScreen, withMockBackend } from '../support/screen'
import { CodeScreen, WalletScreen, useCouponStore } from '@/features/coupons'
import { HomeScreen } from '@/features/growth'
import { endOfShanghaiDay, shanghaiDaysBetween } from '@/domain/time'
import { resetServerClock, serverNow } from '@/services/clock'
import { setPersona } from '@/services/mock-session'

withMockBackend()
afterEach(() => {
  jest.restoreAllMocks()
})

const MINUTES_5 = 5 * 60_000
const realNow = Date.now.bind(Date)

function openCode(id: string) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  return showScreen(<CodeScreen />)
}

/** Seconds of validity the countdown shows. */
async function secondsShown(): Promise<number> {
  const text = (await screen.findByTestId('countdown', undefined, { timeout: 3000 })).textContent ?? ''
  return Number(/^(\d+) 秒内有效/.exec(text)?.[1])
}

/** Page hooks of an unmounted screen must not fire for the next; storage (code, offset) stays. */
function keepStorageResetHooks() {
  const keep = Taro.getStorageInfoSync()
    .keys.filter((k) => k.startsWith('m.') || k === 'member-storage.index' || k === 'clock.offset')
    .map((k) => [k, Taro.getStorageSync(k)] as const)
  resetTaroStub()
  for (const [k, v] of keep) if (v) Taro.setStorageSync(k, v)
  Taro.setStorageSync('mock.persona', 'active')
}

describe.each([
  ['fast', -MINUTES_5],
  ['slow', +MINUTES_5],
])('the phone five minutes %s', (_, backendAhead) => {
  test('a live code is shown with at most its true seconds left', async () => {
    setPersona('active')
    getMockBackend().clock.setNow(realNow() + backendAhead)
    openCode('c-0004')
    const seconds = await secondsShown()
    expect(seconds).toBeGreaterThanOrEqual(55)
    expect(seconds).toBeLessThanOrEqual(60)
    expect(Math.abs(serverNow() - getMockBackend().now())).toBeLessThan(2_000)
  })
})

test('offline, a saved code that died by the server clock is called expired, though the phone thinks it has minutes left', async () => {
  setPersona('active')
  getMockBackend().clock.setNow(realNow() + MINUTES_5) // phone five minutes slow
  const first = openCode('c-0004')
  await screen.findByTestId('code-digits')
  first.unmount()
  keepStorageResetHooks()
  resetServerClock({ keepStored: true }) // a relaunch: the offset comes back from storage
  const later = realNow() + 61_000
  jest.spyOn(Date, 'now').mockReturnValue(later)
  server.use(http.all('*/api/v1/*', () => HttpResponse.error()))
  openCode('c-0004')
  expect(await screen.findByText(/上次的券码已过期/)).toBeInTheDocument()
  expect(screen.queryByTestId('code-digits')).not.toBeInTheDocument()
})

test('the wallet judges 今天到期 on the server day, not the phone day', async () => {
  setPersona('active')
  // The backend is a day ahead of the phone: what expires at the end of its today is due today. Seeded
  // coupons date from real time (a moved clock moves time, not the member), so c-0001 is set to end there.
  const backend = getMockBackend()
  backend.clock.setNow(realNow() + 24 * 3600_000)
  const seeded = backend.member(parseMemberKey('active')!).coupons.find((c) => c.id === 'c-0001')!
  seeded.validUntil = new Date(endOfShanghaiDay(backend.now())).toISOString()
  showScreen(<WalletScreen />)
  await screen.findByRole('tab', { name: /可使用/ })
  const c1 = useCouponStore.getState().coupons?.find((c) => c.id === 'c-0001')
  expect(c1).toBeDefined()
  const card = (await screen.findAllByTestId('coupon-card')).find((el) => el.textContent?.includes(c1!.title))!
  await waitFor(() => expect(within(card).getByText('今天到期')).toBeInTheDocument())
})

test('an open wallet moves to the new day at Shanghai midnight on the server clock', async () => {
  setPersona('active')
  // The server is two seconds before its midnight (the phone keeps its own time).
  getMockBackend().clock.setNow(endOfShanghaiDay(realNow()) - 2_000 + 1)
  showScreen(<WalletScreen />)
  const count = (label: string) => Number(new RegExp(`${label} (\\d+) 张`).exec(screen.getByRole('tab', { name: new RegExp(label) }).getAttribute('aria-label') ?? '')?.[1])
  await screen.findByRole('tab', { name: /可使用/ })
  await screen.findAllByText('今天到期')
  const [available, expired] = [count('可使用'), count('已过期')]
  const dueToday = screen.getAllByText('今天到期').length
  await waitFor(() => expect(count('已过期')).toBe(expired + dueToday), { timeout: 5_000 })
  expect(count('可使用')).toBe(available - dueToday)
}, 10_000)

describe('a coupon whose validity has not begun', () => {
  function startInThreeDays(): string {
    const backend = getMockBackend()
    const coupon = backend.member(parseMemberKey('active')!).coupons.find((c) => c.id === 'c-0004')!
    coupon.validFrom = new Date(backend.now() + 3 * 24 * 3600_000).toISOString()
    return coupon.validFrom
  }
  const shanghaiMonthDay = (iso: string) => {
    const d = new Date(Date.parse(iso) + 8 * 3600_000)
    return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
  }

  test('the wallet says from when, without 出示券码, and the card opens nothing', async () => {
    setPersona('active')
    const from = startInThreeDays()
    showScreen(<WalletScreen />)
    const card = await screen.findByText(`${shanghaiMonthDay(from)}起可用`)
    const cardRoot = card.closest('[data-testid="coupon-card"]') as HTMLElement
    expect(within(cardRoot).queryByText('出示券码')).not.toBeInTheDocument()
    expect(cardRoot).not.toHaveAttribute('role', 'button')
  })

  test('the code page says why and from when, and offers the way back instead of a skeleton', async () => {
    setPersona('active')
    const from = startInThreeDays()
    openCode('c-0004')
    expect(await screen.findByText('尚未到使用时间')).toBeInTheDocument()
    expect(screen.getByText(new RegExp(`${shanghaiMonthDay(from)} \\d{2}:\\d{2} 起可用`))).toBeInTheDocument()
    expect(screen.queryByRole('status', { name: '正在获取券码' })).not.toBeInTheDocument()
    act(() => screen.getByRole('button', { name: '回到券包' }).click())
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/coupons/index' })
  })
})

test('after a 409 NOT_AVAILABLE the code is asked for again instead of a skeleton forever', async () => {
  setPersona('active')
  let refusals = 1
  server.use(
    http.post('*/api/v1/coupons/c-0004/code', () =>
      refusals-- > 0 ? HttpResponse.json({ error: { code: 'NOT_AVAILABLE', message: '这张券还没到使用时间' } }, { status: 409 }) : undefined,
    ),
  )
  openCode('c-0004')
  expect(await screen.findByText('券码暂时无法出示')).toBeInTheDocument()
  expect(screen.queryByRole('status', { name: '正在获取券码' })).not.toBeInTheDocument()
  expect(await screen.findByTestId('code-digits', undefined, { timeout: 8000 })).toBeInTheDocument()
}, 12_000)

test('the home counts the days left of an at-risk level on the server clock', async () => {
  setPersona('at-risk')
  const backend = getMockBackend()
  backend.clock.setNow(realNow() + 3 * 24 * 3600_000) // the phone is three days behind
  const growth = (await Taro.request({ url: '/api/v1/me/growth', header: { 'X-Persona': 'at-risk' } })).data as { levelExpiresAt: string }
  const serverDays = shanghaiDaysBetween(backend.now(), Date.parse(growth.levelExpiresAt))
  expect(shanghaiDaysBetween(realNow(), Date.parse(growth.levelExpiresAt))).not.toBe(serverDays) // the clocks disagree
  showScreen(<HomeScreen />)
  expect(await screen.findByText(new RegExp(`还剩 ${serverDays} 天`))).toBeInTheDocument()
})
