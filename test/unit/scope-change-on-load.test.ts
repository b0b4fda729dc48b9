/**
 * A launch after another member used the phone: the first load's cache read finds the other
 * member's data and wipes it (resetting the stores on the spot). The load itself is already the
 * current member's, so its answers must show — not be dropped as a reset's leftovers, leaving the
 * home on its skeleton and every later load waiting on the dropped one.
 */
import Taro from '@tarojs/taro'
import { useMembershipStore } from '@/features/growth'
import { useRecordStore } from '@/features/growth-path/record-store'
import { setPersona } from '@/services/mock-session'
import { withMockBackend } from '../support/screen'

withMockBackend()

/** What the previous member's visit left on the phone: their index and their saved membership. */
function leftByAnotherMember() {
  Taro.setStorageSync('member-storage.index', JSON.stringify({ v: 1, data: { scope: 'cocreator', keys: ['m.cocreator.membership'] } }))
  Taro.setStorageSync('m.cocreator.membership', JSON.stringify({ v: 2, data: { member: null, growth: null, levels: null, fetchedAt: 1 } }))
}

test('the home’s first load shows the current member although its cache read wiped another’s', async () => {
  setPersona('first-buyer')
  leftByAnotherMember()
  await useMembershipStore.getState().load()
  expect(useMembershipStore.getState().snapshot?.member?.id).toBe('first-buyer')
  expect(Taro.getStorageSync('m.cocreator.membership')).toBe('')
})

test('the growth record’s first load does too', async () => {
  setPersona('first-buyer')
  leftByAnotherMember()
  await useRecordStore.getState().refresh()
  expect(useRecordStore.getState().events.length).toBeGreaterThan(0)
})
