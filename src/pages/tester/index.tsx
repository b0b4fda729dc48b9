import { TesterConsole } from '@/features/tester'
import { enableMockToolRoutes } from '@/services/mock-tool-routes'

// Before the console's first request: its /mock/* endpoints come with this subpackage.
enableMockToolRoutes()

export default function TesterPage() {
  return <TesterConsole />
}
