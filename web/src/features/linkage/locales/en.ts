import type { LinkageMessages } from './id';

export const linkageEn: LinkageMessages = {
  suggestions: {
    title: 'This person may already be recorded',
    intro: 'Similar records in cases you may see. Check before adding; if it is someone else, just go on.',
    checking: 'Looking for similar people…',
    probability: 'Chance it is the same person: {{percent}}%',
    inCase: 'in case {{number}}',
    openCase: 'Open case {{number}} (new tab)',
    notThisPerson: 'Not the same person',
    evidenceCaption: 'Evidence per field',
    weight: 'weight {{weight}}',
    protected: 'Identity protected: open the case and reveal the identity with a reason.',
  },
  fields: {
    fullName: 'Name',
    birthDate: 'Birth date',
    sex: 'Sex',
    nik: 'NIK',
    passportNumber: 'Passport',
    phone: 'Phone',
    originRegionCode: 'Region of origin',
    address: 'Address',
  },
  levels: {
    missing: 'missing on one side',
    different: 'different',
    exact: 'same',
    swapped: 'day and month swapped',
    oneApart: 'one character apart',
    twoApart: 'two characters apart',
    veryClose: 'very similar',
    close: 'similar',
    oneWord: 'one word in common (single name)',
    contained: 'all words of the shorter name in the longer',
    reordered: 'same words, another order',
  },
};
