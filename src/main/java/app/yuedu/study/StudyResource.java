package app.yuedu.study;

import app.yuedu.accounts.CurrentUser;
import app.yuedu.accounts.UserProfile;
import app.yuedu.articles.DeckAccess;
import app.yuedu.articles.Note;
import app.yuedu.scheduling.Card;
import app.yuedu.scheduling.ReviewLog;
import app.yuedu.scheduling.core.CardState;
import app.yuedu.scheduling.core.FsrsScheduler;
import app.yuedu.scheduling.core.IntervalLabel;
import app.yuedu.scheduling.core.Rating;
import app.yuedu.study.StudyViews.CardView;
import app.yuedu.study.StudyViews.DeckHeader;
import app.yuedu.study.StudyViews.DonePage;
import app.yuedu.study.StudyViews.GradeButton;
import app.yuedu.study.StudyViews.StudyPage;
import app.yuedu.study.core.ShownState;
import app.yuedu.web.DatabaseErrors;
import app.yuedu.web.InDatabaseLane;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.StaleStateException;

/**
 * The review session of a deck: the front of the next card, its back, the four grades, undo and "I know this
 * word". Every page works without JavaScript; with it, the back is revealed in place and keys answer. Every POST
 * answers 303 to the next card (POST-redirect-GET).
 */
