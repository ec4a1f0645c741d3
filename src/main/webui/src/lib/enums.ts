import type { EntityKind, EventType, ParticipantRole } from '../gql/graphql';

/**
 * The enums' values, for the forms' selects. The types come from the SDL snapshot, and the checks below
 * fail the build (tsc) when the schema gains or loses a value that these lists do not.
 */
export const EVENT_TYPES = [
  'ACCUSATION',
  'AGREEMENT',
  'ATTACK',
  'CANCELLATION',
  'CONFLICT',
  'DENIAL',
  'ELECTION',
  'INVESTIGATION',
  'INVITATION',
  'MEETING',
  'OTHER',
  'STATEMENT',
  'SUMMIT',
  'VISIT',
] as const satisfies readonly EventType[];

export const PARTICIPANT_ROLES = [
  'HOST',
  'INTERMEDIARY',
  'INVITEE',
  'INVITER',
  'PARTICIPANT',
  'SUBJECT',
  'TARGET',
  'VISITOR',
] as const satisfies readonly ParticipantRole[];

export const ENTITY_KINDS = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'PLACE'] as const satisfies readonly EntityKind[];

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const eventTypesComplete: Exhaustive<EventType, (typeof EVENT_TYPES)[number]> = true;
const rolesComplete: Exhaustive<ParticipantRole, (typeof PARTICIPANT_ROLES)[number]> = true;
const kindsComplete: Exhaustive<EntityKind, (typeof ENTITY_KINDS)[number]> = true;
export const ENUMS_COMPLETE = eventTypesComplete && rolesComplete && kindsComplete;

export function isEventType(value: string | null | undefined): value is EventType {
  return !!value && (EVENT_TYPES as readonly string[]).includes(value);
}

export function isRole(value: string | null | undefined): value is ParticipantRole {
  return !!value && (PARTICIPANT_ROLES as readonly string[]).includes(value);
}
