package app.yuedu.articles;

import app.yuedu.accounts.Classes;
import app.yuedu.accounts.Classes.ClassSummary;
import app.yuedu.accounts.CurrentUser;
import app.yuedu.accounts.Role;
import app.yuedu.accounts.SchoolClass;
import app.yuedu.articles.UploadViews.DraftSummary;
import app.yuedu.articles.UploadViews.DraftView;
import app.yuedu.articles.UploadViews.ExistingDeck;
import app.yuedu.articles.UploadViews.UploadForm;
import app.yuedu.articles.UploadViews.WordView;
import app.yuedu.articles.core.ArticleMiner;
import app.yuedu.articles.core.ArticleRejected;
import app.yuedu.articles.core.ArticleTextCheck;
import app.yuedu.articles.core.VocabularyCorrections;
import app.yuedu.lexicon.SegmentationOverride;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Uploading an article: paste or file → a draft mined in the background → a preview the teacher corrects for
 * the class → publishing creates the deck and assigns it. Every step is stored in the database, so any instance
 * can serve any step.
 */
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
@Path("/uploads")
@Produces(MediaType.TEXT_HTML)
public class UploadResource {

    private static final Logger LOG = Logger.getLogger(UploadResource.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(UploadForm form, List<ClassSummary> classes, Map<String, String> errors,
                                            ExistingDeck existing, List<DraftSummary> drafts);

        static native TemplateInstance mining(DraftView draft);

        static native TemplateInstance preview(DraftView draft, List<WordView> words, List<ClassSummary> classes,
                                               Map<String, String> errors);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Classes classes;

    @Inject
    UploadedFiles files;

    @Inject
    UploadConfig uploadConfig;

    @Inject
    ArticleConfig articleConfig;

    @Inject
    ArticleDrafts drafts;

    @Inject
    ArticleIngestion ingestion;

    @Inject
    DeckAssignments assignments;

    @Inject
    DeckAccess access;

    @GET
    @Path("/new")
    public TemplateInstance form(@QueryParam("class") Long classId) {
        return Templates.form(new UploadForm(classId == null ? 0 : classId, "", "", ""), assignableClasses(),
                Map.of(), null, drafts.listOwnedBy(currentUser.id()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("class") String classParam, @RestForm String title, @RestForm String source,
                           @RestForm String text, @RestForm("file") FileUpload file) {
        Map<String, String> errors = new LinkedHashMap<>();
        long classId = parseId(classParam);
        if (assignableClasses().stream().noneMatch(c -> c.id() == classId)) {
            errors.put("class", classParam == null || classParam.isBlank()
                    ? "Choose the class the article is for." : "There is no class " + classParam
                    + " of yours. Choose one of your classes (or create one on the Classes page).");
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.length() > uploadConfig.maxTitle()) {
            errors.put("title", "The title is " + cleanTitle.length() + " characters long; keep it under "
                    + uploadConfig.maxTitle() + ", or leave it empty to use the headline.");
        }
        String cleanSource = source == null ? "" : source.strip();
        if (cleanSource.length() > 500) {
            errors.put("source", "Keep the source under 500 characters (a newspaper name and date, or a link).");
        }
        boolean fromFile = file != null && file.fileName() != null && !file.fileName().isBlank();
        String articleText = null;
        try {
            articleText = new ArticleTextCheck(articleConfig.maxBytes())
                    .check(fromFile ? files.text(file.fileName(), read(file)) : text);
        } catch (ArticleRejected e) {
            errors.put(fromFile ? "file" : "text", e.getMessage());
        }
        UploadForm form = new UploadForm(classId, cleanTitle, cleanSource, text == null ? "" : text);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.form(form, assignableClasses(), errors, null, List.of())).build();
        }
        String hash = ArticleMiner.contentHash(articleText);
        Optional<ArticleIngestion.Ingested> existing = ingestion.findExisting(hash);
        if (existing.isPresent()) {
            Deck deck = Deck.findById(existing.get().deckId());
            return Response.ok(Templates.form(form, assignableClasses(), Map.of(),
                    new ExistingDeck(deck.id, deck.name, classId, hash), List.of())).build();
        }
        long draftId = drafts.create(currentUser.id(), classId, cleanTitle.isEmpty() ? null : cleanTitle,
                cleanSource.isEmpty() ? null : cleanSource, fromFile ? file.fileName() : null, articleText, hash);
        LOG.infof("Upload received: user=%s draft=%d class=%d chars=%d from=%s", currentUser.profile().username(),
                draftId, classId, articleText.length(), fromFile ? fileType(file.fileName()) : "pasted");
        return Response.seeOther(URI.create("/uploads/" + draftId)).build();
    }

    /** Assigns an article that is stored already to one of the teacher's classes, instead of a duplicate. */
    @POST
    @Path("/assign")
    public Response assignExisting(@FormParam("deck") long deckId, @FormParam("hash") String contentHash,
                                   @FormParam("class") List<Long> classIds) {
        Set<Long> chosen = checkedClasses(classIds);
        // A deck the teacher cannot see yet may be assigned only by someone who uploaded its very text: the
        // content hash of the upload proves that without revealing other teachers' decks by id.
        Deck deck = Deck.findById(deckId);
        boolean uploadedSameText = deck != null && contentHash != null
                && contentHash.equals(deck.article.contentHash);
        if (!uploadedSameText && !access.canRead(deckId)) {
            throw new NotFoundException("There is no deck " + deckId + ".");
        }
        assignments.assign(deckId, chosen, currentUser.id());
        return Response.seeOther(URI.create("/decks/" + deckId)).build();
    }

    @GET
    @Path("/{id}")
    public Response show(@PathParam("id") long id) {
        ArticleDraft draft = ownDraft(id);
        DraftView view = view(draft);
        if (draft.status == ArticleDraft.Status.PENDING || draft.status == ArticleDraft.Status.MINING) {
            return Response.ok(Templates.mining(view)).build();
        }
        return Response.ok(Templates.preview(view, words(draft), assignableClasses(), Map.of())).build();
    }

    /** Drops a word, restores it, or corrects its gloss and reading, for every article of the draft's class. */
    @POST
    @Path("/{id}/words")
    public Response correctWord(@PathParam("id") long id, @FormParam("word") String word,
                                @FormParam("action") String action, @FormParam("gloss") String gloss,
                                @FormParam("pinyin") String pinyin) {
        ArticleDraft draft = ownDraft(id);
        DraftWord mined = requireWord(draft, word);
        String scope = SchoolClass.scopeKey(draft.schoolClass.id);
        switch (action == null ? "" : action) {
            case "drop" -> drafts.correctWord(scope, mined.word, true, null, null);
            case "restore" -> drafts.correctWord(scope, mined.word, false, null, null);
            case "edit" -> {
                String cleanGloss = gloss == null ? "" : gloss.strip();
                String cleanPinyin = pinyin == null ? "" : pinyin.strip();
                Map<String, String> errors = new LinkedHashMap<>();
                if (!cleanPinyin.isEmpty() && !VocabularyCorrections.isNumberedPinyin(cleanPinyin)) {
                    errors.put(mined.word, "Write the reading of " + mined.word + " as numbered pinyin, one"
                            + " syllable per character, e.g. \"feng1 hui4\".");
                } else if (cleanGloss.length() > 2000) {
                    errors.put(mined.word, "Keep the gloss of " + mined.word + " under 2000 characters.");
                }
                if (!errors.isEmpty()) {
                    return Response.status(400).entity(Templates.preview(view(draft), words(draft),
                            assignableClasses(), errors)).build();
                }
                drafts.correctWord(scope, mined.word, false, cleanGloss.equals(mined.gloss) ? null : cleanGloss,
                        cleanPinyin.equals(mined.pinyin) ? null : cleanPinyin);
            }
            case "split" -> {
                drafts.correctSegmentation(scope, mined.word, SegmentationOverride.Action.SPLIT);
                drafts.requeue(id);
                return Response.seeOther(URI.create("/uploads/" + id)).build();
            }
            default -> throw new BadRequestException("Unknown correction \"" + action + "\".");
        }
        return Response.seeOther(URI.create("/uploads/" + id + "#" + view(mined, null).anchor())).build();
    }

    /** Keeps characters the segmenter cut apart together as one word, for every article of the class. */
    @POST
    @Path("/{id}/merge")
    public Response merge(@PathParam("id") long id, @FormParam("merge") String word) {
        ArticleDraft draft = ownDraft(id);
        String clean = word == null ? "" : word.strip();
        String error = null;
        if (clean.length() < 2 || clean.length() > 20 || clean.codePoints().anyMatch(Character::isWhitespace)) {
            error = "Type the 2 to 20 characters to keep together as one word, without spaces.";
        } else if (!draft.text.contains(clean)) {
            error = "\"" + clean + "\" does not occur in the article; copy it from the text.";
        }
        if (error != null) {
            return Response.status(400).entity(Templates.preview(view(draft), words(draft), assignableClasses(),
                    Map.of("merge", error))).build();
        }
        drafts.correctSegmentation(SchoolClass.scopeKey(draft.schoolClass.id), clean,
                SegmentationOverride.Action.JOIN);
        drafts.requeue(id);
        return Response.seeOther(URI.create("/uploads/" + id)).build();
    }

    /** Creates the deck with the class's corrections and assigns it to the chosen classes. */
    @POST
    @Path("/{id}/publish")
    public Response publish(@PathParam("id") long id, @FormParam("class") List<Long> classIds) {
        ArticleDraft draft = ownDraft(id);
        if (draft.status != ArticleDraft.Status.READY) {
            return Response.seeOther(URI.create("/uploads/" + id)).build();
        }
        Set<Long> chosen = checkedClasses(classIds);
        Optional<ArticleIngestion.Ingested> published = drafts.publish(id, chosen, currentUser.id());
        if (published.isEmpty()) {
            // Published by a request that came first (a double click, another tab): its deck is in the list.
            LOG.infof("Publish: user=%s draft=%d was published already", currentUser.profile().username(), id);
            return Response.seeOther(URI.create("/decks")).build();
        }
        ArticleIngestion.Ingested deck = published.get();
        LOG.infof("Publish: user=%s draft=%d deck=%d classes=%s existing=%b", currentUser.profile().username(), id,
                deck.deckId(), chosen, deck.duplicate());
        return Response.seeOther(URI.create("/decks/" + deck.deckId())).build();
    }

    /** The file's type for the log: its extension, never its name (which may name a person). */
    private static String fileType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return extension.matches("[a-z0-9]{1,8}") ? extension + " file" : "file";
    }

