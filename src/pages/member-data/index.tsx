import { useRouter } from '@tarojs/taro'
import { H5Header } from '@/components/h5-header'
import { MemberDataScreen } from '@/features/member-data'
import { loadMockIdentityFormRoutes } from '@/services/mock-identity-form-routes'

// The deletion's SMS code is sent by /auth/sms, which in mock mini-programs rides with the identity form pages.
loadMockIdentityFormRoutes()

export default function MemberDataPage() {
  const { params } = useRouter()
  const section = params.section === 'delete' ? 'delete' : 'export'
  return (
    <>
      <H5Header title={section === 'delete' ? '注销会员' : '导出我的数据'} />
      <MemberDataScreen section={section} />
    </>
  )
}
