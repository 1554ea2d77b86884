package com.cartera.importexport;

import java.util.UUID;

import com.cartera.tenancy.TenantRef;

/**
 * Published in the transaction that ends an import job, so that whoever started it can be told.
 *
 * @param tenant      the workspace
 * @param jobId       the job
 * @param fileName    the file imported
 * @param status      how it ended: COMPLETED, FAILED or CANCELLED
 * @param submittedBy who started it
 */
public record ImportFinished(TenantRef tenant, long jobId, String fileName, String status, UUID submittedBy) {
}
