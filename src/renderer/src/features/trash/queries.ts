import { queryOptions, useQuery } from '@tanstack/react-query'
import { tandem, unwrap } from '../../lib/client'

export const trashKeys = {
  all: ['trash'] as const,
  list: () => [...trashKeys.all, 'list'] as const,
}

export const trashQueries = {
  list: () => queryOptions({ queryKey: trashKeys.list(), queryFn: () => unwrap(tandem().trash.list()) }),
}

/** Every delete anywhere adds to the trash: ask again each time the screen is shown. */
export function useTrash() {
  return useQuery({ ...trashQueries.list(), refetchOnMount: 'always' })
}
