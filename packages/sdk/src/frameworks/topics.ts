/** `instrumentsOn(topic)`: the commitments to cite next to one of the SDK's tools. */
import { gcmObjectives, instruments } from './registry.js';
import { isTopic } from './choices.js';
import type { InstrumentsOutcome } from './types.js';

export { isTopic };

/**
 * Instruments and GCM objectives linked to `topic` ('fees' → fair recruitment, 'protection' →
 * social security portability, …), oldest first. The links are editorial and the result says so.
 */
export function instrumentsOn(topic: unknown): InstrumentsOutcome {
  if (!isTopic(topic)) return { ok: false, problems: [{ field: 'topic', code: 'frameworks.error.topic' }] };
  return {
    ok: true,
    topic,
    instruments: instruments()
      .filter((i) => i.topics.includes(topic))
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.id.localeCompare(b.id)),
    gcmObjectives: gcmObjectives().filter((o) => o.topics.includes(topic)),
    notes: [{ code: 'frameworks.note.editorialTopics' }],
  };
}
