package app.yuedu.study;

/** The order in which a deck's new cards are introduced. */
public enum NewCardOrder {
    ARTICLE("Article order", "n.firstPosition, n.id"),
    FREQUENCY("Most frequent first", "n.frequencyRank, n.firstPosition"),
    HSK("HSK level, then frequency", "case when n.hskLevel = 0 then 99 else n.hskLevel end, n.frequencyRank");

    public final String label;
    final String jpql;

    NewCardOrder(String label, String jpql) {
        this.label = label;
        this.jpql = jpql;
    }
}
