package app.yuedu.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.yuedu.scheduling.CardType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The queue's card-type filter, run in a database against a card of each type, for every choice of types. */
class CardTypeConditionTest {

    @Test
    void everyChoiceOfTypesKeepsExactlyThoseTypes() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:card-type-condition");
                Statement sql = db.createStatement()) {
            sql.execute("create table card (card_type varchar(16) not null)");
            for (CardType type : CardType.values()) {
                sql.execute("insert into card values ('" + type.name() + "')");
            }
            CardType[] all = CardType.values();
            for (int mask = 1; mask < 1 << all.length; mask++) {
                List<CardType> enabled = new ArrayList<>();
                for (int i = 0; i < all.length; i++) {
                    if ((mask & 1 << i) != 0) {
                        enabled.add(all[i]);
                    }
                }
                Set<String> kept = new TreeSet<>();
                String condition = DeckStudy.typeCondition(enabled);
                try (ResultSet rows = sql.executeQuery("select c.card_type from card c where 1 = 1" + condition)) {
                    while (rows.next()) {
                        kept.add(rows.getString(1));
                    }
                }
                assertEquals(new TreeSet<>(enabled.stream().map(CardType::name).toList()), kept, condition);
            }
        }
    }

    @Test
    void theDefaultTypesLeaveOutTheOtherOneInOneComparison() {
        assertEquals(" and c.card_type not in ('CLOZE')",
                DeckStudy.typeCondition(List.of(CardType.RECOGNITION, CardType.RECALL)));
        assertEquals("", DeckStudy.typeCondition(Arrays.asList(CardType.values())));
    }
}
