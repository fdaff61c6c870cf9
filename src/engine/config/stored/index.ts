export { toCheckOptions } from "./toCheckOptions";
export {
  ACKNOWLEDGEMENTS_KEY,
  ADDIN_ID,
  parseStoredValue,
  SETTINGS_KEY,
  type StoredSettings,
} from "./types";
export { validateStoredSettings } from "./validateStoredSettings";
