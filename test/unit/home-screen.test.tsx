import { server } from '@mock/node'
import { showScreen, withMockBackend } from '../support/screen'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import { firePageHook } from '../stubs/taro'
import { HomeScreen, useMembershipStore } from '@/features/growth'
import { setPersona, setScenario } from '@/services/mock-session'

withMockBackend()

const showHome = () => showScreen(<HomeScreen />)

test('shows a skeleton first, then the member card with level and per-dimension numbers', async () => {
  setPersona('active')
  showHome()
  expect(screen.getByRole('status', { name: '正在加载会员信息' })).toBeInTheDocument()
  expect(await screen.findByTestId('level-name')).toHaveTextContent('积极互动')
  expect(screen.getByText('距离「核心共创」')).toBeInTheDocument()
  expect(screen.getByText('以下各项需全部达成')).toBeInTheDocument()
  expect(screen.getByTestId('progress-spendFen')).toHaveTextContent(/¥[\d,]+(\.\d\d)? \/ ¥8,000/)
  expect(screen.getByTestId('progress-interactions')).toHaveTextContent(/\d+ 次 \/ 80 次/)
  expect(screen.getByTestId('progress-shares')).toHaveTextContent(/\d+ 次 \/ 20 次/)
})

test('the at-risk member is warned with the days left and what keeps the level', async () => {
  setPersona('at-risk')
  showHome()
  expect(await screen.findByText(/「积极互动」将于 .+到期，还剩 \d+ 天/)).toBeInTheDocument()
  expect(screen.getByText(/^到期前还需.*即可保住「/)).toBeInTheDocument()
  // The progress card puts what keeps the level (¥1,140 here, not the next level's ¥7,140) first.
  const titles = screen.getAllByText(/^(保持|距离)「/).map((el) => el.textContent)
  expect(titles[0]).toMatch(/^保持「/)
  expect(titles).toContainEqual(expect.stringMatching(/^距离「/))
  // The banner leads somewhere: the growth path, where 保持等级 lists what keeps the level.
  const navigate = jest.spyOn(Taro, 'navigateTo')
  fireEvent.click(screen.getByRole('link', { name: '去保级' }))
  expect(navigate).toHaveBeenCalledWith({ url: '/pages/growth/index' })
})

test('the top level shows what keeps it instead of a next step', async () => {
  setPersona('cocreator')
  showHome()
  expect(await screen.findByText('保持「核心共创」')).toBeInTheDocument()
  expect(screen.queryByText(/^距离/)).not.toBeInTheDocument()
})

test('at the top, the bars count what will still be in the window at expiry, not today\'s totals', async () => {
  // cocreator meets everything today, but most of it (e.g. the ¥2,600 of 95 days ago) leaves before the term ends in 275 days.
  setPersona('cocreator')
  showHome()
  expect(await screen.findByText('按到期日时仍在近 365 天内的成长计算')).toBeInTheDocument()
  expect(screen.getByTestId('progress-spendFen')).toHaveTextContent(/¥1,800 \/ ¥8,000/)
  expect(screen.getByTestId('progress-spendFen')).toHaveTextContent('还需消费 ¥6,200')
  expect(screen.queryByText('您已是最高等级，感谢与品牌一起共创')).not.toBeInTheDocument()
})

test('a member who meets the top criteria without an invite is told they are waiting for one', async () => {
  setPersona('active~3')
  await fetch('http://localhost/api/v1/mock/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-persona': 'active~3' },
    body: JSON.stringify({ type: 'purchase', amountFen: 800_000 }),
  })
  await fetch('http://localhost/api/v1/mock/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-persona': 'active~3' },
    body: JSON.stringify({ type: 'share', count: 20 }),
  })
  showHome()
  expect(await screen.findByText('已满足「核心共创」标准，等待邀请')).toBeInTheDocument()
  expect(screen.getByTestId('level-name')).toHaveTextContent('积极互动')
})

test('with no saved data a failure shows the error state, and retry recovers', async () => {
  setPersona('newcomer')
  setScenario('down')
  showHome()
  expect(await screen.findByText('服务暂时不可用，请稍后重试')).toBeInTheDocument()
  setScenario(null)
  act(() => screen.getByRole('button', { name: '重新加载' }).click())
  expect(await screen.findByTestId('level-name')).toHaveTextContent('了解观察')
})

test('when the network fails later, the last good data stays on screen marked as saved', async () => {
  setPersona('first-buyer')
  const first = showHome()
  expect(await screen.findByTestId('level-name')).toHaveTextContent('初步体验')
  first.unmount()
  useMembershipStore.getState().reset()

  server.use(http.get('*/api/v1/*', () => HttpResponse.error()))
  showHome()
  expect(await screen.findByText('网络连接不可用，请检查网络后重试')).toBeInTheDocument()
  expect(screen.getByTestId('level-name')).toHaveTextContent('初步体验')
  expect(screen.getByText(/当前显示的是 .+ 保存的数据/)).toBeInTheDocument()
  expect(screen.getByText(/^离线数据 · 更新于/)).toBeInTheDocument()
})

test('a malformed answer is reported, not rendered', async () => {
  setPersona('active~9')
  setScenario('malformed')
  showHome()
  expect(await screen.findByText(/数据异常/)).toBeInTheDocument()
  expect(screen.queryByTestId('level-name')).not.toBeInTheDocument()
})

test('pull-to-refresh reloads and shows the new progress', async () => {
  setPersona('newcomer~2')
  showHome()
  expect(await screen.findByTestId('level-name')).toHaveTextContent('了解观察')
  await fetch('http://localhost/api/v1/mock/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-persona': 'newcomer~2' },
    body: JSON.stringify({ type: 'purchase', amountFen: 9_900 }),
  })
  act(() => firePageHook('usePullDownRefresh'))
  await waitFor(() => expect(screen.getByTestId('level-name')).toHaveTextContent('初步体验'))
})
