import type { Locator, Page } from '@playwright/test'

/**
 * The layout check: what "a screen that holds" means, measured in the page. One function per state
 * (`measureLayout`), and a list of screens (tests/e2e/layout-screens.ts) that a spec walks at every
 * window size and text size. Each problem names the element and the measurement, so a failure reads
 * like the defect a person would report.
 */

/** Elements that are meant to scroll their own content sideways: their insides are not measured. */
export const INTENDED_SCROLLERS = ['textarea', 'pre', '.markdown pre', '.markdown code', '.table-scroll']

/**
 * Elements placed off screen on purpose: the skip link (until focused) and visually hidden text.
 * They are neither measured nor hit-tested.
 */
export const INTENDED_OFFSCREEN = ['.skip-link:not(:focus)', '.visually-hidden']

export interface LayoutProblem {
  kind:
    | 'document-scrolls'
    | 'overflows-window'
    | 'overflows-container'
    | 'overlaps'
    | 'covered'
    | 'cut-text'
    | 'crushed'
  /** A short selector and text for the element ("button.session-row "Two-factor sign-in…""). */
  element: string
  /** What was measured ("right edge 1012 px, container's 940 px"). */
  measurement: string
}

/**
 * Measures the current state of the page. Inside the main area and any open dialog (the sidebar too):
 * - the document never scrolls (scrollingElement's scroll size fits the window);
 * - no element reaches past the window's right edge, or past its parent's box sideways;
 * - no two in-flow siblings overlap (a grid column running under its neighbour);
 * - every visible interactive element, scrolled into view, is what elementFromPoint finds at its centre
 *   (or a descendant of it): nothing covers it, and it is inside the window;
 * - text cut with an ellipsis has its full text in a title;
 * - no text field or select is squeezed below five ems of body text.
 */
