import type { ReactNode } from 'react'

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string
  children: ReactNode
  action?: ReactNode
}) {
  return (
    <div className="empty-state">
      <div className="empty-mark" aria-hidden="true">
        ⇄
      </div>
      <h2>{title}</h2>
      <div className="empty-text">{children}</div>
      {action}
    </div>
  )
}
