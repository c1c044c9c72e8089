import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { DomainError } from '#platform';
import { ConsortiumLookup } from '#registry';
import { RoundEntity, RoundScoringEntity } from '../persistence/evaluation.entities.js';
import { RoundScoringUseCases } from './round-scoring.use-cases.js';
import { EvaluationErrors } from './schemes-and-rounds.use-cases.js';

type RoundResult = Awaited<ReturnType<RoundScoringUseCases['results']>>['items'][number];

export interface ConsortiumResultView {
  roundId: string;
  roundCode: string;
  revision: number;
  published: boolean;
  consortiumId: string;
  consortiumName: string;
  result: RoundResult;
}

/**
 * One consortium's result in a round, with its explanation, for its own secretariat: the latest
 * published revision (晾晒 comes first — an unpublished scoring is the task force's alone). The task
 * force and admins read the latest finished scoring, published or not.
 */
@Injectable()
export class ConsortiumResultQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scoring: RoundScoringUseCases,
    private readonly consortia: ConsortiumLookup,
  ) {}

  async execute(roundId: string, consortiumId: string, publishedOnly: boolean): Promise<ConsortiumResultView> {
    const round = await this.dataSource.getRepository(RoundEntity).findOne({ where: { id: roundId } });
    if (!round) throw EvaluationErrors.roundNotFound();
    let revision: number | undefined;
    if (publishedOnly) {
      const published = await this.dataSource
        .getRepository(RoundScoringEntity)
        .findOne({ where: { roundId, publishedAt: Not(IsNull()) }, order: { revision: 'DESC' } });
      if (!published)
        throw new DomainError(
          'NOT_FOUND',
          'ROUND_NOT_PUBLISHED',
          'The round has no published results yet: a consortium reads its result once the task force publishes the round',
        );
      revision = published.revision;
    }
    const results = await this.scoring.results(roundId, revision);
    const result = results.items.find((i) => i.consortiumId === consortiumId);
    if (!result)
      throw new DomainError('NOT_FOUND', 'RESULT_NOT_FOUND', 'This consortium has no result in this round (it was not on the list at the end of the quarter)');
    const published = await this.dataSource
      .getRepository(RoundScoringEntity)
      .exists({ where: { roundId, revision: results.revision, publishedAt: Not(IsNull()) } });
    const names = await this.consortia.namesOf([consortiumId]);
    return { roundId, roundCode: round.code, revision: results.revision, published, consortiumId, consortiumName: names.get(consortiumId) ?? '', result };
  }
}
