package bare;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;

/** The security-jpa extension needs one user entity; the baseline never signs anyone in. */
@Entity
@UserDefinition
public class BareUser extends PanacheEntity {
    @Username
    public String username;
    @Password
    public String password;
    @Roles
    public String role;
}
