import { compositionWarnings } from './composition.js';

describe('compositionWarnings', () => {
  it('is silent for a complete consortium', () => {
    expect(
      compositionWarnings([
        { organizationType: 'SCHOOL', role: 'COUNCIL_CHAIR', isLead: true },
        { organizationType: 'ENTERPRISE', role: 'COUNCIL_VICE_CHAIR', isLead: false },
        { organizationType: 'PARK', role: 'COUNCIL_MEMBER', isLead: false },
      ]),
    ).toEqual([]);
  });

  it('names each missing piece', () => {
    const codes = compositionWarnings([{ organizationType: 'ENTERPRISE', role: 'MEMBER', isLead: false }]).map((w) => w.code);
    expect(codes).toEqual(['NO_SCHOOL', 'COUNCIL_NO_GOVERNMENT_OR_PARK', 'COUNCIL_NO_SCHOOL', 'COUNCIL_NO_ENTERPRISE', 'NO_CHAIR', 'NO_LEAD']);
  });

  it('counts only council roles for the council rules', () => {
    const codes = compositionWarnings([
      { organizationType: 'SCHOOL', role: 'COUNCIL_CHAIR', isLead: true },
      { organizationType: 'ENTERPRISE', role: 'MEMBER', isLead: false },
      { organizationType: 'GOVERNMENT_AGENCY', role: 'MEMBER', isLead: false },
    ]).map((w) => w.code);
    expect(codes).toEqual(['COUNCIL_NO_GOVERNMENT_OR_PARK', 'COUNCIL_NO_ENTERPRISE']);
  });
});
