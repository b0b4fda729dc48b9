import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { getMockBackend } from '@mock/handlers'
import { server } from '@mock/node'
import { MemberCodeScreen } from '@/features/earning'
import { CheckInCard } from '@/features/earning/check-in-card'
import { ShareButton } from '@/features/earning/share-button'
import { useShareVisit } from '@/features/earning/share'
import { DetailScreen } from '@/features/invites'
import { RightDetailScreen } from '@/features/rights'
import { setPersona } from '@/services/mock-session'
import { firePageHook } from '../stubs/taro'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()
afterEach(() => jest.restoreAllMocks())

const api = (path: string, init: { method?: string; persona?: string; body?: unknown; token?: string } = {}) =>
  fetch(`http://localhost/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', 'x-persona': init.persona ?? 'active', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  }).then(async (r) => ({ status: r.status, body: await r.json() }))

test('会员码 shows 18 digits with QR and barcode, and says within seconds what the clerk recorded', async () => {
  setPersona('active')
  showScreen(<MemberCodeScreen />)
  const digits = await screen.findByTestId('code-digits')
  const code = (digits.textContent ?? '').replace(/\s/g, '')
  expect(code).toMatch(/^88\d{16}$/)
  expect(screen.getByRole('img', { name: '会员码二维码' }).getAttribute('src')).toMatch(/^data:image\/svg\+xml/)
  expect(screen.getByRole('img', { name: '会员码条形码' }).getAttribute('src')).toMatch(/^data:image\/svg\+xml/)
  expect(screen.getByTestId('countdown')).toHaveTextContent(/^1[01]\d|120 秒内有效/)

  const { token } = (await api('/auth/staff', { method: 'POST', body: { storeId: 's-jingan', pin: '2468' } })).body
  // Let the screen take note of the ledger as it was before the clerk acts.
  await waitFor(() => expect(getMockBackend().serialize().members.active).toBeDefined())
  await new Promise((r) => setTimeout(r, 300))
  const res = await api('/staff/purchases', { method: 'POST', token, body: { memberCode: code, amountFen: 12800, orderId: 'ORD-SCREEN', idempotencyKey: 'screen-purchase-1' } })
  expect(res.status).toBe(201)
  expect(await screen.findByText(/已记录消费 ¥128\.00，成长 \+/, undefined, { timeout: 6000 })).toBeInTheDocument()
}, 15000)

test('会员码 after a checkout at the counter names the coupons used, and a void says so', async () => {
  setPersona('active')
  showScreen(<MemberCodeScreen />)
  const code = ((await screen.findByTestId('code-digits')).textContent ?? '').replace(/\s/g, '')
  const { token } = (await api('/auth/staff', { method: 'POST', body: { storeId: 's-jingan', pin: '2468' } })).body
  await waitFor(() => expect(getMockBackend().serialize().members.active).toBeDefined())
  await new Promise((r) => setTimeout(r, 300))
  const body = { memberCode: code, orderId: 'ORD-CO-SCREEN', amountFen: 25800, couponIds: ['c-0001', 'c-0004'], idempotencyKey: 'screen-checkout-1' }
  const res = await api('/staff/checkouts', { method: 'POST', token, body })
  expect(res.status).toBe(201)
  expect(await screen.findByText(/^已记录消费 ¥258\.00，成长 \+¥258\.00 消费额，用券：满百立减券、新人见面礼$/, undefined, { timeout: 6000 })).toBeInTheDocument()
  const voided = await api('/staff/voids', { method: 'POST', token, body: { checkoutId: res.body.checkout.id, idempotencyKey: 'screen-void-1' } })
  expect(voided.status).toBe(201)
  expect(await screen.findByText(/^门店已撤销消费 ¥258\.00/, undefined, { timeout: 6000 })).toBeInTheDocument()
}, 20000)

test('会员码 offline: the last code stays with its seconds left, said honestly', async () => {
  setPersona('active')
  const view = showScreen(<MemberCodeScreen />)
  const first = (await screen.findByTestId('code-digits')).textContent
  view.unmount()
  // Offline, at the network edge: every API call fails to connect.
  server.use(http.all('*/api/v1/*', () => HttpResponse.error()))
  showScreen(<MemberCodeScreen />)
  expect(await screen.findByText(/显示的是上次获取的会员码，还剩 \d+ 秒有效/, undefined, { timeout: 8000 })).toBeInTheDocument()
  expect(screen.getByTestId('code-digits').textContent).toBe(first)
}, 15000)

test('签到: the interaction shows at once with the streak; a second tap the same day is said plainly', async () => {
  setPersona('active')
  const before = (await api('/me/growth')).body.totals.interactions
  showScreen(<CheckInCard />)
  await screen.findByText(/已连续 0 天 · 本月 0 天/)
  fireEvent.click(screen.getByRole('button', { name: '签到' }))
  expect(await screen.findByText('签到成功，已连续 1 天，互动 +1')).toBeInTheDocument()
  expect((await api('/me/growth')).body.totals.interactions).toBe(before + 1)
  fireEvent.click(screen.getByRole('button', { name: '今日已签到' }))
  expect(await screen.findByText('今天已经签到过了，明天再来')).toBeInTheDocument()
  expect((await api('/me/growth')).body.totals.interactions).toBe(before + 1)
})

test('分享 on H5 without Web Share copies a tracked link; another persona opening it credits the sharer once', async () => {
  setPersona('active')
  const before = (await api('/me/growth')).body.totals.shares
  showScreen(<ShareButton target={{ kind: 'home' }} title='一起加入会员圈' />)
  fireEvent.click(screen.getByTestId('share-button'))
  expect(await screen.findByText(/链接已复制/)).toBeInTheDocument()
  const url = (navigator.clipboard.writeText as jest.Mock).mock.calls[0][0] as string
  const shareId = /shareId=([^&]+)/.exec(url)?.[1]
  expect(shareId).toBeTruthy()

  setPersona('newcomer')
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { shareId } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  function Opened() {
    useShareVisit()
    return null
  }
  const { rerender } = showScreen(<Opened />)
  rerender(<Opened />)
  await waitFor(async () => expect((await api('/me/growth', { persona: 'active' })).body.totals.shares).toBe(before + 1))
  await act(async () => new Promise((r) => setTimeout(r, 200)))
  expect((await api('/me/growth', { persona: 'active' })).body.totals.shares).toBe(before + 1)
})

test('an accepted invite offers the member code for check-in; once the clerk checks in it shows 已签到', async () => {
  setPersona('active')
  const invite = (await api('/invites')).body.invites.find((i: { id: string }) => i.id === 'inv-spring-workshop')
  expect((await api('/invites/inv-spring-workshop/response', { method: 'POST', body: { accept: true, slotId: invite.slots[0].id } })).status).toBe(200)
  showScreen(<DetailScreen id='inv-spring-workshop' />)
  fireEvent.click(await screen.findByTestId('invite-member-code'))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/member-code/index?inviteId=inv-spring-workshop' })

  const { token } = (await api('/auth/staff', { method: 'POST', body: { storeId: 's-jingan', pin: '2468' } })).body
  const code = (await api('/me/code', { method: 'POST' })).body.code
  const res = await api('/staff/check-ins', { method: 'POST', token, body: { memberCode: code, inviteId: 'inv-spring-workshop', idempotencyKey: 'screen-checkin-1' } })
  expect(res.status).toBe(201)
  act(() => firePageHook('useDidShow'))
  expect(await screen.findByTestId('invite-checked-in')).toHaveTextContent('已签到')
  expect(screen.queryByTestId('invite-member-code')).not.toBeInTheDocument()
})

test('claiming 新人礼券 puts the coupon in 券包 and the right page links to it', async () => {
  setPersona('at-risk~7')
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id: 'r-welcome-coupon' } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  showScreen(<RightDetailScreen />)
  fireEvent.click(await screen.findByRole('button', { name: '立即领取' }))
  expect(await screen.findByTestId('claim-success')).toHaveTextContent(/领取成功「.+」已放入券包/)
  const wallet = (await api('/coupons', { persona: 'at-risk~7' })).body.coupons as Array<{ id: string; templateId: string }>
  const coupon = wallet.filter((c) => c.templateId === 'tpl-welcome').pop()
  expect(coupon).toBeDefined()
  fireEvent.click(screen.getByRole('button', { name: '去使用' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/coupon-code/index?id=${coupon?.id}` })
})
