// "Save recipe", "Load recipe" and "Refit on this file": the recipe as a JSON file that re-applies
// to next month's export with its stored constants. Outcomes and errors are said in words.
import { useRef, useState } from 'react';
import { loadRecipeText, recipeDownload } from '../../state/recipeFile';
import { clearFittedConstants, useRecipeStore } from '../../state/recipeStore';
import { isFitted } from '../../analysis/recipe/recipe';
import { downloadBlob } from '../common/downloadBlob';

export function RecipeActions() {
  const input = useRef<HTMLInputElement>(null);
  const recipe = useRecipeStore((s) => s.recipe);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const save = () => {
    try {
      const { fileName, text } = recipeDownload();
      downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
      setMessage({ text: `Saved ${fileName}.`, error: false });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };
  const load = async (file: File) => {
    try {
      setMessage({ text: loadRecipeText(file.name, await file.text()), error: false });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  };
  const fitted = recipe !== null && isFitted(recipe) && recipe.fittedOn;
  return (
    <div className="recipe-actions">
      <div className="row">
        <button type="button" onClick={save} disabled={!recipe}>Save recipe</button>
        <button type="button" onClick={() => input.current?.click()}>Load recipe</button>
        <input ref={input} type="file" accept=".json,application/json" aria-label="Choose a recipe file" hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void load(file);
          }} />
        <button type="button" onClick={() => { clearFittedConstants(); setMessage({ text: 'The recipe will be fitted on this file at the next run.', error: false }); }}
          disabled={!recipe?.columns.some((c) => c.fitted)}>Refit on this file</button>
        <span className="muted" data-testid="recipe-fit-state">
          {fitted ? `Constants fitted on ${recipe.fittedOn}: applied as they are.` : 'Constants are fitted on this file at the next run.'}
        </span>
      </div>
      {message ? <p className={message.error ? 'alert' : 'status-line'} role={message.error ? 'alert' : 'status'}>{message.text}</p> : null}
    </div>
  );
}
