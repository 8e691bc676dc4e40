import { MrComplaintPathway } from '../components/complaint-pathway/complaint-pathway.js';

MrComplaintPathway.define('mr-complaint-pathway');

declare global {
  interface HTMLElementTagNameMap {
    'mr-complaint-pathway': MrComplaintPathway;
  }
}
