package app.yuedu.accounts;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Sign in, registration, sign out, personal settings, and the admin's list of users. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountResource {

    private static final Logger LOG = Logger.getLogger(AccountResource.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean registered, boolean signedOut);

        static native TemplateInstance register(Accounts.Registration form, Map<String, String> errors);

        static native TemplateInstance settings(User user, Map<String, String> errors, boolean saved);

        static native TemplateInstance users(List<User> users, List<Role> roles);
    }

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@QueryParam("error") boolean failed, @QueryParam("registered") boolean registered,
                                  @QueryParam("signedOut") boolean signedOut) {
        return Templates.login(failed, registered, signedOut);
    }

    @GET
    @Path("register")
    @PermitAll
    public TemplateInstance registerForm() {
        return Templates.register(new Accounts.Registration("", "", "", "", ""), Map.of());
    }

    @POST
    @Path("register")
    @PermitAll
    public Response register(@FormParam("username") String username, @FormParam("displayName") String displayName,
                             @FormParam("password") String password, @FormParam("confirm") String confirm,
                             @FormParam("timeZone") String timeZone) {
        Accounts.Registration form = new Accounts.Registration(username, displayName, password, confirm, timeZone);
        User user;
        try {
            user = accounts.register(form);
        } catch (Accounts.InvalidForm e) {
            Accounts.Registration shown = new Accounts.Registration(username, displayName, "", "", timeZone);
            return Response.status(400).entity(Templates.register(shown, e.errors)).build();
        }
        LOG.infof("Registered: user=%s role=%s", user.username, user.role);
        return Response.seeOther(URI.create("/login?registered=true")).build();
    }

    /** Signing out forgets the session cookie; sessions live only in that encrypted cookie, not on a server. */
    @POST
    @Path("logout")
    @PermitAll
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/login?signedOut=true")).cookie(expired).build();
    }

    @GET
    @Path("account")
    @Authenticated
    public TemplateInstance settings(@QueryParam("saved") boolean saved) {
        return Templates.settings(currentUser.get(), Map.of(), saved);
    }

    @POST
    @Path("account")
    @Authenticated
    public Response saveSettings(@FormParam("script") String script, @FormParam("toneColours") String toneColours,
                                 @FormParam("timeZone") String timeZone) {
        User.Script chosen = "TRADITIONAL".equals(script) ? User.Script.TRADITIONAL : User.Script.SIMPLIFIED;
        try {
            accounts.updateSettings(currentUser.id(), chosen, toneColours != null, timeZone);
        } catch (Accounts.InvalidForm e) {
            return Response.status(400).entity(Templates.settings(currentUser.get(), e.errors, false)).build();
        }
        return Response.seeOther(URI.create("/account?saved=true")).build();
    }

    @GET
    @Path("admin/users")
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance users() {
        return Templates.users(User.listAll(io.quarkus.panache.common.Sort.by("username")), List.of(Role.values()));
    }

    @POST
    @Path("admin/users/{id}/role")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response changeRole(@PathParam("id") long id, @FormParam("role") String role) {
        Role chosen;
        try {
            chosen = Role.valueOf(role == null ? "" : role.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown role \"" + role + "\"; choose admin, teacher or student.");
        }
        accounts.changeRole(id, chosen);
        LOG.infof("Role changed: by=%s user=%d role=%s", currentUser.profile().username(), id, chosen.roleName());
        return Response.seeOther(URI.create("/admin/users")).build();
    }
}
