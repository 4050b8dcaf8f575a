/** Masking lives with the HTTP answers it protects; the log redaction uses the same. */
export { maskLicence, maskName, maskPhone } from '@quickclaim/http';
