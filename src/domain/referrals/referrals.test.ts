import { judgeReferral, maskName, referralGiftTitle } from './referrals'

describe('judgeReferral', () => {
  const base = { sharerKey: 'active', friendKey: 'u-1', sharerPhone: '13800001234', friendPhone: '15800001111', alreadyReferred: false }
  it('accepts a new person who joined through the share', () => expect(judgeReferral(base)).toEqual({ ok: true }))
  it('refuses the sharer themselves, their other account on the same phone, and a second referrer', () => {
    expect(judgeReferral({ ...base, friendKey: 'active' })).toEqual({ ok: false, reason: 'SELF' })
    expect(judgeReferral({ ...base, friendPhone: '13800001234' })).toEqual({ ok: false, reason: 'SAME_PHONE' })
    expect(judgeReferral({ ...base, alreadyReferred: true })).toEqual({ ok: false, reason: 'ALREADY_REFERRED' })
  })
  it('does not guess sameness from an unknown phone', () => expect(judgeReferral({ ...base, friendPhone: undefined })).toEqual({ ok: true }))
})

test('names: masked for the sharer, the sharer named in the gift', () => {
  expect(maskName('王小明')).toBe('王**')
  expect(referralGiftTitle('林晓雨')).toBe('好友 林晓雨 送你的见面礼')
})
