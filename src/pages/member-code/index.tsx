import { MemberCodeScreen } from '@/features/earning'

export default function MemberCodePage() {
  return <MemberCodeScreen />
}
