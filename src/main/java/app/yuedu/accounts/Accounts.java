package app.yuedu.accounts;

import app.yuedu.web.DatabaseErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/** Registration and account settings. */
@ApplicationScoped
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class);

    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 200;

    /** A registration form's values; on failure {@code errors} maps field names to messages. */
    public record Registration(String username, String displayName, String password, String confirm,
                               String timeZone) {
    }

    /** Thrown with one message per invalid field, for the form to show beside each field. */
    public static class InvalidForm extends RuntimeException {
        public final Map<String, String> errors;

        public InvalidForm(Map<String, String> errors) {
            super(String.join(" ", errors.values()));
            this.errors = errors;
        }
    }

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /**
     * Creates an account. The first account of an empty installation becomes admin; every later one a student
     * (an admin can make a student a teacher). The installation's one founding_admin row decides which is first:
     * it is locked until this transaction ends, so two registrations at the same moment (on two instances) are
     * taken one after the other and only one of them finds it empty.
     */
    @Transactional
    public User register(Registration form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String username = User.normaliseUsername(form.username());
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,31}")) {
            errors.put("username", "Choose a user name of 3 to 32 letters, digits, dots, dashes or underscores.");
        } else if (User.findByUsername(username).isPresent()) {
            errors.put("username", "That user name is taken; choose another.");
        }
        String password = form.password() == null ? "" : form.password();
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.put("password", "Choose a password of at least " + MIN_PASSWORD + " characters.");
        } else if (!password.equals(form.confirm())) {
            errors.put("confirm", "The two passwords differ; type the same password twice.");
        }
        String displayName = form.displayName() == null ? "" : form.displayName().strip();
        if (displayName.length() > 100) {
            errors.put("displayName", "Keep the name under 100 characters.");
        }
        String zone = validZone(form.timeZone(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidForm(errors);
        }
        User user = new User();
        user.username = username;
        user.passwordHash = User.hash(password);
        List<?> founders = em.createNativeQuery("select user_id from founding_admin where id = 1 for update")
                .getResultList();
        boolean founder = founders.size() == 1 && founders.get(0) == null;
        user.role = founder ? Role.ADMIN.roleName() : Role.STUDENT.roleName();
        user.displayName = displayName.isEmpty() ? username : displayName;
        user.timeZone = zone;
        user.script = User.Script.SIMPLIFIED;
        user.toneColours = true;
        user.createdAt = clock.instant();
        user.persist();
        try {
            User.flush();
        } catch (PersistenceException e) {
            // The same name registered at the same moment through another instance (or a resent form) won.
            if (DatabaseErrors.isUniqueViolation(e)) {
                LOG.infof("Registration of %s refused: the name was registered at the same moment", username);
                throw new InvalidForm(Map.of("username", "That user name is taken; choose another."));
            }
            throw e;
        }
        if (founder) {
            em.createNativeQuery("update founding_admin set user_id = :user where id = 1")
                    .setParameter("user", user.id).executeUpdate();
            LOG.infof("Registered %s as the installation's admin (its first account)", username);
        }
        return user;
    }

    /** Saves a user's study settings. */
    @Transactional
    public void updateSettings(long userId, User.Script script, boolean toneColours, String timeZone) {
        Map<String, String> errors = new LinkedHashMap<>();
        String zone = validZone(timeZone, errors);
        if (!errors.isEmpty()) {
            throw new InvalidForm(errors);
        }
        User user = User.findById(userId);
        user.script = script;
        user.toneColours = toneColours;
        user.timeZone = zone;
    }

    /** Changes a user's role; used by the admin. */
    @Transactional
    public void changeRole(long userId, Role role) {
        User user = User.findById(userId);
        if (user == null) {
            throw new jakarta.ws.rs.NotFoundException("There is no user " + userId + ".");
        }
        user.role = role.roleName();
    }

    private static String validZone(String timeZone, Map<String, String> errors) {
        String zone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip();
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            errors.put("timeZone", "Unknown time zone \"" + zone + "\"; use a name such as Asia/Shanghai or Europe/Berlin.");
            return "UTC";
        }
    }
}
