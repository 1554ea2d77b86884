package com.cartera.tenancy;

import javax.sql.DataSource;

/**
 * Where Flyway migrations and the creation and removal of tenant schemas connect: connections whose time limit
 * is a migration's, not a request's, so that a long migration is not cut short. Provided by the database set-up
 * ({@code base.db}).
 */
public interface MigrationDataSource {

    DataSource dataSource();
}
