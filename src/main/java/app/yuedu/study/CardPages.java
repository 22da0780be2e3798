package app.yuedu.study;

import app.yuedu.accounts.UserProfile;
import app.yuedu.articles.Note;
import app.yuedu.articles.Sentence;
import app.yuedu.articles.core.SentenceTokens;
import app.yuedu.articles.core.StoredToken;
import app.yuedu.cache.LeastRecentlyUsed;
import app.yuedu.lexicon.core.Pinyin;
import app.yuedu.scheduling.Card;
import app.yuedu.study.StudyViews.CardView;
import app.yuedu.study.StudyViews.TokenView;
import app.yuedu.study.core.SentenceExcerpt;
import app.yuedu.web.PinyinExtensions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the views of the study pages from a card, its note and the note's example sentence.
 *
 * <p>A note, its example sentence and the glosses of that sentence's words never change once a deck is stored, so
 * their view is kept in a bounded cache by note id: showing a card then costs no query for its content. This is a
 * cache of immutable rows, not state: another instance simply reads them once itself.
 */
@ApplicationScoped
class CardPages {

    /** Notes whose content is kept; a class studying a few articles needs a few thousand. */
    static final int CACHED_NOTES = 20_000;

    @Inject
    EntityManager em;

    private final Map<Long, NoteContent> cache = LeastRecentlyUsed.map(CACHED_NOTES);

    /**
     * The example sentence as the reader shows it (ruby and glosses), rendered here once per note and script rather
     * than on every page: the sentence's loops were the larger part of the study page's template.
     */
    @CheckedTemplate(basePath = "StudyResource")
    static class Templates {
        static native TemplateInstance reader(List<TokenView> tokens);
    }

    /** A note as the study pages show it, in both scripts. */
    record NoteContent(String simplified, String traditional, String pinyin, RawString pinyinHtml,
                       List<String> glosses, String charHint, int hskLevel, Script simplifiedScript,
                       Script traditionalScript, String sentenceText, long articleId, int sentencePosition) {}

    /** The example sentence in one script: the clause around the word and the whole sentence, and their HTML. */
    record Script(List<TokenView> excerpt, List<TokenView> sentence, RawString excerptHtml, RawString sentenceHtml) {}

    CardView card(Card card, UserProfile user) {
        NoteContent note = cache.get(card.noteId);
        if (note == null) {
            note = load(card.noteId);
            cache.put(card.noteId, note);
        }
        boolean traditional = user.prefersTraditional();
        Script script = traditional ? note.traditionalScript() : note.simplifiedScript();
        return new CardView(card.id, card.version, card.cardType, traditional ? note.traditional() : note.simplified(),
                note.simplified(), note.traditional(), note.pinyin(), note.glosses(), note.charHint(), note.hskLevel(),
                script.excerpt(), script.sentence(), script.excerpt().size() < script.sentence().size(),
                note.sentenceText(), note.articleId(), note.sentencePosition(), note.pinyinHtml(), script.excerptHtml(),
                script.sentenceHtml());
    }

    private NoteContent load(long noteId) {
        Note note = em.find(Note.class, noteId);
        Sentence sentence = note.exampleSentence;
        List<StoredToken> tokens = SentenceTokens.decode(sentence.tokens);
        Map<String, String[]> notes = notesOf(note.deck.id, tokens);

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
        List<String> glosses = note.glosses == null || note.glosses.isEmpty() ? List.of()
                : List.copyOf(Arrays.asList(note.glosses.split("\n")));
        return new NoteContent(note.word, note.traditional, note.pinyin, PinyinExtensions.toneHtml(note.pinyin),
                glosses, note.charHint, note.hskLevel,
                script(tokens, starts, wordStart, range, note.word, notes, false),
                script(tokens, starts, wordStart, range, note.word, notes, true),
                sentence.text, sentence.article.id, sentence.position);
    }

    private static Script script(List<StoredToken> tokens, int[] starts, int wordStart, SentenceExcerpt.Range range,
                                 String word, Map<String, String[]> notes, boolean traditional) {
        List<TokenView> all = new ArrayList<>();
        List<TokenView> excerpt = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            StoredToken token = tokens.get(i);
            String[] known = notes.get(token.text());
            String text = traditional && known != null ? known[1] : token.text();
            String marks = token.pinyin() == null || token.pinyin().isEmpty() ? "" : Pinyin.toMarked(token.pinyin());
            TokenView view = new TokenView(text, token.pinyin(), marks, known == null ? "" : known[0],
                    token.isVocabulary(), starts[i] == wordStart && token.text().equals(word));
            all.add(view);
            if (range.overlaps(starts[i], starts[i] + token.text().length())) {
                excerpt.add(view);
            }
        }
        RawString excerptHtml = new RawString(Templates.reader(excerpt).render());
        // Most excerpts are the whole sentence: one rendering serves both.
        RawString sentenceHtml = excerpt.size() == all.size() ? excerptHtml
                : new RawString(Templates.reader(all).render());
        return new Script(List.copyOf(excerpt), List.copyOf(all), excerptHtml, sentenceHtml);
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
