import { View } from '@tarojs/components'
import { CocreationTasks } from '@/features/cocreation'
import { InboxScreen } from '@/features/invites'

export default function InvitesPage() {
  return (
    <View>
      <CocreationTasks />
      <InboxScreen />
    </View>
  )
}
