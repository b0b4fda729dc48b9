import { MyPostsScreen } from '@/features/posts'
import { H5Header } from '@/components/h5-header'

export default function PostsPage() {
  return (
    <>
      <H5Header title='我的分享' />
      <MyPostsScreen />
    </>
  )
}
