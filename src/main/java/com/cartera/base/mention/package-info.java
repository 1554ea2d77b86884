/**
 * Mentions of workspace members in free-text notes: stored as member ids ({@code @[uuid]}) so that a renamed
 * person stays mentioned, shown with their current name, escaped. Exposed to every module that keeps notes as the
 * named interface {@code mention} of module {@code base}; the notes' owners publish {@link NoteMentioned}.
 */
@NamedInterface("mention")
package com.cartera.base.mention;

import org.springframework.modulith.NamedInterface;
