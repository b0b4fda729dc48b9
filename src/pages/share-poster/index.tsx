import { H5Header } from '@/components/h5-header'
// Not the feature's index: the poster and its QR encoder live in this page's subpackage only.
import { SharePosterScreen } from '@/features/earning/share-poster'

export default function SharePosterPage() {
  return (
    <>
      <H5Header title='分享海报' />
      <SharePosterScreen />
    </>
  )
}
