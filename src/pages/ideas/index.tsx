import { IdeasScreen } from '@/features/ideas'
import { H5Header } from '@/components/h5-header'

export default function IdeasPage() {
  return (
    <>
      <H5Header title='提个想法' />
      <IdeasScreen />
    </>
  )
}
