package app.yuedu.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A native SQL statement with named parameters ({@code :name}), run over plain JDBC. The study page's statement runs
 * on every card shown; through Hibernate's native query it paid for parameter and result handling about as much CPU
 * as the driver itself spent on it (a profile of 26 Nov 2026). Values are bound and read with their own types: an
 * {@link Instant} as the UTC wall-clock time in a TIMESTAMP column, as Hibernate stores it (and as
 * {@code OneStatementGrade} binds it), so the driver never needs to ask the server for a parameter's type.
 */
final class NamedStatement {

    /**
     * The value of a TIMESTAMP parameter that is NULL. A plain null is bound without a type, which the server infers;
     * but the driver remembers the types a statement was prepared with, and a statement first prepared with an untyped
     * null is prepared again when a timestamp comes in its place. Typed, the null fits the statement as prepared for
     * timestamps.
     */
    static final Object NULL_TIMESTAMP = new Object();

    private final String sql;
    private final List<String> parameters;

    private NamedStatement(String sql, List<String> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    /**
     * The statement with each {@code :name} outside quotes replaced by a {@code ?}; a {@code ::} cast stays as it
     * is.
     */
    static NamedStatement parse(String namedSql) {
        StringBuilder sql = new StringBuilder(namedSql.length());
        List<String> parameters = new ArrayList<>();
        boolean quoted = false;
        int i = 0;
        while (i < namedSql.length()) {
            char c = namedSql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':' && i + 1 < namedSql.length()) {
                if (namedSql.charAt(i + 1) == ':') {
                    sql.append("::");
                    i += 2;
                    continue;
                }
                int end = i + 1;
                while (end < namedSql.length() && Character.isJavaIdentifierPart(namedSql.charAt(end))) {
                    end++;
                }
                if (end > i + 1 && Character.isJavaIdentifierStart(namedSql.charAt(i + 1))) {
                    parameters.add(namedSql.substring(i + 1, end));
                    sql.append('?');
                    i = end;
                    continue;
                }
            }
            sql.append(c);
            i++;
        }
        return new NamedStatement(sql.toString(), List.copyOf(parameters));
    }

    /** The SQL as sent, with positional parameters. */
    String sql() {
        return sql;
    }

    /** The parameter names, one per position. */
    List<String> parameters() {
        return parameters;
    }

    /**
     * The rows of the statement, each column read as the type given for it (Long, Integer, Double, Boolean,
     * Instant), SQL NULL as null.
     *
     * @throws IllegalArgumentException when a parameter of the statement has no value
     */
    List<Object[]> rows(Connection connection, Map<String, ?> values, List<Class<?>> columnTypes)
            throws SQLException {
        try (PreparedStatement statement = prepared(connection, values)) {
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Object[] row = new Object[columnTypes.size()];
                    for (int column = 0; column < row.length; column++) {
                        row[column] = read(result, column + 1, columnTypes.get(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /**
     * Runs an INSERT, UPDATE or DELETE; returns the number of rows it changed.
     *
     * @throws IllegalArgumentException when a parameter of the statement has no value
     */
    int update(Connection connection, Map<String, ?> values) throws SQLException {
        try (PreparedStatement statement = prepared(connection, values)) {
            return statement.executeUpdate();
        }
    }

    private PreparedStatement prepared(Connection connection, Map<String, ?> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                String name = parameters.get(i);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("No value for the parameter :" + name);
                }
                bind(statement, i + 1, values.get(name));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Double number) {
            statement.setDouble(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value == NULL_TIMESTAMP) {
            statement.setNull(index, Types.TIMESTAMP);
        } else if (value == null) {
            statement.setNull(index, Types.NULL);
        } else {
            throw new IllegalArgumentException("Cannot bind a " + value.getClass().getName());
        }
    }

    private static Object read(ResultSet result, int column, Class<?> type) throws SQLException {
        Object value;
        if (type == Long.class) {
            value = result.getLong(column);
        } else if (type == Integer.class) {
            value = result.getInt(column);
        } else if (type == Double.class) {
            value = result.getDouble(column);
        } else if (type == Boolean.class) {
            value = result.getBoolean(column);
        } else if (type == Instant.class) {
            LocalDateTime time = result.getObject(column, LocalDateTime.class);
            return time == null ? null : time.toInstant(ZoneOffset.UTC);
        } else {
            throw new IllegalArgumentException("Cannot read a column as " + type.getName());
        }
        return result.wasNull() ? null : value;
    }
}
