import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { CocreationTasks } from '@/features/cocreation'
import { useShareMenu, useShareVisit } from '@/features/earning/share'
import { DetailScreen } from '@/features/invites'

export default function InviteDetailPage() {
  const { params } = useRouter()
  const id = decodeURIComponent(params.id ?? '')
  useShareMenu({ kind: 'invite', id }, '邀你一起参加共创活动')
  useShareVisit()
  return (
    <View>
      <CocreationTasks inviteId={id} />
      <DetailScreen id={id} />
    </View>
  )
}
