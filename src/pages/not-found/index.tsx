import { useRouter } from '@tarojs/taro'
import { NotFound } from '@/components/not-found'

export default function NotFoundPage() {
  const { params } = useRouter()
  return <NotFound path={params.path ? decodeURIComponent(params.path) : undefined} />
}
