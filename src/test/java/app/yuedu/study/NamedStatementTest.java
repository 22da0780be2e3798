package app.yuedu.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
