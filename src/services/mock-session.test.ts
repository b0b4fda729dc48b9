import { applyUrlParams, getPersona, getScenario, mockHeaders, onMemberDataInvalidated, setPersona, setScenario } from './mock-session'
import { resetTaroStub } from '../../test/stubs/taro'

afterEach(() => {
  setPersona(null)
  setScenario(null)
  resetTaroStub()
})

test('stores holding member data are told to start over when the persona changes, not when it stays', () => {
  const invalidated = jest.fn()
  const stop = onMemberDataInvalidated(invalidated)
  setPersona('active')
  setPersona('active')
  setPersona('cocreator~3')
  stop()
  setPersona('newcomer')
  expect(invalidated).toHaveBeenCalledTimes(2)
})

test('?persona= is remembered, ?scenario= lasts for the session; both come from search or hash', () => {
  applyUrlParams('?persona=at-risk', '#/pages/home/index?scenario=down')
  expect([getPersona(), getScenario()]).toEqual(['at-risk', 'down'])
  expect(mockHeaders()).toEqual({ 'X-Persona': 'at-risk', 'X-Mock-Scenario': 'down' })
})

test('malformed values in the address are ignored rather than sent to the backend', () => {
  applyUrlParams('?persona=<script>&scenario=meltdown', '#/?persona=active~1000')
  expect([getPersona(), getScenario()]).toEqual([null, null])
  expect(mockHeaders()).toEqual({})
})

test('?scenario= can aim scenarios at path prefixes, several at once', () => {
  applyUrlParams('?scenario=flaky@/me,%20down@/coupons', '')
  expect(mockHeaders()).toEqual({ 'X-Mock-Scenario': 'flaky@/me,down@/coupons' })
  applyUrlParams('?scenario=timeout@/coupons', '')
  expect(getScenario()).toBe('timeout@/coupons')
  for (const bad of ['down@coupons', 'down@/coupons;rm', 'sunny@/me', 'down,']) {
    setScenario(null)
    applyUrlParams(`?scenario=${encodeURIComponent(bad)}`, '')
    expect([bad, getScenario()]).toEqual([bad, null])
  }
})
