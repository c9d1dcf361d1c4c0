import type { EntityManager } from "typeorm";
import { badInput } from "../../errors";
import { issuerMismatch, type IssuingBody } from "../../report-import";
import type { Organisation } from "../organisation/organisation.entity";

/**
 * Refuses a report whose header names another issuing body than the organisation it is imported
 * into ("ỦY BAN NHÂN DÂN XÃ THẠCH KIM" into UBND phường Hải An): a draft filed under the wrong body
 * would be signed and sent as that body's. The caller may still import it by confirming
 * (`confirmIssuingBody: true`), for example a report a body drafts for another to sign.
 */
export async function checkIssuingBody(db: EntityManager, issuer: Organisation, body: IssuingBody | null, confirmed: boolean): Promise<void> {
  if (confirmed || !body) return;
  const [locality] = await db.query(`SELECT name, level FROM locality WHERE id = $1`, [issuer.localityId]);
  const mismatch = issuerMismatch(body, { name: issuer.name, shortName: issuer.shortName, kind: issuer.kind, locality });
  if (!mismatch) return;
  const why = mismatch === "PLACE" ? "địa bàn khác / another locality" : "cơ quan khác / another body";
  throw badInput(
    "header.issuingBody",
    `phần đầu văn bản ghi cơ quan ban hành "${body.name}", không phải ${issuer.name} (${why}); gửi confirmIssuingBody: true nếu vẫn nhập / ` +
      `the header names "${body.name}" as the issuing body, not ${issuer.name}; pass confirmIssuingBody: true to import it anyway`,
  );
}
