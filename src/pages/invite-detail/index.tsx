import { useRouter } from '@tarojs/taro'
import { DetailScreen } from '@/features/invites'
import { H5Header } from '@/components/h5-header'

export default function InviteDetailPage() {
  const { params } = useRouter()
  return (
    <>
      <H5Header title='邀请详情' />
      <DetailScreen id={decodeURIComponent(params.id ?? '')} />
    </>
  )
}
