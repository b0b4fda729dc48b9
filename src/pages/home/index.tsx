import { View, Text } from '@tarojs/components'

export default function HomePage() {
  return (
    <View>
      <Text>会员</Text>
    </View>
  )
}
