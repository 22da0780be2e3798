package app.yuedu.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Named parameters become positional ones; casts and quoted text are left as they are. */
class NamedStatementTest {

    @Test
    void eachNamedParameterBecomesAPositionInOrderOfAppearance() {
        NamedStatement statement = NamedStatement.parse(
                "select c.id from card c where c.user_id = :u and c.deck_id = :d and c.due <= :now or c.user_id = :u");
        assertEquals("select c.id from card c where c.user_id = ? and c.deck_id = ? and c.due <= ? or c.user_id = ?",
                statement.sql());
        assertEquals(List.of("u", "d", "now", "u"), statement.parameters());
    }

    @Test
    void castsAndQuotedColonsAreNotParameters() {
        NamedStatement statement = NamedStatement.parse(
                "select :dayStart::timestamp, 'a :quoted text', x from t where x = 'it''s :not' and y = :y_2");
        assertEquals("select ?::timestamp, 'a :quoted text', x from t where x = 'it''s :not' and y = ?",
                statement.sql());
        assertEquals(List.of("dayStart", "y_2"), statement.parameters());
    }

    @Test
    void aColonNotFollowedByANameStaysText() {
        NamedStatement statement = NamedStatement.parse("select 1 as a, ': ' || :1 || x:");
        assertEquals("select 1 as a, ': ' || :1 || x:", statement.sql());
        assertEquals(List.of(), statement.parameters());
    }

    /**
     * A TIMESTAMP parameter that is null is bound with its type, so that the statement the driver prepared serves the
     * null and the non-null executions alike; a plain null goes untyped.
     */
    @Test
    void aNullTimestampIsBoundAsATypedNull() throws Exception {
        List<String> calls = new ArrayList<>();
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("setNull")) {
                        calls.add(arguments[0] + ":" + arguments[1]);
                    }
                    return method.getName().equals("executeUpdate") ? 1 : null;
                });
        Connection connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> statement);
        Map<String, Object> values = new HashMap<>();
        values.put("last", NamedStatement.NULL_TIMESTAMP);
        values.put("other", null);

        assertEquals(1, NamedStatement.parse("update t set a = :last, b = :other").update(connection, values));
        assertEquals(List.of("1:" + Types.TIMESTAMP, "2:" + Types.NULL), calls);
    }
}
