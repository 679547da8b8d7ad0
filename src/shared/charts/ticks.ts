/**
 * A round top for an axis and the ticks up to it: steps of 1, 2 or 5 times a power of ten, at most
 * `most` steps (a max of 7 gives 0, 2, 4, 6, 8). An empty chart still gets an axis from 0 to 1.
 */
export function niceTicks(max: number, most = 4): number[] {
  if (!(max > 0)) return [0, 1]
  const rough = max / most
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power
  // Whole steps when every value is whole: no "0.5 sessions".
  const whole = Number.isInteger(max) ? Math.max(1, Math.ceil(step)) : step
  const top = Math.ceil(max / whole) * whole
  const ticks: number[] = []
  for (let t = 0; t <= top + whole / 1000; t += whole) ticks.push(Math.round(t * 1000) / 1000)
  return ticks
}
