/**
 * The dashboards (management and each department's home), the period picker and the switcher between the
 * dashboards a person may see. Exposed as the named interface {@code ui} so the shell can send each person to
 * their home.
 */
@NamedInterface("ui")
package com.cartera.analytics.ui;

import org.springframework.modulith.NamedInterface;
