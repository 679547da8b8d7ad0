import { queryOptions, useQuery } from '@tanstack/react-query'
import { tandem, unwrap } from '../../lib/client'
import { lockState } from '../../lib/lock-state'

export const lockStatusKey = ['lock-status'] as const

/** The lock's status; every answer also reaches the lock gate, so the idle timer follows its setting. */
export const lockStatusQuery = () =>
  queryOptions({
    queryKey: lockStatusKey,
    queryFn: async () => {
      const status = await unwrap(tandem().lock.status())
      lockState.update(status)
      return status
    },
  })

export const useLockStatus = () => useQuery(lockStatusQuery())
