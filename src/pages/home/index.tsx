import { Button } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from '@/components/a11y'
import { Notice } from '@/components/notice'
import { HomeScreen } from '@/features/growth'
import { HomeGate } from '@/features/identity'
import type { Member } from '@/services/schemas/growth'
import { useShareMenu, useShareVisit } from '@/features/earning/share'
import { useHomeBlocks } from './use-home-blocks'

const HOME_SHARE = { kind: 'home' as const }

export default function HomePage() {
  useShareMenu(HOME_SHARE, '一起加入会员圈')
  useShareVisit()
  const { blocks, failed, retry } = useHomeBlocks()
  const slots = {
    belowCard: blocks ? (
      <blocks.BelowCard />
    ) : failed ? (
      <Notice
        tone='offline'
        title='签到、分享和邀请入口没有加载出来'
        action={
          <Button className='notice__action btn btn--primary btn--small' onClick={retry} {...a11y(undefined, 'button')}>
            重试
          </Button>
        }
      />
    ) : null,
    forMember: (member: Member) => (blocks ? <blocks.ForMember member={member} /> : null),
    awaitingInvite: (levelName: string, fallback: ReactNode) => (blocks ? <blocks.AwaitingInvite levelName={levelName} fallback={fallback} /> : fallback),
  }
  return (
    <HomeGate>
      <HomeScreen slots={slots} />
    </HomeGate>
  )
}
