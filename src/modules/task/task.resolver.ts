import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { todayInVietnam } from "../../calendar";
import type { Context } from "../../context";
import { ConnectionType, PageArgs } from "../../pagination";
import { Document } from "../document/document.entity";
import { readableOrNull } from "../document/document.policy";
import { Organisation } from "../organisation/organisation.entity";
import { visibleOrganisation } from "../organisation/organisation.service";
import { TaskUpdate } from "./task-update.entity";
import { addTaskUpdate, createTask, updateTask } from "./task-write.service";
import { Task } from "./task.entity";
import { TaskStatus } from "./task.enums";
import { AddTaskUpdateInput, CreateTaskInput, TaskFilter, UpdateTaskInput } from "./task.inputs";
import { getTask, listTasks } from "./task.service";

export const TaskConnection = ConnectionType(Task, "Task");

const AS_OF = { nullable: true, description: "A date to ask about instead of today (in Việt Nam)" } as const;

@Resolver(() => Task)
export class TaskResolver {
  @Authorized()
  @Query(() => Task)
  task(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<Task> {
    return getTask(ctx, id);
  }

  @Authorized()
  @Query(() => TaskConnection, { description: "Tasks led or coordinated by organisations in the caller's scope, ordered by code" })
  tasks(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => TaskFilter, { nullable: true }) filter?: TaskFilter,
    @Arg("asOf", () => GraphQLLocalDate, AS_OF) asOf?: string,
  ) {
    return listTasks(ctx, filter, page, asOf ?? todayInVietnam());
  }

  @Authorized()
  @Mutation(() => Task, { description: "Assign a task through a plan or notice" })
  createTask(@Ctx() ctx: Context, @Arg("input", () => CreateTaskInput) input: CreateTaskInput): Promise<Task> {
    return createTask(ctx, input);
  }

  @Authorized()
  @Mutation(() => Task)
  updateTask(@Ctx() ctx: Context, @Arg("input", () => UpdateTaskInput) input: UpdateTaskInput): Promise<Task> {
    return updateTask(ctx, input);
  }

  @Authorized()
  @Mutation(() => TaskUpdate, { description: "Report progress (the lead for the task, a coordinating body for its part)" })
  addTaskUpdate(@Ctx() ctx: Context, @Arg("input", () => AddTaskUpdateInput) input: AddTaskUpdateInput): Promise<TaskUpdate> {
    return addTaskUpdate(ctx, input);
  }

  @FieldResolver(() => TaskStatus, { description: "Latest status reported by the lead on or before the date; DONE after the due date is DONE_LATE" })
  async status(@Root() task: Task, @Ctx() ctx: Context, @Arg("asOf", () => GraphQLLocalDate, AS_OF) asOf?: string): Promise<TaskStatus> {
    return (await ctx.loaders.taskStates(asOf ?? todayInVietnam()).load(task.id)).status;
  }

  @FieldResolver(() => Int, { nullable: true })
  async progressPercent(@Root() task: Task, @Ctx() ctx: Context, @Arg("asOf", () => GraphQLLocalDate, AS_OF) asOf?: string): Promise<number | null> {
    return (await ctx.loaders.taskStates(asOf ?? todayInVietnam()).load(task.id)).progressPercent;
  }

  @FieldResolver(() => Boolean, { description: "A SCHEDULED task past its due date and not finished; derived, never stored" })
  async overdue(@Root() task: Task, @Ctx() ctx: Context, @Arg("asOf", () => GraphQLLocalDate, AS_OF) asOf?: string): Promise<boolean> {
    return (await ctx.loaders.taskStates(asOf ?? todayInVietnam()).load(task.id)).overdue;
  }

  @FieldResolver(() => Document, { nullable: true, description: "The plan or notice that assigned it, when the caller may read it" })
  async assignedBy(@Root() task: Task, @Ctx() ctx: Context): Promise<Document | null> {
    return readableOrNull(ctx, await ctx.loaders.document.load(task.assignedById));
  }

  @FieldResolver(() => Organisation, { description: "Chủ trì" })
  async leadOrganisation(@Root() task: Task, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(task.leadOrganisationId))!;
  }

  @FieldResolver(() => [Organisation], { description: "Phối hợp" })
  async coordinatingOrganisations(@Root() task: Task, @Ctx() ctx: Context): Promise<Organisation[]> {
    const ids = await ctx.loaders.taskCoordinators.load(task.id);
    return (await ctx.loaders.organisation.loadMany(ids)).filter((o): o is Organisation => o instanceof Organisation);
  }

  @FieldResolver(() => [TaskUpdate], { description: "Status history, oldest first" })
  updates(@Root() task: Task, @Ctx() ctx: Context): Promise<TaskUpdate[]> {
    return ctx.loaders.taskUpdates.load(task.id);
  }
}

@Resolver(() => TaskUpdate)
export class TaskUpdateResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "The reporting organisation" })
  organisation(@Root() update: TaskUpdate, @Ctx() ctx: Context): Promise<Organisation | null> {
    return visibleOrganisation(ctx, update.organisationId);
  }

  @FieldResolver(() => [Document], { description: "Evidence documents the caller may read" })
  async evidence(@Root() update: TaskUpdate, @Ctx() ctx: Context): Promise<Document[]> {
    const documents = await ctx.loaders.document.loadMany(await ctx.loaders.taskUpdateEvidence.load(update.id));
    const readable = await Promise.all(documents.map((d) => (d instanceof Document ? readableOrNull(ctx, d) : null)));
    return readable.filter((d): d is Document => d !== null);
  }
}
