import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { CLOCK, EVENT_STORE, READ_STORE, type Clock, type EventStore, type ReadStore } from '@quickclaim/platform';
import { ProjectionRunner } from '@quickclaim/platform/eventsourcing';
import { readModels } from './read-models';
import { SLA_METRICS, SlaMetrics } from './sla-metrics/sla-metrics';

/** The projection runner feeding (or, with projections external, following) every read model of this process. */
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');

export interface ReadSideSettings {
  /** Zone of EXIF capture times that carry no offset (the fraud signals read them). */
  timeZone: string;
}

/** Every read model together: the runner that feeds them from the event store, and the SLA metrics. */
@Module({})
export class ReadSideModule {
  static register(settings: ReadSideSettings): DynamicModule {
    return {
      module: ReadSideModule,
      global: true,
      providers: [
        {
          provide: PROJECTION_RUNNER,
          inject: [EVENT_STORE, READ_STORE, CLOCK],
          useFactory: (eventStore: EventStore, readStore: ReadStore, clock: Clock) =>
            new ProjectionRunner(eventStore, readStore, readModels({ timeZone: settings.timeZone }), {
              clock,
              log: (message) => new Logger('ReadModels').log(message),
            }),
        },
        { provide: SLA_METRICS, inject: [READ_STORE], useFactory: (store: ReadStore) => new SlaMetrics(store) },
      ],
      exports: [PROJECTION_RUNNER, SLA_METRICS],
    };
  }
}
