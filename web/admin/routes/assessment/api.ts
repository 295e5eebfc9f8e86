import type { z } from 'zod';
import type {
  GapList,
  HandScoreBody,
  Ranking,
  Scoreboard,
  Trend,
} from '../../../../common/contracts/assessment.js';
import { api } from '../../../common/api.js';

export type ScoreboardData = z.infer<typeof Scoreboard>;
export type TrendData = z.infer<typeof Trend>;
export type RankingData = z.infer<typeof Ranking>;
export type GapData = z.infer<typeof GapList>;

/** The 考评 staff API, typed by the shared contract. */
export const assessmentApi = {
  scores: (year: number) => api.get<ScoreboardData>('/assessment/scores', { year }),
  trend: (to: number) => api.get<TrendData>('/assessment/trend', { to }),
  ranking: (year: number) => api.get<RankingData>('/assessment/ranking', { year }),
  gaps: (year: number) => api.get<GapData>('/assessment/gaps', { year }),
  handScore: (version: string, code: string, year: number, body: HandScoreBody, seen?: number) =>
    api.put<{ version: number }>(`/assessment/hand-scores/${version}/${code}/${year}`, body, {
      version: seen,
    }),
};
