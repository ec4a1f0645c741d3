import type { MissionQueryVariables } from '../gql/graphql';
import { isEventType, isRole } from './enums';

/** The mission form's fields, as they stand in its URL (/ask?type=INVITATION&participant=Putin&role=INVITER). */
export const FIELDS = ['type', 'participant', 'role', 'place', 'from', 'to'] as const;
export type Form = Record<(typeof FIELDS)[number], string>;

export const MISSION_PAGE = 10;

export function formFromUrl(search: string): Form {
  const p = new URLSearchParams(search);
  return {
    type: p.get('type') ?? '',
    participant: p.get('participant') ?? '',
    role: p.get('role') ?? '',
    place: p.get('place') ?? '',
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
  };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The variables of a form: only what was filled in, enums only when they are the schema's values. */
export function missionVariables(form: Form): MissionQueryVariables {
  const v: MissionQueryVariables = {};
  if (isEventType(form.type)) v.type = form.type;
  if (form.participant.trim()) v.participant = form.participant.trim();
  if (isRole(form.role)) v.role = form.role;
  if (form.place.trim()) v.place = form.place.trim();
  if (DAY.test(form.from)) v.from = form.from;
  if (DAY.test(form.to)) v.to = form.to;
  v.first = MISSION_PAGE;
  return v;
}
