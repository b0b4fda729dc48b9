import { Text, Textarea, View } from '@tarojs/components'
import { countChars, TEXT_MAX_CHARS } from '@/domain/cocreation'

interface Props {
  label: string
  value: string
  placeholder?: string
  onChange: (text: string) => void
}

/**
 * Free text with a live count. The count is of characters as typed (an emoji is one), the same
 * count the backend applies; the limit is not cut off mid-typing, it is said and blocks sending.
 */
export function TextField({ label, value, placeholder, onChange }: Props) {
  const used = countChars(value)
  const over = used > TEXT_MAX_CHARS
  return (
    <View className='cocreation-field'>
      <Text className='cocreation-field__label'>{label}</Text>
      <Textarea
        className='cocreation-textarea'
        value={value}
        placeholder={placeholder}
        maxlength={-1}
        autoHeight
        aria-label={label}
        onInput={(e) => onChange(e.detail.value)}
      />
      <Text className={`cocreation-count${over ? ' cocreation-count--over' : ''}`} data-testid='char-count'>
        {used}/{TEXT_MAX_CHARS}
        {over ? `，超出 ${used - TEXT_MAX_CHARS} 字` : ''}
      </Text>
    </View>
  )
}
