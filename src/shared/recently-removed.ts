/**
 * The items that saves of a record removed lately (action items of a session, milestones of a goal),
 * by id. The one-click × removes an item by saving the record without it; Undo saves the earlier
 * version again, and an item coming back with its old id is recognised here and comes back whole (its
 * id, when it was ticked, the action item a milestone was made from) instead of as a new item.
 * Kept in memory only: Undo is offered right after the ×, not after a restart.
 */
export class RecentlyRemoved<T extends { id: string }> {
  private readonly items = new Map<string, T>()

  constructor(private readonly limit = 500) {}

  /** Notes every item of `before` that is not in `after`. */
  note(before: readonly T[], after: readonly { id: string }[]): void {
    const kept = new Set(after.map((item) => item.id))
    for (const item of before) {
      if (kept.has(item.id)) continue
      this.items.delete(item.id)
      this.items.set(item.id, item)
    }
    // The oldest go first (a Map keeps insertion order).
    for (const id of this.items.keys()) {
      if (this.items.size <= this.limit) break
      this.items.delete(id)
    }
  }

  get(id: string): T | undefined {
    return this.items.get(id)
  }
}
