import { server } from '@mock/node'
import { withMockBackend } from '../support/screen'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { StoreCounterScreen } from '@/features/store-counter'
import { MAX_TRIES } from '@/services/retry-policy'

withMockBackend()

async function issue(couponId = 'c-0004', persona = 'active') {
  const res = await fetch(`http://localhost/api/v1/coupons/${couponId}/code`, { method: 'POST', headers: { 'x-persona': persona } })
  return ((await res.json()) as { code: string }).code
}

async function signIn(store = '上海静安店', pin = '2468') {
  fireEvent.click(await screen.findByRole('radio', { name: store }))
  fireEvent.change(screen.getByRole('textbox', { name: '门店 PIN' }), { target: { value: pin } })
  await act(async () => screen.getByRole('button', { name: '登录' }).click())
}

async function redeemTyped(code: string) {
  fireEvent.change(await screen.findByRole('textbox', { name: '券码' }), { target: { value: code } })
  await act(async () => screen.getByRole('button', { name: '核销' }).click())
}

/** Records what reaches POST /redemptions, then lets the fake backend answer (after `failFirst` network errors). */
function watchRedemptions(failFirst = 0) {
  const seen: Array<{ key: string; auth: string | null }> = []
  let failures = failFirst
  server.use(
    http.post('*/api/v1/redemptions', async ({ request }) => {
      const body = (await request.clone().json()) as { idempotencyKey: string }
      seen.push({ key: body.idempotencyKey, auth: request.headers.get('authorization') })
      return failures-- > 0 ? HttpResponse.error() : undefined
    }),
  )
  return seen
}

test('the counter asks for the store PIN first; a wrong PIN is told in Chinese', async () => {
  render(<StoreCounterScreen />)
  expect(await screen.findByText('门店员工登录')).toBeInTheDocument()
  expect(screen.queryByRole('textbox', { name: '券码' })).not.toBeInTheDocument()
  await signIn('上海静安店', '1357')
  expect(await screen.findByText('PIN 不正确，请重新输入')).toBeInTheDocument()
  await signIn('上海静安店', '2468')
  expect(await screen.findByText('当前门店：上海静安店')).toBeInTheDocument()
})

test('redeems a typed code with the staff token and then says it was already redeemed', async () => {
  const code = await issue()
  const seen = watchRedemptions()
  render(<StoreCounterScreen />)
  await signIn()
  await redeemTyped(code.replace(/(\d{4})/g, '$1 '))
  expect(await screen.findByText(/^核销成功：券 c-0004 · 上海静安店/)).toBeInTheDocument()
  expect(seen[0].auth).toMatch(/^Bearer \S+$/)
  await redeemTyped(code)
  expect(await screen.findByText('这张券已经核销过了，不要重复收取')).toBeInTheDocument()
})

test('the sign-in survives a reload of the till; 退出登录 returns to the sign-in', async () => {
  const first = render(<StoreCounterScreen />)
  await signIn('杭州湖滨店')
  await screen.findByText('当前门店：杭州湖滨店')
  first.unmount()
  render(<StoreCounterScreen />)
  expect(await screen.findByText('当前门店：杭州湖滨店')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '退出登录' }))
  expect(await screen.findByText('门店员工登录')).toBeInTheDocument()
})

test('a 401 (session gone) sends the clerk back to sign in, saying why', async () => {
  const code = await issue()
  render(<StoreCounterScreen />)
  await signIn()
  server.use(http.post('*/api/v1/redemptions', () => HttpResponse.json({ error: { code: 'STAFF_ONLY', message: '仅限门店员工操作' } }, { status: 401 })))
  await redeemTyped(code)
  expect(await screen.findByText('登录已失效，请重新登录后再核销')).toBeInTheDocument()
  expect(screen.getByText('门店员工登录')).toBeInTheDocument()
})

test('wrong store and unknown code are told apart; any 12–20 digit code goes to the server, others are held back', async () => {
  const code = await issue('c-0002') // 上海 stores only
  render(<StoreCounterScreen />)
  await signIn('杭州湖滨店')
  await redeemTyped(code)
  expect(await screen.findByText('这张券不能在本门店使用')).toBeInTheDocument()
  for (const other of ['400000000003', '4000000000000003', '40000000000000000003']) {
    await redeemTyped(other) // no Luhn check at the till: another backend's codes need not have one
    expect(await screen.findByText('券码无效，请核对数字或重新扫描')).toBeInTheDocument()
  }
  for (const bad of ['40000000003', '400000000000000000003']) {
    fireEvent.change(screen.getByRole('textbox', { name: '券码' }), { target: { value: bad } })
    expect(screen.getByText('券码应为 12 到 20 位数字，请核对')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '核销' })).toBeDisabled()
  }
})

test.each([
  ['a network failure', 0],
  ['a 503', 503],
])('after %s, tapping 核销 again for the same code reuses the key and reads 核销成功, not "already redeemed"', async (_, status) => {
  const code = await issue()
  // The first attempt lands at the backend; its answer, and those of the automatic retries, are lost.
  const seen: string[] = []
  let lost = MAX_TRIES
  let passingOn = false
  server.use(
    http.post('*/api/v1/redemptions', async ({ request }) => {
      if (passingOn) return undefined // our own pass-through below, on to the fake backend
      seen.push(((await request.clone().json()) as { idempotencyKey: string }).idempotencyKey)
      if (lost-- <= 0) return undefined
      passingOn = true
      const real = await fetch(request.clone()).finally(() => (passingOn = false))
      expect(real.status).toBe(201)
      return status ? HttpResponse.json({ error: { code: 'UNAVAILABLE', message: '服务暂时不可用' } }, { status }) : HttpResponse.error()
    }),
  )
  render(<StoreCounterScreen />)
  await signIn()
  await redeemTyped(code)
  expect(await screen.findByText(/不确定是否已核销/)).toBeInTheDocument()
  await act(async () => screen.getByRole('button', { name: '核销' }).click())
  expect(await screen.findByText(/^核销成功/)).toBeInTheDocument()
  expect(seen).toHaveLength(MAX_TRIES + 1)
  expect(new Set(seen).size).toBe(1)
})

test('a different code after an unknown outcome gets a new key', async () => {
  const [a, b] = [await issue('c-0004'), await issue('c-0001')]
  const seen = watchRedemptions(MAX_TRIES)
  render(<StoreCounterScreen />)
  await signIn()
  await redeemTyped(a)
  expect(await screen.findByText(/不确定是否已核销/)).toBeInTheDocument()
  await redeemTyped(b)
  expect(await screen.findByText(/^核销成功/)).toBeInTheDocument()
  expect(seen).toHaveLength(MAX_TRIES + 1)
  expect(seen[MAX_TRIES].key).not.toBe(seen[0].key)
})
