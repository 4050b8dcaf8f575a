/**
 * given(recorded events).then(document) for a pure projection `evolve(document, event)`;
 * `whenDeliveredTwice()` replays every event a second time, which must change nothing.
 */
export function ProjectionSpecification<Document, Event>(
  evolve: (document: Document, event: Event) => Document,
  initial: Document,
) {
  return {
    given(events: Event[]) {
      const fold = (delivered: Event[]) => delivered.reduce(evolve, initial);
      return {
        then(expected: Document | ((document: Document) => void)) {
          const document = fold(events);
          if (typeof expected === 'function') (expected as (document: Document) => void)(document);
          else expect(document).toEqual(expected);
        },
        thenDuplicatesChangeNothing() {
          expect(fold(events.flatMap((event) => [event, event]))).toEqual(fold(events));
          expect(fold([...events, ...events])).toEqual(fold(events));
        },
      };
    },
  };
}
