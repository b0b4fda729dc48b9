import { ContentScreen } from '@/features/content'
import { H5Header } from '@/components/h5-header'
import { loadMockContentRoutes } from '@/services/mock-content-routes'

// Before the page's first request: in mock mini-programs its endpoints come with this subpackage.
loadMockContentRoutes()

export default function ContentPage() {
  return (
    <>
      <H5Header title='会员内容' />
      <ContentScreen />
    </>
  )
}
