import { useRouter } from '@tarojs/taro'
import { TaskScreen } from '@/features/cocreation'

export default function CocreationTaskPage() {
  const { params } = useRouter()
  return <TaskScreen id={decodeURIComponent(params.id ?? '')} />
}
