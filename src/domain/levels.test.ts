import { LEVELS, isLevelCode, levelByCode, nextLevel, previousLevel, rankOf } from './levels'

describe('the published levels', () => {
  it('run explorer → experiencer → engager → cocreator with ranks 1..4', () => {
    expect(LEVELS.map((l) => [l.rank, l.code, l.name])).toEqual([
      [1, 'explorer', '了解观察'],
      [2, 'experiencer', '初步体验'],
      [3, 'engager', '积极互动'],
      [4, 'cocreator', '核心共创'],
    ])
  })

  it('only the top level requires an invitation', () => {
    expect(LEVELS.filter((l) => l.requiresInvite).map((l) => l.code)).toEqual(['cocreator'])
  })

  it('no right id belongs to two levels (a right sits at the lowest level that unlocks it)', () => {
    const ids = LEVELS.flatMap((l) => l.rightIds)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('level lookups', () => {
  it('step up and down the path and stop at the ends', () => {
    expect(nextLevel('explorer')?.code).toBe('experiencer')
    expect(nextLevel('engager')?.code).toBe('cocreator')
    expect(nextLevel('cocreator')).toBeNull()
    expect(previousLevel('cocreator')?.code).toBe('engager')
    expect(previousLevel('explorer')).toBeNull()
    expect(rankOf('engager')).toBe(3)
  })

  it('reject unknown codes', () => {
    expect(isLevelCode('engager')).toBe(true)
    expect(isLevelCode('vip')).toBe(false)
    expect(isLevelCode(3)).toBe(false)
    expect(() => levelByCode('vip' as never)).toThrow()
  })
})
