/**
 * The notification bell the application's frame shows in its header, and the preferences page: exposed to the
 * shell as the named interface {@code ui} of module {@code notification}.
 */
@NamedInterface("ui")
package com.cartera.notification.ui;

import org.springframework.modulith.NamedInterface;
