import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { CocreationTasks } from '@/features/cocreation'
import { DetailScreen } from '@/features/invites'

export default function InviteDetailPage() {
  const { params } = useRouter()
  const id = decodeURIComponent(params.id ?? '')
  return (
    <View>
      <CocreationTasks inviteId={id} />
      <DetailScreen id={id} />
    </View>
  )
}
