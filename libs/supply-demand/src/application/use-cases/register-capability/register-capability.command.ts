import { type Actor, BaseCommand } from '#platform';

/** A capability of a school or institute (技术服务能力: a lab, a team, a service it offers). */
export class RegisterCapabilityCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly organizationId: string,
    readonly capability: { name: string; description: string; clusterCodes: string[] },
  ) {
    super(actor);
  }
}
