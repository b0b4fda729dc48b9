import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { server } from '@mock/node'
import { ClaimCenterScreen } from '@/features/coupons'
import { GrowthRecordScreen } from '@/features/growth-path'
import { shareTargetOf } from '@/features/earning/share'
import { setPersona } from '@/services/mock-session'
import { showScreen, withMockBackend } from '../support/screen'

withMockBackend()
afterEach(() => server.events.removeAllListeners())

test('a claim-centre card shares its own template: POST /shares carries the template id, the link opens it', async () => {
  setPersona('active')
  const posted: unknown[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/shares')) void request.clone().json().then((b) => posted.push(b))
  })
  showScreen(<ClaimCenterScreen />)
  const card = (await screen.findAllByTestId(/^template-/))[0]
  const templateId = card.getAttribute('data-testid')!.replace(/^template-/, '')
  fireEvent.click(within(card).getByRole('button', { name: '分享' }))
  expect(await within(card).findByText(/链接已复制/)).toBeInTheDocument()
  await waitFor(() => expect(posted).toEqual([{ target: { kind: 'coupon-template', id: templateId }, channel: 'link' }]))
  const url = (navigator.clipboard.writeText as jest.Mock).mock.calls[0][0] as string
  expect(url).toContain(`templateId=${encodeURIComponent(templateId)}`)
})

test('on the weapp a share button names its target; the 转发 menu shares the page', () => {
  const page = { kind: 'coupon-template' as const }
  const fromButton = { from: 'button', target: { dataset: { shareKind: 'coupon-template', shareId: 'tpl-flash-10' } } }
  expect(shareTargetOf(fromButton, page)).toEqual({ kind: 'coupon-template', id: 'tpl-flash-10' })
  expect(shareTargetOf({ from: 'menu' }, page)).toBe(page)
  expect(shareTargetOf({ from: 'button', target: { dataset: { shareKind: 'nonsense' } } }, page)).toBe(page)
})

const api = (path: string, persona: string, body?: unknown) =>
  fetch(`http://localhost/api/v1${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json', 'x-persona': persona },
    body: body ? JSON.stringify(body) : undefined,
  }).then(async (r) => ({ status: r.status, body: await r.json() }))

test('成长记录 says how many visits the member’s shares brought', async () => {
  setPersona('active')
  const share = (await api('/shares', 'active', { target: { kind: 'home' }, channel: 'link' })).body.share
  expect((await api(`/shares/${share.id}/visits`, 'newcomer', {})).status).toBeLessThan(300)
  showScreen(<GrowthRecordScreen />)
  expect(await screen.findByTestId('share-visits')).toHaveTextContent(/分享带来访问 1 次$/)
})

test('成长记录 without share visits shows no visit line', async () => {
  setPersona('newcomer')
  showScreen(<GrowthRecordScreen />)
  await screen.findByTestId('month-summary').catch(() => screen.findByText('还没有成长记录'))
  expect(screen.queryByTestId('share-visits')).toBeNull()
})
