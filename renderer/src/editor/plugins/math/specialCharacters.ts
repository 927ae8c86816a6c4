/** The special-character picker's groups: what science and maths teachers type most. */
export const specialCharacterGroups = [
  {
    id: 'greek',
    characters: [...'αβγδεζηθικλμνξπρστυφχψωΓΔΘΛΞΠΣΦΨΩ'],
  },
  { id: 'arrows', characters: [...'→←↑↓↔⇒⇐⇔⇌↦'] },
  {
    id: 'symbols',
    characters: [...'°±µ×÷·≤≥≈≠≡∞√∑∏∫∂∇∈∉⊂∪∩∀∃∝∠⊥‰℃Å'],
  },
] as const;

export type SpecialCharacterGroup = (typeof specialCharacterGroups)[number]['id'];
