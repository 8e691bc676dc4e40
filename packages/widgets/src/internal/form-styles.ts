import { css } from 'lit';

/**
 * Form fields: a labelled field, text inputs and selects, a unit beside an input, field errors and the
 * error summary, and the row of buttons under a form. Buttons themselves (primary and `.secondary`)
 * are in `baseStyles`. Include after `baseStyles`, before the widget's own styles.
 */
export const formStyles = css`
  .field {
    display: grid;
    gap: 0.25rem;
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .input-row {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  /* Every input but radios and checkboxes (see choiceStyles): 44 px tall, full width. */
  input:not([type='radio'], [type='checkbox']),
  select {
    font: inherit;
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 44px;
    padding: 0.5rem;
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--mr-color-surface, Field);
    color: inherit;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .suffix {
    font-weight: 600;
    color: var(--_muted);
  }
  /* Errors carry an icon as well as the colour. */
  .error,
  .error-summary {
    color: var(--_danger);
    margin: 0;
    display: flex;
    gap: 0.25rem;
    align-items: flex-start;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;

/**
 * Radio groups and checkboxes: each choice is a bordered, 44 px tall label around its input, so the
 * whole row is the target. Widgets set their own columns for `.choices` on wide screens.
 */
export const choiceStyles = css`
  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choice,
  .check {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 44px;
    padding: 0.25rem 0.5rem;
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    font-weight: 400;
    cursor: pointer;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
    flex: none;
  }
`;

/**
 * Forms asked one step at a time: the progress bar (done, current, to come: said in words too, the
 * colour only repeats it), the step body, and Back / Next with Next kept at the end of the row.
 * Include with `formStyles`.
 */
export const stepStyles = css`
  .progress {
    display: flex;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .progress li {
    flex: 1;
    display: flex;
    justify-content: center;
    padding-block: 0.25rem;
    border-block-end: 4px solid color-mix(in srgb, var(--_muted) 35%, transparent);
    color: var(--_muted);
  }
  .progress li.done {
    border-color: var(--_success);
    color: var(--_success);
  }
  .progress li.current {
    border-color: var(--_primary);
    color: var(--_primary);
  }
  .step {
    display: grid;
    gap: var(--_space);
  }
  /* A step's questions are legends, some with an icon beside the words. */
  legend {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .actions {
    justify-content: space-between;
  }
  .actions button[type='submit'] {
    margin-inline-start: auto;
  }
  @media print {
    /* A printed result is a record: where the person was in the form does not belong on it. */
    .progress,
    .step-count {
      display: none !important;
    }
  }
`;
