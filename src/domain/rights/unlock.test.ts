import type { LevelCode } from '../levels'
import { RIGHTS, type Right } from './catalogue'
import { groupRightsByLevel, isUnlocked, sortRightsForDisplay } from './unlock'

const unlockedIds = (level: LevelCode) => RIGHTS.filter((r) => isUnlocked(r, level)).map((r) => r.id)

describe('isUnlocked', () => {
  it('unlocks only the entry rights for an explorer', () => {
    expect(unlockedIds('explorer')).toEqual(['r-welcome-coupon', 'r-beginner-guide'])
  })

  it('adds the purchase rights for an experiencer', () => {
    expect(unlockedIds('experiencer')).toEqual([
      'r-welcome-coupon', 'r-beginner-guide', 'r-onboarding', 'r-repurchase-coupon', 'r-birthday-gift',
    ])
  })

  it('adds the community rights and early-bird for an engager', () => {
    expect(unlockedIds('engager')).toEqual([
      'r-welcome-coupon', 'r-beginner-guide', 'r-onboarding', 'r-repurchase-coupon', 'r-birthday-gift',
      'r-community-events', 'r-share-reward', 'r-early-bird', 'r-free-shipping',
    ])
  })

  it('unlocks all fifteen rights for a co-creator', () => {
    expect(unlockedIds('cocreator')).toHaveLength(15)
  })
})

describe('sortRightsForDisplay', () => {
  const right = (id: string, minLevelCode: LevelCode): Right => ({ id, kind: 'discount', title: id, description: id, minLevelCode, claimable: false })

  it('puts unlocked rights first, then locked ones nearest level first, keeping order within a level', () => {
    const rights = [
      right('top-a', 'cocreator'),
      right('eng-a', 'engager'),
      right('exp-a', 'explorer'),
      right('top-b', 'cocreator'),
      right('exr-a', 'experiencer'),
      right('exp-b', 'explorer'),
      right('eng-b', 'engager'),
    ]
    expect(sortRightsForDisplay(rights, 'experiencer').map((r) => r.id)).toEqual([
      'exp-a', 'exp-b', 'exr-a', 'eng-a', 'eng-b', 'top-a', 'top-b',
    ])
  })

  it('does not reorder its input', () => {
    const rights = [right('b', 'cocreator'), right('a', 'explorer')]
    sortRightsForDisplay(rights, 'explorer')
    expect(rights.map((r) => r.id)).toEqual(['b', 'a'])
  })
})

describe('groupRightsByLevel', () => {
  it('groups the catalogue under the level that first unlocks each right, in rank order', () => {
    const groups = groupRightsByLevel(RIGHTS).map((g) => [g.level.code, g.rights.map((r) => r.id)])
    expect(groups).toEqual([
      ['explorer', ['r-welcome-coupon', 'r-beginner-guide']],
      ['experiencer', ['r-onboarding', 'r-repurchase-coupon', 'r-birthday-gift']],
      ['engager', ['r-community-events', 'r-share-reward', 'r-early-bird', 'r-free-shipping']],
      ['cocreator', ['r-advisor', 'r-priority-service', 'r-beta-seat', 'r-workshop-seat', 'r-limited-edition', 'r-limited-tasting']],
    ])
  })

  it('keeps a level with no rights as an empty group', () => {
    const groups = groupRightsByLevel([])
    expect(groups.map((g) => [g.level.code, g.rights.length])).toEqual([
      ['explorer', 0], ['experiencer', 0], ['engager', 0], ['cocreator', 0],
    ])
  })
})
