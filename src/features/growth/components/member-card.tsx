import { Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import type { LevelCode } from '@/domain/levels'
import { formatShanghai } from '@/lib/format'
import type { LevelDto, Member } from '@/services/schemas/growth'
import { LEVEL_THEME } from '../presentation'
import './member-card.scss'

interface Props {
  /** Null when /me failed: the card still shows the level, without name and phone. */
  member: Member | null
  level: LevelDto
  levels: LevelDto[]
  /** Undefined when /me/growth failed: validity is then not stated rather than guessed. */
  expiresAt: string | null | undefined
}

export function MemberCard({ member, level, levels, expiresAt }: Props) {
  const theme = LEVEL_THEME[level.code as LevelCode]
  return (
    <View
      className='member-card'
      style={{ backgroundImage: `linear-gradient(135deg, ${theme.from}, ${theme.to})` }}
      {...a11y(`${member ? `${member.nickname}，` : ''}当前等级 ${level.name}`)}
    >
      <View className='member-card__top'>
        <Text className='member-card__nickname'>{member ? member.nickname : '我的会员卡'}</Text>
        {member && <Text className='member-card__phone'>{member.phoneMasked}</Text>}
      </View>
      <Text className='member-card__caption'>当前等级</Text>
      <Text className='member-card__level' data-testid='level-name'>
        {level.name}
      </Text>
      <Text className='member-card__aipl' style={{ color: theme.accent }}>
        第 {level.rank}/{levels.length} 级
      </Text>
      <View className='member-card__steps' {...a11y(`成长路径第 ${level.rank} 级，共 ${levels.length} 级`)}>
        {levels.map((l) => (
          <View key={l.code} className={`member-card__step ${l.rank <= level.rank ? 'member-card__step--reached' : ''}`}>
            <View className='member-card__dot' style={l.rank <= level.rank ? { background: theme.accent } : undefined} />
            <Text className='member-card__step-name'>{l.name}</Text>
          </View>
        ))}
      </View>
      {expiresAt !== undefined && (
        <Text className='member-card__expiry'>
          {expiresAt ? `等级有效期至 ${formatShanghai(expiresAt, 'YYYY年M月D日')}` : '基础等级长期有效'}
        </Text>
      )}
    </View>
  )
}
