import { ContentScreen } from '@/features/content'
import { H5Header } from '@/components/h5-header'

export default function ContentPage() {
  return (
    <>
      <H5Header title='会员内容' />
      <ContentScreen />
    </>
  )
}
