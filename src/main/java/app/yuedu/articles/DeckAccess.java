package app.yuedu.articles;

import app.yuedu.accounts.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/**
 * The one place that decides which decks and articles the signed-in user may see. Every endpoint that takes a
 * deck or article id asks here first. Today every signed-in user may read every deck (the seed decks are
 * public); class assignments narrow this when classes exist.
 */
@ApplicationScoped
public class DeckAccess {

    @Inject
    CurrentUser currentUser;

    /** @throws NotFoundException when the deck does not exist or is not visible to the user */
    public void requireReadableDeck(long deckId) {
        // A primary-key lookup: this runs on every study request, so it must not count the deck's notes.
        if (Deck.findById(deckId) == null) {
            throw new NotFoundException("There is no deck " + deckId + ". Pick one from the deck list.");
        }
    }

    /** @throws NotFoundException when the article does not exist or is not visible to the user */
    public void requireReadableArticle(long articleId) {
        if (Article.findById(articleId) == null) {
            throw new NotFoundException("There is no article " + articleId + ". Pick a deck from the deck list.");
        }
    }
}
