import type { Partner } from '../../../../shared/domain/partner'
import { type SkillView, skillDirectionLabels } from '../../../../shared/domain/skill'
import { useNavigation } from '../../app/navigation'
import { formatShortDate } from '../../lib/dates'
import { levelText, trendGlyph, trendWords } from './labels'

/** One skill in a list: name, direction, person, level with its trend, last practice. */
export function SkillRow({ skill, partner }: { skill: SkillView; partner: Partner | undefined }) {
  const nav = useNavigation()
  return (
    <li>
      <button type="button" className="skill-row" onClick={() => nav.go({ screen: 'skill', id: skill.id })}>
        <span className="skill-name">{skill.name}</span>
        <span className="skill-meta">
          <span className={`badge direction-${skill.direction}`}>
            {skillDirectionLabels[skill.direction]}
          </span>
          {partner && (
            <span className="muted">
              {skill.direction === 'learned' ? 'from' : 'to'} {partner.name}
            </span>
          )}
        </span>
        <span className="skill-level">
          <LevelDots level={skill.level} />
          <span className="level-text">
            {levelText(skill.level)}{' '}
            <span className={`trend trend-${skill.trend}`} title={`Trend: ${trendWords[skill.trend]}`}>
              <span aria-hidden="true">{trendGlyph[skill.trend]}</span>
              <span className="visually-hidden">, {trendWords[skill.trend]}</span>
            </span>
          </span>
        </span>
        <span className="skill-last muted">
          {skill.lastPractice ? `Practised ${formatShortDate(skill.lastPractice)}` : 'Not practised yet'}
        </span>
      </button>
    </li>
  )
}

export function LevelDots({ level }: { level: number }) {
  return (
    <span className="level-dots" aria-hidden="true">
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} className={n <= level ? 'dot on' : 'dot'} />
      ))}
    </span>
  )
}
