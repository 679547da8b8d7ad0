import { levelLabels, type SkillDirection } from '../../../../shared/domain/skill'
import { useNavigation } from '../../app/navigation'
import { formatMonth } from '../../lib/dates'
import { EmptyState } from '../../ui/EmptyState'
import { LoadError } from '../../ui/LoadError'
import { usePartnerById } from '../partners/queries'
import { useSkillsSummary } from './queries'

const directions: Array<{ key: SkillDirection; title: string }> = [
  { key: 'learned', title: 'Learned' },
  { key: 'taught', title: 'Taught' },
]

/** What you learned and taught: skills per month, where levels stand, and what changed hands with each partner. */
export function SkillsSummaryScreen() {
  const summary = useSkillsSummary()
  const nav = useNavigation()
  const partnerById = usePartnerById()

  const body = () => {
    if (summary.isPending) return <p className="muted loading">Adding it up…</p>
    if (summary.isError) return <LoadError error={summary.error} />
    const { months, levels, partners: people } = summary.data
    if (months.length === 0)
      return (
        <EmptyState title="Nothing to add up yet">
          <p>
            Once you log skills you learned and taught, this page shows what you learned and taught, month by
            month and with each partner.
          </p>
        </EmptyState>
      )
    const most = Math.max(1, ...months.map((m) => Math.max(m.learned, m.taught)))
    const mostAtLevel = Math.max(1, ...levels.learned, ...levels.taught)
    return (
      <div className="summary-grid">
        <section className="card" aria-labelledby="per-month">
          <h2 id="per-month">Skills per month</h2>
          {/* A table keeps its columns: at large text it scrolls sideways inside its card. */}
          <div className="table-scroll">
            <table className="summary-table">
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Learned</th>
                  <th scope="col">Taught</th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{formatMonth(m.month)}</th>
                    <td>
                      <Bar value={m.learned} max={most} tone="learned" />
                    </td>
                    <td>
                      <Bar value={m.taught} max={most} tone="taught" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section className="card" aria-labelledby="level-dist">
          <h2 id="level-dist">Where the levels stand</h2>
          {directions.map(({ key, title }) => (
            <div key={key} className="level-dist">
              <h3>{title}</h3>
              <ul>
                {[5, 4, 3, 2, 1].map((level) => (
                  <li key={level}>
                    <span className="level-name">
                      {level} · {levelLabels[level]}
                    </span>
                    <Bar value={levels[key][level - 1] ?? 0} max={mostAtLevel} tone={key} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
        <section className="card ledger-card" aria-labelledby="ledger">
          <h2 id="ledger">With each partner</h2>
          {people.length === 0 ? (
            <p className="muted">No skill is linked to a partner yet.</p>
          ) : (
            people.map((p) => {
              const name = partnerById.get(p.partnerId)?.name ?? 'A former partner'
              return (
                <div key={p.partnerId} className="partner-ledger">
                  <h3>{name}</h3>
                  <div className="two-way">
                    <div>
                      <h4>What I taught {name}</h4>
                      <NameList names={p.taught} empty="Nothing yet." />
                    </div>
                    <div>
                      <h4>What I learned from {name}</h4>
                      <NameList names={p.learned} empty="Nothing yet." />
                    </div>
                  </div>
                </div>
              )
            })
          )}
        </section>
      </div>
    )
  }

  return (
    <div className="screen skills-summary">
      <header className="screen-header">
        <h1>Skills summary</h1>
        <button type="button" className="button ghost" onClick={() => nav.go({ screen: 'skills' })}>
          All skills
        </button>
      </header>
      {body()}
    </div>
  )
}

function Bar({ value, max, tone }: { value: number; max: number; tone: SkillDirection }) {
  return (
    <span className="bar-cell">
      <span className={`bar bar-${tone}`} style={{ width: `${(value / max) * 75}%` }} aria-hidden="true" />
      <span className="bar-value">{value}</span>
    </span>
  )
}

function NameList({ names, empty }: { names: string[]; empty: string }) {
  if (names.length === 0) return <p className="muted">{empty}</p>
  return (
    <ul className="name-list">
      {names.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  )
}
