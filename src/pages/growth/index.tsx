import { GrowthPathScreen } from '@/features/growth-path'
import { H5Header } from '@/components/h5-header'

export default function GrowthPage() {
  return (
    <>
      <H5Header title='成长路径' />
      <GrowthPathScreen />
    </>
  )
}
