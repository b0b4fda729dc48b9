import { Text, View } from '@tarojs/components'
import { rankOf, type LevelCode } from '@/domain/levels'
import type { RightDto } from '@/services/schemas/rights'
import { LEVELS_IN_ORDER } from '../presentation'
import { RightCard } from './right-card'

/** Unlocked rights first, then locked ones by the level that unlocks them, nearest first. */
export function RightsList({ rights, levelCode }: { rights: RightDto[]; levelCode: LevelCode }) {
  const myRank = rankOf(levelCode)
  const unlocked = rights.filter((r) => r.unlocked)
  // Seats held by an invite belong to a level above mine: they get their own heading, not a level's.
  const byInvite = unlocked.filter((r) => rankOf(r.minLevelCode) > myRank)
  const lockedGroups = LEVELS_IN_ORDER.filter((l) => l.rank > myRank)
    .map((level) => ({ level, rights: rights.filter((r) => !r.unlocked && r.minLevelCode === level.code) }))
    .filter((g) => g.rights.length > 0)
  // A locked right from a level at or below mine would be the backend's word against the catalogue: show it locked anyway.
  const oddLocked = rights.filter((r) => !r.unlocked && rankOf(r.minLevelCode) <= myRank)

  return (
    <View>
      <View className='rights-group' data-testid='rights-unlocked'>
        <Text className='rights-group__title'>已解锁 · {unlocked.length} 项</Text>
        {unlocked.length === 0 && <Text className='rights-group__empty'>还没有解锁的权益</Text>}
        {LEVELS_IN_ORDER.filter((l) => l.rank <= myRank).map((level) => {
          const mine = unlocked.filter((r) => r.minLevelCode === level.code)
          if (mine.length === 0) return null
          return (
            <View key={level.code}>
              <Text className='rights-group__level'>「{level.name}」权益</Text>
              {mine.map((r) => (
                <RightCard key={r.id} right={r} />
              ))}
            </View>
          )
        })}
        {byInvite.length > 0 && (
          <View data-testid='rights-by-invite'>
            <Text className='rights-group__level'>凭共创邀请解锁</Text>
            {byInvite.map((r) => (
              <RightCard key={r.id} right={r} />
            ))}
          </View>
        )}
      </View>
      {(lockedGroups.length > 0 || oddLocked.length > 0) && (
        <View className='rights-group' data-testid='rights-locked'>
          <Text className='rights-group__title'>待解锁</Text>
          {lockedGroups.map(({ level, rights: group }) => (
            <View key={level.code}>
              <Text className='rights-group__level'>达到「{level.name}」解锁 · {group.length} 项</Text>
              {group.map((r) => (
                <RightCard key={r.id} right={r} />
              ))}
            </View>
          ))}
          {oddLocked.map((r) => (
            <RightCard key={r.id} right={r} />
          ))}
        </View>
      )}
    </View>
  )
}
