package app.yuedu.export.core;

import java.time.Instant;
import java.util.Objects;

/**
 * The deck being exported.
 *
 * @param installationId identifies this Yuedu installation; the note type id is derived from it, so every
 *     deck exported by one installation shares one note type in Anki
 * @param deckKey stable key of the deck within the installation (its database id, say); with the
 *     installation id it fixes the deck id and the notes' GUIDs, so a later export of the same deck updates the
 *     notes in Anki instead of duplicating them
 * @param name the deck name shown in Anki; {@code ::} nests decks; cleaned by {@link #ankiDeckName()}
 * @param description shown on the deck's overview screen in Anki (plain text)
 * @param slug the article's slug, added to every note as a tag
 * @param modifiedAt when the deck last changed; every timestamp in the package that is not a note's or a
 *     review's own comes from it, which keeps the output deterministic
 * @param clozeEnabled whether notes with an example sentence get a third card, the sentence with the word
 *     blanked
 */
public record ExportDeck(
        String installationId,
        String deckKey,
        String name,
        String description,
        String slug,
        Instant modifiedAt,
        boolean clozeEnabled) {

    public ExportDeck {
        requireText(installationId, "installationId");
        requireText(deckKey, "deckKey");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        slug = slug == null ? "" : slug;
    }

    /** The deck name as Anki stores it, see {@link AnkiDeckName#clean(String)}. */
    public String ankiDeckName() {
        return AnkiDeckName.clean(name);
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
