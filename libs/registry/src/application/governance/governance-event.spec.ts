import { GovernanceChanged } from '../../contracts/index.js';
import { governanceEvent } from './governance.use-cases.js';

describe('governanceEvent', () => {
  it('carries the consortium’s districts, so the feed and webhooks scope it to them', () => {
    const districts = ['500118', '500101'];
    const event = governanceEvent('c-1', districts, {
      entityType: 'delegated-power',
      entityId: 'p-1',
      action: 'registry.delegated-power.grant',
      after: { item: 'SPECIAL_FUNDS' },
    });
    expect(event).toEqual({
      type: GovernanceChanged.name,
      aggregateType: 'consortium',
      aggregateId: 'c-1',
      districtCodes: ['500118', '500101'],
      payload: {
        consortiumId: 'c-1',
        entityType: 'delegated-power',
        entityId: 'p-1',
        action: 'registry.delegated-power.grant',
        after: { item: 'SPECIAL_FUNDS' },
      },
    });
    districts.push('500103');
    expect(event.districtCodes).toEqual(['500118', '500101']);
  });
});
