import { showScreen, withMockBackend } from '../support/screen'
import Taro from '@tarojs/taro'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '@mock/node'
import { AdoptionCelebration, CocreationTasks, RecordScreen, TaskScreen } from '@/features/cocreation'
import { TesterConsole } from '@/features/tester'
import { setPersona, setScenario } from '@/services/mock-session'

withMockBackend()
afterEach(() => jest.clearAllMocks())

const API = 'http://localhost/api/v1'
const post = (persona: string, path: string, body?: unknown) =>
  fetch(`${API}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-persona': persona },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then((r) => r.json())
const get = (persona: string, path: string) => fetch(`${API}${path}`, { headers: { 'x-persona': persona } }).then((r) => r.json())
const type = (label: string, text: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value: text } })

test('feedback: loading, then rating, questions and free text counted as typed; submitting is one interaction', async () => {
  setPersona('cocreator~1')
  const before = (await get('cocreator~1', '/me/growth')).totals.interactions
  showScreen(<TaskScreen id='task-beta-kettle' />)
  expect(screen.getByRole('status', { name: '正在加载共创任务' })).toBeInTheDocument()
  expect(await screen.findByText('内测反馈 · 便携冷萃壶')).toBeInTheDocument()
  expect(screen.getByTestId('task-status')).toHaveTextContent(/进行中 · \d+月\d+日 \d\d:\d\d 截止/)

  fireEvent.click(screen.getByRole('button', { name: '提交' }))
  expect(await screen.findByText('请先打个分（1–5 分）')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('radio', { name: '4 分' }))
  fireEvent.click(screen.getByRole('radio', { name: '每天' }))
  type('使用感受', '出水口会滴水😀')
  expect(screen.getByTestId('char-count')).toHaveTextContent('7/2000')
  type('使用感受', '字'.repeat(2001))
  expect(screen.getByTestId('char-count')).toHaveTextContent('2001/2000，超出 1 字')
  fireEvent.click(screen.getByRole('button', { name: '提交' }))
  expect(await screen.findByText('文字最多 2000 字，请删减后再提交')).toBeInTheDocument()
  type('使用感受', '出水口会滴水')
  fireEvent.click(screen.getByRole('button', { name: '提交' }))
  expect(await screen.findByText('已提交，感谢参与')).toBeInTheDocument()
  expect((await get('cocreator~1', '/me/growth')).totals.interactions).toBe(before + 1)
})

test('a draft survives leaving the page and comes back as typed', async () => {
  setPersona('cocreator~2')
  const first = showScreen(<TaskScreen id='task-beta-kettle' />)
  fireEvent.click(await screen.findByRole('radio', { name: '2 分' }))
  type('使用感受', '盖子有点紧')
  first.unmount()
  showScreen(<TaskScreen id='task-beta-kettle' />)
  expect(await screen.findByRole('textbox', { name: '使用感受' })).toHaveValue('盖子有点紧')
  expect(screen.getByRole('radio', { name: '2 分' })).toHaveAttribute('aria-checked', 'true')
})

test('a task page that cannot load says so with a retry', async () => {
  setPersona('cocreator~3')
  setScenario('down')
  showScreen(<TaskScreen id='task-beta-kettle' />)
  expect(await screen.findByText('服务暂时不可用，请稍后重试')).toBeInTheDocument()
  setScenario(null)
  fireEvent.click(screen.getByRole('button', { name: '重新加载' }))
  expect(await screen.findByText('内测反馈 · 便携冷萃壶')).toBeInTheDocument()
})

test('a failed submission keeps the draft; sending again reuses its Idempotency-Key and counts once', async () => {
  setPersona('cocreator~4')
  const keys: string[] = []
  let failing = true
  server.use(
    http.post(`${API}/cocreation/tasks/:id/submissions`, ({ request }) => {
      keys.push(request.headers.get('idempotency-key') ?? '')
      if (failing) return HttpResponse.json({ error: { code: 'UNAVAILABLE', message: '服务暂时不可用' } }, { status: 503 })
      return undefined
    }),
  )
  showScreen(<TaskScreen id='task-beta-kettle' />)
  fireEvent.click(await screen.findByRole('radio', { name: '5 分' }))
  type('使用感受', '很好用')
  fireEvent.click(screen.getByRole('button', { name: '提交' }))
  expect(await screen.findByText('提交没有成功，草稿已保存，请重试')).toBeInTheDocument()
  expect(screen.getByRole('textbox', { name: '使用感受' })).toHaveValue('很好用')
  failing = false
  fireEvent.click(screen.getByRole('button', { name: '提交' }))
  expect(await screen.findByText('已提交，感谢参与')).toBeInTheDocument()
  expect(new Set(keys).size).toBe(1)
  expect((await get('cocreator~4', '/me/cocreation')).submitted).toBe(2)
})

test('too late: past the due date the backend refuses and the page says so in words', async () => {
  setPersona('cocreator~5')
  showScreen(<TaskScreen id='task-beta-kettle' />)
  fireEvent.click(await screen.findByRole('radio', { name: '3 分' }))
  const { tasks } = await get('cocreator~5', '/cocreation/tasks')
  const due = Date.parse(tasks.find((t: { id: string }) => t.id === 'task-beta-kettle').dueAt)
  await post('cocreator~5', '/mock/clock', { now: new Date(due + 60_000).toISOString() })
  fireEvent.click(screen.getByRole('button', { name: '提交' }))
  expect(await screen.findByText('任务已截止，无法再提交')).toBeInTheDocument()
  expect(await screen.findByText('任务已截止')).toBeInTheDocument()
})

test('survey: an upcoming one cannot be sent yet; once open its answers go in', async () => {
  setPersona('active~6')
  await post('active~6', '/invites/inv-spring-workshop/response', { accept: true, slotId: 'sat-pm' })
  const view = showScreen(<TaskScreen id='task-spring-workshop' />)
  expect(await screen.findByText('任务还没开始')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: '提交' })).toBeDisabled()
  view.unmount()
  // Move the backend clock just past the moment the survey opens (the workshop's end).
  const { tasks } = (await fetch('http://localhost/api/v1/cocreation/tasks', { headers: { 'x-persona': 'active~6' } }).then((r) => r.json())) as {
    tasks: Array<{ id: string; opensAt: string }>
  }
  const opensAt = Date.parse(tasks.find((t) => t.id === 'task-spring-workshop')!.opensAt)
  await post('active~6', '/mock/clock', { now: new Date(opensAt + 60_000).toISOString() })
  showScreen(<TaskScreen id='task-spring-workshop' />)
  fireEvent.click(await screen.findByRole('radio', { name: '很有帮助' }))
  type('还有什么想对我们说的？', '希望多办')
  await waitFor(() => expect(screen.getByRole('button', { name: '提交' })).not.toBeDisabled())
  fireEvent.click(screen.getByRole('button', { name: '提交' }))
  expect(await screen.findByText('已提交，感谢参与')).toBeInTheDocument()
})

test('content: text and an image shown as a preview; only its name and size are sent', async () => {
  setPersona('cocreator~7')
  await post('cocreator~7', '/invites/inv-winter-content/response', { accept: true })
  ;(Taro as unknown as { chooseImage: jest.Mock }).chooseImage = jest.fn((o: { success: (r: unknown) => void }) =>
    o.success({ tempFiles: [{ path: 'blob:local-1', size: 2048, originalFileObj: { name: 'cocoa.jpg', type: 'image/jpeg' } }] }),
  )
  showScreen(<TaskScreen id='task-winter-content' />)
  type(await screen.findByText('投稿内容').then(() => '投稿内容'), '热可可加一点海盐')
  fireEvent.click(screen.getByRole('button', { name: '选择图片' }))
  expect(await screen.findByText('cocoa.jpg · 2 KB')).toBeInTheDocument()
  expect(screen.getByRole('img', { name: '已选图片预览' })).toHaveAttribute('src', 'blob:local-1')
  fireEvent.click(screen.getByRole('button', { name: '提交' }))
  expect(await screen.findByText('已提交，感谢参与')).toBeInTheDocument()
  const { tasks } = await get('cocreator~7', '/cocreation/tasks')
  const sent = tasks.find((t: { id: string }) => t.id === 'task-winter-content').submission
  expect(sent.attachment).toEqual({ name: 'cocoa.jpg', sizeBytes: 2048, mimeType: 'image/jpeg' })
})

test('vote: options, then the tally after voting', async () => {
  setPersona('cocreator~8')
  await post('cocreator~8', '/invites/inv-community-vote/response', { accept: true })
  showScreen(<TaskScreen id='task-community-vote' />)
  fireEvent.click(await screen.findByRole('radio', { name: '方案 B：由会员评审团每月评选' }))
  expect(screen.queryByTestId('vote-tally')).not.toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '投票' }))
  const tally = await screen.findByTestId('vote-tally')
  expect(tally).toHaveTextContent('方案 B：由会员评审团每月评选（你的选择）10 票 · 38%')
})

test('tasks list on the invites tab says what is asked and when; only accepted invites have one', async () => {
  setPersona('cocreator~9')
  const all = showScreen(<CocreationTasks />)
  const card = await screen.findByTestId('task-task-beta-kettle')
  expect(card).toHaveTextContent('需要你：打分、回答问题并写下使用感受')
  expect(card).toHaveTextContent(/\d+月\d+日 \d\d:\d\d 截止/)
  expect(screen.getByTestId('task-task-beta-earbuds-v1')).toHaveTextContent('已采纳')
  expect(screen.queryByTestId('task-task-community-vote')).not.toBeInTheDocument()
  all.unmount()
  // On an invite's own page: its task only.
  showScreen(<CocreationTasks inviteId='inv-beta-kettle' />)
  await screen.findByTestId('task-task-beta-kettle')
  expect(screen.queryByTestId('task-task-beta-earbuds-v1')).not.toBeInTheDocument()
})

test('near the deadline the task counts down instead of showing a date', async () => {
  setPersona('cocreator~14')
  const { tasks } = await get('cocreator~14', '/cocreation/tasks')
  const due = Date.parse(tasks.find((t: { id: string }) => t.id === 'task-beta-kettle').dueAt)
  await post('cocreator~14', '/mock/clock', { now: new Date(due - 3 * 3_600_000 + 30_000).toISOString() })
  showScreen(<CocreationTasks />)
  // The app reads the backend's clock from the answer's Date header, not the phone's.
  expect(await screen.findByTestId('task-task-beta-kettle')).toHaveTextContent(/距截止还剩 (2 小时 5\d|3 小时 0) 分钟/)
})

test('我的共创 lists submissions with status and staff replies; a new adoption is celebrated on the home once', async () => {
  setPersona('cocreator~10')
  await post('cocreator~10', '/cocreation/tasks/task-beta-kettle/submissions', { rating: 5 })
  await post('cocreator~10', '/mock/cocreation/task-beta-kettle/adopt', { reply: '出水口已改进' })
  const record = showScreen(<RecordScreen />)
  expect(await screen.findByTestId('record-adopted')).toHaveTextContent('2')
  expect(screen.getByTestId('record-task-beta-earbuds-v1')).toHaveTextContent('磨砂盒盖已经用在二代上了')
  record.unmount()

  const home = showScreen(<AdoptionCelebration />)
  expect(await screen.findByText('🎉 你的共创建议被采纳了：内测反馈 · 便携冷萃壶')).toBeInTheDocument()
  expect(screen.getByText('出水口已改进')).toBeInTheDocument()
  home.unmount()
  showScreen(<AdoptionCelebration />)
  await act(() => new Promise((r) => setTimeout(r, 50)))
  expect(screen.queryByText(/你的共创建议被采纳了/)).not.toBeInTheDocument()
})

test('tester console: adopt the persona\'s latest submission with a reply; move the clock past an open task\'s due date', async () => {
  setPersona('cocreator~12')
  await post('cocreator~12', '/cocreation/tasks/task-beta-kettle/submissions', { rating: 3 })
  const view = showScreen(<TesterConsole />)
  fireEvent.change(screen.getByRole('textbox', { name: '采纳回复' }), { target: { value: '已排进下一批改进' } })
  fireEvent.click(screen.getByRole('button', { name: '采纳最近一次提交' }))
  expect(await screen.findByText('已采纳：内测反馈 · 便携冷萃壶')).toBeInTheDocument()
  expect((await get('cocreator~12', '/me/cocreation')).record[0]).toMatchObject({ status: 'adopted', staffReply: '已排进下一批改进' })
  view.unmount()

  setPersona('cocreator~13')
  showScreen(<TesterConsole />)
  fireEvent.click(screen.getByRole('button', { name: '时钟移到任务截止后' }))
  expect(await screen.findByText('时钟已移到「内测反馈 · 便携冷萃壶」截止后 1 分钟')).toBeInTheDocument()
  const { tasks } = await get('cocreator~13', '/cocreation/tasks')
  expect(tasks.find((t: { id: string }) => t.id === 'task-beta-kettle').status).toBe('closed')
})
