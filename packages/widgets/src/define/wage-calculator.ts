import { MrWageCalculator } from '../components/wage-calculator/wage-calculator.js';

MrWageCalculator.define('mr-wage-calculator');

declare global {
  interface HTMLElementTagNameMap {
    'mr-wage-calculator': MrWageCalculator;
  }
}
