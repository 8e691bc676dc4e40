import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LOCALES, LOCALE_INFO } from '@migrant-rights/sdk/i18n';

/** Locale and direction toolbars: designers review every story in every language, LTR and RTL. */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widget (set as the lang attribute of a wrapper)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map((l) => ({ value: l, title: `${LOCALE_INFO[l].nativeName} (${l})` })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Direction override (by default it follows the language)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'From language' },
          { value: 'ltr', title: 'LTR' },
          { value: 'rtl', title: 'RTL' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'auto' },
  decorators: [
    (story, context) => {
      const locale = (context.args['lang'] as string | undefined) ?? (context.globals['locale'] as string) ?? 'en';
      const direction = context.globals['direction'] as string;
      const dir = direction === 'ltr' || direction === 'rtl' ? direction : LOCALE_INFO[locale as 'en']?.dir ?? 'ltr';
      return html`<div lang=${locale} dir=${dir} style="max-inline-size: 40rem">${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    // axe violations fail the story tests (also inside open shadow roots).
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone320: { name: 'Small phone (320 px)', styles: { width: '320px', height: '640px' } },
        phone360: { name: 'Phone (360 px)', styles: { width: '360px', height: '740px' } },
      },
    },
  },
};
export default preview;
