/** The eligibility a reporter declares when the case may go online: every condition holds (domain.md). */
export const EVERY_CONDITION_HOLDS = {
  noInjuries: true,
  vehiclesMovable: true,
  licencesValid: true,
  compulsoryInsurance: true,
  noIntoxication: true,
  platesValid: true,
  nobodyLeft: true,
  notDeliberate: true,
} as const;
