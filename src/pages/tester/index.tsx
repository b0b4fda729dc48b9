import { TesterConsole } from '@/features/tester'

export default function TesterPage() {
  return <TesterConsole />
}
