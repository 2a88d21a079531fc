import { assertCounty, assertMayKeep } from './key-list-rules';

describe('who keeps the key-enterprise lists', () => {
  it('the region keeps every level, of every city', () => {
    for (const level of ['REGION', 'CITY', 'COUNTY'] as const)
      expect(() => assertMayKeep('450000', level, '451100')).not.toThrow();
  });

  it('a city keeps its own CITY and COUNTY entries only', () => {
    expect(() => assertMayKeep('451100', 'CITY', '451100')).not.toThrow();
    expect(() => assertMayKeep('451100', 'COUNTY', '451100')).not.toThrow();
    expect(() => assertMayKeep('451100', 'REGION', '451100')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => assertMayKeep('451100', 'CITY', '450100')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('a COUNTY entry names a county of the enterprise’s city', () => {
    expect(() => assertCounty('COUNTY', '451121', '451100')).not.toThrow();
    expect(() => assertCounty('COUNTY', '450121', '451100')).toThrow(
      expect.objectContaining({ code: 'COUNTY_NOT_IN_CITY' }),
    );
    expect(() => assertCounty('COUNTY', '451100', '451100')).toThrow(
      expect.objectContaining({ code: 'COUNTY_NOT_IN_CITY' }),
    );
    expect(() => assertCounty('COUNTY', undefined, '451100')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
    expect(() => assertCounty('CITY', '451121', '451100')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });
});
