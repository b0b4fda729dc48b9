import { server } from '@mock/node'
import { withMockBackend } from '../support/screen'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { StoreCounterScreen } from '@/features/store-counter'
import { resetCounterStore } from '@/features/store-counter/counter-store'
import { MAX_TRIES } from '@/services/retry-policy'

withMockBackend()
beforeEach(resetCounterStore)

const api = (path: string, init: { method?: string; persona?: string } = {}) =>
  fetch(`http://localhost/api/v1${path}`, { method: init.method ?? 'GET', headers: { 'x-persona': init.persona ?? 'active' } }).then(async (r) => r.json())
const issue = async (couponId = 'c-0004', persona = 'active') => (await api(`/coupons/${couponId}/code`, { method: 'POST', persona })).code as string
const couponStatus = async (id: string) => (await api(`/coupons/${id}`)).coupon.status as string

async function signIn(store = '上海静安店', pin = '2468') {
  fireEvent.click(await screen.findByRole('radio', { name: store }))
  fireEvent.change(screen.getByRole('textbox', { name: '门店 PIN' }), { target: { value: pin } })
  await act(async () => screen.getByRole('button', { name: '登录' }).click())
}

/** As a keyboard-wedge scanner does: the digits, then Enter; no tap. */
async function scan(code: string) {
  const field = await screen.findByRole('textbox', { name: '券码或会员码' })
  fireEvent.change(field, { target: { value: code } })
  await act(async () => fireEvent.keyDown(field, { key: 'Enter' }))
}

test('the counter asks for the store PIN first; a wrong PIN is told in Chinese', async () => {
  render(<StoreCounterScreen />)
  expect(await screen.findByText('门店员工登录')).toBeInTheDocument()
  expect(screen.queryByRole('textbox', { name: '券码或会员码' })).not.toBeInTheDocument()
  await signIn('上海静安店', '1357')
  expect(await screen.findByText('PIN 不正确，请重新输入')).toBeInTheDocument()
  await signIn('上海静安店', '2468')
  expect(await screen.findByText('当前门店：上海静安店')).toBeInTheDocument()
})

test('a scanned coupon code shows the coupon first; nothing is redeemed until 确认核销; 撤销 gives it back', async () => {
  const code = await issue()
  render(<StoreCounterScreen />)
  await signIn()
  await scan(code)
  const preview = await screen.findByTestId('coupon-preview')
  expect(within(preview).getByText('新人见面礼')).toBeInTheDocument()
  expect(within(preview).getByText('立减 ¥10')).toBeInTheDocument()
  expect(within(preview).getByText('使用门槛：无门槛')).toBeInTheDocument()
  expect(within(preview).getByText(/^适用门店：.*上海静安店/)).toBeInTheDocument()
  expect(within(preview).getByTestId('coupon-state')).toHaveTextContent('状态：可用')
  expect(await couponStatus('c-0004')).toBe('available')

  await act(async () => within(preview).getByRole('button', { name: '确认核销' }).click())
  expect(await screen.findByText('核销成功：新人见面礼（立减 ¥10）')).toBeInTheDocument()
  expect(await couponStatus('c-0004')).toBe('used')
  expect(await screen.findByText(/核销 · 新人见面礼/)).toBeInTheDocument() // today's log

  await act(async () => screen.getByRole('button', { name: /^撤销（\d+:\d\d 内）$/ }).click())
  expect(await screen.findByText('已撤销核销，1 张券已恢复可用')).toBeInTheDocument()
  expect(await couponStatus('c-0004')).toBe('available')
})

test('a coupon that cannot be redeemed says why, with no 确认核销: used (when, where), wrong store, unknown', async () => {
  const used = await issue('c-0004')
  const wrongStore = await issue('c-0002') // 上海 stores only
  render(<StoreCounterScreen />)
  await signIn('杭州湖滨店')
  await scan(used)
  await act(async () => screen.getByRole('button', { name: '确认核销' }).click())
  await screen.findByText(/^核销成功/)
  await scan(used)
  expect(await screen.findByTestId('coupon-state')).toHaveTextContent(/^状态：已核销 · \d+月\d+日 \d\d:\d\d · 杭州湖滨店$/)
  expect(screen.queryByRole('button', { name: '确认核销' })).not.toBeInTheDocument()
  await scan(wrongStore)
  expect(await screen.findByText('状态：非本店可用')).toBeInTheDocument()
  await scan('4000000000000003')
  expect(await screen.findByText('券码无效，请核对数字或重新扫描')).toBeInTheDocument()
  fireEvent.change(screen.getByRole('textbox', { name: '券码或会员码' }), { target: { value: '40000000003' } })
  expect(screen.getByText('券码为 12–20 位数字，会员码为 88 开头的 18 位数字')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: '查询' })).toBeDisabled()
})

test('typed digits are grouped by four, as the member’s screen shows them', async () => {
  render(<StoreCounterScreen />)
  await signIn()
  const field = await screen.findByRole('textbox', { name: '券码或会员码' })
  fireEvent.change(field, { target: { value: '881234567890123456' } })
  expect(field).toHaveValue('8812 3456 7890 1234 56')
  expect(screen.getByText('会员码：查询会员与可用券，一次结账')).toBeInTheDocument()
})

