import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../../context";
import type { Node } from "../../node";
import { ConnectionType, PageArgs } from "../../pagination";
import { Document } from "../document/document.entity";
import { Indicator } from "../indicator/indicator.entity";
import { Measurement } from "../indicator/measurement.entity";
import { Organisation } from "../organisation/organisation.entity";
import { visibleOrganisation } from "../organisation/organisation.service";
import { Task } from "../task/task.entity";
import { Role } from "../user/role-grant.entity";
import { User } from "../user/user.entity";
import { AuditEvent } from "./audit-event.entity";
import { entityHistory, eventEntityId, HISTORY_LIMIT, historyLoader, listAuditEvents, visibleActor } from "./audit-query.service";
import { AuditEventFilter } from "./audit.inputs";

export const AuditEventConnection = ConnectionType(AuditEvent, "AuditEvent");

const HISTORY_RULE = `oldest first, at most the newest ${HISTORY_LIMIT}; only events the caller may audit (FORBIDDEN without an AUDITOR grant)`;

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Authorized(Role.AUDITOR)
  @Query(() => AuditEventConnection, { description: "Audit events the caller may audit (AUDITOR grants), newest first by sequence" })
  auditEvents(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg("filter", () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter) {
    return listAuditEvents(ctx, filter, page);
  }

  @Authorized(Role.AUDITOR)
  @Query(() => [AuditEvent], { description: `Lịch sử: every event of one record of any Node type, ${HISTORY_RULE}` })
  history(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<AuditEvent[]> {
    return entityHistory(ctx, id);
  }

  @FieldResolver(() => ID, { description: "Global id of the changed record (see node(id:))" })
  entityId(@Root() event: AuditEvent): string {
    return eventEntityId(event);
  }

  @FieldResolver(() => User, { nullable: true, description: "The acting user, when the caller may see that user" })
  actor(@Root() event: AuditEvent, @Ctx() ctx: Context): Promise<User | null> {
    return visibleActor(ctx, event);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "Organisation whose data changed, when the caller may see it" })
  organisation(@Root() event: AuditEvent, @Ctx() ctx: Context): Promise<Organisation | null> {
    return visibleOrganisation(ctx, event.organisationId);
  }
}

/** Adds `history` to a Node type, batched per request: a list asking for it costs one statement. */
function historyField<T extends Node>(type: ClassType<T>) {
  @Resolver(() => type)
  class HistoryFieldResolver {
    @Authorized(Role.AUDITOR)
    @FieldResolver(() => [AuditEvent], { nullable: true, description: `Lịch sử thay đổi: ${HISTORY_RULE}` })
    history(@Root() node: T, @Ctx() ctx: Context): Promise<AuditEvent[]> {
      return historyLoader(ctx, type.name).load(node.id);
    }
  }
  return HistoryFieldResolver;
}

/** The audit resolvers, for the schema's resolver list. */
export const AUDIT_RESOLVERS = [
  AuditEventResolver,
  historyField(Document),
  historyField(Task),
  historyField(Indicator),
  historyField(Measurement),
  historyField(Organisation),
  historyField(User),
] as const;
