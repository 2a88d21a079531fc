import { isEligible, type Applicant } from './eligibility';

const small: Applicant = { sizeClass: 'SMALL', industry: 'INDUSTRY', cityCode: '451100', keyListLevels: [] };

describe('product eligibility', () => {
  it('a product without criteria is for everyone', () => {
    expect(isEligible({}, small)).toBe(true);
    expect(isEligible({ sizeClasses: [], industries: [], cityCodes: [], keyListLevels: [] }, small)).toBe(true);
  });

  it('each criterion must hold', () => {
    expect(isEligible({ sizeClasses: ['SMALL', 'MICRO'] }, small)).toBe(true);
    expect(isEligible({ sizeClasses: ['MEDIUM'] }, small)).toBe(false);
    expect(isEligible({ industries: ['RETAIL'] }, small)).toBe(false);
    expect(isEligible({ cityCodes: ['450100'] }, small)).toBe(false);
    expect(isEligible({ sizeClasses: ['SMALL'], cityCodes: ['451100'], industries: ['INDUSTRY'] }, small)).toBe(true);
    expect(isEligible({ sizeClasses: ['SMALL'], cityCodes: ['450100'] }, small)).toBe(false);
  });

  it('a list level asks for an entry at any one of the levels named', () => {
    expect(isEligible({ keyListLevels: ['REGION'] }, small)).toBe(false);
    expect(isEligible({ keyListLevels: ['REGION', 'CITY'] }, { ...small, keyListLevels: ['CITY'] })).toBe(true);
    expect(isEligible({ keyListLevels: ['REGION'] }, { ...small, keyListLevels: ['COUNTY'] })).toBe(false);
  });
});
