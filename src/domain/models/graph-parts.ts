// Small value models that GraphQL exposes as object types.
export interface ParticipantModel {
  personId: string;
  role: string;
}

export interface CoachingRecordModel {
  matches: number;
  wins: number;
  draws: number;
  losses: number;
  asOf?: string;
  statedPoints?: number;
  statedMaxPoints?: number;
}
