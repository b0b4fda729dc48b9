import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { IdeasScreen } from '@/features/ideas'
import { IdeaAdoptedCelebration } from '@/features/ideas/adopted-celebration'
import { getMockBackend } from '@mock/handlers'
import { handleRequest } from '@mock/routes'
import { setPersona } from '@/services/mock-session'
import { firePageHook } from '../stubs/taro'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

const review = (id: string, body: Record<string, string>) =>
  handleRequest(getMockBackend(), { method: 'POST', path: `/api/v1/mock/ideas/${id}/review`, query: {}, headers: {}, body })

test('a member gives an idea; it shows 已收到, then 已采纳 with the reply, and the home says so once', async () => {
  setPersona('active')
  const page = showScreen(<IdeasScreen />)
  expect(await screen.findByText('还没有提过想法')).toBeInTheDocument()
  fireEvent.input(screen.getByPlaceholderText('标题（最多 40 字）'), { target: { value: '冷萃出小瓶装' } })
  fireEvent.input(screen.getByLabelText('想法描述'), { target: { value: '250ml 更适合通勤路上喝完' } })
  fireEvent.click(screen.getByRole('button', { name: '提交想法' }))
  const card = await screen.findByTestId(/^idea-idea-/)
  expect(within(card).getByTestId('idea-status')).toHaveTextContent('已收到')
  const id = card.getAttribute('data-testid')!.slice('idea-'.length)

  review(id, { status: 'adopted', reply: '下一季上新' })
  act(() => firePageHook('useDidShow'))
  await waitFor(() => expect(within(screen.getByTestId(`idea-${id}`)).getByTestId('idea-status')).toHaveTextContent('已采纳'))
  expect(screen.getByText('品牌回复：下一季上新')).toBeInTheDocument()
  page.unmount()

  const home = showScreen(<IdeaAdoptedCelebration />)
  expect(await screen.findByText('🎉 你的想法被采纳了：冷萃出小瓶装')).toBeInTheDocument()
  await waitFor(() => expect(getMockBackend().member({ key: 'active', personaId: 'active', copy: 0 }).ideas?.[0].celebratedAt).toBeDefined())
  home.unmount()
  showScreen(<IdeaAdoptedCelebration />)
  await new Promise((r) => setTimeout(r, 50))
  expect(screen.queryByText(/你的想法被采纳了/)).toBeNull()
})

test('an empty title is caught before sending; a member below 初步体验 is told why', async () => {
  setPersona('newcomer')
  showScreen(<IdeasScreen />)
  await screen.findByText('还没有提过想法')
  fireEvent.click(screen.getByRole('button', { name: '提交想法' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('请给想法起个标题')
  fireEvent.input(screen.getByPlaceholderText('标题（最多 40 字）'), { target: { value: '会员日加场' } })
  fireEvent.input(screen.getByLabelText('想法描述'), { target: { value: '周末也办一次' } })
  fireEvent.click(screen.getByRole('button', { name: '提交想法' }))
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('成为「初步体验」会员后即可提想法'))
})