    @POST
    @Path("/{id}/discard")
    public Response discard(@PathParam("id") long id) {
        ownDraft(id);
        drafts.delete(id);
        return Response.seeOther(URI.create("/uploads/new")).build();
    }

    private ArticleDraft ownDraft(long id) {
        return drafts.ownedBy(id, currentUser.id()).orElseThrow(() -> new NotFoundException(
                "There is no upload " + id + " of yours. It may have been published or discarded."));
    }

    private static DraftWord requireWord(ArticleDraft draft, String word) {
        return DraftWord.<DraftWord>find("draft.id = ?1 and word = ?2", draft.id, word).firstResultOptional()
                .orElseThrow(() -> new BadRequestException("\"" + word + "\" is not a word of this article."));
    }

    private Set<Long> checkedClasses(List<Long> classIds) {
        Set<Long> allowed = new LinkedHashSet<>();
        assignableClasses().forEach(c -> allowed.add(c.id()));
        Set<Long> chosen = new LinkedHashSet<>(classIds == null ? List.of() : classIds);
        if (chosen.isEmpty()) {
            throw new BadRequestException("Choose at least one class to give the deck to.");
        }
        if (!allowed.containsAll(chosen)) {
            throw new NotFoundException("There is no such class of yours.");
        }
        return chosen;
    }

