package app.yuedu.articles;

import app.yuedu.accounts.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;

/**
 * The one place that decides which decks and articles the signed-in user may see. Every endpoint that takes a
 * deck or article id asks here first. A deck is visible to its uploader, to the students and the teacher of every
 * class it is assigned to, and to admins; seed decks ({@link Deck#openToAll}) are visible to everyone signed in.
 *
 * <p>A deck the user may not see answers 404, like a deck that does not exist, so ids reveal nothing.
 */
@ApplicationScoped
public class DeckAccess {

    /**
     * The JPQL condition "deck d is visible to user :user" (admins are handled before it is used). Public for queries
     * that check access in the same statement that reads the deck (the study page).
     */
    public static final String VISIBLE = """
            (d.openToAll = true
             or d.uploadedBy.id = :user
             or exists (select a from DeckAssignment a where a.deck = d and (a.schoolClass.teacher.id = :user
                 or exists (select m from ClassMember m where m.schoolClass = a.schoolClass and m.student.id = :user))))""";

    /**
     * {@link #VISIBLE} in SQL, for native statements that check access in the same statement (the study page's one
     * statement): "deck dk is visible to user :u". Keep the two in step; the study tests check each way a deck
     * becomes visible through this form too.
     */
    public static final String VISIBLE_SQL = """
            (dk.open_to_all
             or dk.uploaded_by = :u
             or exists (select 1 from deck_assignment vd join school_class vc on vc.id = vd.class_id
                        where vd.deck_id = dk.id and (vc.teacher_id = :u
                            or exists (select 1 from class_member vm where vm.class_id = vd.class_id
                                       and vm.student_id = :u))))""";

    /**
     * The ways into {@link #VISIBLE} that need no class: the deck is open to everyone, or the user uploaded it. Both
     * are fixed when the deck is stored, so a cache of the deck can answer them (the study statements then leave
     * the check out); false means only that access, if any, comes through a class.
     */
    public static boolean visibleWithoutClass(boolean openToAll, Long uploadedBy, long userId) {
        return openToAll || uploadedBy != null && uploadedBy == userId;
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager em;

    @Inject
    DeckQueries queries;

    /** @throws NotFoundException when the deck does not exist or is not visible to the user */
    public void requireReadableDeck(long deckId) {
        if (!canRead(deckId)) {
            throw new NotFoundException("There is no deck " + deckId + ". Pick one from the deck list.");
        }
    }

    /** @throws NotFoundException when the article does not exist or is not visible to the user */
    public void requireReadableArticle(long articleId) {
        boolean visible = currentUser.isAdmin()
                ? Article.findById(articleId) != null
                : !em.createQuery("select d.id from Deck d where d.article.id = :article and " + VISIBLE, Long.class)
                        .setParameter("article", articleId).setParameter("user", currentUser.id())
                        .setMaxResults(1).getResultList().isEmpty();
        if (!visible) {
            throw new NotFoundException("There is no article " + articleId + ". Pick a deck from the deck list.");
        }
    }

    /** Whether the signed-in user may read this deck (false when it does not exist). */
    public boolean canRead(long deckId) {
        // Runs on every study request: a primary-key lookup with two indexed EXISTS, never a count of notes.
        if (currentUser.isAdmin()) {
            return Deck.findById(deckId) != null;
        }
        return !em.createQuery("select d.id from Deck d where d.id = :deck and " + VISIBLE, Long.class)
                .setParameter("deck", deckId).setParameter("user", currentUser.id()).getResultList().isEmpty();
    }

    /** The decks the signed-in user may see, newest first. */
    public java.util.List<DeckViews.DeckSummary> visibleDecks() {
        return currentUser.isAdmin() ? queries.listDecks() : queries.listDecksVisibleTo(currentUser.id());
    }
}
