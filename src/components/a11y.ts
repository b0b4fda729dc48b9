/**
 * Taro's View typings omit ARIA, but H5 renders the attributes and the weapp reads
 * `aria-role` / `aria-label`; this keeps the cast in one place.
 */
export function a11y(label?: string, role?: string): Record<string, string> {
  const props: Record<string, string> = {}
  if (label) props['aria-label'] = label
  if (role) props.role = role
  return props
}
