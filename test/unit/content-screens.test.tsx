import Taro from '@tarojs/taro'
import RightDetailPage from '@/pages/right-detail/index'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { getMockBackend } from '@mock/handlers'
import { server } from '@mock/node'
import { ContentScreen } from '@/features/content'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()

test('新手上路 shows each step with its drawn illustration, as text', async () => {
  showScreen(<ContentScreen slug='getting-started' />)
  await waitFor(() => expect(screen.getAllByTestId('guide-step')).toHaveLength(3))
  expect(screen.getByText('1. 开箱检查')).toBeInTheDocument()
  expect(screen.getByText('📦')).toBeInTheDocument()
})

test('有问必答: searching narrows the answers, and a question asked is recorded by the backend and listed', async () => {
  setPersona('active')
  showScreen(<ContentScreen slug='faq' />)
  await waitFor(() => expect(screen.getAllByTestId('faq-item').length).toBeGreaterThan(3))
  fireEvent.change(screen.getByLabelText('搜索问题'), { target: { value: '等级' } })
  expect(screen.getAllByTestId('faq-item').map((el) => el.firstChild?.textContent)).toEqual(['会员等级多久评定一次？', '退款会影响等级吗？'])
  fireEvent.change(screen.getByLabelText('搜索问题'), { target: { value: '不存在的词' } })
  expect(screen.getByText('没有找到相关问题')).toBeInTheDocument()

  fireEvent.change(screen.getByLabelText('写下你的问题'), { target: { value: '静安店周末几点开门？' } })
  fireEvent.click(screen.getByRole('button', { name: '提交问题' }))
  expect(await screen.findByTestId('ask-result')).toHaveTextContent('已收到你的问题')
  expect(screen.getByTestId('my-question')).toHaveTextContent('静安店周末几点开门？')
  const member = getMockBackend().member({ key: 'active', personaId: 'active', copy: 0 })
  expect(member.faqQuestions?.map((q) => q.question)).toEqual(['静安店周末几点开门？'])
})

test('content that fails to load shows the saved copy, marked 离线 · 旧数据', async () => {
  const first = showScreen(<ContentScreen slug='getting-started' />)
  await waitFor(() => expect(screen.getAllByTestId('guide-step')).toHaveLength(3))
  first.unmount()

  server.use(http.get('*/api/v1/content/:slug', () => HttpResponse.json({ error: { code: 'UNAVAILABLE', message: '服务暂时不可用' } }, { status: 503 })))
  showScreen(<ContentScreen slug='getting-started' />)
  expect(await screen.findByTestId('content-offline', {}, { timeout: 5000 })).toHaveTextContent(/离线 · 旧数据/)
  expect(screen.getAllByTestId('guide-step')).toHaveLength(3)
})

test('without a saved copy a failure is an error with a retry, never a blank page', async () => {
  server.use(http.get('*/api/v1/content/:slug', () => HttpResponse.error()))
  showScreen(<ContentScreen slug='early-bird' />)
  expect(await screen.findByRole('button', { name: '重新加载' })).toBeInTheDocument()
  expect(screen.getByRole('alert')).toHaveTextContent('网络连接不可用')
})

test('早鸟 shows when each item opens for this member and for each level', async () => {
  setPersona('cocreator')
  showScreen(<ContentScreen slug='early-bird' />)
  await waitFor(() => expect(screen.getAllByTestId('early-bird-item')).toHaveLength(2))
  expect(screen.getAllByTestId('early-bird-mine')[0]).toHaveTextContent(/你的开放时间：\d+月\d+日 10:00/)
  expect(screen.getAllByText(/「核心共创」\d+月\d+日 10:00/)).toHaveLength(2)
})

test('the 新手上路 right leads to its guide', async () => {
  setPersona('first-buyer')
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id: 'r-onboarding' } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  showScreen(<RightDetailPage />)
  fireEvent.click(await screen.findByRole('link', { name: '阅读新手上路' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/content/index?slug=getting-started' })
})
