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

async function redeemTyped(code: string, store = '上海静安店') {
  fireEvent.click(await screen.findByRole('radio', { name: store }))
  fireEvent.change(screen.getByRole('textbox', { name: '券码' }), { target: { value: code } })
  await act(async () => screen.getByRole('button', { name: '核销' }).click())
}

test('redeems a typed code and then says it was already redeemed', async () => {
  const code = await issue()
  render(<StoreCounterScreen />)
  await redeemTyped(code.replace(/(\d{4})/g, '$1 '))
  expect(await screen.findByText(/^核销成功：券 c-0004 · 上海静安店/)).toBeInTheDocument()
  await redeemTyped(code)
  expect(await screen.findByText('这张券已经核销过了，不要重复收取')).toBeInTheDocument()
})

test('wrong store, unknown code and a mistyped code are told apart', async () => {
  const code = await issue('c-0002') // 上海 stores only
  render(<StoreCounterScreen />)
  await redeemTyped(code, '杭州湖滨店')
  expect(await screen.findByText('这张券不能在本门店使用')).toBeInTheDocument()
  await redeemTyped('4000000000000002')
  expect(await screen.findByText('券码无效，请核对数字或重新扫描')).toBeInTheDocument()
  fireEvent.change(screen.getByRole('textbox', { name: '券码' }), { target: { value: '4000000000000003' } })
  expect(screen.getByText('券码应为 16 位数字，请核对')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: '核销' })).toBeDisabled()
})

test('after a network failure, retry reuses the same idempotency key and redeems once', async () => {
  const code = await issue()
  const keys: string[] = []
  // Every automatic try of the first tap fails, so the outcome stays unknown to the staff.
  let failuresLeft = MAX_TRIES
  server.use(
    http.post('*/api/v1/redemptions', async ({ request }) => {
      const body = (await request.clone().json()) as { idempotencyKey: string }
      keys.push(body.idempotencyKey)
      if (failuresLeft > 0) {
        failuresLeft -= 1
        return HttpResponse.error()
      }
      return undefined
    }),
  )
  render(<StoreCounterScreen />)
  await redeemTyped(code)
  expect(await screen.findByText(/不确定是否已核销/)).toBeInTheDocument()
  await act(async () => screen.getByRole('button', { name: '重试' }).click())
  expect(await screen.findByText(/^核销成功/)).toBeInTheDocument()
  expect(keys).toHaveLength(MAX_TRIES + 1)
  expect(new Set(keys).size).toBe(1)
})
