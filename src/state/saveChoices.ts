// Writes the analyst's current choices (features, run parameters, segment names) to IndexedDB.
// Called after every change; the write is debounced so typing a name does not hammer storage.
import { useRecipeStore } from './recipeStore';
import { useRunStore } from './runStore';
import { useSegmentStore } from './segmentStore';
import { useDatasetStore } from './datasetStore';
import { saveChoices } from './persistence';
import { watchRecipe } from './recipePersistence';

let timer: ReturnType<typeof setTimeout> | null = null;

export function persistChoicesSoon(delayMs = 250): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void persistChoicesNow();
  }, delayMs);
}

export async function persistChoicesNow(): Promise<void> {
  if (useDatasetStore.getState().status !== 'ready') return;
  await saveChoices({
    features: useRecipeStore.getState().features,
    settings: useRunStore.getState().settings,
    names: useSegmentStore.getState().names,
  });
}

/** Subscribes the stores so that any change of a persisted choice is saved. Returns the unsubscribe. */
export function watchChoices(): () => void {
  const unsubscribers = [
    useRecipeStore.subscribe(() => persistChoicesSoon()),
    watchRecipe(),
    useRunStore.subscribe((s, prev) => { if (s.settings !== prev.settings) persistChoicesSoon(); }),
    useSegmentStore.subscribe((s, prev) => { if (s.names !== prev.names) persistChoicesSoon(); }),
  ];
  return () => unsubscribers.forEach((u) => u());
}
