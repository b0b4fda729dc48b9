import { creditsShareVisit, MAX_CREDITED_SHARES_PER_DAY, type ShareVisit } from './shares'

const fresh: ShareVisit = { shareCredited: false, openedBefore: false, visitorIsSharer: false, personCreditedSharer: false, creditedToday: 0 }

describe('creditsShareVisit', () => {
  it('credits a first visit by someone new to this sharer, under the day’s cap', () => {
    expect(creditsShareVisit(fresh)).toBe(true)
    expect(creditsShareVisit({ ...fresh, creditedToday: MAX_CREDITED_SHARES_PER_DAY - 1 })).toBe(true)
  })

  it.each<[string, Partial<ShareVisit>]>([
    ['the share already counted', { shareCredited: true }],
    ['the visitor opened it before', { openedBefore: true }],
    ['the sharer opened their own share', { visitorIsSharer: true }],
    ['this person already credited this sharer through another share', { personCreditedSharer: true }],
    ['the sharer has five today', { creditedToday: MAX_CREDITED_SHARES_PER_DAY }],
  ])('credits nothing when %s', (_why, change) => {
    expect(creditsShareVisit({ ...fresh, ...change })).toBe(false)
  })
})
