// H5: a scenario chosen in the tester console lasts for the tab's session, so leaving the console by a
// reload (its address had ?tester=1 and no scenario) keeps it; a new tab starts normal.
import { getScenario, mockHeaders, setScenario } from '@/services/mock-session'

afterEach(() => {
  setScenario(null)
  window.sessionStorage.clear()
})

const afterReload = () => {
  let reloaded: typeof import('@/services/mock-session') | undefined
  jest.isolateModules(() => {
    reloaded = jest.requireActual<typeof import('@/services/mock-session')>('@/services/mock-session')
  })
  return reloaded!
}

test('a chosen scenario survives a reload of the page, and 正常 clears it', () => {
  setScenario('down@/coupons')
  const page = afterReload()
  expect(page.getScenario()).toBe('down@/coupons')
  expect(page.mockHeaders()['X-Mock-Scenario']).toBe('down@/coupons')
  setScenario(null)
  expect(afterReload().getScenario()).toBeNull()
  expect(getScenario()).toBeNull()
  expect(mockHeaders()['X-Mock-Scenario']).toBeUndefined()
})

test('a scenario in the address wins over the one kept, for that visit only', () => {
  setScenario('flaky')
  const page = afterReload()
  page.applyUrlParams('?scenario=slow@/me', '')
  expect(page.getScenario()).toBe('slow@/me')
  expect(afterReload().getScenario()).toBe('flaky')
})

test('a visit with ?scenario=down, then one without it, is back to normal (nothing was chosen in the console)', () => {
  const first = afterReload()
  first.applyUrlParams('', '#/pages/home/index?persona=first-buyer&scenario=down')
  expect(first.getScenario()).toBe('down')
  expect(afterReload().getScenario()).toBeNull()
})