export async function measureLayout(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(
    ({ scrollers, offscreen }) => {
      const problems: LayoutProblem[] = []
      const tolerance = 1
      const textEntry =
        'textarea, select, input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="url"]'
      const minimumFieldEms = 5
      const bodyText = Number.parseFloat(getComputedStyle(document.body).fontSize)
      const nameOf = (el: Element): string => {
        const tag = el.tagName.toLowerCase()
        const cls = Array.from(el.classList).slice(0, 2)
        const name =
          el.getAttribute('aria-label') ??
          (el as HTMLInputElement).labels?.[0]?.textContent ??
          el.getAttribute('placeholder') ??
          el.textContent ??
          ''
        const text = name.replace(/\s+/g, ' ').trim().slice(0, 40)
        return `${tag}${cls.length ? `.${cls.join('.')}` : ''}${text ? ` "${text}"` : ''}`
      }
      const px = (n: number) => `${Math.round(n)} px`
      const isIntendedOffscreen = (el: Element) => offscreen.some((s) => el.closest(s) !== null)
      const inScroller = (el: Element) =>
        scrollers.some((s) => {
          const scroller = el.parentElement?.closest(s)
          return scroller !== null && scroller !== undefined
        })
      // Hidden, display: contents, or inside a closed <details> (content-visibility): not on screen.
      const visible = (el: Element) => {
        const rect = el.getBoundingClientRect()
        if (rect.width === 0 && rect.height === 0) return false
        if (getComputedStyle(el).display === 'contents') return false
        return el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })
      }

      const scrolling = document.scrollingElement ?? document.documentElement
      if (scrolling.scrollHeight > innerHeight + tolerance)
        problems.push({
          kind: 'document-scrolls',
          element: 'document',
          measurement: `document ${px(scrolling.scrollHeight)} tall in a ${px(innerHeight)} window`,
        })
      if (scrolling.scrollWidth > innerWidth + tolerance)
        problems.push({
          kind: 'document-scrolls',
          element: 'document',
          measurement: `document ${px(scrolling.scrollWidth)} wide in a ${px(innerWidth)} window`,
        })

      const openDialog = document.querySelector('dialog[open]')
      const roots = openDialog ? [openDialog] : Array.from(document.querySelectorAll('.sidebar, .main'))
      // The parts of a chart (inside an <svg>) are drawn over each other on purpose: only the svg counts.
      const elements = roots.flatMap((root) => [
        root,
        ...Array.from(root.querySelectorAll('*')).filter((el) => !el.parentElement?.closest('svg')),
      ])
      const measured = new Set(elements)
      // One report per kind and branch: the children of an element that overflows overflow with it.
      const reported = new Map<LayoutProblem['kind'], Set<Element>>()
      const report = (el: Element, problem: LayoutProblem) => {
        const seen = reported.get(problem.kind) ?? new Set<Element>()
        reported.set(problem.kind, seen)
        for (let a = el.parentElement; a; a = a.parentElement) if (seen.has(a)) return
        seen.add(el)
        problems.push(problem)
      }

      for (const el of elements) {
        if (isIntendedOffscreen(el) || inScroller(el) || !visible(el)) continue
        const rect = el.getBoundingClientRect()
        if (rect.right > innerWidth + tolerance) {
          report(el, {
            kind: 'overflows-window',
            element: nameOf(el),
            measurement: `right edge ${px(rect.right)}, window ${px(innerWidth)}`,
          })
          continue
        }
        const parent = el.parentElement
        if (parent && measured.has(parent) && !scrollers.some((s) => parent.matches(s))) {
          const box = parent.getBoundingClientRect()
          const position = getComputedStyle(el).position
          if (
            position !== 'fixed' &&
            (rect.right > box.right + tolerance || rect.left < box.left - tolerance)
          )
            report(el, {
              kind: 'overflows-container',
              element: nameOf(el),
              measurement: `${px(rect.left)}–${px(rect.right)} in ${nameOf(parent)} at ${px(box.left)}–${px(box.right)}`,
            })
        }
        const style = getComputedStyle(el)
        // A field squeezed to a few characters (the new skill's name was 40 px wide at 150% text).
        if (el.matches(textEntry) && rect.width < minimumFieldEms * bodyText)
          report(el, {
            kind: 'crushed',
            element: nameOf(el),
            measurement: `${px(rect.width)} wide, less than ${minimumFieldEms} em of ${px(bodyText)} body text`,
          })
        if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + tolerance) {
          // The words, without a leading icon ("◎ Give feedback…"), must be in a title or a label.
          const words = (s: string) =>
            s
              .replace(/\s+/g, ' ')
              .replace(/^[^\p{L}\p{N}]+/u, '')
              .trim()
          const full = words(el.textContent ?? '')
          // A tooltip shows it to everyone (an aria-label alone only to a screen reader).
          const said = words(el.closest('[title]')?.getAttribute('title') ?? '')
          if (said === '' || !full.startsWith(said.slice(0, Math.min(said.length, 12))))
            report(el, {
              kind: 'cut-text',
              element: nameOf(el),
              measurement: `text ${px(el.scrollWidth)} wide cut to ${px(el.clientWidth)}, no title holds it`,
            })
        }
      }

      // In-flow siblings that overlap: a track wider than its column runs under the next one.
      for (const el of elements) {
        if (el instanceof SVGElement || isIntendedOffscreen(el) || inScroller(el) || !visible(el)) continue
        const children = Array.from(el.children).filter((c) => {
          if (!visible(c) || isIntendedOffscreen(c)) return false
          // Boxes only: the line boxes of inline text of two sizes overlap by their leading, harmlessly.
          const { position, display } = getComputedStyle(c)
          if (display === 'inline') return false
          return position === 'static' || position === 'relative' || position === 'sticky'
        })
        for (let i = 0; i < children.length; i++) {
          for (let j = i + 1; j < children.length; j++) {
            const a = children[i]
            const b = children[j]
            if (!a || !b) continue
            const ra = a.getBoundingClientRect()
            const rb = b.getBoundingClientRect()
            const width = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left)
            const height = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top)
            if (width > 2 && height > 2)
              report(b, {
                kind: 'overlaps',
                element: `${nameOf(a)} and ${nameOf(b)}`,
                measurement: `overlap ${px(width)} × ${px(height)}`,
              })
          }
        }
      }

      // Covered: the element itself must be what a click at its centre reaches.
      const interactive = elements.filter(
        (el) =>
          el.matches(
            'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"]',
          ) &&
          !isIntendedOffscreen(el) &&
          visible(el) &&
          !(el as HTMLButtonElement).disabled,
      )
      // Scrolling each element into view moves the main area and the sidebar: put them back afterwards.
      const scrolled = Array.from(document.querySelectorAll('.main, .sidebar, .editor-preview')).map(
        (el) => [el, el.scrollTop] as const,
      )
      for (const el of interactive) {
        el.scrollIntoView({ block: 'center', inline: 'nearest' })
        // A link that wraps is hit-tested on its first line (its box's centre may be between words).
        const rect = el.getClientRects()[0] ?? el.getBoundingClientRect()
        const x = rect.left + rect.width / 2
        const y = rect.top + rect.height / 2
        if (x < 0 || x > innerWidth || y < 0 || y > innerHeight) {
          report(el, {
            kind: 'covered',
            element: nameOf(el),
            measurement: `centre at ${px(x)}, ${px(y)} is outside the ${px(innerWidth)} × ${px(innerHeight)} window`,
          })
          continue
        }
        const hit = document.elementFromPoint(x, y)
        const label = (el as HTMLInputElement).labels?.[0]
        if (hit && (hit === el || el.contains(hit) || label?.contains(hit))) continue
        report(el, {
          kind: 'covered',
          element: nameOf(el),
          measurement: `at its centre (${px(x)}, ${px(y)}) the window shows ${hit ? nameOf(hit) : 'nothing'}`,
        })
      }
      for (const [el, top] of scrolled) el.scrollTop = top
      return problems
    },
    { scrollers: INTENDED_SCROLLERS, offscreen: INTENDED_OFFSCREEN },
  )
}

/** The screen's primary action, scrolled into view: visible, inside the window and not covered. */
export async function primaryActionProblem(action: Locator): Promise<LayoutProblem | null> {
  const count = await action.count()
  if (count === 0)
    return { kind: 'covered', element: `primary action ${action}`, measurement: 'not on the screen' }
  const first = action.first()
  await first.scrollIntoViewIfNeeded()
  return first.evaluate((el): LayoutProblem | null => {
    const rect = el.getBoundingClientRect()
    const x = rect.left + rect.width / 2
    const y = rect.top + rect.height / 2
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)
    if (rect.width === 0 || x < 0 || x > innerWidth || y < 0 || y > innerHeight)
      return { kind: 'covered', element: `primary action "${text}"`, measurement: 'outside the window' }
    const hit = document.elementFromPoint(x, y)
    if (hit && (hit === el || el.contains(hit))) return null
    return {
      kind: 'covered',
      element: `primary action "${text}"`,
      measurement: `covered by ${hit?.tagName.toLowerCase() ?? 'nothing'}.${hit?.className ?? ''}`,
    }
  })
}

/** One line per problem: screen, window, text size, element, measurement. */
export function formatProblems(where: string, problems: readonly LayoutProblem[]): string[] {
  return problems.map((p) => `${where}: ${p.kind}: ${p.element} — ${p.measurement}`)
}
