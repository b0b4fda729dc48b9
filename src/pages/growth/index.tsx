import { useShareMenu } from '@/features/earning/share'
import { GrowthPathScreen } from '@/features/growth-path'

const PROGRAMME_SHARE = { kind: 'programme' as const }

export default function GrowthPage() {
  useShareMenu(PROGRAMME_SHARE, '一起加入会员圈，看看成长路径')
  return <GrowthPathScreen />
}
