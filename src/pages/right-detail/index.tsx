import { AdvisorPanel } from '@/features/advisor'
import { RightContentLink, hasContent } from '@/features/content'
import { useShareVisit } from '@/features/earning/share'
import { RightDetailScreen } from '@/features/rights'
import type { RightDto as Right } from '@/services/schemas/rights'

/** What stands behind a right, by kind: the page composes it from the feature that owns it. */
function behindTheRight(right: Right) {
  if (right.kind === 'advisor' || right.kind === 'priority_service') return <AdvisorPanel />
  if (hasContent(right.id)) return <RightContentLink rightId={right.id} />
  return null
}

export default function RightDetailPage() {
  useShareVisit()
  return <RightDetailScreen extra={behindTheRight} />
}
