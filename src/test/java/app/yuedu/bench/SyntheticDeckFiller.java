package app.yuedu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a synthetic deck of N notes to a Yuedu database that already holds the mined seed article, for the
 * database-backed export benchmark ({@code bench/export-db}). The notes reuse the seed deck's words (numbered
 * to stay unique) and point at the seed article's sentences, so each note has a real example sentence with
 * stored tokens to decode.
 *
 * <p>Arguments: JDBC URL, number of notes. Prints the new deck's id.
 */
public final class SyntheticDeckFiller {

    private static final long ID_BASE = 50_000_000L;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int size = Integer.parseInt(args[1]);
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            db.setAutoCommit(false);
            long seedArticle = single(db, "select min(id) from article");
            List<long[]> seedNotes = new ArrayList<>();
            List<String[]> seedText = new ArrayList<>();
            try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(
                    "select n.word, n.traditional, n.pinyin, n.glosses, n.example_sentence_id, n.hsk_level, "
                            + "n.first_position from note n join deck d on n.deck_id = d.id "
                            + "where d.article_id = " + seedArticle + " order by n.id")) {
                while (rows.next()) {
                    seedText.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)});
                    seedNotes.add(new long[] {rows.getLong(5), rows.getInt(6), rows.getInt(7)});
                }
            }
            long articleId = ID_BASE + size;
            long deckId = ID_BASE + size;
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement article = db.prepareStatement("insert into article "
                    + "(id, title, headline, dateline, byline, source, slug, content_hash, original_text, char_count,"
                    + " created_at) select ?, title || ?, headline, dateline, byline, source, slug || ?, ?, "
                    + "original_text, char_count, ? from article where id = ?")) {
                article.setLong(1, articleId);
                article.setString(2, " ×" + size);
                article.setString(3, "-" + size);
                article.setString(4, String.format("%064x", size));
                article.setTimestamp(5, now);
                article.setLong(6, seedArticle);
                article.executeUpdate();
            }
            try (PreparedStatement deck = db.prepareStatement(
                    "insert into deck (id, article_id, name, created_at, open_to_all) values (?, ?, ?, ?, true)")) {
                deck.setLong(1, deckId);
                deck.setLong(2, articleId);
                deck.setString(3, "Synthetic " + size);
                deck.setTimestamp(4, now);
                deck.executeUpdate();
            }
            try (PreparedStatement note = db.prepareStatement("insert into note (id, deck_id, word, traditional, "
                    + "pinyin, glosses, classifiers, char_hint, in_dictionary, proper_noun, known_by_default, "
                    + "hsk_level, frequency_rank, article_count, first_position, example_sentence_id) "
                    + "values (?, ?, ?, ?, ?, ?, '', null, true, false, false, ?, 1000, 1, ?, ?)")) {
                for (int i = 0; i < size; i++) {
                    String[] text = seedText.get(i % seedText.size());
                    long[] numbers = seedNotes.get(i % seedNotes.size());
                    int round = i / seedText.size();
                    note.setLong(1, ID_BASE * 2 + (long) size * 2 + i);
                    note.setLong(2, deckId);
                    note.setString(3, text[0] + (round == 0 ? "" : String.valueOf(round)));
                    note.setString(4, text[1]);
                    note.setString(5, text[2]);
                    note.setString(6, text[3]);
                    note.setInt(7, (int) numbers[1]);
                    note.setInt(8, (int) numbers[2] + round * 1000);
                    note.setLong(9, numbers[0]);
                    note.addBatch();
                    if (i % 1000 == 999) {
                        note.executeBatch();
                    }
                }
                note.executeBatch();
            }
            db.commit();
            System.out.println(deckId);
        }
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
