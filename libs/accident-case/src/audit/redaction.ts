import type { RecordedEvent } from '@quickclaim/platform';
import { maskLicence, maskName, maskPhone } from '@quickclaim/http';

interface PersonalDetails {
  driverName?: string;
  phone?: string;
  licenceNo?: string;
  policyNumber?: string;
}

/**
 * A party reading the audit trail sees the other driver's identity masked, as in the case view,
 * and not where the other driver's photos were taken (the GPS position of the original).
 */
export function redactForParty(event: RecordedEvent, viewerParty: 'A' | 'B' | undefined): Record<string, unknown> {
  if (event.type === 'PhotoAttached') {
    if (event.data.party === viewerParty || event.data.position === undefined) return event.data;
    const { position: _position, ...rest } = event.data;
    return rest;
  }
  const owner = event.type === 'AccidentReported' ? 'A' : event.type === 'PartyJoined' ? 'B' : undefined;
  if (!owner || owner === viewerParty) return event.data;
  const field = owner === 'A' ? 'reporter' : 'driver';
  const details = event.data[field] as PersonalDetails | undefined;
  if (!details) return event.data;
  return {
    ...event.data,
    [field]: {
      ...details,
      ...(details.driverName !== undefined ? { driverName: maskName(details.driverName) } : {}),
      ...(details.phone !== undefined ? { phone: maskPhone(details.phone) } : {}),
      ...(details.licenceNo !== undefined ? { licenceNo: maskLicence(details.licenceNo) } : {}),
      ...(details.policyNumber !== undefined ? { policyNumber: '***' } : {}),
    },
  };
}
