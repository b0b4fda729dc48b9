import { Text, View } from '@tarojs/components'
import { a11y } from '@/components/a11y'
import type { CouponDto, StoreDto } from '@/services/schemas/coupons'
import { KIND_FILTERS } from '../presentation'

export interface WalletFilter {
  kind: CouponDto['kind'] | null
  storeId: string | null
}

export const NO_FILTER: WalletFilter = { kind: null, storeId: null }

/** Whether a coupon passes the filter: its kind, and usable at the chosen store. */
export function passes(c: CouponDto, f: WalletFilter): boolean {
  return (f.kind === null || c.kind === f.kind) && (f.storeId === null || c.storeIds.includes(f.storeId))
}

interface Props {
  coupons: readonly CouponDto[]
  stores: readonly StoreDto[]
  filter: WalletFilter
  onChange: (f: WalletFilter) => void
}

function Chip({ label, on, onClick }: { label: string; on: boolean; onClick: () => void }) {
  return (
    <View className={`wallet-filter__chip${on ? ' wallet-filter__chip--on' : ''}`} onClick={onClick} {...a11y(label, 'button', { pressed: on })}>
      <Text>{label}</Text>
    </View>
  )
}

/**
 * Two rows of chips for a long wallet: by type (only the kinds the member holds) and by store,
 * so 60+ coupons come down to the few that work here and now.
 */
export function WalletFilters({ coupons, stores, filter, onChange }: Props) {
  const kinds = KIND_FILTERS.filter((k) => coupons.some((c) => c.kind === k.id))
  return (
    <View className='wallet-filter' data-testid='wallet-filter'>
      <View className='wallet-filter__row' {...a11y('按类型筛选', 'group')}>
        <Chip label='全部类型' on={filter.kind === null} onClick={() => onChange({ ...filter, kind: null })} />
        {kinds.map((k) => (
          <Chip key={k.id} label={k.label} on={filter.kind === k.id} onClick={() => onChange({ ...filter, kind: k.id })} />
        ))}
      </View>
      <View className='wallet-filter__row' {...a11y('按门店筛选', 'group')}>
        <Chip label='全部门店' on={filter.storeId === null} onClick={() => onChange({ ...filter, storeId: null })} />
        {stores.map((s) => (
          <Chip key={s.id} label={s.name} on={filter.storeId === s.id} onClick={() => onChange({ ...filter, storeId: s.id })} />
        ))}
      </View>
    </View>
  )
}
