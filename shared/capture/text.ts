/** Text compared as a person would: accents, case and punctuation do not matter ("José" is "jose"). */
export function plainWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

export const plain = (text: string) => plainWords(text).join(' ')
