import { LEVELS } from '../levels'
import { RIGHTS, rightById } from './catalogue'

describe('rights catalogue', () => {
  it('holds exactly the ids the levels publish, each once', () => {
    const published = LEVELS.flatMap((l) => l.rightIds).sort()
    expect(RIGHTS.map((r) => r.id).sort()).toEqual(published)
    expect(new Set(RIGHTS.map((r) => r.id)).size).toBe(RIGHTS.length)
  })

  it('gives each right the level that publishes it as its lowest level', () => {
    for (const level of LEVELS) {
      for (const id of level.rightIds) expect(rightById(id)?.minLevelCode).toBe(level.code)
    }
  })

  it('gives the top level advisor, priority, beta, workshop and two limited-stock rights', () => {
    const topKinds = RIGHTS.filter((r) => r.minLevelCode === 'cocreator').map((r) => r.kind)
    expect(topKinds).toEqual(['advisor', 'priority_service', 'beta_seat', 'workshop_seat', 'limited_stock', 'limited_stock'])
  })

  it('unlocks early-bird access at engager', () => {
    expect(rightById('r-early-bird')).toMatchObject({ kind: 'early_bird', minLevelCode: 'engager' })
  })

  it('gives limited-stock rights a stock and a quota, and makes them claimable', () => {
    expect(rightById('r-limited-edition')).toMatchObject({ stock: 50, quota: { perPeriod: 1, period: 'year' }, claimable: true })
    expect(rightById('r-limited-tasting')).toMatchObject({ stock: 20, quota: { perPeriod: 1, period: 'month' }, claimable: true })
  })

  it('gives every claimable right a quota, so no claim is unbounded', () => {
    expect(RIGHTS.filter((r) => r.claimable && !r.quota)).toEqual([])
  })

  it('writes titles and descriptions in Chinese', () => {
    for (const r of RIGHTS) {
      expect(r.title).toMatch(/[\u4e00-\u9fff]/)
      expect(r.description).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('answers undefined for an unknown id', () => {
    expect(rightById('r-nope')).toBeUndefined()
  })
})
