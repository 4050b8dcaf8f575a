import { ConfigError, loadConfig } from '../config';

describe('PUBLIC_URL, the base of every verification URL printed on a document', () => {
  it('defaults to this server on localhost', () => {
    expect(loadConfig({ PORT: '4100' }).publicUrl).toBe('http://localhost:4100');
  });

  it('keeps a path prefix and drops a trailing slash, so the paths below it join cleanly', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://kuaichu.example.cn/qc/' }).publicUrl).toBe(
      'https://kuaichu.example.cn/qc',
    );
  });

  it.each(['kuaichu.example.cn', 'ftp://kuaichu.example.cn', 'https://a.cn/?x=1', 'https://user:pw@a.cn'])(
    'refuses %s',
    (value) => {
      expect(() => loadConfig({ PUBLIC_URL: value })).toThrow(ConfigError);
    },
  );
});
