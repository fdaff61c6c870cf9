export { applyAcknowledgements } from "./apply";
export { findingKeys } from "./findingKey";
export { validAcknowledgement, validateAcknowledgements } from "./validate";
export { ACKNOWLEDGEMENT_LIMITS, type Acknowledged, type Acknowledgement } from "./types";
