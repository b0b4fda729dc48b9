import Taro from '@tarojs/taro'
import { resetTaroStub } from '../../test/stubs/taro'
import { memberScope, onMemberChange, readMember, syncMemberScope, wipeMemberData, writeMember } from './member-storage'
import { onMemberDataInvalidated, setPersona } from './mock-session'
import { clearSession, saveSession } from './session'

const isText = (d: unknown): d is string => typeof d === 'string'
const signIn = (token: string) => saveSession({ token, expiresAt: '2030-01-01T00:00:00Z', joined: true })
/** Everything in storage, keys and values, as one string to search. */
const everythingStored = () => Taro.getStorageInfoSync().keys.map((k) => `${k}=${JSON.stringify(Taro.getStorageSync(k))}`).join('\n')

afterEach(() => {
  setPersona(null)
  clearSession(false)
  resetTaroStub()
})

test('a member’s data is read back for them, under a key naming neither a shared name nor the member', () => {
  signIn('mt.a')
  writeMember('membership', 1, '阿青 138****1234')
  expect(readMember('membership', 1, isText)).toBe('阿青 138****1234')
  const keys = Taro.getStorageInfoSync().keys.filter((k) => k.includes('membership'))
  expect(keys).toEqual([`m.${memberScope()}.membership`])
})

test('signing out wipes every member key and the in-memory stores; while signed out nothing is read or kept', () => {
  const resets = jest.fn()
  const off = onMemberDataInvalidated(resets)
  signIn('mt.a')
  writeMember('membership', 1, '阿青 138****1234')
  writeMember('coupon-code.c-1', 1, '880000000000000001')
  resets.mockClear()

  clearSession(true)
  expect(resets).toHaveBeenCalled()
  expect(everythingStored()).not.toMatch(/阿青|8800000|membership|coupon-code/)
  expect(readMember('membership', 1, isText)).toBeNull()
  writeMember('membership', 1, 'written while signed out')
  expect(everythingStored()).not.toMatch(/written while signed out/)
  off()
})

test('another member signing in sees nothing of the previous one, and the previous data is gone', () => {
  signIn('mt.a')
  writeMember('membership', 1, '阿青 138****1234')
  const changes = jest.fn()
  const off = onMemberChange(changes)
  signIn('mt.b')
  expect(changes).toHaveBeenCalledTimes(1)
  expect(readMember('membership', 1, isText)).toBeNull()
  expect(everythingStored()).not.toMatch(/阿青/)
  off()
})

test('the same sign-in saved again (joined after signing in) keeps the member’s data', () => {
  signIn('mt.a')
  writeMember('level-seen', 1, 'explorer')
  saveSession({ token: 'mt.a', expiresAt: '2030-01-01T00:00:00Z', joined: true })
  expect(readMember('level-seen', 1, isText)).toBe('explorer')
})

test('mock builds without a token keep one member per persona: a persona switch wipes the previous one', () => {
  setPersona('active')
  writeMember('coupons', 1, 'active 的券')
  expect(readMember('coupons', 1, isText)).toBe('active 的券')
  setPersona('newcomer')
  expect(readMember('coupons', 1, isText)).toBeNull()
  expect(everythingStored()).not.toMatch(/active 的券/)
})

test('data saved under the old shared keys (before this version) is swept at first use', () => {
  Taro.setStorageSync('membership:default', JSON.stringify({ v: 2, data: { member: { nickname: '阿青' } } }))
  Taro.setStorageSync('coupons:default', JSON.stringify({ v: 1, data: { coupons: [] } }))
  Taro.setStorageSync('cocreation.draft.me.t-1', JSON.stringify({ v: 1, data: { text: '草稿' } }))
  Taro.setStorageSync('clock.offset', JSON.stringify({ v: 1, data: { offsetMs: 5 } }))
  signIn('mt.a')
  syncMemberScope()
  expect(Taro.getStorageInfoSync().keys).toEqual(expect.arrayContaining(['clock.offset']))
  expect(everythingStored()).not.toMatch(/阿青|草稿|coupons:default/)
})

test('wipeMemberData clears even the signed-in member’s own data (注销, a refused token)', () => {
  signIn('mt.a')
  writeMember('cocreation.draft.t-1', 1, '草稿')
  wipeMemberData()
  expect(readMember('cocreation.draft.t-1', 1, isText)).toBeNull()
})
