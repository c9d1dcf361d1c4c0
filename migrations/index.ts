import { SearchTextWords1796201902041 } from "./1796201902041-SearchTextWords";
import { DropLoginFailure1796199450500 } from "./1796199450500-DropLoginFailure";
import { ReadPathIndexes1796198845502 } from "./1796198845502-ReadPathIndexes";
import { ChangeFeed1796237606520 } from "./1796237606520-ChangeFeed";
import { SyncKeys1796198418062 } from "./1796198418062-SyncKeys";
import { LegalBasisPosition1796198315075 } from "./1796198315075-LegalBasisPosition";
import { RateLimits1796198251236 } from "./1796198251236-RateLimits";
import { IdempotencyKeys1796197866668 } from "./1796197866668-IdempotencyKeys";
import { AuditOrganisationIndex1795515187758 } from "./1795515187758-AuditOrganisationIndex";
import { LoginThrottle1795514658396 } from "./1795514658396-LoginThrottle";
import { Reports1795513957842 } from "./1795513957842-Reports";
import { TasksIndicators1795513299575 } from "./1795513299575-TasksIndicators";
import { Documents1795512374431 } from "./1795512374431-Documents";
import { Foundation1795510752428 } from "./1795510752428-Foundation";

/** Every migration in order; the DataSource runs the pending ones at start-up. */
export const MIGRATIONS: Function[] = [Foundation1795510752428, Documents1795512374431, TasksIndicators1795513299575, Reports1795513957842, LoginThrottle1795514658396, AuditOrganisationIndex1795515187758, IdempotencyKeys1796197866668, RateLimits1796198251236, LegalBasisPosition1796198315075, SyncKeys1796198418062, ReadPathIndexes1796198845502, DropLoginFailure1796199450500, SearchTextWords1796201902041, ChangeFeed1796237606520];
