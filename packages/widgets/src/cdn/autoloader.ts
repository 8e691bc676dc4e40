/**
 * One tag that loads only the widgets on the page:
 * `<script type="module" src=".../cdn/autoloader.js"></script>`.
 *
 * Finds the `mr-*` elements in the document, then imports each one's self-defining file from the
 * autoloader's own folder (`./<name>.js`), once. Widgets added later are found by a MutationObserver,
 * also inside open shadow roots that exist when their host is added (a partner's own components).
 *
 * Safety: only the names in WIDGETS are ever loaded, and the address comes from that list, never
 * from a tag, so markup cannot make this file fetch anything but our own sibling files.
 */
const WIDGETS = [
  'case-form',
  'case-stats',
  'complaint-pathway',
  'fee-checker',
  'forced-labour-screen',
  'frameworks-explorer',
  'quick-exit',
  'social-protection',
  'wage-calculator',
] as const;

const fileFor = new Map<string, string>(WIDGETS.map((name) => [`mr-${name}`, `./${name}.js`]));
const requested = new Set<string>();
const watched = new WeakSet<ShadowRoot>();
const options: MutationObserverInit = { childList: true, subtree: true };

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) visit(node, true);
});

function load(tag: string): void {
  const file = fileFor.get(tag);
  if (!file || requested.has(tag)) return;
  requested.add(tag);
  // Defined already (the page also loaded the widget's own file, or another widget's file defines it).
  if (!customElements.get(tag)) {
    const url = new URL(file, import.meta.url).href;
    import(/* @vite-ignore */ url).catch((error: unknown) => console.error(`<${tag}>: could not load ${url}`, error));
  }
  // Every widget is asked for: nothing left to watch.
  if (requested.size === fileFor.size) observer.disconnect();
}

/** `el` and, with `deep`, everything under it, including open shadow roots of elements that are not ours. */
function visit(el: Element, deep: boolean): void {
  if (requested.size === fileFor.size) return;
  const tag = el.localName;
  if (fileFor.has(tag)) {
    load(tag);
  } else if (el.shadowRoot && !watched.has(el.shadowRoot)) {
    // Our own widgets define what they render; only other components' shadow roots are searched.
    watched.add(el.shadowRoot);
    observer.observe(el.shadowRoot, options);
    for (const inner of el.shadowRoot.querySelectorAll('*')) visit(inner, false);
  }
  if (deep) for (const inner of el.querySelectorAll('*')) visit(inner, false);
}

observer.observe(document, options);
visit(document.documentElement, true);
