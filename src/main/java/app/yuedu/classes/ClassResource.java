package app.yuedu.classes;

import app.yuedu.accounts.Accounts;
import app.yuedu.accounts.Classes;
import app.yuedu.accounts.Classes.ClassSummary;
import app.yuedu.accounts.Classes.Student;
import app.yuedu.accounts.CurrentUser;
import app.yuedu.accounts.Role;
import app.yuedu.articles.DeckQueries;
import app.yuedu.articles.DeckViews.DeckSummary;
import app.yuedu.classes.core.StudentProgress;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Classes: a teacher creates them and hands out the join code; a student joins with it. A teacher sees only
 * the classes they teach, a student only the classes they joined; any other class answers 404.
 */
@Authenticated
@Path("/classes")
@Produces(MediaType.TEXT_HTML)
public class ClassResource {

    private static final Logger LOG = Logger.getLogger(ClassResource.class);

    /** What the list page shows; {@code createErrors} and {@code joinErrors} belong to its two forms. */
    public record ClassesPage(List<ClassSummary> teaching, List<ClassSummary> attending, boolean canTeach,
                              String name, Map<String, String> createErrors, String code,
                              Map<String, String> joinErrors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ClassesPage page);

        static native TemplateInstance show(ClassSummary schoolClass, boolean teacherView, List<Student> students,
                                            List<DeckSummary> decks, List<StudentProgress> progress,
                                            List<ClassReports.DeckReport> wordReports);
    }

    @Inject
    Classes classes;

    @Inject
    CurrentUser currentUser;

    @Inject
    DeckQueries decks;

    @Inject
    ClassReports reports;

    @GET
    public TemplateInstance list() {
        return Templates.list(page("", Map.of(), "", Map.of()));
    }

    @POST
    @RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
    public Response create(@FormParam("name") String name) {
        try {
            long id = classes.create(currentUser.id(), name).id;
            LOG.infof("Class created: user=%s class=%d", currentUser.profile().username(), id);
            return Response.seeOther(URI.create("/classes/" + id)).build();
        } catch (Accounts.InvalidForm e) {
            return Response.status(400).entity(Templates.list(page(name, e.errors, "", Map.of()))).build();
        }
    }

    @POST
    @Path("/join")
    public Response join(@FormParam("code") String code) {
        try {
            long id = classes.join(currentUser.id(), code).id;
            LOG.infof("Class joined: user=%s class=%d", currentUser.profile().username(), id);
            return Response.seeOther(URI.create("/classes/" + id)).build();
        } catch (Accounts.InvalidForm e) {
            return Response.status(400).entity(Templates.list(page("", Map.of(), code, e.errors))).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        long user = currentUser.id();
        boolean teaches = classes.taughtBy(id, user).isPresent() || currentUser.isAdmin();
        if (!teaches && !classes.isMember(id, user)) {
            throw new NotFoundException("There is no class " + id + " of yours. Join a class with its join code.");
        }
        ClassSummary summary = classes.summary(id).orElseThrow(
                () -> new NotFoundException("There is no class " + id + " of yours."));
        List<DeckSummary> assigned = decks.listDecksOfClass(id);
        if (!teaches) {
            return Templates.show(summary, false, List.of(), assigned, List.of(), List.of());
        }
        List<Student> students = classes.students(id);
        return Templates.show(summary, true, students, assigned, reports.progress(students, assigned),
                reports.words(students, assigned));
    }

    private ClassesPage page(String name, Map<String, String> createErrors, String code,
                             Map<String, String> joinErrors) {
        long user = currentUser.id();
        boolean canTeach = currentUser.isTeacher();
        return new ClassesPage(canTeach ? classes.teaching(user) : List.of(), classes.attending(user), canTeach,
                name == null ? "" : name, createErrors, code == null ? "" : code, joinErrors);
    }
}
