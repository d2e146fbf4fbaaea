import { authorityFor } from "../../domain/authority-access.ts";
import { ApiError } from "../../lib/errors.ts";
import type { AppRouteHandler } from "../../lib/types.ts";
import { listRecordHistory, recordBelongsTo } from "./history.repository.ts";
import type { getRecordHistory } from "./history.routes.ts";
import { listRecordVersions } from "./history-versions.repository.ts";

export const getRecordHistoryHandler: AppRouteHandler<typeof getRecordHistory> = async (c) => {
  const { gss, recordType, id } = c.req.valid("param");
  const { authority } = await authorityFor(c, gss, "read");
  const db = c.var.database.db;
  if (!(await recordBelongsTo(db, authority.id, recordType, id))) {
    throw new ApiError(
      404,
      "not_found",
      `This authority has no ${recordType.replace("_", " ")} with this id`,
    );
  }
  return c.json(
    {
      versions: await listRecordVersions(db, recordType, id),
      entries: await listRecordHistory(db, authority.id, recordType, id),
    },
    200,
  );
};
