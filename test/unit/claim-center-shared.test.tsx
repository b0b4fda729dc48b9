// A friend's share link opens the claim centre with `templateId`: that template comes first and
// marked; if it cannot be claimed the member is told why at the top; a vanished one says so.
import { screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { showScreen, withMockBackend } from '../support/screen'
import { ClaimCenterScreen } from '@/features/coupons'
import { setPersona } from '@/services/mock-session'

withMockBackend()
afterEach(() => jest.restoreAllMocks())

const API = 'http://localhost/api/v1'
interface Template { id: string; title: string; claimable: boolean }
const templatesOf = async (persona: string): Promise<Template[]> =>
  ((await fetch(`${API}/coupon-templates`, { headers: { 'x-persona': persona } }).then((r) => r.json())) as { templates: Template[] }).templates

function openShared(templateId: string) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { templateId, shareId: 'sh-1' } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  showScreen(<ClaimCenterScreen />)
}
const order = async () => (await screen.findAllByTestId(/^template-/)).map((el) => el.getAttribute('data-testid'))

test('the shared template leads the list, marked as a friend’s share', async () => {
  setPersona('cocreator')
  const open = (await templatesOf('cocreator')).filter((t) => t.claimable)
  const last = open[open.length - 1]
  expect(open.length).toBeGreaterThan(1) // otherwise leading proves nothing
  openShared(last.id)
  expect((await order())[0]).toBe(`template-${last.id}`)
  expect(screen.getByText('好友分享给你')).toBeInTheDocument()
})

test('a shared template the member cannot claim says why at the top', async () => {
  setPersona('newcomer')
  const closed = (await templatesOf('newcomer')).find((t) => !t.claimable)!
  expect(closed).toBeDefined()
  openShared(closed.id)
  expect(await screen.findByText(new RegExp(`^好友分享的「${closed.title}」暂不可领：`))).toBeInTheDocument()
})

test('a shared template that no longer exists is named as gone, and the rest still shows', async () => {
  setPersona('active')
  openShared('tpl-gone')
  expect(await screen.findByText('好友分享的券已下架，看看下面其他可领的券')).toBeInTheDocument()
  expect((await order()).length).toBeGreaterThan(0)
})
