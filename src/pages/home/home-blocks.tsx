import { AdvisorCard } from '@/features/advisor'
import { AdoptionCelebration } from '@/features/cocreation'
import { LevelUpInviteNotice } from '@/features/invites'
import { InvitesHomeEntry } from '@/features/invites'
import { MessagesHomeEntry } from '@/features/messages'
import type { Member } from '@/services/schemas/growth'
// Not the feature's index: the member code screen lives in its own subpackage.
import { EarningHomeEntry } from '@/features/earning/home-entry'

/**
 * What the home shows around the member card: none of it is the level, so on H5 this module is
 * its own chunk, fetched once the card is on screen (see index.tsx).
 */
export function BelowCard() {
  return (
    <>
      <AdoptionCelebration />
      <EarningHomeEntry />
      <InvitesHomeEntry />
      <MessagesHomeEntry />
    </>
  )
}

export function ForMember({ member }: { member: Member }) {
  return member.advisor ? <AdvisorCard advisor={member.advisor} /> : null
}

export function AwaitingInvite({ levelName, fallback }: { levelName: string; fallback: React.ReactNode }) {
  return <LevelUpInviteNotice levelName={levelName} fallback={fallback} />
}
