import { AdvisorPanel } from '@/features/advisor'
import { RightContentLink, hasContent } from '@/features/content'
import { useShareVisit } from '@/features/earning/share'
import { RightDetailScreen } from '@/features/rights'
// After the rights screen, so the shared state styles come first here as on the home (one CSS order).
import { JourneyEntry } from '@/features/community/entry-link'
import { H5Header } from '@/components/h5-header'
import type { RightDto as Right } from '@/services/schemas/rights'

/** What stands behind a right, by kind: the page composes it from the feature that owns it. */
function behindTheRight(right: Right) {
  if (right.kind === 'advisor' || right.kind === 'priority_service') return <AdvisorPanel />
  if (right.kind === 'community_event') return <JourneyEntry title='查看社群活动' hint='报名 ›' url='/pages/community/index' testId='right-community' />
  if (right.kind === 'share_reward') return <JourneyEntry title='去分享使用心得' hint='发布 ›' url='/pages/posts/index' testId='right-posts' />
  if (hasContent(right.id)) return <RightContentLink rightId={right.id} />
  return null
}

export default function RightDetailPage() {
  useShareVisit()
  return (
    <>
      <H5Header title='权益详情' />
      <RightDetailScreen extra={behindTheRight} />
    </>
  )
}
