import { server } from '@mock/node'
import { getMockBackend } from '@mock/handlers'
import { showScreen, withMockBackend } from '../support/screen'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import Taro from '@tarojs/taro'
import { firePageHook, resetTaroStub } from '../stubs/taro'
import { ClaimCenterScreen, CodeScreen, WalletScreen, useCouponStore } from '@/features/coupons'
import { setPersona } from '@/services/mock-session'

withMockBackend()
afterEach(() => {
  jest.restoreAllMocks()
  jest.useRealTimers()
})

const api = (path: string, init: { method?: string; persona?: string; body?: unknown; token?: string } = {}) =>
  fetch(`http://localhost/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', 'x-persona': init.persona ?? 'active', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  }).then(async (r) => ({ status: r.status, body: await r.json() }))

function openCode(id: string) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  return showScreen(<CodeScreen />)
}

describe('wallet', () => {
  test('tabs with counts, soonest expiry first with a today badge, value, validity and stores', async () => {
    setPersona('active')
    showScreen(<WalletScreen />)
    expect(await screen.findByRole('tab', { name: /可使用 4 张/ })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: /已使用 2 张/ })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: /已过期 1 张/ })).toBeInTheDocument()
    const cards = screen.getAllByTestId('coupon-card')
    expect(cards[0]).toHaveTextContent('今天到期')
    expect(cards[0]).toHaveTextContent('¥20满 ¥100 可用')
    expect(cards[0]).toHaveTextContent(/有效期 \d{4}\.\d\d\.\d\d–(\d{4}\.)?\d\d\.\d\d(?!\d)/)
    expect(cards[0]).toHaveTextContent('全部门店可用')
    expect(screen.getByText('限 上海静安店、上海徐汇店')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('tab', { name: /已使用/ }))
    expect(screen.getAllByTestId('coupon-card')[0]).toHaveTextContent(/于上海(徐汇|静安)店使用/)
  })

  test('coupon-rich renders 20 cards at a time, more on reaching the bottom', async () => {
    setPersona('coupon-rich')
    showScreen(<WalletScreen />)
    await screen.findByRole('tab', { name: /可使用 67 张/ })
    expect(screen.getAllByTestId('coupon-card')).toHaveLength(20)
    act(() => firePageHook('useReachBottom'))
    expect(screen.getAllByTestId('coupon-card')).toHaveLength(40)
    fireEvent.click(screen.getByRole('button', { name: /加载更多/ }))
    expect(screen.getAllByTestId('coupon-card')).toHaveLength(60)
  })
})

describe('claim centre', () => {
  test('reasons in words, and a double tap claims once; stock and wallet update at once', async () => {
    setPersona('active~2')
    showScreen(<ClaimCenterScreen />)
    expect(await screen.findByText('「核心共创」及以上会员可领，升级后解锁')).toBeInTheDocument()
    expect(screen.getByText('已抢光')).toBeInTheDocument()
    expect(screen.getByText('已于3月31日结束领取')).toBeInTheDocument()
    const flash = screen.getByTestId('template-tpl-flash-10')
    expect(flash).toHaveTextContent('剩余 10 张')
    const button = within(flash).getByRole('button', { name: '领取限量免费饮品' })
    act(() => {
      button.click()
      button.click()
    })
    expect(await screen.findByText('已领取「限量免费饮品」，已放入券包')).toBeInTheDocument()
    expect(screen.getByTestId('template-tpl-flash-10')).toHaveTextContent('已领取，达到每人限领数量')
    const mine = (await api('/coupons', { persona: 'active~2' })).body.coupons.filter((c: { templateId: string }) => c.templateId === 'tpl-flash-10')
    expect(mine).toHaveLength(1)
    expect(useCouponStore.getState().coupons?.some((c) => c.templateId === 'tpl-flash-10')).toBe(true)
    const t = (await api('/coupon-templates', { persona: 'newcomer' })).body.templates.find((x: { id: string }) => x.id === 'tpl-flash-10')
    expect(t.stockLeft).toBe(9)
  })
})

describe('code screen', () => {
  test('opened without a coupon id it says so instead of loading forever', async () => {
    setPersona('active')
    openCode('')
    expect(await screen.findByText('找不到这张券')).toBeInTheDocument()
    expect(screen.queryByRole('status', { name: '正在加载券码' })).not.toBeInTheDocument()
  })

  test('shows QR, barcode and grouped digits, then the success view once the clerk redeems', async () => {
    setPersona('active')
    openCode('c-0004')
    const digits = await screen.findByTestId('code-digits')
    expect(digits.textContent).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/)
    expect(screen.getByRole('img', { name: '券码二维码' }).getAttribute('src')).toMatch(/^data:image\/svg\+xml/)
    expect(screen.getByRole('img', { name: '券码条形码' })).toBeInTheDocument()
    expect(screen.getByTestId('countdown')).toHaveTextContent(/^(59|60) 秒内有效/)
    const code = digits.textContent!.replace(/ /g, '')
    const { token } = (await api('/auth/staff', { method: 'POST', body: { storeId: 's-jingan', pin: '2468' } })).body
    const res = await api('/redemptions', { method: 'POST', token, body: { code, storeId: 's-jingan', idempotencyKey: 'unit-key-0001' } })
    expect(res.status).toBe(201)
    expect(await screen.findByText('核销成功', undefined, { timeout: 4000 })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByTestId('redeemed')).toHaveTextContent('上海静安店'))
    expect(useCouponStore.getState().coupons?.find((c) => c.id === 'c-0004')?.status).toBe('used')
    // Done: the page offers the way back to the wallet.
    const toWallet = jest.spyOn(Taro, 'switchTab')
    fireEvent.click(screen.getByRole('button', { name: '返回券包' }))
    expect(toWallet).toHaveBeenCalledWith({ url: '/pages/coupons/index' })
  })

  test('offline: the saved code is shown with its time left and an honest notice', async () => {
    setPersona('active')
    const first = openCode('c-0004')
    const digits = (await screen.findByTestId('code-digits')).textContent
    first.unmount()
    resetTaroStubHooksOnly()
    server.use(http.all('*/api/v1/*', () => HttpResponse.error()))
    openCode('c-0004')
    expect(screen.getByTestId('code-digits').textContent).toBe(digits) // from storage, before any network
    expect(await screen.findByText('网络不可用')).toBeInTheDocument()
    expect(screen.getByText(/显示的是上次获取的券码，还剩 \d+ 秒有效/)).toBeInTheDocument()
  })

  test('offline with an expired saved code says so instead of showing a dead code', async () => {
    setPersona('active')
    const first = openCode('c-0004')
    await screen.findByTestId('code-digits')
    first.unmount()
    resetTaroStubHooksOnly()
    const later = Date.now() + 61_000
    jest.spyOn(Date, 'now').mockReturnValue(later)
    server.use(http.all('*/api/v1/*', () => HttpResponse.error()))
    openCode('c-0004')
    expect(await screen.findByText(/上次的券码已过期/)).toBeInTheDocument()
    expect(screen.queryByTestId('code-digits')).not.toBeInTheDocument()
  })

  test('a coupon that expires while its code is on screen says it expired', async () => {
    setPersona('active')
    openCode('c-0001') // expires at the end of today
    await screen.findByTestId('code-digits')
    const coupon = useCouponStore.getState().coupons?.find((c) => c.id === 'c-0001') ?? (await api('/coupons/c-0001')).body.coupon
    // Time passes for both sides: the app judges on server-aligned time, so the backend's clock moves too.
    getMockBackend().clock.setNow(Date.parse(coupon.validUntil) + 1)
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse(coupon.validUntil) + 1)
    await waitFor(() => expect(screen.getByText(/这张券已于 .+ 过期，不能再使用/)).toBeInTheDocument(), { timeout: 3000 })
    expect(screen.queryByTestId('code-digits')).not.toBeInTheDocument()
  })
})

/** Page hooks registered by an unmounted screen must not fire for the next one. */
function resetTaroStubHooksOnly() {
  // The member's saved data (its code among it) stays: member-storage's index and keys.
  const keep = Taro.getStorageInfoSync().keys.filter((k) => k.startsWith('m.') || k === 'member-storage.index').map((k) => [k, Taro.getStorageSync(k)] as const)
  resetTaroStub()
  for (const [k, v] of keep) Taro.setStorageSync(k, v)
  Taro.setStorageSync('mock.persona', 'active')
}

test('claim centre: with nothing to claim it says so, and the two sections stay apart', async () => {
  server.use(
    http.get('*/api/v1/coupon-templates', () =>
      HttpResponse.json({
        templates: [
          { id: 'tpl-x', title: '会员日满减券', kind: 'amount_off', valueFen: 1000, minLevelCode: 'cocreator', stockLeft: 5, perMemberLimit: 1, claimedByMe: 0, claimable: false, reason: 'LEVEL_TOO_LOW' },
        ],
      }),
    ),
  )
  setPersona('active')
  showScreen(<ClaimCenterScreen />)
  expect(await screen.findByTestId('claim-empty')).toHaveTextContent('现在没有可领的券')
  expect(screen.getByText('可领取（0）')).toBeInTheDocument()
  expect(screen.getByText('暂不可领（1）')).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: /^领取/ })).not.toBeInTheDocument()
})
