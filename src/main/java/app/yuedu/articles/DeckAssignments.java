package app.yuedu.articles;

import app.yuedu.accounts.SchoolClass;
import app.yuedu.accounts.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;

/** Gives decks to classes. */
@ApplicationScoped
public class DeckAssignments {

    @Inject
    Clock clock;

    /** Assigns the deck to each class it is not assigned to yet. The caller checks who may assign to which class. */
    @Transactional
    public void assign(long deckId, Collection<Long> classIds, long assignedBy) {
        for (long classId : classIds) {
            if (DeckAssignment.count("deck.id = ?1 and schoolClass.id = ?2", deckId, classId) == 0) {
                DeckAssignment assignment = new DeckAssignment();
                assignment.deck = Deck.findById(deckId);
                assignment.schoolClass = SchoolClass.findById(classId);
                assignment.assignedBy = User.findById(assignedBy);
                assignment.assignedAt = clock.instant();
                assignment.persist();
            }
        }
    }
}
