import { useState } from 'react'
import type { Reflection } from '../../../../shared/domain/reflection'
import { useNavigation } from '../../app/navigation'
import { messageOf } from '../../lib/client'
import { localToday } from '../../lib/dates'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { EditorHeader } from '../../ui/EditorHeader'
import { LoadError } from '../../ui/LoadError'
import { MarkdownView } from '../../ui/MarkdownView'
import { useDeletedNotice } from '../trash/mutations'
import { useDeleteReflectionMutation } from './mutations'
import { useReflection } from './queries'
import { ReflectionForm } from './ReflectionForm'

export function ReflectionEditor({
  reflectionId,
  promptId,
  sessionId,
}: {
  reflectionId: string | null
  promptId: string | null
  sessionId: string | null
}) {
  const reflection = useReflection(reflectionId)
  if (reflectionId === null)
    return <ReflectionScreen stored={null} promptId={promptId} sessionId={sessionId} />
  if (reflection.isPending) return <p className="muted loading">Opening the reflection…</p>
  if (reflection.isError)
    return (
      <div className="screen">
        <LoadError error={reflection.error} />
      </div>
    )
  return <ReflectionScreen stored={reflection.data} promptId={null} sessionId={null} />
}

function ReflectionScreen({
  stored,
  promptId,
  sessionId,
}: {
  stored: Reflection | null
  promptId: string | null
  sessionId: string | null
}) {
  const nav = useNavigation()
  const [id, setId] = useState<string | null>(stored?.id ?? null)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [deleteError, setDeleteError] = useState<string | null>(null)
  const remove = useDeleteReflectionMutation()
  const deletedNotice = useDeletedNotice()
  const [answer, setAnswer] = useState(stored?.answer ?? '')

  async function confirmDeletion() {
    setConfirmDelete(false)
    if (id === null) {
      nav.go({ screen: 'reflections' })
      return
    }
    try {
      const deleted = await remove.mutateAsync(id)
      nav.go({ screen: 'reflections' })
      deletedNotice('Reflection deleted.', deleted)
    } catch (e) {
      setDeleteError(messageOf(e))
    }
  }

  return (
    <div className="screen editor">
      <EditorHeader
        backLabel="All reflections"
        onBack={() => nav.go({ screen: 'reflections' })}
        heading={stored === null ? 'New reflection' : 'Reflection'}
        deleteLabel="Delete reflection"
        onDelete={id === null ? undefined : () => setConfirmDelete(true)}
        deleteError={deleteError}
      />
      <div className="editor-grid">
        <div className="editor-main">
          <ReflectionForm
            stored={stored}
            promptId={promptId}
            sessionId={sessionId}
            defaultDate={localToday()}
            onSaved={setId}
            onAnswerChange={setAnswer}
          />
        </div>
        <aside className="editor-preview" aria-label="Preview">
          <MarkdownView source={answer} empty="Your answer will appear here as you write." />
        </aside>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title="Delete this reflection?"
        message="The reflection goes to the trash. You can undo right after, or restore it from the Trash."
        confirmLabel="Delete reflection"
        onConfirm={() => void confirmDeletion()}
        onCancel={() => setConfirmDelete(false)}
      />
    </div>
  )
}