@Authenticated
@InDatabaseLane
@Path("/study/{deckId}")
@Produces(MediaType.TEXT_HTML)
public class StudyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance card(StudyPage page);

        static native TemplateInstance done(DonePage page);

        static native TemplateInstance settings(DeckHeader deck, DeckSettings settings, List<NewCardOrder> orders,
                                                Map<String, String> errors, boolean saved);
    }

    private static final DateTimeFormatter DUE_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    @Inject
    CurrentUser currentUser;

    @Inject
    DeckAccess access;

    @Inject
    DeckStudy study;

    @Inject
    ReviewRecorder recorder;

    @Inject
    CardPages pages;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    KnownWords knownWords;

    @Inject
    ReviewActivity activity;

    @GET
    public Response show(@PathParam("deckId") long deckId, @QueryParam("card") Long cardId,
                         @QueryParam("reveal") boolean reveal) {
        DeckStudy.Opened opened = study.open(currentUser, deckId);
        UserProfile user = currentUser.profile();
        DeckSettings settings = opened.context().settings();
        DeckHeader deck = opened.context().deck();
        DeckStudy.Queue queue = opened.queue();
        Long undoId = queue.lastReview();
        Card card;
        if (cardId != null) {
            card = recorder.ownCard(user.id(), deckId, cardId);
        } else if (queue.next().isPresent()) {
            card = queue.card().orElseGet(() -> em.find(Card.class, queue.next().get().cardId()));
        } else {
            Optional<Instant> next = study.nextDue(user, settings, queue.day());
            int reviewedToday = (int) ReviewLog.count("userId = ?1 and deckId = ?2 and reviewedAt >= ?3",
                    user.id(), deckId, queue.day().start());
            return Response.ok(Templates.done(new DonePage(deck, next.orElse(null),
                    next.map(due -> dueText(user, due)).orElse(null), undoId, reviewedToday))).build();
        }
        CardView view = pages.card(card, user);
        StudyPage page = new StudyPage(deck, view, queue.counts(), reveal, grades(user, settings, card), undoId,
                user.toneColours(), new ShownState(card.toState(), settings.desiredRetention).encode());
        // Rendered here, not by the REST layer's template filter, which wraps every page in a Uni with a timeout and
        // picks a variant from the request's headers: 1.01-1.09x the requests/s of the study page (by hand, 10 s
        // rounds).
        return Response.ok(Templates.card(page).render()).build();
    }

    @POST
    @Path("grade")
    public Response grade(@PathParam("deckId") long deckId, @FormParam("cardId") Long cardId,
                          @FormParam("version") Long version, @FormParam("rating") Integer rating,
                          @FormParam("timeMs") @DefaultValue("0") long timeMs,
                          @FormParam("shown") String shown) {
        if (cardId == null || version == null || rating == null || rating < 1 || rating > 4) {
            // A deck the student cannot see is "not found" whatever the form says.
            study.context(currentUser.profile(), deckId);
            throw new BadRequestException("Choose Again, Hard, Good or Easy for the card shown.");
        }
        try {
            if (recorder.grade(currentUser, deckId, cardId, version, Rating.of(rating), timeMs,
                    ShownState.parse(shown))) {
                activity.graded(currentUser.profile().username(), deckId, cardId, Rating.of(rating));
            }
        } catch (RuntimeException e) {
            if (!isLostRace(e)) {
                throw e;
            }
            // Another request graded this showing first: one review is recorded, as for a resent form.
        }
        return nextCard(deckId);
    }

    @POST
    @Path("undo")
    public Response undo(@PathParam("deckId") long deckId, @FormParam("reviewId") Long reviewId) {
        access.requireReadableDeck(deckId);
        if (reviewId == null) {
            throw new BadRequestException("There is nothing to undo.");
        }
        try {
            if (recorder.undo(currentUser.id(), deckId, reviewId)) {
                activity.undone(currentUser.profile().username(), deckId, reviewId);
            }
        } catch (RuntimeException e) {
            if (!isLostRace(e)) {
                throw e;
            }
        }
        return nextCard(deckId);
    }

    @POST
    @Path("known")
    public Response known(@PathParam("deckId") long deckId, @FormParam("cardId") Long cardId) {
        access.requireReadableDeck(deckId);
        if (cardId == null) {
            throw new BadRequestException("Which card's word do you know?");
        }
        UserProfile user = currentUser.profile();
        DeckSettings settings = study.context(user, deckId).settings();
        recorder.markKnown(user, settings, cardId, study.today(user));
        return nextCard(deckId);
    }

    /** "Mark every word at HSK level ≤ N as known": the deck's words up to that level join the known set. */
    @POST
    @Path("known/hsk")
    public Response knownUpToHsk(@PathParam("deckId") long deckId, @FormParam("level") String level) {
        access.requireReadableDeck(deckId);
        int max;
        try {
            max = Integer.parseInt(level == null ? "" : level.trim());
        } catch (NumberFormatException e) {
            max = 0;
        }
        if (max < 1 || max > 6) {
            throw new BadRequestException("Pick an HSK level from 1 to 6.");
        }
        List<String> words = Note.<Note>list("deck.id = ?1 and hskLevel between 1 and ?2", deckId, max).stream()
                .map(note -> note.word).toList();
        knownWords.markAll(currentUser.id(), words, KnownWord.Source.HSK);
        return backToDeck(deckId, "");
    }

    /** The per-word "known" toggle of the deck table. */
    @POST
    @Path("known/word")
    public Response knownWord(@PathParam("deckId") long deckId, @FormParam("noteId") Long noteId,
                              @FormParam("known") boolean known) {
        access.requireReadableDeck(deckId);
        Note note = noteId == null ? null : Note.findById(noteId);
        if (note == null || note.deck.id != deckId) {
            throw new NotFoundException("This deck has no such word.");
        }
        if (known) {
            knownWords.mark(currentUser.id(), note.word, KnownWord.Source.MANUAL);
        } else {
            knownWords.unmark(currentUser.id(), note.word);
        }
        return backToDeck(deckId, "#note-" + note.id);
    }

    private static Response backToDeck(long deckId, String anchor) {
        return Response.seeOther(URI.create("/decks/" + deckId + anchor)).build();
    }

    @GET
    @Path("settings")
    public TemplateInstance settings(@PathParam("deckId") long deckId, @QueryParam("saved") boolean saved) {
        DeckStudy.StudyContext context = study.context(currentUser.profile(), deckId);
        return Templates.settings(context.deck(), context.settings(), List.of(NewCardOrder.values()), Map.of(), saved);
    }

    @POST
    @Path("settings")
    public Response saveSettings(@PathParam("deckId") long deckId, @FormParam("retention") String retention,
                                 @FormParam("newPerDay") String newPerDay,
                                 @FormParam("reviewsPerDay") String reviewsPerDay,
                                 @FormParam("order") String order, @FormParam("recognition") String recognition,
                                 @FormParam("recall") String recall, @FormParam("cloze") String cloze) {
        long userId = currentUser.id();
        DeckStudy.StudyContext context = study.context(currentUser.profile(), deckId);
        DeckSettings current = context.settings();
        StudySettingsForm form = new StudySettingsForm(retention, newPerDay, reviewsPerDay, order,
                recognition != null, recall != null, cloze != null);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            DeckSettings shown = form.applyTo(copyOf(current));
            return Response.status(400).entity(Templates.settings(context.deck(), shown,
                    List.of(NewCardOrder.values()), errors, false)).build();
        }
        study.saveSettings(userId, deckId, form);
        return Response.seeOther(URI.create("/study/" + deckId + "/settings?saved=true")).build();
    }

    private static DeckSettings copyOf(DeckSettings settings) {
        DeckSettings copy = new DeckSettings();
        copy.deckId = settings.deckId;
        copy.desiredRetention = settings.desiredRetention;
        copy.newPerDay = settings.newPerDay;
        copy.reviewsPerDay = settings.reviewsPerDay;
        copy.newCardOrder = settings.newCardOrder;
        copy.recognition = settings.recognition;
        copy.recall = settings.recall;
        copy.cloze = settings.cloze;
        return copy;
    }

    private List<GradeButton> grades(UserProfile user, DeckSettings settings, Card card) {
        FsrsScheduler scheduler = DeckStudy.scheduler(user, settings);
        // The scheduler keeps milliseconds; so must "now", or a 1-minute step would read 59.999 s.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        CardState state = card.toState();
        List<GradeButton> buttons = new ArrayList<>();
        try {
            scheduler.preview(state, now).forEach((rating, next) -> buttons.add(new GradeButton(rating.value(),
                    name(rating), IntervalLabel.of(Duration.between(now, next.due())))));
        } catch (IllegalArgumentException clockBehindLastReview) {
            for (Rating rating : Rating.values()) {
                buttons.add(new GradeButton(rating.value(), name(rating), ""));
            }
        }
        return buttons;
    }

    private static String name(Rating rating) {
        return switch (rating) {
            case AGAIN -> "Again";
            case HARD -> "Hard";
            case GOOD -> "Good";
            case EASY -> "Easy";
        };
    }

    private String dueText(UserProfile user, Instant due) {
        Instant now = clock.instant();
        String when = due.atZone(DeckStudy.zoneOf(user)).format(DUE_TIME);
        return due.isAfter(now) ? "in " + IntervalLabel.of(Duration.between(now, due)) + " (" + when + ")" : "now";
    }

    private static Response nextCard(long deckId) {
        return Response.seeOther(URI.create("/study/" + deckId)).build();
    }

    private static boolean isLostRace(Throwable e) {
        return DatabaseErrors.hasCause(e,
                cause -> cause instanceof OptimisticLockException || cause instanceof StaleStateException);
    }
}
