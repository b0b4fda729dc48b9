import { server } from '@mock/node'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { StoreCounterScreen } from '@/features/store-counter'
import { resetCounterStore } from '@/features/store-counter/counter-store'
import { withMockBackend } from '../support/screen'

withMockBackend()
beforeEach(resetCounterStore)

const api = (path: string, init: { method?: string; persona?: string; body?: unknown } = {}) =>
  fetch(`http://localhost/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', 'x-persona': init.persona ?? 'active' },
    body: init.body ? JSON.stringify(init.body) : undefined,
  }).then(async (r) => ({ status: r.status, body: await r.json() }))

async function signedIn() {
  render(<StoreCounterScreen />)
  fireEvent.click(await screen.findByRole('radio', { name: '上海静安店' }))
  fireEvent.change(screen.getByRole('textbox', { name: '门店 PIN' }), { target: { value: '2468' } })
  await act(async () => screen.getByRole('button', { name: '登录' }).click())
  return screen.findByTestId('earning-panel')
}

const type = (panel: HTMLElement, name: string, value: string) => fireEvent.change(within(panel).getByRole('textbox', { name }), { target: { value } })
const press = (panel: HTMLElement, name: string) => act(async () => within(panel).getByRole('button', { name }).click())

test('a checkout whose answer was lost: 确认结账 again reuses its key and reads as recorded, once', async () => {
  const code = (await api('/me/code', { method: 'POST' })).body.code as string
  const keys: string[] = []
  let drop = 1
  server.use(
    http.post('*/api/v1/staff/checkouts', async ({ request }) => {
      keys.push(((await request.clone().json()) as { idempotencyKey: string }).idempotencyKey)
      // The first attempt lands on the backend but its answer is lost on the way back.
      if (drop-- > 0) {
        await fetch(request.url, { method: 'POST', headers: Object.fromEntries(request.headers), body: await request.clone().text() }).catch(() => undefined)
        return HttpResponse.error()
      }
      return undefined
    }),
  )
  await signedIn()
  const field = screen.getByRole('textbox', { name: '券码或会员码' })
  fireEvent.change(field, { target: { value: code } })
  await act(async () => fireEvent.keyDown(field, { key: 'Enter' }))
  const form = await screen.findByTestId('member-checkout')
  type(form, '订单号', 'ORD-COUNTER-1')
  type(form, '实付金额（元）', '128')
  await press(form, '确认结账')
  expect(await screen.findByText(/已记录消费 ¥128\.00|不确定是否已记录/, undefined, { timeout: 10000 })).toBeInTheDocument()
  if (screen.queryByText(/不确定是否已记录/)) await press(form, '确认结账')
  expect(await screen.findByText('已记录消费 ¥128.00', undefined, { timeout: 10000 })).toBeInTheDocument()
  expect(new Set(keys).size).toBe(1)
  const events = (await api('/me/growth/events?limit=50')).body.events.filter((e: { title: string }) => e.title === '门店消费 ¥128')
  expect(events).toHaveLength(1)
}, 30000)

test('every refusal in words: a duplicate order, a refund too large, a check-in to an invite not accepted', async () => {
  const code = (await api('/me/code', { method: 'POST' })).body.code as string
  const panel = await signedIn()
  const field = screen.getByRole('textbox', { name: '券码或会员码' })
  fireEvent.change(field, { target: { value: code } })
  await act(async () => fireEvent.keyDown(field, { key: 'Enter' }))
  let form = await screen.findByTestId('member-checkout')
  type(form, '订单号', 'ORD-DUP')
  type(form, '实付金额（元）', '50.5')
  await press(form, '确认结账')
  expect(await screen.findByText('已记录消费 ¥50.50')).toBeInTheDocument()
  fireEvent.change(field, { target: { value: code } })
  await act(async () => fireEvent.keyDown(field, { key: 'Enter' }))
  form = await screen.findByTestId('member-checkout')
  type(form, '订单号', 'ORD-DUP')
  type(form, '实付金额（元）', '20')
  await press(form, '确认结账')
  expect(await screen.findByText('这个订单号已经记录过消费，不会重复计入，请核对订单号')).toBeInTheDocument()

  type(panel, '订单号', 'ORD-DUP')
  type(panel, '金额（元）', '60')
  await press(panel, '退款')
  expect(await within(panel).findByText('退款金额超过该订单可退的金额')).toBeInTheDocument()
  type(panel, '金额（元）', '10')
  await press(panel, '退款')
  expect(await within(panel).findByText('已退款 ¥10.00 · 订单 ORD-DUP')).toBeInTheDocument()

  fireEvent.click(within(panel).getByRole('tab', { name: '活动签到' }))
  type(panel, '会员码（18 位）', code)
  type(panel, '活动邀请编号', 'inv-spring-workshop')
  await press(panel, '活动签到')
  expect(await within(panel).findByText('这位会员还没有确认参加这场活动，不能签到')).toBeInTheDocument()
})
