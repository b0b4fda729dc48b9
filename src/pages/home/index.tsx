import { AdoptionCelebration } from '@/features/cocreation'
import { HomeScreen } from '@/features/growth'
import { InvitesHomeEntry, LevelUpInviteNotice } from '@/features/invites'

const slots = {
  belowCard: (
    <>
      <AdoptionCelebration />
      <InvitesHomeEntry />
    </>
  ),
  awaitingInvite: (levelName: string, fallback: React.ReactNode) => <LevelUpInviteNotice levelName={levelName} fallback={fallback} />,
}

export default function HomePage() {
  return <HomeScreen slots={slots} />
}
