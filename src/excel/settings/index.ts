/** Settings kept in the document, validated on the way in and out, and turned into check options. */
export {
  loadStoredSettings,
  saveStoredSettings,
  SETTINGS_KEY,
  type SettingsStore,
} from "./settingsStore";
export {
  ACKNOWLEDGEMENTS_KEY,
  loadAcknowledgements,
  saveAcknowledgements,
} from "./acknowledgementStore";
export { toCheckOptions, validateStoredSettings } from "../../engine";
