/** Plain files: content-addressed photos and subscribers' checkpoints. */
export * from './file.blob-store';
export * from './file.checkpoint-store';
