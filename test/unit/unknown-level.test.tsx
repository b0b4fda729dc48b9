// A level the app does not know (a backend that added 'gold' before the app did) is a contract
// error the screen reports, never data it renders: the rights screen once would have thrown on it.
import { server } from '@mock/node'
import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { showScreen, withMockBackend } from '../support/screen'
import { RightsScreen } from '@/features/rights'
import { setPersona } from '@/services/mock-session'

withMockBackend()

test('a member whose levelCode is unknown: the rights screen reports broken data and renders no level', async () => {
  setPersona('active')
  server.use(
    http.get('*/api/v1/me', () =>
      HttpResponse.json({ member: { id: 'active', nickname: '小王', phoneMasked: '138****1234', levelCode: 'gold', joinedAt: '2026-01-01T00:00:00Z' } }),
    ),
  )
  showScreen(<RightsScreen />)
  expect(await screen.findByText('服务返回的数据异常，已停止显示以免误导，请稍后重试')).toBeInTheDocument()
  expect(screen.queryByTestId('rights-level')).not.toBeInTheDocument()
  expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument()
})

test('a right that unlocks at an unknown level: the same report, not a level list with a hole in it', async () => {
  setPersona('active')
  server.use(
    http.get('*/api/v1/rights', () =>
      HttpResponse.json({
        rights: [{ id: 'r-gold', kind: 'limited_stock', title: '金卡礼', description: '金卡会员礼品', minLevelCode: 'gold', unlocked: false }],
      }),
    ),
  )
  showScreen(<RightsScreen />)
  expect(await screen.findByText('服务返回的数据异常，已停止显示以免误导，请稍后重试')).toBeInTheDocument()
  expect(screen.queryByText('金卡礼')).not.toBeInTheDocument()
})
