import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker } from "type-graphql";
import { AuthResolver } from "./auth/auth.resolver";
import { hasRole } from "./auth/policy";
import type { Context } from "./context";
import { ENTITIES } from "./entities";
import { ForbiddenError, UnauthenticatedError } from "./errors";
import { AUDIT_RESOLVERS } from "./modules/audit/audit.resolver";
import { ChangeResolver } from "./modules/change/change.resolver";
import { DashboardResolver } from "./modules/dashboard/dashboard.resolver";
import { OrganisationDashboardResolver } from "./modules/dashboard/organisation-dashboard.resolver";
import { CitationResolver } from "./modules/document/citation.resolver";
import { DocumentResolver, LegalBasisChainLinkResolver, LegalBasisResolver } from "./modules/document/document.resolver";
import { IndicatorResolver, IndicatorTargetResolver, MeasurementResolver } from "./modules/indicator/indicator.resolver";
import { LocalityResolver } from "./modules/locality/locality.resolver";
import { FigureTraceResolver } from "./modules/report/figure-trace.resolver";
import { ReportFieldsResolver, ReportFigureResolver, ReportRecipientResolver, ReportResolver, ReportSectionResolver } from "./modules/report/report.resolver";
import { TaskResolver, TaskUpdateResolver } from "./modules/task/task.resolver";
import { OrganisationResolver } from "./modules/organisation/organisation.resolver";
import type { Role } from "./modules/user/role-grant.entity";
import { RoleGrantResolver, UserResolver } from "./modules/user/user.resolver";
import { SyncResolver } from "./modules/sync/sync.resolver";
import { NodeResolver } from "./node.resolver";

/** Every resolver of the API, listed once. */
export const RESOLVERS = [
  NodeResolver,
  AuthResolver,
  LocalityResolver,
  OrganisationResolver,
  UserResolver,
  RoleGrantResolver,
  DocumentResolver,
  LegalBasisResolver,
  LegalBasisChainLinkResolver,
  CitationResolver,
  TaskResolver,
  TaskUpdateResolver,
  IndicatorResolver,
  IndicatorTargetResolver,
  MeasurementResolver,
  DashboardResolver,
  OrganisationDashboardResolver,
  ReportResolver,
  ReportFieldsResolver,
  ReportSectionResolver,
  ReportFigureResolver,
  FigureTraceResolver,
  ReportRecipientResolver,
  ...AUDIT_RESOLVERS,
  SyncResolver,
  ChangeResolver,
] as const;

/** Coarse check only (signed in, holds a role); the policy module decides on each record. */
const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.actor) throw new UnauthenticatedError();
  if (roles.length > 0 && !roles.some((role) => hasRole(context.actor!, role))) throw new ForbiddenError();
  return true;
};

/** Topic-based subscriptions are not used: an in-process PubSub would miss the other instances' changes. */
const NO_PUBSUB = {
  publish(): never {
    throw new Error("No in-process PubSub: changes reach subscribers through the change feed");
  },
  subscribe(): never {
    throw new Error("No in-process PubSub: changes reach subscribers through the change feed");
  },
};

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // Every entity is a GraphQL type: list them so that the schema never depends on import order.
    orphanedTypes: ENTITIES,
    authChecker,
    // Subscriptions bring their own source (the change hub, fed by PostgreSQL); type-graphql still asks for a PubSub.
    pubSub: NO_PUBSUB,
    validate: { forbidUnknownValues: false },
  });
}

/** The schema as committed in schema/schema.graphql: sorted so that diffs show real changes only. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
