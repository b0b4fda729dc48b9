import { ContentScreen } from '@/features/content'

export default function ContentPage() {
  return <ContentScreen />
}