    private List<ClassSummary> assignableClasses() {
        return classes.assignableBy(currentUser.id(), currentUser.isAdmin());
    }

    private DraftView view(ArticleDraft draft) {
        List<String> sentences = draft.preview == null || draft.preview.isEmpty() ? List.of()
                : List.of(draft.preview.split("\n"));
        String title = draft.minedTitle != null ? draft.minedTitle : draft.title != null ? draft.title : "New article";
        return new DraftView(draft.id, title, draft.fileName, draft.status.name(), draft.error,
                draft.sentenceCount == null ? 0 : draft.sentenceCount, draft.schoolClass.id, draft.schoolClass.name,
                sentences);
    }

    private List<WordView> words(ArticleDraft draft) {
        VocabularyCorrections corrections = drafts.corrections(SchoolClass.scopeKey(draft.schoolClass.id));
        List<WordView> views = new ArrayList<>();
        for (DraftWord word : DraftWord.<DraftWord>list("draft.id = ?1 order by position", draft.id)) {
            views.add(view(word, corrections.byWord().get(word.word)));
        }
        return views;
    }

    private static WordView view(DraftWord word, VocabularyCorrections.Correction correction) {
        if (correction == null) {
            return new WordView(word.word, word.pinyin, word.gloss, word.hskLevel, word.frequencyRank,
                    word.articleCount, word.knownByDefault, false, false);
        }
        return new WordView(word.word, correction.pinyin() == null ? word.pinyin : correction.pinyin(),
                correction.gloss() == null ? word.gloss : correction.gloss(), word.hskLevel, word.frequencyRank,
                word.articleCount, word.knownByDefault, correction.dropped(),
                correction.gloss() != null || correction.pinyin() != null);
    }

    private static long parseId(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
