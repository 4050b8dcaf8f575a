import type { Principal } from '@quickclaim/http';
import { InMemoryReadStore } from '@quickclaim/platform/memory';
import { EventLog, ProjectionSpecification, project } from '@quickclaim/testing';
import { caseViewAccess, mayConfirmParty, seesCase, seesPhoto } from '../../access/case.access';
import { CaseViews } from '../../case-views/case-views';
import { caseViewsProjection, evolveCaseView, type CaseViewDocument } from '../../case-views/case-views.projection';
import { presentCase, presentQueueItem } from '../../case-views/present';
import type { CaseEvent } from '../../domain/case.events';
import { CASE_ID, T0, at } from '../../domain/case.fixtures';
import { evolveDeskQueue } from '../../police-desk/desk-queue/desk-queue.projection';
import {
  ASSISTANT,
  FILER,
  OTHER_ASSISTANT,
  awaitingConfirmations,
  confirmedByCode,
  filed,
  requiredPhotosFor,
} from '../assistance.fixtures';
import { presentAssistedCase } from './route';

const streamId = `case-${CASE_ID}`;
const spec = ProjectionSpecification<CaseViewDocument | null, ReturnType<EventLog['record']>[number]>(
  evolveCaseView,
  null,
);
const byAssistant = (...events: CaseEvent[]) =>
  new EventLog({ sub: ASSISTANT, role: 'assistant', district: 'yuzhong' }).record(streamId, events);
const ownPhone: CaseEvent = {
  type: 'PartyConfirmed',
  data: { party: 'B', method: 'OWN_PHONE', confirmedAt: at(5), driverId: 'driver-b' },
};

const assistant: Principal = {
  sub: ASSISTANT,
  role: 'assistant',
  district: 'yuzhong',
  organisation: FILER.organisation,
};
const otherAssistant: Principal = { ...assistant, sub: OTHER_ASSISTANT };
const officer: Principal = { sub: 'officer-1', role: 'officer', district: 'yuzhong' };
const stranger: Principal = { sub: 'driver-x', role: 'driver' };

