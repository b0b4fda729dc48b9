import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { MyPostsScreen } from '@/features/posts'
import { FeaturedPostsHome } from '@/features/posts/featured-home'
import { getMockBackend } from '@mock/handlers'
import { handleRequest } from '@mock/routes'
import { setPersona } from '@/services/mock-session'
import { firePageHook } from '../stubs/taro'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

const review = (id: string, body: Record<string, string>) =>
  handleRequest(getMockBackend(), { method: 'POST', path: `/api/v1/mock/posts/${id}/review`, query: {}, headers: {}, body })

async function writePost(text: string) {
  fireEvent.input(screen.getByLabelText('分享内容'), { target: { value: text } })
  fireEvent.click(screen.getByRole('button', { name: '发布' }))
}

test('a member posts a 使用心得: it shows 审核中, then 已精选 with the reward once the brand features it', async () => {
  setPersona('active')
  showScreen(<MyPostsScreen />)
  expect(await screen.findByText('还没有发布过分享')).toBeInTheDocument()
  await writePost('燕麦拿铁很顺滑，不加糖也好喝，推荐')
  const card = within(await screen.findByTestId(/^post-post-/))
  expect(card.getByTestId('post-status')).toHaveTextContent('审核中')
  const id = screen.getByTestId(/^post-post-/).getAttribute('data-testid')!.slice('post-'.length)

  review(id, { status: 'featured', reply: '写得真好' })
  act(() => firePageHook('useDidShow'))
  await waitFor(() => expect(within(screen.getByTestId(`post-${id}`)).getByTestId('post-status')).toHaveTextContent('已精选'))
  expect(screen.getByText(/奖励券已放入券包/)).toBeInTheDocument()
  expect(screen.getByText('品牌回复：写得真好')).toBeInTheDocument()
})

test('a rejected post says why; text too short is caught before sending', async () => {
  setPersona('active')
  showScreen(<MyPostsScreen />)
  await screen.findByText('还没有发布过分享')
  await writePost('太短')
  expect(await screen.findByRole('alert')).toHaveTextContent('至少 10 个字')
  await writePost('这次的晒单：手冲壶和两包新豆，很满意')
  await screen.findByTestId(/^post-post-/)
  const id = screen.getByTestId(/^post-post-/).getAttribute('data-testid')!.slice('post-'.length)
  review(id, { status: 'rejected', reason: '图片与商品无关' })
  act(() => firePageHook('useDidShow'))
  expect(await screen.findByText('未通过原因：图片与商品无关')).toBeInTheDocument()
})

test('a member below 初步体验 is told what opens posting', async () => {
  setPersona('newcomer')
  showScreen(<MyPostsScreen />)
  await screen.findByText('还没有发布过分享')
  await writePost('还没买过，但想先说说看法和期待')
  expect(await screen.findByRole('alert')).toHaveTextContent('成为「初步体验」会员后即可发布分享')
})

test('the home shows featured posts by others, never the member own', async () => {
  setPersona('active')
  showScreen(<FeaturedPostsHome />)
  const block = within(await screen.findByTestId('home-featured-posts'))
  expect(block.getAllByTestId(/^post-/)).toHaveLength(3)
  expect(block.getByText(/燕麦拿铁换了新的燕麦奶/)).toBeInTheDocument()
})
