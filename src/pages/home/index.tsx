import { HomeScreen } from '@/features/growth'

export default function HomePage() {
  return <HomeScreen />
}
