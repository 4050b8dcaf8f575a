import type { CaseDecisions } from '../domain/case.state';
import { attachPhoto } from './attach-photo/decide';
import { declareCircumstances } from './declare-circumstances/decide';
import { joinCase } from './join-case/decide';
import { withdrawCase } from './withdraw-case/decide';

/** Reporting: the case is put together by its two drivers (the report itself opens the stream). */
export const REPORTING = {
  JoinCase: joinCase,
  AttachPhoto: attachPhoto,
  DeclareCircumstances: declareCircumstances,
  WithdrawCase: withdrawCase,
} satisfies Partial<CaseDecisions>;
