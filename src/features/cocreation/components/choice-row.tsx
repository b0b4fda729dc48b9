import { Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'

interface Props {
  label: string
  choices: readonly { id: string; label: string }[]
  value: string | undefined
  onChange: (id: string) => void
  /** Labels each choice reads as, e.g. `3 分`. */
  testId?: string
}

/** A single-choice group made of tappable chips; a radio group to assistive technology. */
export function ChoiceRow({ label, choices, value, onChange, testId }: Props) {
  // Sentences (a vote's 方案 A：…) stack as full-width rows; short answers (3 分, 每天) sit side by side.
  const stacked = choices.some((c) => [...c.label].length > 8)
  return (
    <View className='cocreation-field' {...a11y(label, 'radiogroup')} data-testid={testId}>
      <Text className='cocreation-field__label'>{label}</Text>
      <View className={`cocreation-choices${stacked ? ' cocreation-choices--stacked' : ''}`}>
        {choices.map((c) => (
          <View
            key={c.id}
            className={`cocreation-choice${value === c.id ? ' cocreation-choice--on' : ''}`}
            onClick={() => onChange(c.id)}
            {...a11y(c.label, 'radio', { checked: value === c.id })}
          >
            <Text>{c.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