test('one member code is the whole checkout: tick two coupons, order and amount, confirm once; 撤销 undoes both and the spend', async () => {
  const memberCode = (await api('/me/code', { method: 'POST' })).code as string
  const spend = async () => (await api('/me/growth')).totals.spendFen as number
  const before = await spend()
  render(<StoreCounterScreen />)
  await signIn()
  await scan(memberCode)
  const form = await screen.findByTestId('member-checkout')
  expect(within(form).getByText(/^\S\*+ · 积极互动$/)).toBeInTheDocument()
  fireEvent.click(within(form).getByRole('checkbox', { name: /^满百立减券/ }))
  fireEvent.click(within(form).getByRole('checkbox', { name: /^新人见面礼/ }))
  fireEvent.change(within(form).getByRole('textbox', { name: '订单号' }), { target: { value: 'UNIT-CO-1' } })
  fireEvent.change(within(form).getByRole('textbox', { name: '实付金额（元）' }), { target: { value: '258' } })
  await act(async () => within(form).getByRole('button', { name: '确认结账' }).click())
  expect(await screen.findByText('已记录消费 ¥258.00，核销 2 张券：满百立减券、新人见面礼')).toBeInTheDocument()
  expect(await spend()).toBe(before + 25800)
  expect([await couponStatus('c-0001'), await couponStatus('c-0004')]).toEqual(['used', 'used'])
  expect(await screen.findByTestId('day-totals')).toHaveTextContent('核销 2 张 · 消费 ¥258.00')

  await act(async () => screen.getByRole('button', { name: /^撤销（/ }).click())
  expect(await screen.findByText('已撤销结账，2 张券已恢复可用，消费 ¥258.00 已从会员成长中移除')).toBeInTheDocument()
  expect(await spend()).toBe(before)
  expect([await couponStatus('c-0001'), await couponStatus('c-0004')]).toEqual(['available', 'available'])
})

test('the sign-in survives a reload of the till; 退出登录 returns to the sign-in', async () => {
  const first = render(<StoreCounterScreen />)
  await signIn('杭州湖滨店')
  await screen.findByText('当前门店：杭州湖滨店')
  first.unmount()
  resetCounterStore() // a reload: the store is read from storage again
  render(<StoreCounterScreen />)
  expect(await screen.findByText('当前门店：杭州湖滨店')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '退出登录' }))
  expect(await screen.findByText('门店员工登录')).toBeInTheDocument()
})

test('a 401 (session gone) sends the clerk back to sign in, saying why', async () => {
  const code = await issue()
  render(<StoreCounterScreen />)
  await signIn()
  server.use(http.get('*/api/v1/staff/codes/:code', () => HttpResponse.json({ error: { code: 'STAFF_ONLY', message: '仅限门店员工操作' } }, { status: 401 })))
  await scan(code)
  expect(await screen.findByText('登录已失效，请重新登录后再操作')).toBeInTheDocument()
  expect(screen.getByText('门店员工登录')).toBeInTheDocument()
})

test.each([
  ['a network failure', 0],
  ['a 503', 503],
])('after %s, 确认核销 again reuses the key and reads 核销成功, not "already redeemed"', async (_, status) => {
  const code = await issue()
  // The first attempt lands at the backend; its answer, and those of the automatic retries, are lost.
  const seen: string[] = []
  let lost = MAX_TRIES
  let passingOn = false
  server.use(
    http.post('*/api/v1/redemptions', async ({ request }) => {
      if (passingOn) return undefined
      seen.push(((await request.clone().json()) as { idempotencyKey: string }).idempotencyKey)
      if (lost-- <= 0) return undefined
      passingOn = true
      const real = await fetch(request.clone()).finally(() => (passingOn = false))
      expect([200, 201]).toContain(real.status)
      return status ? HttpResponse.json({ error: { code: 'UNAVAILABLE', message: '服务暂时不可用' } }, { status }) : HttpResponse.error()
    }),
  )
  render(<StoreCounterScreen />)
  await signIn()
  await scan(code)
  await act(async () => (await screen.findByRole('button', { name: '确认核销' })).click())
  expect(await screen.findByText(/不确定是否已核销/)).toBeInTheDocument()
  await act(async () => screen.getByRole('button', { name: '确认核销' }).click())
  expect(await screen.findByText(/^核销成功/)).toBeInTheDocument()
  expect(seen).toHaveLength(MAX_TRIES + 1)
  expect(new Set(seen).size).toBe(1)
})

test('after 10 minutes the counter says why it cannot undo, in the banner and in today’s log', async () => {
  const code = await issue()
  render(<StoreCounterScreen />)
  await signIn()
  await scan(code)
  await act(async () => (await screen.findByRole('button', { name: '确认核销' })).click())
  await screen.findByText(/^核销成功/)
  expect(screen.getByRole('button', { name: /^撤销（/ })).toBeInTheDocument()
  // The backend's clock moves on 11 minutes; the till reads the server's time from its answers.
  const now = Date.parse((await fetch('http://localhost/api/v1/levels')).headers.get('date') ?? '')
  await fetch('http://localhost/api/v1/mock/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: new Date(now + 11 * 60 * 1000).toISOString() }) })
  await act(async () => screen.getByRole('button', { name: '刷新今日记录' }).click())
  expect(await screen.findByText('超过 10 分钟，不能撤销')).toBeInTheDocument()
  expect(await screen.findByText('已超过 10 分钟，不能撤销；如需退款，请在「退款」中办理', undefined, { timeout: 3000 })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: /^撤销/ })).not.toBeInTheDocument()
})
