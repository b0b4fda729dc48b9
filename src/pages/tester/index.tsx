import { TesterConsole } from '@/features/tester'
import { loadMockTesterTools } from '@/services/mock-tester-tools'

// Before the console's first request: its /mock/* endpoints and the scenarios come with this subpackage.
loadMockTesterTools()

export default function TesterPage() {
  return <TesterConsole />
}
