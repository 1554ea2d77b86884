package com.cartera.importexport;

import java.util.Map;
import java.util.UUID;

import com.cartera.tenancy.TenantRef;

/**
 * Everything a background import needs, fixed at submission, when the permissions were checked.
 *
 * @param leadsOnly only leads may be created or updated (marketing's imports)
 * @param owners    team members by e-mail and by name (lower case, no accents), for an owner column
 */
record ImportRequest(TenantRef tenant, UUID submittedBy, ImportFile file, SheetPreview sheet, ImportKind kind,
                     ColumnMapping mapping, ImportMode mode, MatchKey matchKey, boolean leadsOnly,
                     Map<String, UUID> owners) {
}
