import { currentEntry, levelGiftFor, levelGiftStatus } from './level-gifts'

const engager = levelGiftFor('engager')!
const experiencer = levelGiftFor('experiencer')!
const cocreator = levelGiftFor('cocreator')!

test('a level not reached is locked; the held level is claimable once per entry; a passed level once ever', () => {
  expect(levelGiftStatus(cocreator, 'engager', 'seed', [])).toBe('locked')
  expect(levelGiftStatus(engager, 'engager', 'seed', [])).toBe('claimable')
  expect(levelGiftStatus(engager, 'engager', 'seed', [{ levelCode: 'engager', entry: 'seed' }])).toBe('claimed')
  // Down and up again: a new entry, a new gift.
  expect(levelGiftStatus(engager, 'engager', '2026-12-01T00:00:00.000Z', [{ levelCode: 'engager', entry: 'seed' }])).toBe('claimable')
  expect(levelGiftStatus(experiencer, 'engager', 'x', [])).toBe('claimable')
  expect(levelGiftStatus(experiencer, 'engager', 'x', [{ levelCode: 'experiencer', entry: 'y' }])).toBe('claimed')
})

test('the current entry is the last change to the held level', () => {
  const history = [
    { at: 'a', to: 'engager' as const },
    { at: 'b', to: 'experiencer' as const },
    { at: 'c', to: 'engager' as const },
  ]
  expect(currentEntry('engager', history)).toBe('c')
  expect(currentEntry('cocreator', history)).toBe('seed')
})
