package app.yuedu.accounts;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** A person using Yuedu. The password is stored only as a bcrypt hash (modular crypt format). */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntity {

    /** Which characters a user reads: simplified or traditional (both are shown on the back of a card). */
    public enum Script { SIMPLIFIED, TRADITIONAL }

    @Username
    @Column(nullable = false, length = 64, unique = true)
    public String username;

    @Password
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    /** One of {@link Role}'s names; Quarkus Security reads it as the user's role. */
    @Roles
    @Column(nullable = false, length = 16)
    public String role;

    @Column(name = "display_name", nullable = false, length = 100)
    public String displayName;

    /** IANA zone; the study day rolls over at 4 am here. */
    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Script script;

    @Column(name = "tone_colours", nullable = false)
    public boolean toneColours;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<User> findByUsername(String username) {
        return find("username", normaliseUsername(username)).firstResultOptional();
    }

    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    public Role roleEnum() {
        return Role.valueOf(role.toUpperCase(Locale.ROOT));
    }
}
