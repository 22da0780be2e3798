package app.yuedu.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Creating and joining classes, and who belongs to which. */
@ApplicationScoped
public class Classes {

    /**
     * Join codes are 8 characters of Crockford's base32 (no I, L, O, U): 40 random bits, so guessing one is
     * hopeless, and easy to read aloud or copy from a board.
     */
    static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int CODE_LENGTH = 8;
    static final int MAX_NAME = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A class as pages show it. */
    public record ClassSummary(long id, String name, String joinCode, long teacherId, String teacherName,
                               long studentCount, Instant createdAt) {
    }

    /** A student of a class. */
    public record Student(long id, String username, String displayName, Instant joinedAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Creates a class taught by {@code teacherId}. */
    @Transactional
    public SchoolClass create(long teacherId, String name) {
        String chosen = name == null ? "" : name.strip();
        if (chosen.isEmpty()) {
            throw new Accounts.InvalidForm(Map.of("name", "Give the class a name."));
        }
        if (chosen.length() > MAX_NAME) {
            throw new Accounts.InvalidForm(Map.of("name", "Keep the name under " + MAX_NAME + " characters."));
        }
        SchoolClass created = new SchoolClass();
        created.name = chosen;
        created.teacher = User.findById(teacherId);
        created.joinCode = newJoinCode();
        created.createdAt = clock.instant();
        created.persist();
        return created;
    }

    /**
     * Adds a student to the class with this join code (ignoring case, spaces and dashes); joining twice is harmless.
     *
     * @return the class joined
     */
    @Transactional
    public SchoolClass join(long studentId, String code) {
        String normalised = normaliseCode(code);
        SchoolClass joined = SchoolClass.<SchoolClass>find("joinCode", normalised).firstResultOptional()
                .orElseThrow(() -> new Accounts.InvalidForm(Map.of("code",
                        "No class has the join code \"" + (code == null ? "" : code.strip())
                                + "\". Check it with your teacher.")));
        if (!isMember(joined.id, studentId)) {
            ClassMember member = new ClassMember();
            member.schoolClass = joined;
            member.student = User.findById(studentId);
            member.joinedAt = clock.instant();
            member.persist();
        }
        return joined;
    }

    public boolean isMember(long classId, long userId) {
        return ClassMember.count("schoolClass.id = ?1 and student.id = ?2", classId, userId) > 0;
    }

    /** The class if it exists and {@code userId} teaches it. */
    public Optional<SchoolClass> taughtBy(long classId, long userId) {
        return SchoolClass.<SchoolClass>find("id = ?1 and teacher.id = ?2", classId, userId).firstResultOptional();
    }

    /** Classes a user teaches, newest first. */
    public List<ClassSummary> teaching(long userId) {
        return summaries("where c.teacher.id = :p", userId);
    }

    /** The classes a user may upload articles to and assign decks to: those they teach; an admin, every class. */
    public List<ClassSummary> assignableBy(long userId, boolean admin) {
        return admin ? summaries("where c.id > :p", -1) : teaching(userId);
    }

    /** Classes a user has joined as a student, newest first. */
    public List<ClassSummary> attending(long userId) {
        return summaries("where exists (select m from ClassMember m where m.schoolClass = c and m.student.id = :p)",
                userId);
    }

    public Optional<ClassSummary> summary(long classId) {
        return summaries("where c.id = :p", classId).stream().findFirst();
    }

    public List<Student> students(long classId) {
        return em.createQuery("""
                select u.id, u.username, u.displayName, m.joinedAt from ClassMember m join m.student u
                where m.schoolClass.id = :c order by lower(u.displayName), u.id""", Object[].class)
                .setParameter("c", classId).getResultList().stream()
                .map(r -> new Student((Long) r[0], (String) r[1], (String) r[2], (Instant) r[3])).toList();
    }

    private List<ClassSummary> summaries(String where, long parameter) {
        return em.createQuery("""
                select c.id, c.name, c.joinCode, t.id, t.displayName, c.createdAt,
                       (select count(m) from ClassMember m where m.schoolClass = c)
                from SchoolClass c join c.teacher t""" + " " + where + " order by c.createdAt desc, c.id desc",
                Object[].class).setParameter("p", parameter).getResultList().stream()
                .map(r -> new ClassSummary((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4],
                        ((Number) r[6]).longValue(), (Instant) r[5])).toList();
    }

    static String newJoinCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** Upper case without spaces or dashes; the letters Crockford's base32 reads as digits become those digits. */
    static String normaliseCode(String code) {
        if (code == null) {
            return "";
        }
        return code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }
}
