import { describeProgress, type Progress, type ProgressSource } from '../../../../shared/domain/goal-progress'

/** A labelled progress bar that also says where the number comes from (milestones or set by hand). */
export function ProgressBar({
  progress,
  goal,
  label,
}: {
  progress: Progress
  goal: ProgressSource
  label: string
}) {
  return (
    <div className="goal-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.value}
        aria-valuetext={describeProgress(progress, goal)}
      >
        <div
          className={progress.source === 'manual' ? 'progress-fill manual' : 'progress-fill'}
          style={{ width: `${progress.value}%` }}
        />
      </div>
      <span className="progress-text">{describeProgress(progress, goal)}</span>
    </div>
  )
}
