/**
 * What every screen test needs: msw at the network edge over the one fake backend, a fresh
 * backend, storage and member-data stores for each test, and a way to show a screen the way
 * Taro does (mount, then the page's onShow).
 */
import { act, render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { resetMockBackend } from '@mock/handlers'
import { server } from '@mock/node'
import { resetServerClock } from '@/services/clock'
import { invalidateMemberData, setPersona, setScenario } from '@/services/mock-session'
import { clearSession } from '@/services/session'
import { firePageHook, resetTaroStub } from '../stubs/taro'

export function withMockBackend(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    resetMockBackend()
    resetTaroStub()
    setScenario(null)
    setPersona(null)
    clearSession(false)
    invalidateMemberData()
    resetServerClock()
  })
  afterAll(() => server.close())
}

export function showScreen(ui: ReactElement) {
  const view = render(ui)
  act(() => firePageHook('useDidShow'))
  return view
}
