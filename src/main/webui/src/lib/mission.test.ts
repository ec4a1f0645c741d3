import { describe, expect, it } from 'vitest';
import { formFromUrl, missionVariables } from './mission';

describe('mission form', () => {
  it('sends only what was filled in', () => {
    expect(missionVariables(formFromUrl('?type=INVITATION&participant=%20Putin%20&role=INVITER&place=&from=2018-01-01'))).toEqual({
      type: 'INVITATION',
      participant: 'Putin',
      role: 'INVITER',
      from: '2018-01-01',
      first: 10,
    });
  });

  it('drops values the schema does not have', () => {
    expect(missionVariables(formFromUrl('?type=PARTY&role=BOSS&to=yesterday'))).toEqual({ first: 10 });
  });
});
