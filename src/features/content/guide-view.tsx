import { Text, View } from '@tarojs/components'
import type { Guide } from '@/services/schemas/content'

/** 新手上路: each step with a simple drawn illustration (a shape and an emoji), text only. */
export function GuideView({ guide }: { guide: Guide }) {
  return (
    <View className='content-guide'>
      <Text className='content__summary'>{guide.summary}</Text>
      {guide.sections.map((section, i) => (
        <View key={section.id} className='content-guide__step' data-testid='guide-step'>
          <View className={`content-guide__art content-guide__art--${section.illustration.shape}`} style={{ backgroundColor: section.illustration.color }} aria-hidden='true'>
            <Text>{section.illustration.emoji}</Text>
          </View>
          <View className='content-guide__text'>
            <Text className='content__heading'>
              {i + 1}. {section.heading}
            </Text>
            <Text className='content__body'>{section.body}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
