import { z } from 'zod'
import { Id } from '../domain/common'
import {
  type Reflection,
  ReflectionDraft,
  type ReflectionSummary,
  ReflectionUpdate,
} from '../domain/reflection'
import type { Deleted } from '../domain/trash'
import { channel } from './channel'

export const reflectionsChannels = {
  'reflections:list': channel(z.undefined()).returns<ReflectionSummary[]>(),
  'reflections:get': channel(z.object({ id: Id })).returns<Reflection>(),
  'reflections:for-session': channel(z.object({ sessionId: Id })).returns<Reflection[]>(),
  'reflections:create': channel(ReflectionDraft).returns<Reflection>(),
  'reflections:update': channel(ReflectionUpdate).returns<Reflection>(),
  'reflections:delete': channel(z.object({ id: Id })).returns<Deleted>(),
}
