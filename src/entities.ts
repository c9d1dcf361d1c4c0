import { AuditEvent } from "./modules/audit/audit-event.entity";
import { Document } from "./modules/document/document.entity";
import { LegalBasis } from "./modules/document/legal-basis.entity";
import { Locality } from "./modules/locality/locality.entity";
import { Organisation } from "./modules/organisation/organisation.entity";
import { RoleGrant } from "./modules/user/role-grant.entity";
import { User } from "./modules/user/user.entity";

/** Every entity, listed once for the DataSource. */
export const ENTITIES = [Locality, Organisation, User, RoleGrant, AuditEvent, Document, LegalBasis];
