import { fireEvent, screen, waitFor } from '@testing-library/react'
import { HomeScreen } from '@/features/growth'
import { AdvisorCard, AdvisorPanel } from '@/features/advisor'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'
import type { Member } from '@/services/schemas/growth'

withMockBackend()

const forMember = (m: Member) => (m.advisor ? <AdvisorCard advisor={m.advisor} /> : null)
const clipboard = () => navigator.clipboard.writeText as jest.Mock

test('the co-creator sees their advisor on the home with the promise and hours, and copies the WeChat ID', async () => {
  setPersona('cocreator')
  showScreen(<HomeScreen slots={{ forMember }} />)
  const card = await screen.findByTestId('advisor-card')
  expect(card).toHaveTextContent(/专属顾问.+(资深会员顾问|会员顾问)/)
  expect(card).toHaveTextContent(/分钟内回复|小时内回复/)
  expect(card).toHaveTextContent(/服务时间：/)
  fireEvent.click(screen.getByRole('button', { name: '复制微信号' }))
  expect(await screen.findByTestId('advisor-note')).toHaveTextContent(/已复制微信号 brand-/)
  expect(clipboard()).toHaveBeenCalledWith(expect.stringMatching(/^brand-/))
})

test('a member without the advisor right sees no advisor card on the home', async () => {
  setPersona('active')
  showScreen(<HomeScreen slots={{ forMember }} />)
  await screen.findByTestId('level-name')
  expect(screen.queryByTestId('advisor-card')).not.toBeInTheDocument()
})

test('when copying fails the card shows the WeChat ID to add by hand', async () => {
  // Refused by the browser, and no select-and-copy to fall back on (jsdom has no execCommand).
  clipboard().mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'))
  showScreen(<AdvisorCard advisor={{ name: '周一帆', title: '会员顾问', responsePromise: '1 小时内回复', workingHours: '10:00–19:00', wechatId: 'brand-zhouyf' }} />)
  fireEvent.click(screen.getByRole('button', { name: '复制微信号' }))
  expect(await screen.findByTestId('advisor-note')).toHaveTextContent('复制失败，请手动添加微信号 brand-zhouyf')
  // Without a phone there is no call button pretending to work.
  expect(screen.queryByRole('button', { name: /电话联系/ })).not.toBeInTheDocument()
})

test('the advisor right page asks the backend for the advisor', async () => {
  setPersona('cocreator')
  showScreen(<AdvisorPanel />)
  await waitFor(() => expect(screen.getByTestId('advisor-card')).toBeInTheDocument())
})
