package app.yuedu.articles;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.LinkedHashSet;
import java.util.Set;

/** A vocabulary note: one distinct word of a deck, linked to every sentence it occurs in. */
@Entity
public class Note extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deck_id")
    public Deck deck;

    @Column(nullable = false, length = 100)
    public String word;

    @Column(nullable = false, length = 100)
    public String traditional;

    /** Numbered pinyin ("feng1 hui4"); tone marks are a display concern. */
    @Column(nullable = false, length = 400)
    public String pinyin;

    /** Glosses separated by newlines. */
    @Column(nullable = false, length = 8000)
    public String glosses;

    /** Classifiers separated by newlines, split out of the CEDICT glosses. */
    @Column(nullable = false, length = 400)
    public String classifiers;

    /** For words CC-CEDICT lacks: the meaning of each character, instead of an invented gloss. */
    @Column(name = "char_hint", length = 2000)
    public String charHint;

    @Column(name = "in_dictionary", nullable = false)
    public boolean inDictionary;

    @Column(name = "proper_noun", nullable = false)
    public boolean properNoun;

    /** The most common function words start as known so they never appear as new cards. */
    @Column(name = "known_by_default", nullable = false)
    public boolean knownByDefault;

    @Column(name = "hsk_level", nullable = false)
    public int hskLevel;

    @Column(name = "frequency_rank", nullable = false)
    public int frequencyRank;

    @Column(name = "article_count", nullable = false)
    public int articleCount;

    /** Position of the first sentence the word occurs in, for "article order". */
    @Column(name = "first_position", nullable = false)
    public int firstPosition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "example_sentence_id")
    public Sentence exampleSentence;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "note_sentence",
            joinColumns = @JoinColumn(name = "note_id"),
            inverseJoinColumns = @JoinColumn(name = "sentence_id"))
    public Set<Sentence> sentences = new LinkedHashSet<>();
}
