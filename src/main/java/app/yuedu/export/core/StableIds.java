package app.yuedu.export.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;

/**
 * Every identifier in the package, derived from the input instead of drawn at random, so that a later export
 * of the same deck lines up with what Anki already has.
 *
 * <ul>
 *   <li>Note type, field and template ids come from the installation id: one note type per installation.
 *   <li>The deck id comes from the installation id and the deck key (Anki matches decks by name, but the id
 *       keeps the package the same when only the name changed).
 *   <li>A note's GUID comes from the installation, the deck key and the word; Anki matches notes on it.
 *   <li>Note and card ids only need to be unique in the package and not in the future (Anki rewrites ids later
 *       than tomorrow): they count up from a base a few days before the deck's {@code modifiedAt}.
 * </ul>
 *
 * <p>Derived ids lie in [10<sup>12</sup>, 10<sup>12</sup> + 2<sup>50</sup>): positive, shaped like Anki's
 * millisecond ids, and exact in JavaScript numbers (add-ons and AnkiConnect clients read them there).
 */
final class StableIds {

    /** Most notes one package may hold, so that note and card ids stay below the deck's modification time. */
    static final int MAX_NOTES = 100_000_000;
    private static final int CARD_ID_STRIDE = CardTemplate.values().length;
    private static final long ID_BASE = 1_000_000_000_000L;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /** Reused across the notes of one export; a StableIds belongs to one export, on one thread. */
    private final MessageDigest sha256 = digest("SHA-256");
    private final MessageDigest sha1 = digest("SHA-1");
    private final String installationId;
    private final String deckKey;
    private final long firstRowId;

    StableIds(ExportDeck deck) {
        this.installationId = deck.installationId();
        this.deckKey = deck.deckKey();
        this.firstRowId = deck.modifiedAt().toEpochMilli() - (long) MAX_NOTES * CARD_ID_STRIDE;
    }

    long noteTypeId() {
        return derivedId("notetype", installationId);
    }

    long fieldId(String fieldName) {
        return derivedId("field", installationId, fieldName);
    }

    long templateId(CardTemplate template) {
        return derivedId("template", installationId, template.ankiName());
    }

    /** The exported deck's id, fixed by its key so a renamed deck keeps it. */
    long deckId() {
        return derivedId("deck", installationId, deckKey);
    }

    /** Id of a parent deck that only exists as a prefix of the deck's {@code ::} name. */
    long parentDeckId(String ankiDeckName) {
        return derivedId("parent-deck", installationId, ankiDeckName);
    }

    /**
     * The note's GUID: 64 bits of a hash of installation, deck key and word, in base 62 (11 characters).
     * Base 62 rather than Anki's base 91 keeps {@code & < " #} out of it, so it needs no escaping in the
     * tab-separated export.
     */
    String noteGuid(String word) {
        long bits = hash64(sha256, "note", installationId, deckKey, Normalizer.normalize(word, Normalizer.Form.NFC));
        StringBuilder guid = new StringBuilder(11);
        long rest = bits;
        for (int i = 0; i < 11; i++) {
            guid.append(BASE62.charAt((int) Long.remainderUnsigned(rest, 62)));
            rest = Long.divideUnsigned(rest, 62);
        }
        return guid.reverse().toString();
    }

    /** Id of the note at {@code index} (0-based) in the export order. */
    long noteId(int index) {
        return firstRowId + index;
    }

    long cardId(int noteIndex, CardTemplate template) {
        return firstRowId + (long) noteIndex * CARD_ID_STRIDE + template.ankiOrd();
    }

    private long derivedId(String... parts) {
        return ID_BASE + (hash64(sha256, parts) & ((1L << 50) - 1));
    }

    private static long hash64(MessageDigest sha256, String... parts) {
        for (String part : parts) {
            sha256.update(part.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0x1f);
        }
        byte[] hash = sha256.digest();
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (hash[i] & 0xff);
        }
        return bits;
    }

    /**
     * Anki's first-field checksum: the first 8 hex digits of the SHA-1 of the field with HTML stripped and
     * entities decoded, as a number. Pass the field's plain text.
     */
    long fieldChecksum(String plainText) {
        byte[] hash = sha1.digest(plainText.getBytes(StandardCharsets.UTF_8));
        return ((hash[0] & 0xffL) << 24) | ((hash[1] & 0xffL) << 16) | ((hash[2] & 0xffL) << 8) | (hash[3] & 0xffL);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
