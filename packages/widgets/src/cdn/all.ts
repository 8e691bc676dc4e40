/** Every widget in one file, for partners who embed several. */
import '../define/wage-calculator.js';
