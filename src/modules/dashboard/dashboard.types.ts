import { GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { Indicator } from "../indicator/indicator.entity";
import { IndicatorStatus } from "../indicator/indicator.enums";
import { Measurement } from "../indicator/measurement.entity";
import { Bloc, Organisation } from "../organisation/organisation.entity";
import { Task } from "../task/task.entity";

@InputType({ description: "Exactly one: an organisation (with its sub-units), a locality (all its bodies), or a steering committee (the work it assigned)" })
export class DashboardScope {
  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field(() => ID, { nullable: true })
  localityId?: string;

  @Field(() => ID, { nullable: true })
  steeringCommitteeId?: string;
}

@ObjectType({ description: "x/y as officials quote it, e.g. \"06/08\"" })
export class Fraction {
  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field({ description: "Zero-padded as in reports: \"06/08\", \"11/11\"" })
  text!: string;
}

@ObjectType()
export class TaskCounts {
  @Field(() => Int, { description: "Assigned, cancelled ones included" })
  total!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  doneLate!: number;

  @Field(() => Int, { description: "In progress and not overdue" })
  inProgress!: number;

  @Field(() => Int, { description: "Scheduled, past due and not finished" })
  overdue!: number;

  @Field(() => Int, { description: "Not started and not overdue" })
  notStarted!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Int)
  scheduled!: number;

  @Field(() => Int)
  ongoing!: number;

  @Field(() => Fraction, { description: "Tasks done (on time or late) of tasks assigned, cancelled ones left out" })
  doneOfAssigned!: Fraction;

  @Field(() => Fraction, { description: "Scheduled tasks done of scheduled tasks (nhiệm vụ theo tiến độ)" })
  scheduledDoneOfScheduled!: Fraction;
}

@ObjectType()
export class BlocTaskCounts extends TaskCounts {
  @Field(() => Bloc)
  bloc!: Bloc;
}

@ObjectType()
export class IndicatorCounts {
  @Field(() => Int, { description: "Indicator targets of organisations in scope whose period overlaps the dashboard's" })
  total!: number;

  @Field(() => Int)
  green!: number;

  @Field(() => Int)
  amber!: number;

  @Field(() => Int)
  red!: number;

  @Field(() => Int)
  unknown!: number;

  @Field(() => Fraction, { description: "Xanh hóa: green of all" })
  greenOfAll!: Fraction;

  @Field(() => Float, { description: "Share of green indicators, 0 to 100" })
  greenPercent!: number;
}

@ObjectType({ description: "An indicator of one organisation and its colour on the dashboard's date" })
export class IndicatorStatusRow {
  @Field(() => Indicator)
  indicator!: Indicator;

  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => IndicatorStatus)
  status!: IndicatorStatus;

  @Field(() => Measurement, { nullable: true, description: "The latest measurement in force" })
  measurement!: Measurement | null;

  @Field(() => Float, { nullable: true, description: "The target in force for it" })
  targetValue!: number | null;
}

@ObjectType({ description: "What officials quote: tasks by status and bloc, indicators by colour, the overdue list" })
export class Dashboard {
  @Field(() => GraphQLLocalDate)
  asOf!: string;

  @Field(() => GraphQLLocalDate)
  periodFrom!: string;

  @Field(() => GraphQLLocalDate)
  periodTo!: string;

  @Field(() => TaskCounts)
  tasks!: TaskCounts;

  @Field(() => [BlocTaskCounts])
  tasksByBloc!: BlocTaskCounts[];

  @Field(() => Fraction, { description: "Tasks other bodies lead that organisations in scope coordinate (phối hợp), done on their part" })
  coordinatedDoneOfCoordinated!: Fraction;

  @Field(() => IndicatorCounts)
  indicators!: IndicatorCounts;

  @Field(() => [IndicatorStatusRow])
  indicatorRows!: IndicatorStatusRow[];

  @Field(() => [Task], { description: "Overdue tasks, earliest due first (at most 100)" })
  overdueTasks!: Task[];
}
