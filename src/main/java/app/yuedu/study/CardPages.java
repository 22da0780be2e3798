package app.yuedu.study;

import app.yuedu.accounts.User;
import app.yuedu.articles.Note;
import app.yuedu.articles.Sentence;
import app.yuedu.articles.core.SentenceTokens;
import app.yuedu.articles.core.StoredToken;
import app.yuedu.scheduling.Card;
import app.yuedu.study.StudyViews.CardView;
import app.yuedu.study.StudyViews.DeckHeader;
import app.yuedu.study.StudyViews.TokenView;
import app.yuedu.study.core.SentenceExcerpt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the views of the study pages from a card, its note and the note's example sentence. */
@ApplicationScoped
class CardPages {

    @Inject
    EntityManager em;

    DeckHeader deck(long deckId) {
        List<Object[]> rows = em.createQuery("select d.id, d.name, d.article.id from Deck d where d.id = :id",
                Object[].class).setParameter("id", deckId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("There is no deck " + deckId + ". Pick one from the deck list.");
        }
        Object[] row = rows.get(0);
        return new DeckHeader((Long) row[0], (String) row[1], (Long) row[2]);
    }

    CardView card(Card card, User user) {
        Note note = em.find(Note.class, card.noteId);
        Sentence sentence = note.exampleSentence;
        List<StoredToken> tokens = SentenceTokens.decode(sentence.tokens);
        boolean traditional = user.script == User.Script.TRADITIONAL;
        Map<String, String[]> notes = notesOf(card.deckId, tokens);

        int wordStart = -1;
        int offset = 0;
        int[] starts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = offset;
            if (wordStart < 0 && tokens.get(i).text().equals(note.word)) {
                wordStart = offset;
            }
            offset += tokens.get(i).text().length();
        }
        SentenceExcerpt.Range range = SentenceExcerpt.around(offset, sentence.clauseStarts, wordStart);
        List<TokenView> all = new ArrayList<>();
        List<TokenView> excerpt = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            StoredToken token = tokens.get(i);
            String[] known = notes.get(token.text());
            String text = traditional && known != null ? known[1] : token.text();
            TokenView view = new TokenView(text, token.pinyin(), known == null ? "" : known[0],
                    token.isVocabulary(), starts[i] == wordStart && token.text().equals(note.word));
            all.add(view);
            if (range.overlaps(starts[i], starts[i] + token.text().length())) {
                excerpt.add(view);
            }
        }
        List<String> glosses = note.glosses == null || note.glosses.isEmpty() ? List.of()
                : Arrays.asList(note.glosses.split("\n"));
        return new CardView(card.id, card.version, card.cardType, traditional ? note.traditional : note.word,
                note.word, note.traditional, note.pinyin, glosses, note.charHint, note.hskLevel, excerpt, all,
                excerpt.size() < all.size(), sentence.text, sentence.article.id, sentence.position);
    }

    /** Gloss and traditional form of the sentence's words that are notes of the deck. */
    private Map<String, String[]> notesOf(long deckId, List<StoredToken> tokens) {
        Set<String> words = new LinkedHashSet<>();
        for (StoredToken token : tokens) {
            if (token.isVocabulary()) {
                words.add(token.text());
            }
        }
        Map<String, String[]> notes = new HashMap<>();
        if (words.isEmpty()) {
            return notes;
        }
        for (Object[] row : em.createQuery("""
                select n.word, n.glosses, n.charHint, n.inDictionary, n.traditional from Note n
                where n.deck.id = :d and n.word in :words""", Object[].class)
                .setParameter("d", deckId).setParameter("words", words).getResultList()) {
            String gloss = (Boolean) row[3] ? ((String) row[1]).replace("\n", "; ") : (String) row[2];
            notes.put((String) row[0], new String[] {gloss == null ? "" : gloss, (String) row[4]});
        }
        return notes;
    }
}
