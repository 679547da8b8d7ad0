import type { z } from 'zod'
import type { Result } from '../errors'
import { backupsChannels } from './backups'
import type { Channel } from './channel'
import { encryptionChannels } from './encryption'
import { exportChannels } from './export'
import { goalsChannels } from './goals'
import { importChannels } from './import'
import { journalChannels } from './journal'
import { journeyChannels } from './journey'
import { linksChannels } from './links'
import { lockChannels } from './lock'
import { partnersChannels } from './partners'
import { programsChannels } from './programs'
import { promptsChannels } from './prompts'
import { reflectionsChannels } from './reflections'
import { searchChannels } from './search'
import { sessionsChannels } from './sessions'
import { settingsChannels } from './settings'
import { skillsChannels } from './skills'
import { trashChannels } from './trash'

/**
 * Every IPC channel, declared once. Names are `feature:verb` in kebab case.
 * The router, the preload factory and the renderer client are all typed from this object,
 * so a channel cannot exist on one side only. One file per channel prefix (`<prefix>.ts` declares
 * every `<prefix>:` channel); a new prefix adds its file and one spread here.
 */
export const contract = {
  ...journalChannels,
  ...linksChannels,
  ...sessionsChannels,
  ...partnersChannels,
  ...goalsChannels,
  ...skillsChannels,
  ...promptsChannels,
  ...reflectionsChannels,
  ...programsChannels,
  ...exportChannels,
  ...importChannels,
  ...backupsChannels,
  ...trashChannels,
  ...settingsChannels,
  ...searchChannels,
  ...journeyChannels,
  ...lockChannels,
  ...encryptionChannels,
} as const

export type Contract = typeof contract
export type ChannelName = keyof Contract
export const channelNames = Object.keys(contract) as ChannelName[]

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

type InputSchemaOf<K extends ChannelName> = Contract[K] extends Channel<infer I, unknown> ? I : never
/** What the caller passes (before defaults and trimming). */
export type InputOf<K extends ChannelName> = z.input<InputSchemaOf<K>>
/** What the handler receives, after validation. */
export type ParsedInputOf<K extends ChannelName> = z.output<InputSchemaOf<K>>
export type OutputOf<K extends ChannelName> = Contract[K] extends Channel<z.ZodType, infer O> ? O : never

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S
type FeatureOf<K> = K extends `${infer F}:${string}` ? F : never

type Method<K extends ChannelName> =
  undefined extends InputOf<K>
    ? (input?: InputOf<K>) => Promise<Result<OutputOf<K>>>
    : (input: InputOf<K>) => Promise<Result<OutputOf<K>>>

/** `window.tandem`: one object per feature, one method per verb (`sessions:open-action-items` -> `sessions.openActionItems`). */
export type TandemApi = {
  [F in FeatureOf<ChannelName> as CamelCase<F>]: {
    [K in ChannelName as K extends `${F}:${infer V}` ? CamelCase<V> : never]: Method<K>
  }
}

/** Splits a channel name into the property path the API exposes it under. */
export function apiPathOf(name: ChannelName): [string, string] {
  const [feature = '', verb = ''] = name.split(':')
  return [camel(feature), camel(verb)]
}

function camel(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}
