import { MrSocialProtection } from '../components/social-protection/social-protection.js';

MrSocialProtection.define('mr-social-protection');

declare global {
  interface HTMLElementTagNameMap {
    'mr-social-protection': MrSocialProtection;
  }
}
