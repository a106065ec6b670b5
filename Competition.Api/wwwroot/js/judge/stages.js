// Finds a stage (with its category) in the public contest view, for names and open/closed.
export function stageOf(contest, stageId) {
  for (const category of contest?.categories ?? [])
    for (const stage of category.stages ?? []) if (stage.id === stageId) return { ...stage, category };
  return null;
}
