/** Evidence file types accepted, recognised by their first bytes as well as their declared type. */
export const EVIDENCE_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

const SIGNATURES: Record<EvidenceMediaType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** Whether the content starts as a file of the declared type does (a renamed file is refused). */
export function contentMatchesType(content: Buffer, mediaType: EvidenceMediaType): boolean {
  const signature = SIGNATURES[mediaType];
  return content.length >= signature.length && signature.every((byte, i) => content[i] === byte);
}
