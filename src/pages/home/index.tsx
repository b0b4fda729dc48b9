import { AdvisorCard } from '@/features/advisor'
import { AdoptionCelebration } from '@/features/cocreation'
import { HomeScreen } from '@/features/growth'
import { HomeGate } from '@/features/identity'
import { InvitesHomeEntry, LevelUpInviteNotice } from '@/features/invites'
import { MessagesHomeEntry } from '@/features/messages'
import type { Member } from '@/services/schemas/growth'

const slots = {
  belowCard: (
    <>
      <AdoptionCelebration />
      <InvitesHomeEntry />
      <MessagesHomeEntry />
    </>
  ),
  forMember: (member: Member) => (member.advisor ? <AdvisorCard advisor={member.advisor} /> : null),
  awaitingInvite: (levelName: string, fallback: React.ReactNode) => <LevelUpInviteNotice levelName={levelName} fallback={fallback} />,
}

export default function HomePage() {
  return (
    <HomeGate>
      <HomeScreen slots={slots} />
    </HomeGate>
  )
}
