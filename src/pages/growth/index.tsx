import { useShareMenu } from '@/features/earning/share'
import { GrowthPathScreen } from '@/features/growth-path'
import { H5Header } from '@/components/h5-header'

const PROGRAMME_SHARE = { kind: 'programme' as const }

export default function GrowthPage() {
  useShareMenu(PROGRAMME_SHARE, '一起加入会员圈，看看成长路径')
  return (
    <>
      <H5Header title='成长路径' />
      <GrowthPathScreen />
    </>
  )
}
