import { type Actor, BaseCommand } from '#platform';
import type { ProgramLevel } from '../../../domain/supply-demand.js';

export interface ProgramInput {
  code: string;
  name: string;
  level: ProgramLevel;
  year: number;
  enrolment: number;
  graduates: number;
  clusterCodes: string[];
}

/** 专业布点: one program of a school for one year. */
export class RegisterProgramCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly organizationId: string,
    readonly program: ProgramInput,
  ) {
    super(actor);
  }
}
