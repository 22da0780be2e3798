package app.yuedu.study;

import java.util.List;

/** The order in which a deck's new cards are introduced. */
public enum NewCardOrder {
    ARTICLE("Article order", "n.first_position", "n.id"),
    FREQUENCY("Most frequent first", "n.frequency_rank", "n.first_position"),
    HSK("HSK level, then frequency", "case when n.hsk_level = 0 then 99 else n.hsk_level end", "n.frequency_rank");

    public final String label;
    /** The SQL keys, most significant first, that order the deck's notes (alias n). */
    final List<String> keys;

    NewCardOrder(String label, String... keys) {
        this.label = label;
        this.keys = List.of(keys);
    }
}
