/**
 * Taro's View typings omit ARIA, but H5 renders the attributes and the weapp reads
 * `aria-role` / `aria-label`; this keeps the cast in one place.
 *
 * Interactive roles also get what a native control would have on H5: `tabindex="0"` so Tab
 * reaches them (Taro's React wrapper sets it on the custom element: `taro-view-core`,
 * `taro-button-core` and friends are not focusable by themselves), and Enter / Space activate
 * them (a click on the element, which is what Taro's `onClick` listens to). A disabled control
 * says so with `aria-disabled`; `taro-button-core`'s own `disabled` attribute means nothing to
 * assistive technology. Only the H5 build carries the keyboard part; the weapp ignores it.
 */
const INTERACTIVE = new Set(['button', 'link', 'tab', 'radio', 'checkbox', 'switch', 'menuitem', 'option'])

export interface A11yState {
  disabled?: boolean
  /** aria-selected, for tabs and options. */
  selected?: boolean
  /** aria-checked, for radios, checkboxes and switches. */
  checked?: boolean
  /** aria-pressed, for toggle buttons. */
  pressed?: boolean
}

type A11yProps = Record<string, string | ((event: KeyboardEvent) => void)>

function activateOnKey(event: KeyboardEvent): void {
  if (event.key !== 'Enter' && event.key !== ' ') return
  const el = event.currentTarget as HTMLElement | null
  if (!el || el.getAttribute('aria-disabled') === 'true') return
  // Space would scroll the page; Enter on a nested control should not also press its parent.
  event.preventDefault()
  event.stopPropagation()
  el.click()
}

export function a11y(label?: string, role?: string, state: A11yState = {}): A11yProps {
  const props: A11yProps = {}
  if (label) props['aria-label'] = label
  if (role) props.role = role
  if (state.disabled !== undefined) props['aria-disabled'] = String(state.disabled)
  if (state.selected !== undefined) props['aria-selected'] = String(state.selected)
  if (state.checked !== undefined) props['aria-checked'] = String(state.checked)
  if (state.pressed !== undefined) props['aria-pressed'] = String(state.pressed)
  if (process.env.TARO_ENV === 'h5' && role && INTERACTIVE.has(role)) {
    props.tabindex = '0'
    props.onKeyDown = activateOnKey
  }
  return props
}
