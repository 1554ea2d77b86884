/**
 * Shared UI building blocks (language switch, notifications, field validation) that every module's
 * views use: exposed to the other modules as the named interface {@code ui} of module {@code base}.
 */
@NamedInterface("ui")
package com.cartera.base.ui;

import org.springframework.modulith.NamedInterface;
