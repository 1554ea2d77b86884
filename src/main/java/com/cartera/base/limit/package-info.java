/**
 * Rate budgets shared by every replica: token buckets kept in a database table, used by the sign-up, password-reset
 * and public support-form limits.
 */
@NamedInterface("limit")
package com.cartera.base.limit;

import org.springframework.modulith.NamedInterface;
