/**
 * The embedded PostgreSQL server Cartera runs when no external database is configured. Exposed so that
 * other modules can tell whether it is in use (the demo workspace is only made there).
 */
@NamedInterface("db")
package com.cartera.base.db;

import org.springframework.modulith.NamedInterface;
