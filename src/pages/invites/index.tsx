import { View } from '@tarojs/components'
import { CocreationTasks } from '@/features/cocreation'
import { InboxScreen } from '@/features/invites'
import { H5Header } from '@/components/h5-header'

export default function InvitesPage() {
  return (
    <View>
      <H5Header title='共创邀请' />
      <CocreationTasks />
      <InboxScreen />
    </View>
  )
}
