import { type Actor, BaseCommand } from '#platform';
import type { DemandKind, ProgramLevel, Visibility } from '../../../domain/supply-demand.js';

/** 人才需求: positions with headcount, the majors (program codes) and skills wanted, and when. */
export interface TalentDetails {
  positions: { title: string; headcount: number; majors: string[]; skills: string[] }[];
  neededBy: string;
}
/** 专业需求: a program a school should open (OPEN) or change (ADJUST). */
export interface ProgramDetails {
  programCode: string;
  programName: string;
  level: ProgramLevel;
  action: 'OPEN' | 'ADJUST';
  places: number;
}
/** 技术需求: a technical problem, the budget (yuan) and the deadline. */
export interface TechnologyDetails {
  problem: string;
  budget: number;
  deadline: string;
}
/** 出海需求: going-global staffing and training. */
export interface OverseasDetails {
  countries: string[];
  headcount: number;
  trainingNeeds: string;
  startsOn: string;
}

export interface DemandInput {
  kind: DemandKind;
  title: string;
  description: string;
  publisherOrganizationId?: string | null;
  publisherConsortiumId?: string | null;
  clusterCodes: string[];
  districtCodes: string[];
  visibility: Visibility;
  validFrom: string;
  validTo?: string | null;
  talent?: TalentDetails;
  program?: ProgramDetails;
  technology?: TechnologyDetails;
  overseas?: OverseasDetails;
}

/** A demand (需求) as a draft; publishing it is a step of its own. */
export class CreateDemandCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly demand: DemandInput,
    readonly demo = false,
  ) {
    super(actor);
  }
}
