/** The national list of 21 standard quick-processing situations. */
export const SITUATIONS = {
  S01: 'rear-end collision in the same lane',
  S02: 'changing or borrowing a lane without yielding',
  S03: 'not yielding at an uncontrolled junction',
  S04: 'turning left without yielding to straight traffic, or right without yielding to left-turners',
  S05: 'ignoring traffic signals',
  S06: 'not yielding to vehicles released earlier at a junction',
  S07: 'meeting oncoming traffic improperly',
  S08: 'driving against the traffic',
  S09: 'forced overtaking',
  S10: 'overtaking at a junction, narrow bridge, bend, slope, tunnel or crossing',
  S11: 'overtaking on the right on a single-lane road',
  S12: 'weaving through queued or slow traffic',
  S13: 'not merging in turn where lanes reduce',
  S14: 'illegal U-turn, or U-turn without yielding',
  S15: 'reversing, rolling back or losing control',
  S16: 'driving in a dedicated or prohibited lane',
  S17: 'opening a door',
  S18: 'entering or leaving a parking space or the road edge; illegal stopping',
  S19: 'over-size load or spilled load',
  S20: 'improper towing',
  S21: 'single-vehicle accident',
} as const;

export type SituationCode = keyof typeof SITUATIONS;

export const SITUATION_CODES = Object.keys(SITUATIONS) as SituationCode[];

export const MAX_SITUATIONS_PER_PARTY = 3;

export function isSituationCode(value: string): value is SituationCode {
  return Object.prototype.hasOwnProperty.call(SITUATIONS, value);
}
