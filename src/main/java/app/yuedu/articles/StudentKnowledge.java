package app.yuedu.articles;

/**
 * What the signed-in student knows of a deck, for the deck page. The study feature implements it: it owns known
 * words and cards, and depends on this feature, so the deck page reaches it through this interface.
 */
public interface StudentKnowledge {

    DeckViews.DeckKnowledge of(long userId, long deckId);
}
