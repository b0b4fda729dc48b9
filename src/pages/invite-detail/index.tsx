import { useRouter } from '@tarojs/taro'
import { useShareMenu, useShareVisit } from '@/features/earning/share'
import { DetailScreen } from '@/features/invites'

export default function InviteDetailPage() {
  const { params } = useRouter()
  const id = decodeURIComponent(params.id ?? '')
  useShareMenu({ kind: 'invite', id }, '邀你一起参加共创活动')
  useShareVisit()
  return <DetailScreen id={id} />
}
