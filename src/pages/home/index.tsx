import { AdvisorCard } from '@/features/advisor'
import { AdoptionCelebration } from '@/features/cocreation'
import { HomeScreen } from '@/features/growth'
import { HomeGate } from '@/features/identity'
import { InvitesHomeEntry, LevelUpInviteNotice } from '@/features/invites'
import { MessagesHomeEntry } from '@/features/messages'
import type { Member } from '@/services/schemas/growth'
// Not the feature's index: the member code screen lives in its own subpackage.
import { EarningHomeEntry } from '@/features/earning/home-entry'
import { useShareMenu, useShareVisit } from '@/features/earning/share'

const slots = {
  belowCard: (
    <>
      <AdoptionCelebration />
      <EarningHomeEntry />
      <InvitesHomeEntry />
      <MessagesHomeEntry />
    </>
  ),
  forMember: (member: Member) => (member.advisor ? <AdvisorCard advisor={member.advisor} /> : null),
  awaitingInvite: (levelName: string, fallback: React.ReactNode) => <LevelUpInviteNotice levelName={levelName} fallback={fallback} />,
}

const HOME_SHARE = { kind: 'home' as const }

export default function HomePage() {
  useShareMenu(HOME_SHARE, '一起加入会员圈')
  useShareVisit()
  return (
    <HomeGate>
      <HomeScreen slots={slots} />
    </HomeGate>
  )
}
