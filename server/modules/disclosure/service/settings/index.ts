/** The district's disclosure settings (the fee method of 国办函〔2020〕109号 第三条). */
export { districtFeeMethod } from './fee-method.js';
export { updateDisclosureSettings } from './update-settings.js';
export { type DisclosureSettingsView, viewDisclosureSettings } from './view-settings.js';
