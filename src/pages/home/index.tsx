import { HomeScreen } from '@/features/growth'
import { HomeGate } from '@/features/identity'
import { InvitesHomeEntry, LevelUpInviteNotice } from '@/features/invites'

const slots = {
  belowCard: <InvitesHomeEntry />,
  awaitingInvite: (levelName: string, fallback: React.ReactNode) => <LevelUpInviteNotice levelName={levelName} fallback={fallback} />,
}

export default function HomePage() {
  return (
    <HomeGate>
      <HomeScreen slots={slots} />
    </HomeGate>
  )
}
