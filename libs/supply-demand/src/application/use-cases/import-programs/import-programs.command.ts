import { type Actor, BaseCommand } from '#platform';

/** An XLSX (or CSV) of programs (专业布点) with Chinese headers, imported all or nothing. */
export class ImportProgramsCommand extends BaseCommand {
  constructor(
    actor: Actor,
    readonly file: Buffer,
    readonly format: 'csv' | 'xlsx',
  ) {
    super(actor);
  }
}
