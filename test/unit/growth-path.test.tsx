import { server } from '@mock/node'
import { showScreen, withMockBackend } from '../support/screen'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { firePageHook } from '../stubs/taro'
import { HomeScreen, useMembershipStore } from '@/features/growth'
import { GrowthPathScreen, GrowthRecordScreen, useRecordStore } from '@/features/growth-path'
import { setPersona, setScenario } from '@/services/mock-session'

withMockBackend()

const post = (persona: string, body: unknown) =>
  fetch('http://localhost/api/v1/mock/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-persona': persona },
    body: JSON.stringify(body),
  })

test('growth path: every level with its place and criteria in words, and the next step per dimension', async () => {
  setPersona('active')
  showScreen(<GrowthPathScreen />)
  expect(screen.getByRole('status', { name: '正在加载成长路径' })).toBeInTheDocument()
  expect(await screen.findByTestId('path-current-level')).toHaveTextContent('积极互动 · 第 3/4 级')
  expect(screen.getByTestId('path-explorer')).toHaveAttribute('data-place', 'reached')
  expect(screen.getByTestId('path-engager')).toHaveAttribute('data-place', 'current')
  expect(screen.getByTestId('path-cocreator')).toHaveAttribute('data-place', 'locked')
  expect(screen.getByTestId('criteria-engager')).toHaveTextContent(
    /^需先达到「初步体验」，再满足：近 365 天消费满 ¥2,000，或互动 30 次，或有效分享 5 次（其中任意一项即可）$/,
  )
  expect(screen.getByTestId('criteria-cocreator')).toHaveTextContent(/^需先达到「积极互动」，再满足：.*（需全部达成）$/)
  expect(screen.getByTestId('criteria-experiencer')).toHaveTextContent(/^完成首单$/)
  expect(screen.getByText('另需接受品牌专属顾问的邀请')).toBeInTheDocument()
  expect(screen.getByTestId('progress-shares')).toHaveTextContent(/\d+ 次 \/ 20 次/)
  expect(screen.getByTestId('level-expiry')).toHaveTextContent(/有效期至 \d{4}年/)
  expect(screen.getByTestId('task-shop')).toHaveTextContent('去消费')
  expect(screen.getByTestId('task-share')).toHaveTextContent('去分享')
})

test('去成长 tasks open the action that fills the gap: claim centre or 会员码, 签到 in place, never a locked page or the path again', async () => {
  setPersona('first-buyer')
  showScreen(<GrowthPathScreen />)
  const shop = await screen.findByTestId('task-shop')
  const interact = screen.getByTestId('task-interact')
  const urls: string[] = []
  ;(Taro.navigateTo as jest.Mock).mockImplementation(async ({ url }: { url: string }) => void urls.push(url))
  for (const name of ['领券', '出示会员码']) fireEvent.click(within(shop).getByRole('link', { name }))
  fireEvent.click(within(interact).getByRole('link', { name: '看看活动邀请' }))
  expect(urls).toEqual(['/pages/claim-center/index', '/pages/member-code/index', '/pages/invites/index'])
  expect(Taro.switchTab).not.toHaveBeenCalled()
  const before = useMembershipStore.getState().snapshot?.growth?.totals.interactions ?? 0
  fireEvent.click(within(interact).getByRole('button', { name: '签到' }))
  expect(await within(interact).findByText(/签到成功，已连续 1 天，互动 \+1/)).toBeInTheDocument()
  expect(useMembershipStore.getState().snapshot?.growth?.totals.interactions).toBe(before + 1)
})

test('the path says the ladder: 40 interactions without a purchase stay 了解观察, and no step reads as "any one suffices" alone', async () => {
  setPersona('newcomer~5')
  const res = await post('newcomer~5', { type: 'interaction', count: 40 })
  expect(((await res.json()) as { levelCode: string }).levelCode).toBe('explorer')
  showScreen(<GrowthPathScreen />)
  expect(await screen.findByTestId('path-current-level')).toHaveTextContent('了解观察 · 第 1/4 级')
  const engager = screen.getByTestId('criteria-engager')
  expect(engager).toHaveTextContent('需先达到「初步体验」')
  expect(engager).not.toHaveTextContent('达成任意一项即可')
  expect(screen.getByTestId('criteria-experiencer')).not.toHaveTextContent('需先达到')
})

