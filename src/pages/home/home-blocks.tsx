import { AdvisorCard } from '@/features/advisor'
import { AdoptionCelebration } from '@/features/cocreation'
import { LevelUpInviteNotice } from '@/features/invites'
import { InvitesHomeEntry } from '@/features/invites'
import { MessagesHomeEntry } from '@/features/messages'
import type { Member } from '@/services/schemas/growth'
// Not the feature's index: the member code screen lives in its own subpackage.
import { EarningHomeEntry } from '@/features/earning/home-entry'
// The entry row only: the events list itself rides in the community subpackage.
import { JourneyEntry } from '@/features/community/entry-link'
import { FeaturedPostsHome } from '@/features/posts/featured-home'
import { IdeaAdoptedCelebration } from '@/features/ideas/adopted-celebration'
import { LevelGiftNotice } from '@/features/value/level-gifts'

/**
 * What the home shows around the member card: none of it is the level, so on H5 this module is
 * its own chunk, fetched once the card is on screen (see index.tsx).
 */
export function BelowCard() {
  return (
    <>
      <AdoptionCelebration />
      <IdeaAdoptedCelebration />
      <EarningHomeEntry />
      <InvitesHomeEntry />
      <MessagesHomeEntry />
      <JourneyEntry title='社群活动' hint='线上线下，报名参加' url='/pages/community/index' testId='home-community' />
      <JourneyEntry title='分享使用心得' hint='晒单、心得，精选有奖' url='/pages/posts/index' testId='home-posts' />
      <FeaturedPostsHome />
    </>
  )
}

export function ForMember({ member }: { member: Member }) {
  return (
    <>
      {/* The level-up moment: the gift for the level just entered, until it is claimed. */}
      <LevelGiftNotice levelCode={member.levelCode} />
      {member.advisor ? <AdvisorCard advisor={member.advisor} /> : null}
    </>
  )
}

export function AwaitingInvite({ levelName, fallback }: { levelName: string; fallback: React.ReactNode }) {
  return <LevelUpInviteNotice levelName={levelName} fallback={fallback} />
}
