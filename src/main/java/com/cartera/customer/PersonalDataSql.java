package com.cartera.customer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * Plain SQL for {@link PersonalDataHolder}s, on the transaction's connection (which points at the workspace's
 * schema). Parameters bind in order; a {@code Long[]} or {@code String[]} binds as a {@code bigint[]} or
 * {@code text[]}. Bulk statements bypass the persistence context: callers flush before and clear after.
 */
public final class PersonalDataSql {

    private PersonalDataSql() {
    }

    /** The rows {@code sql} returns, as a sheet named by {@code titleKey}. */
    public static PersonalDataSheet read(EntityManager entityManager, String titleKey, String sql,
                                         Object... parameters) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, parameters);
                try (ResultSet result = statement.executeQuery()) {
                    var meta = result.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnLabel(i));
                    }
                    List<List<Object>> rows = new ArrayList<>();
                    while (result.next()) {
                        List<Object> row = new ArrayList<>(columns.size());
                        for (int i = 1; i <= columns.size(); i++) {
                            row.add(plain(result.getObject(i)));
                        }
                        rows.add(row);
                    }
                    return new PersonalDataSheet(titleKey, columns, rows);
                }
            }
        });
    }

    private static void bind(Connection connection, PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof Long[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("bigint", ids));
            } else if (parameter instanceof String[] texts) {
                statement.setArray(i + 1, connection.createArrayOf("text", texts));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
    }

    private static Object plain(Object value) throws SQLException {
        return switch (value) {
            case null -> null;
            case Timestamp timestamp -> timestamp.toInstant();
            case Date date -> date.toLocalDate();
            case Number number -> number;
            case Boolean flag -> flag;
            case UUID id -> id.toString();
            case Array array -> Arrays.asList((Object[]) array.getArray()).toString();
            // Text, and jsonb as its text.
            default -> value.toString();
        };
    }

    /** Runs an insert, update or delete; returns the number of rows it changed. */
    public static int update(EntityManager entityManager, String sql, Object... parameters) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, parameters);
                return statement.executeUpdate();
            }
        });
    }
}
