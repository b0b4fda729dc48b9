/**
 * A screen built from several answers shows what it has when one fails, marks that part with its
 * own retry, and never turns a passing failure into an error: retries keep the skeleton up.
 */
import { server } from '@mock/node'
import { act, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import Taro from '@tarojs/taro'
import { HomeScreen, useMembershipStore } from '@/features/growth'
import { GrowthPathScreen } from '@/features/growth-path'
import { setPersona, setScenario } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

/** `path` answers 503 until `heal()` is called; every request to it is counted. */
function breakEndpoint(path: string) {
  const state = { broken: true, calls: 0 }
  server.use(
    http.get(`*/api/v1${path}`, () => {
      state.calls += 1
      if (!state.broken) return undefined
      return HttpResponse.json({ error: { code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用' } }, { status: 503 })
    }),
  )
  return { state, heal: () => void (state.broken = false) }
}

test('the home shows the level and progress when /levels failed, and retries only /levels', async () => {
  setPersona('active')
  const levels = breakEndpoint('/levels')
  let growthCalls = 0
  server.use(
    http.get('*/api/v1/me/growth', () => {
      growthCalls += 1
      return undefined
    }),
  )
  showScreen(<HomeScreen />)
  expect(await screen.findByTestId('level-name')).toHaveTextContent('积极互动')
  expect(screen.getByTestId('progress-spendFen')).toHaveTextContent(/¥8,000/)
  expect(screen.getByTestId('part-failed-levels')).toHaveTextContent('内置')
  expect(screen.queryByRole('button', { name: '重新加载' })).not.toBeInTheDocument()

  levels.heal()
  const callsBefore = levels.state.calls
  act(() => screen.getByRole('button', { name: '重新加载等级体系' }).click())
  await waitFor(() => expect(screen.queryByTestId('part-failed-levels')).not.toBeInTheDocument())
  expect(levels.state.calls).toBe(callsBefore + 1)
  expect(growthCalls).toBe(1)
  expect(screen.getByTestId('level-name')).toHaveTextContent('积极互动')
})

test('the home shows the member card when /me/growth failed, with the progress marked and retried', async () => {
  setPersona('first-buyer')
  const growth = breakEndpoint('/me/growth')
  showScreen(<HomeScreen />)
  expect(await screen.findByTestId('level-name')).toHaveTextContent('初步体验')
  expect(screen.getByTestId('part-failed-growth')).toHaveTextContent('服务暂时不可用')
  expect(screen.queryByTestId('progress-spendFen')).not.toBeInTheDocument()

  growth.heal()
  act(() => screen.getByRole('button', { name: '重新加载成长进度' }).click())
  expect(await screen.findByTestId('progress-spendFen')).toBeInTheDocument()
  expect(screen.queryByTestId('part-failed-growth')).not.toBeInTheDocument()
})

test('the growth path shows my place and the steps when /levels failed', async () => {
  setPersona('cocreator')
  const levels = breakEndpoint('/levels')
  showScreen(<GrowthPathScreen />)
  expect(await screen.findByTestId('path-current-level')).toHaveTextContent('核心共创 · 第 4/4 级')
  expect(screen.getByTestId('keep-level')).toBeInTheDocument()
  expect(screen.getByTestId('part-failed-levels')).toBeInTheDocument()
  levels.heal()
  act(() => screen.getByRole('button', { name: '重新加载等级体系' }).click())
  await waitFor(() => expect(screen.queryByTestId('part-failed-levels')).not.toBeInTheDocument())
})

test('a request that fails twice and then answers keeps the skeleton up, never an error', async () => {
  setPersona('active')
  let calls = 0
  server.use(
    http.get('*/api/v1/me/growth', async () => {
      calls += 1
      if (calls > 2) return undefined
      return HttpResponse.error()
    }),
  )
  showScreen(<HomeScreen />)
  expect(screen.getByRole('status', { name: '正在加载会员信息' })).toBeInTheDocument()
  expect(await screen.findByTestId('progress-spendFen')).toBeInTheDocument()
  expect(calls).toBe(3)
  expect(screen.queryByText(/未能加载|网络连接不可用/)).not.toBeInTheDocument()
})

test('under the flaky scenario the home shows everything on each of ten loads', async () => {
  setPersona('active~5')
  setScenario('flaky')
  for (let load = 0; load < 10; load += 1) {
    // A cold start each time: no store, no saved copy to fall back on.
    useMembershipStore.getState().reset()
    Taro.clearStorageSync()
    const view = showScreen(<HomeScreen />)
    expect(await screen.findByTestId('progress-spendFen')).toBeInTheDocument()
    await waitFor(() => expect(useMembershipStore.getState().refreshing).toBe(false))
    expect(useMembershipStore.getState()).toMatchObject({ failed: {}, stale: false })
    expect(screen.queryByText(/未能加载/)).not.toBeInTheDocument()
    view.unmount()
  }
})
