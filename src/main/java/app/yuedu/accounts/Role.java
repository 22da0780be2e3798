package app.yuedu.accounts;

import java.util.Locale;

/** What a user may do. Role names in {@code @RolesAllowed} are the lowercase names. */
public enum Role {
    ADMIN, TEACHER, STUDENT;

    public static final String ADMIN_NAME = "admin";
    public static final String TEACHER_NAME = "teacher";
    public static final String STUDENT_NAME = "student";

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
