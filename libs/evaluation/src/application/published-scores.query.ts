import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { displayScore } from '../domain/display.js';
import { RoundResultEntity, SchemeEntity } from '../persistence/evaluation.entities.js';
import { RoundScoringUseCases } from './round-scoring.use-cases.js';

export interface PublishedScore {
  consortiumId: string;
  name: string;
  level: string;
  status: string;
  levelScore: number;
  improvement: number;
  total: number;
  rank: number;
  grade: string;
  medianRank: number;
  rankInterval: [number, number];
  dimensionScores: Record<string, number>;
}

export interface PublishedScores {
  roundId: string;
  code: string;
  revision: number;
  publishedAt: Date;
  dimensions: { code: string; name: string }[];
  items: PublishedScore[];
}

/**
 * The published ranking's figures the board (晾晒) draws beyond rank and total: level score and
 * improvement (进步), the Monte Carlo median rank, and the score of each dimension, for the
 * revision the public ranking shows (same revision rules, same 404s: it goes through
 * `publishedResults`). Contributions and gaps per indicator stay with the task force.
 */
@Injectable()
export class PublishedScoresQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scoring: RoundScoringUseCases,
  ) {}

  async execute(roundId: string, revision?: number): Promise<PublishedScores> {
    const ranking = await this.scoring.publishedResults(roundId, revision);
    const [rows, scheme] = await Promise.all([
      this.dataSource.getRepository(RoundResultEntity).find({ where: { roundId, revision: ranking.revision } }),
      this.dataSource
        .getRepository(SchemeEntity)
        .createQueryBuilder('s')
        .innerJoin('evaluation_round', 'r', 'r.scheme_id = s.id')
        .where('r.id = :roundId', { roundId })
        .getOne(),
    ]);
    const byId = new Map(rows.map((r) => [r.consortiumId, r]));
    return {
      roundId,
      code: ranking.code,
      revision: ranking.revision,
      publishedAt: ranking.publishedAt!,
      dimensions: (scheme?.definition.dimensions ?? []).map((d) => ({ code: d.code, name: d.name })),
      items: ranking.items.map((item) => {
        const row = byId.get(item.consortiumId)!;
        const stored = (row.explanation as { dimensionScores?: Record<string, number> }).dimensionScores ?? {};
        const dimensionScores = Object.fromEntries(Object.entries(stored).map(([code, raw]) => [code, displayScore(raw)]));
        // Rank, total and grade as the public ranking states them (total on 0–100); the rest from the
        // same result row, shown on 0–100 as well.
        return {
          consortiumId: item.consortiumId,
          name: item.consortiumName ?? item.name ?? item.consortiumId,
          level: item.level,
          status: item.status,
          levelScore: displayScore(row.levelScore),
          improvement: displayScore(row.improvement),
          total: item.total,
          rank: item.rank,
          grade: item.grade,
          medianRank: row.medianRank,
          rankInterval: item.rankInterval as [number, number],
          dimensionScores,
        };
      }),
    };
  }
}
