import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { CocreationTasks } from '@/features/cocreation'
import { useShareMenu, useShareVisit } from '@/features/earning/share'
import { DetailScreen } from '@/features/invites'
import { H5Header } from '@/components/h5-header'

export default function InviteDetailPage() {
  const { params } = useRouter()
  const id = decodeURIComponent(params.id ?? '')
  useShareMenu({ kind: 'invite', id }, '邀你一起参加共创活动')
  useShareVisit()
  return (
    <View>
      <H5Header title='邀请详情' />
      <CocreationTasks inviteId={id} />
      <DetailScreen id={id} />
    </View>
  )
}
