import { Button, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from '@/components/a11y'

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className='tester__section' {...a11y(title, 'group')}>
      <Text className='tester__title'>{title}</Text>
      {children}
    </View>
  )
}

export function Chip({ label, active, onClick, disabled }: { label: string; active?: boolean; onClick: () => void; disabled?: boolean }) {
  return (
    <Button className={`tester__chip btn btn--small ${active ? 'btn--primary' : 'btn--secondary'}`} onClick={onClick} disabled={disabled || undefined} ariaLabel={label} {...a11y(undefined, 'button', { disabled: Boolean(disabled), pressed: active })} data-active={active ? 'true' : 'false'}>
      {label}
    </Button>
  )
}