test('ten days before expiry, an engager whose activity leaves the window is not promised a renewal', async () => {
  const persona = 'newcomer~6'
  const day = 24 * 60 * 60 * 1000
  const day0 = Date.parse('2026-01-05T02:00:00Z')
  const at = (ms: number) =>
    fetch('http://localhost/api/v1/mock/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: new Date(ms).toISOString() }) })
  await at(day0)
  await post(persona, { type: 'purchase', amountFen: 100 })
  await post(persona, { type: 'interaction', count: 25 })
  await at(day0 + day)
  await post(persona, { type: 'interaction', count: 5 })
  await at(day0 + 200 * day)
  const growth = (await (await post(persona, { type: 'interaction', count: 10 })).json()) as { levelExpiresAt: string }
  await at(Date.parse(growth.levelExpiresAt) - 10 * day)

  setPersona(persona)
  showScreen(<GrowthPathScreen />)
  expect(await screen.findByTestId('path-current-level')).toHaveTextContent('积极互动')
  expect(screen.getByTestId('keep-level')).toHaveTextContent('到期前保级需先满足「初步体验」：还需消费 ¥1')
  expect(screen.getByTestId('keep-level')).not.toHaveTextContent('自动续期')
})

test('at-risk member is told what keeps the level', async () => {
  setPersona('at-risk')
  showScreen(<GrowthPathScreen />)
  expect(await screen.findByText(/保级：到期前还需/)).toBeInTheDocument()
})

test('growth path error state without saved data', async () => {
  setScenario('down')
  showScreen(<GrowthPathScreen />)
  expect(await screen.findByText('服务暂时不可用，请稍后重试')).toBeInTheDocument()
})

test('growth record: newest first, refunds negative, month summary, more on reaching the bottom', async () => {
  setPersona('active~4')
  await post('active~4', { type: 'refund', amountFen: 12_345 })
  showScreen(<GrowthRecordScreen />)
  expect(screen.getByRole('status', { name: '正在加载成长记录' })).toBeInTheDocument()
  expect(await screen.findByTestId('month-summary')).toHaveTextContent(/消费 -?¥[\d,.]+ · 互动 \d+ 次 · 分享 \d+ 次/)
  const rows = screen.getAllByTestId('growth-event')
  expect(rows).toHaveLength(20)
  expect(rows[0]).toHaveTextContent('退款')
  expect(rows[0]).toHaveTextContent('-¥123.45')
  // More pages to come, yet every month header is the backend's whole-month total (growth-record-months.test.tsx).
  expect(screen.queryByText(/已加载部分/)).not.toBeInTheDocument()
  expect(screen.getByTestId('record-footer')).toHaveTextContent('上滑加载更多')
  act(() => firePageHook('useReachBottom'))
  await waitFor(() => expect(screen.getAllByTestId('growth-event').length).toBeGreaterThan(20))
})

test('growth record empty and error states', async () => {
  server.use(http.get('*/api/v1/me/growth/events', () => HttpResponse.json({ events: [], nextCursor: null })))
  const view = showScreen(<GrowthRecordScreen />)
  expect(await screen.findByText('还没有成长记录')).toBeInTheDocument()
  view.unmount()
  useRecordStore.getState().reset()
  server.use(http.get('*/api/v1/me/growth/events', () => HttpResponse.json({ error: { code: 'X', message: '' } }, { status: 503 })))
  showScreen(<GrowthRecordScreen />)
  expect(await screen.findByText('服务暂时不可用，请稍后重试')).toBeInTheDocument()
})

test('growth record keeps the first page when offline, marked stale', async () => {
  setPersona('first-buyer')
  const view = showScreen(<GrowthRecordScreen />)
  await screen.findByTestId('month-summary')
  view.unmount()
  useRecordStore.getState().reset()
  server.use(http.get('*/api/v1/*', () => HttpResponse.error()))
  showScreen(<GrowthRecordScreen />)
  expect(await screen.findByText(/保存的记录，可能不是最新/)).toBeInTheDocument()
})

test('level-up moment shows once after events raise the level, with the new rights', async () => {
  setPersona('newcomer~5')
  const first = showScreen(<HomeScreen />)
  expect(await screen.findByTestId('level-name')).toHaveTextContent('了解观察')
  first.unmount()
  await post('newcomer~5', { type: 'purchase', amountFen: 9_900 })
  useMembershipStore.getState().reset()
  const second = showScreen(<HomeScreen />)
  expect(await screen.findByTestId('level-up')).toHaveTextContent('恭喜升级为「初步体验」')
  expect(screen.getByTestId('level-up')).toHaveTextContent('复购优惠券')
  second.unmount()
  useMembershipStore.getState().reset()
  showScreen(<HomeScreen />)
  await screen.findByTestId('level-name')
  await new Promise((r) => setTimeout(r, 50))
  expect(screen.queryByTestId('level-up')).not.toBeInTheDocument()
})
