import { AdvisorPanel } from '@/features/advisor'
import { RightDetailScreen } from '@/features/rights'
import type { RightDto as Right } from '@/services/schemas/rights'

/** What stands behind a right, by kind: the page composes it from the feature that owns it. */
function behindTheRight(right: Right) {
  if (right.kind === 'advisor' || right.kind === 'priority_service') return <AdvisorPanel />
  return null
}

export default function RightDetailPage() {
  return <RightDetailScreen extra={behindTheRight} />
}
