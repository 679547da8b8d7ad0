import { useId, useMemo, useState } from 'react'
import type { JourneyOverview, JourneyPeriod } from '../../../../shared/domain/journey'
import { formatMonth, formatShortMonth } from '../../lib/dates'
import { countOf, formatNumber } from '../../lib/numbers'
import { BarChart } from '../../ui/charts/BarChart'
import { HeatmapChart } from '../../ui/charts/HeatmapChart'
import { EmptyState } from '../../ui/EmptyState'
import { LoadError } from '../../ui/LoadError'
import { usePartners } from '../partners/queries'
import { GoalsAchieved, Rhythms, SkillsMovingUp } from './Progress'
import { useJourney } from './queries'
import { WhileAgoSection } from './WhileAgoSection'
import { heatByMonth, heatSummary, hoursOf, hoursText, monthsSummary } from './words'

/** How the mentoring went over time: sessions and hours, rhythm, the year by day, skills, goals, and a look back. */
export function JourneyScreen() {
  const id = useId()
  const [period, setPeriod] = useState<JourneyPeriod>('12-months')
  const [partnerId, setPartnerId] = useState<string | null>(null)
  const partners = usePartners()
  const journey = useJourney(period, partnerId)
  const empty = journey.data && isEmpty(journey.data)

  return (
    <div className="screen journey">
      <header className="screen-header">
        <div>
          <h1>Journey</h1>
          <p className="muted">How your mentoring has gone over time.</p>
        </div>
      </header>
      <fieldset className="filters" aria-label="What to show">
        <div className="field">
          <label htmlFor={`${id}-period`}>Period</label>
          <select
            id={`${id}-period`}
            value={period}
            onChange={(e) => setPeriod(e.target.value as JourneyPeriod)}
          >
            <option value="12-months">The last 12 months</option>
            <option value="all">The whole journal</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-partner`}>Person</label>
          <select
            id={`${id}-partner`}
            value={partnerId ?? ''}
            onChange={(e) => setPartnerId(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">Everyone</option>
            {partners.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      {journey.isError ? (
        <LoadError error={journey.error} />
      ) : !journey.data ? (
        <p className="muted loading">Counting your journey…</p>
      ) : empty && partnerId === null ? (
        <EmptyState title="Your journey starts with a session">
          <p>
            Write down a session, a reflection or some practice, and this page shows how often you meet, what
            you learned, and how your skills grow.
          </p>
        </EmptyState>
      ) : (
        <JourneyBody journey={journey.data} />
      )}
    </div>
  )
}

function JourneyBody({ journey }: { journey: JourneyOverview }) {
  const periodWords = journey.period === 'all' ? 'in the whole journal' : 'in the last 12 months'
  const months = journey.months
  const first = months[0]?.month ?? ''
  const barsOf = (value: (m: (typeof months)[number]) => number) =>
    months.map((m) => ({
      key: m.month,
      label: formatShortMonth(m.month, m.month === first),
      value: value(m),
    }))
  const monthRows = (cell: (m: (typeof months)[number]) => string) =>
    months.map((m) => ({ key: m.month, cells: [formatMonth(m.month), cell(m)] }))
  const counts = useMemo(
    () => new Map(journey.heatmap.days.map((d) => [d.date, d.sessions + d.reflections + d.practice])),
    [journey.heatmap.days],
  )
  const heatRows = heatByMonth(journey.heatmap.from, journey.heatmap.to, journey.heatmap.days)

  return (
    <>
      <p className="journey-total">
        {`${countOf(journey.totalSessions, 'session', 'sessions')} and ${hoursText(journey.totalMinutes)} of mentoring ${periodWords}.`}
      </p>
      <Rhythms cadences={journey.cadences} />
      <section className="journey-section" aria-labelledby="journey-charts">
        <h2 id="journey-charts">Sessions and hours</h2>
        <div className="journey-charts">
          <BarChart
            caption="Sessions per month"
            summary={`Sessions per month, ${monthsSummary(months, 'sessions')}`}
            bars={barsOf((m) => m.sessions)}
            table={{ columns: ['Month', 'Sessions'], rows: monthRows((m) => formatNumber(m.sessions)) }}
          />
          <BarChart
            caption="Hours of mentoring per month"
            summary={`Hours of mentoring per month, ${monthsSummary(months, 'hours')}`}
            bars={barsOf((m) => hoursOf(m.minutes))}
            table={{ columns: ['Month', 'Hours'], rows: monthRows((m) => formatNumber(hoursOf(m.minutes))) }}
          />
        </div>
        <p className="muted small">Hours count the sessions that have a duration.</p>
      </section>
      <section className="journey-section" aria-labelledby="journey-year">
        <h2 id="journey-year">Your year, day by day</h2>
        <HeatmapChart
          caption="Sessions, reflections and practice each day, the last 12 months"
          summary={heatSummary(journey.heatmap.days)}
          from={journey.heatmap.from}
          to={journey.heatmap.to}
          counts={counts}
          table={{
            columns: ['Month', 'Sessions', 'Reflections', 'Practice', 'Days with something'],
            rows: heatRows.map((r) => ({
              key: r.month,
              cells: [
                formatMonth(r.month),
                formatNumber(r.sessions),
                formatNumber(r.reflections),
                formatNumber(r.practice),
                formatNumber(r.activeDays),
              ],
            })),
          }}
        />
        <p className="heat-legend muted small" aria-hidden="true">
          Less <span className="heat-swatch heat-0" />
          <span className="heat-swatch heat-1" />
          <span className="heat-swatch heat-2" />
          <span className="heat-swatch heat-3" />
          <span className="heat-swatch heat-4" /> More
        </p>
      </section>
      <div className="journey-columns">
        <SkillsMovingUp skills={journey.skills} periodWords={periodWords} />
        <GoalsAchieved goals={journey.goals} periodWords={periodWords} />
      </div>
      <WhileAgoSection picks={journey.whileAgo} />
    </>
  )
}

function isEmpty(journey: JourneyOverview): boolean {
  return (
    journey.totalSessions === 0 &&
    journey.heatmap.days.length === 0 &&
    journey.skills.length === 0 &&
    journey.goals.length === 0 &&
    journey.whileAgo.length === 0
  )
}
