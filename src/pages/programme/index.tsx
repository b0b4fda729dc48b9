import { ProgrammeScreen } from '@/features/identity'

export default function ProgrammePage() {
  return <ProgrammeScreen />
}
