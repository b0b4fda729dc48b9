import { useRouter } from '@tarojs/taro'
import { DetailScreen } from '@/features/invites'

export default function InviteDetailPage() {
  const { params } = useRouter()
  return <DetailScreen id={decodeURIComponent(params.id ?? '')} />
}
