import { HomeScreen } from '@/features/growth'
import { InvitesHomeEntry, LevelUpInviteNotice } from '@/features/invites'
// Not the feature's index: the member code screen lives in its own subpackage.
import { EarningHomeEntry } from '@/features/earning/home-entry'
import { useShareMenu, useShareVisit } from '@/features/earning/share'

const slots = {
  belowCard: (
    <>
      <EarningHomeEntry />
      <InvitesHomeEntry />
    </>
  ),
  awaitingInvite: (levelName: string, fallback: React.ReactNode) => <LevelUpInviteNotice levelName={levelName} fallback={fallback} />,
}

const HOME_SHARE = { kind: 'home' as const }

export default function HomePage() {
  useShareMenu(HOME_SHARE, '一起加入会员圈')
  useShareVisit()
  return <HomeScreen slots={slots} />
}
