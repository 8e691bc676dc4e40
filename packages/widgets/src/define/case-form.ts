import { MrCaseForm } from '../components/case-form/case-form.js';

MrCaseForm.define('mr-case-form');

declare global {
  interface HTMLElementTagNameMap {
    'mr-case-form': MrCaseForm;
  }
}
