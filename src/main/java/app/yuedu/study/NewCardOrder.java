package app.yuedu.study;

/** The order in which a deck's new cards are introduced. */
public enum NewCardOrder {
    ARTICLE("Article order", "n.first_position, n.id"),
    FREQUENCY("Most frequent first", "n.frequency_rank, n.first_position"),
    HSK("HSK level, then frequency", "case when n.hsk_level = 0 then 99 else n.hsk_level end, n.frequency_rank");

    public final String label;
    /** The SQL order of the deck's notes (alias n). */
    final String sql;

    NewCardOrder(String label, String sql) {
        this.label = label;
        this.sql = sql;
    }
}
