import Taro, { useLoad } from '@tarojs/taro'
import { TesterConsole } from '@/features/tester'
import { loadMockTesterTools } from '@/services/mock-tester-tools'

// Before the console's first request: its /mock/* endpoints and the scenarios come with this subpackage
// (and a launch query's 复现码 is imported here, while the launch page's requests wait).
loadMockTesterTools()

export default function TesterPage() {
  // Opened by the launch only to import a 复现码 (no tester=1): back to the page the tester launched.
  useLoad((options: Record<string, string | undefined>) => {
    if (options.launch === 'back') Taro.navigateBack({ fail: () => undefined })
  })
  return <TesterConsole />
}