describe('the views of a case an assistant filed', () => {
  it('name the assistant, find the case by them, and hold each party’s confirmation, never a code', () => {
    spec.given(byAssistant(...awaitingConfirmations(), confirmedByCode('A'))).then((document) => {
      expect(document).toMatchObject({ assistantId: ASSISTANT, driverIds: [], status: 'REPORTED' });
      expect(document?.state.filedBy).toEqual(FILER);
      expect(document?.state.assistance).toEqual({
        agreement: { allocation: { A: 'FULL', B: 'NONE' }, recordedAt: at(2) },
        codes: { B: { sentAt: at(3), expiresAt: at(13), attemptsLeft: 5 } },
        confirmed: { A: { method: 'CODE', confirmedAt: at(4) } },
      });
      expect(JSON.stringify(document)).not.toContain('hmac-');
    });
    spec.given(byAssistant(...awaitingConfirmations(), confirmedByCode('A'))).thenDuplicatesChangeNothing();
  });

  it('count a party who confirmed on their own phone among the drivers of the case, waiting for the other', () => {
    spec.given(byAssistant(...awaitingConfirmations(), ownPhone)).then((document) => {
      expect(document?.driverIds).toEqual(['driver-b']);
      expect(document?.state.parties.B?.driverId).toBe('driver-b');
      expect(presentCase(document!, { sub: 'driver-b', role: 'driver' }).nextStep).toBe('WAIT_FOR_SIGNATURE');
    });
  });

  it('list the assistant’s cases from an index, with how far the confirmation went', async () => {
    const store = new InMemoryReadStore({ forbidCollectionScans: true, freezeDocuments: true });
    await project(store, caseViewsProjection, byAssistant(...awaitingConfirmations(), confirmedByCode('A')));
    const views = new CaseViews(store);
    const [document] = await views.filedBy(ASSISTANT);
    expect(await views.filedBy(OTHER_ASSISTANT)).toEqual([]);
    expect(presentAssistedCase(document!, assistant)).toEqual({
      caseId: CASE_ID,
      status: 'REPORTED',
      occurredAt: at(-5),
      reportedAt: T0,
      address: '解放碑',
      plates: ['渝A12345', '渝B67890'],
      liability: null,
      agreement: { A: 'FULL', B: 'NONE' },
      confirmed: ['A'],
      codesOut: ['B'],
    });
  });

  it('show the filing assistant both parties as entered, the confirmations and the agreement as signed so far', () => {
    const document = byAssistant(...awaitingConfirmations(), confirmedByCode('A')).reduce(evolveCaseView, null)!;
    const view = presentCase(document, assistant);
    expect(view.yourParty).toBeNull();
    expect(view.parties.map((party) => [party.driverName, party.phone])).toEqual([
      ['张三', '13800000001'],
      ['李四', '13800000002'],
    ]);
    expect(view.filedBy).toEqual(FILER);
    expect(view.agreement).toEqual({ allocation: { A: 'FULL', B: 'NONE' }, signedBy: ['A'] });
    expect(view.assistance?.parties).toEqual([
      { party: 'A', confirmed: true, method: 'CODE', confirmedAt: at(4), code: null },
      { party: 'B', confirmed: false, code: { sentAt: at(3), expiresAt: at(13), attemptsLeft: 5 } },
    ]);
    expect(view.timeline[0]!.actor).toEqual({ sub: ASSISTANT, role: 'assistant' });
  });

  it('tell the officer and the desk that an assistant filed the case, with other details masked', () => {
    const events = byAssistant(...filed, ...requiredPhotosFor(), {
      type: 'PoliceDecisionRequested',
      data: {
        requestedBy: 'ASSISTANT',
        requestedAt: at(4),
        deadline: at(9),
        district: 'yuzhong',
        suggestion: null,
        review: false,
      },
    });
    const document = events.reduce(evolveCaseView, null)!;
    const view = presentCase(document, officer);
    expect(view.filedBy).toEqual(FILER);
    expect(view.parties[0]!.driverName).toBe('张*');
    const desk = events.reduce(evolveDeskQueue, null)!;
    expect(desk).toMatchObject({ onDesk: true, filedBy: FILER });
    expect(presentQueueItem(desk, new Date(at(5)))).toMatchObject({ filedBy: FILER, overdue: false });
  });
});

describe('access to a case an assistant filed', () => {
  const accessAfter = (...events: CaseEvent[]) =>
    caseViewAccess(byAssistant(...events).reduce(evolveCaseView, null)!.state)!;

  it('is the filing assistant’s, and no other assistant’s', () => {
    const access = accessAfter(...filed);
    expect(seesCase(assistant, access)).toBe(true);
    expect(seesCase(otherAssistant, access)).toBe(false);
    expect(seesCase(stranger, access)).toBe(false);
  });

  it('serves an assistant the originals they uploaded only, like a driver', () => {
    const access = {
      ...accessAfter(...filed, ...requiredPhotosFor()),
      photos: [{ photoId: 'p-1', uploadedBy: 'driver-b' }],
    };
    expect(seesPhoto(assistant, access, { photoId: 'p-1', variant: 'original' })).toBe(false);
    expect(seesPhoto(assistant, access, { photoId: 'p-1', variant: 'preview' })).toBe(true);
    const own = accessAfter(...filed, ...requiredPhotosFor());
    expect(seesPhoto(assistant, own, { photoId: own.photos[0]!.photoId, variant: 'original' })).toBe(true);
  });

  it('lets any driver try to confirm while a code is out for a party, and nobody before', () => {
    expect(mayConfirmParty(stranger, accessAfter(...filed))).toBe(false);
    expect(mayConfirmParty(stranger, accessAfter(...awaitingConfirmations()))).toBe(true);
    expect(mayConfirmParty(officer, accessAfter(...awaitingConfirmations()))).toBe(false);
    const bothConfirmed = accessAfter(...awaitingConfirmations(), confirmedByCode('A'), confirmedByCode('B', 5));
    expect(mayConfirmParty(stranger, bothConfirmed)).toBe(false);
  });
});
