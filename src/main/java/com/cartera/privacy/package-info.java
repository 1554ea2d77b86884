/**
 * Personal data: a person's data exported as a workbook, erased (anonymised) on request, and erased when the
 * workspace's retention periods run out. Reads and erases through the {@code customer} module's
 * {@link com.cartera.customer.PersonalDataHolder}s, which each module holding customer data implements.
 */
package com.cartera.privacy;
