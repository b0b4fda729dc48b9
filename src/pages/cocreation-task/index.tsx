import { useRouter } from '@tarojs/taro'
import { TaskScreen } from '@/features/cocreation'
import { H5Header } from '@/components/h5-header'

export default function CocreationTaskPage() {
  const { params } = useRouter()
  return (
    <>
      <H5Header title='共创任务' />
      <TaskScreen id={decodeURIComponent(params.id ?? '')} />
    </>
  )
}
