/**
 * jest stand-ins for @tarojs/components: plain DOM elements with the same props, so Testing
 * Library can query by role and text. Taro's `onClick` maps to click; `onInput` to input.
 */
import React from 'react'

type AnyProps = Record<string, unknown> & { children?: React.ReactNode }

function strip(props: AnyProps) {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(props)) {
    if (k === 'className' || k === 'style' || k === 'id' || k === 'role' || k === 'onClick' || k === 'children') out[k] = v
    else if (k.startsWith('aria') ) out[k.replace(/^aria([A-Z])/, (_, c: string) => `aria-${c.toLowerCase()}`)] = v
    else if (k.startsWith('data-') || k.startsWith('aria-')) out[k] = v
  }
  return out
}

const make = (tag: string, extra?: (p: AnyProps) => Record<string, unknown>) =>
  function Component(props: AnyProps) {
    return React.createElement(tag, { ...strip(props), ...(extra ? extra(props) : {}) }, props.children)
  }

export const View = make('div')
export const Text = make('span')
export const Block = ({ children }: AnyProps) => <>{children}</>
export const ScrollView = make('div', (p) => ({
  onScroll: p.onScroll,
  'data-testid': p['data-testid'],
}))
export const Button = make('button', (p) => ({ disabled: p.disabled, type: 'button' }))
export const Image = (p: AnyProps) => <img src={p.src as string} alt={(p.ariaLabel as string) ?? ''} className={p.className as string} />
export const Canvas = make('canvas')
export const Navigator = make('a')
export const Swiper = make('div')
export const SwiperItem = make('div')
export const Input = (p: AnyProps) => (
  <input
    className={p.className as string}
    value={p.value as string}
    placeholder={p.placeholder as string}
    aria-label={(p.ariaLabel as string) ?? (p.placeholder as string)}
    onChange={(e) => (p.onInput as ((ev: { detail: { value: string } }) => void) | undefined)?.({ detail: { value: e.target.value } })}
    // Taro's input confirms on Enter with the field's own value (a keyboard-wedge scanner ends with Enter).
    onKeyDown={(e) => e.key === 'Enter' && (p.onConfirm as ((ev: { detail: { value: string } }) => void) | undefined)?.({ detail: { value: (e.target as HTMLInputElement).value } })}
  />
)
export const Textarea = (p: AnyProps) => (
  <textarea
    className={p.className as string}
    value={p.value as string}
    placeholder={p.placeholder as string}
    aria-label={(p['aria-label'] as string) ?? (p.ariaLabel as string) ?? (p.placeholder as string)}
    onChange={(e) => (p.onInput as ((ev: { detail: { value: string } }) => void) | undefined)?.({ detail: { value: e.target.value } })}
  />
)
const PlainPicker = make('div')
/** A date Picker as a text box named like the real one, so a test "picks" a date by typing it. */
export const Picker = (p: AnyProps) =>
  p.mode === 'date' ? (
    <div className={p.className as string}>
      <input
        aria-label={(p['data-label'] as string) ?? (p.ariaLabel as string)}
        data-picker='date'
        data-start={p.start as string}
        data-end={p.end as string}
        value={(p.value as string) ?? ''}
        onChange={(e) => (p.onChange as ((ev: { detail: { value: string } }) => void) | undefined)?.({ detail: { value: e.target.value } })}
      />
      {p.children}
    </div>
  ) : (
    <PlainPicker {...p} />
  )
export const Progress = make('div')
