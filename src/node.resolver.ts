import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "./context";
import { NotFoundError } from "./errors";
import { getDocument } from "./modules/document/document.service";
import { getIndicator } from "./modules/indicator/indicator.service";
import { getMeasurement } from "./modules/indicator/measurement.service";
import { getLocality } from "./modules/locality/locality.service";
import { getTask } from "./modules/task/task.service";
import { getOrganisation } from "./modules/organisation/organisation.service";
import { getUser } from "./modules/user/user.service";
import { decodeGlobalId, fromGlobalId, Node } from "./node";

/** How `node(id)` loads each type; every loader applies the same scope rules as the type's own query. */
const NODE_LOADERS: Record<string, (ctx: Context, id: string) => Promise<Node>> = {
  Locality: (ctx, id) => getLocality(ctx, id),
  Organisation: (ctx, id) => getOrganisation(ctx, id),
  User: (ctx, id) => getUser(ctx, id),
  Document: (ctx, id) => getDocument(ctx, id),
  Task: (ctx, id) => getTask(ctx, id),
  Indicator: (ctx, id) => getIndicator(ctx, id),
  Measurement: (ctx, id) => getMeasurement(ctx, id),
};

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, { description: "Any object by its global id (Relay)" })
  node(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Node> {
    const decoded = decodeGlobalId(id);
    if (!decoded) fromGlobalId(id, "Node", "id");
    const load = NODE_LOADERS[decoded!.type];
    if (!load) throw new NotFoundError("Node");
    return load(ctx, id);
  }
}
