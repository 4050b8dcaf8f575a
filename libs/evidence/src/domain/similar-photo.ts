/** A stored photo whose perceptual hash is near another's (the SIMILAR_PHOTO fraud signal). */
export interface SimilarPhoto {
  photoId: string;
  caseId: string;
  hash: string;
  distance: number;
}
