import { endpointsOf } from '@quickclaim/http';
import { API_ROUTES, ENDPOINTS } from '../api-routes';
import { readme, useCaseFolders, whereThingsAreIn, whereThingsAreMarkdown } from './where-things-are';

describe('"Where things are" in README.md', () => {
  const folders = useCaseFolders();

  it('lists every use-case folder of the tree, with what it serves (regenerate: npm run gen:where-things-are)', () => {
    expect(whereThingsAreIn(readme())).toBe(whereThingsAreMarkdown(folders));
  });

  it('finds a use case for every endpoint of the contexts, and the API serves every route a use case declares', () => {
    const own = new Set(endpointsOf(API_ROUTES).map((endpoint) => endpoint.key));
    const inFolders = folders.flatMap((folder) => folder.endpoints.map((endpoint) => endpoint.key));
    const served = ENDPOINTS.map((endpoint) => endpoint.key);
    expect(served.filter((key) => !own.has(key) && !inFolders.includes(key))).toEqual([]);
    expect(inFolders.filter((key) => !served.includes(key))).toEqual([]);
  });
});
