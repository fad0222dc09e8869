/**
 * « Garder mes réponses sur cet appareil »: the opt-in storage of the answers (nothing is written
 * unless the user ticks the box) and its checkbox with « Oublier mes réponses ».
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AnswerValue, Audience } from '../../data/model.js';
import { msg } from '../../shared/i18n.js';
import { logError } from '../../util/log.js';
import { ANSWER_VALUES } from './select.js';
import type { KeepView } from './types.js';

/** The localStorage of the page, or undefined where it is blocked (reading it may throw). Nothing is written here. */
export function storage(): Storage | undefined {
  try {
    const s = window.localStorage;
    s.getItem('numerique-choisi:self-check:probe');
    return s;
  } catch {
    return undefined;
  }
}

const storageKey = (audience: Audience) => `numerique-choisi:self-check:${audience}`;

/** The answers the user chose to keep earlier, or undefined (none, blocked or corrupt). Reading stores nothing. */
export function readKept(audience: Audience): Record<string, AnswerValue> | undefined {
  try {
    const saved = storage()?.getItem(storageKey(audience));
    if (!saved) return undefined;
    const parsed = JSON.parse(saved) as { answers?: Record<string, unknown> };
    const answers: Record<string, AnswerValue> = {};
    for (const [id, v] of Object.entries(parsed.answers ?? {})) if (ANSWER_VALUES.includes(v as AnswerValue)) answers[id] = v as AnswerValue;
    return answers;
  } catch {
    // A corrupt entry is ignored.
    return undefined;
  }
}

/** Keeps the answers on this device (the user ticked the box); a refusal (storage full) is said in the console. */
export function writeKept(audience: Audience, answers: Readonly<Record<string, AnswerValue | undefined>>): void {
  try {
    storage()?.setItem(storageKey(audience), JSON.stringify({ answers }));
  } catch (error) {
    logError('<nc-self-check>', 'could not keep the answers on this device:', error);
  }
}

/** Removes what was kept on this device. */
export function removeKept(audience: Audience): void {
  try {
    storage()?.removeItem(storageKey(audience));
  } catch {
    // Nothing to forget where storage is blocked.
  }
}

/** The opt-in checkbox and « Oublier mes réponses »; nothing where storage is blocked. */
export function renderKeep(v: KeepView | undefined): TemplateResult | typeof nothing {
  if (!v) return nothing;
  return html`<div class="keep">
    <label part="keep" class=${v.checked ? 'choice checked' : 'choice'}
      ><input type="checkbox" .checked=${live(v.checked)} @change=${(e: Event) => v.onChange((e.target as HTMLInputElement).checked)} />
      <span>${msg('Garder mes réponses sur cet appareil', { id: 'selfcheck.keep' })}</span></label
    >
    ${v.checked
      ? html`<button type="button" part="forget-button" @click=${() => v.onForget()}>${msg('Oublier mes réponses', { id: 'selfcheck.forget' })}</button>`
      : nothing}
  </div>`;
}
