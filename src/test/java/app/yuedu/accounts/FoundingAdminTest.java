package app.yuedu.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Only the installation's first account becomes admin, even when the first accounts register at the same moment. */
@QuarkusTest
class FoundingAdminTest {

    @Inject
    Accounts accounts;

    @Inject
    EntityManager em;

    @Test
    void registrationsAtTheSameMomentOnAnEmptyInstallationMakeOneAdmin() throws Exception {
        TestUsers.signIn("founding-witness");
        Object founder = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("select user_id from founding_admin where id = 1").getSingleResult());
        // The state of an installation nobody has registered with yet, for the accounts of this test.
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update founding_admin set user_id = null where id = 1").executeUpdate());
        List<String> names = List.of("first-a", "first-b", "first-c", "first-d", "first-e", "first-f");
        ExecutorService pool = Executors.newFixedThreadPool(names.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<User>> registrations = new ArrayList<>();
            for (String name : names) {
                registrations.add(pool.submit(() -> {
                    start.await();
                    return accounts.register(new Accounts.Registration(name, name, "a long password", "a long password",
                            "UTC"));
                }));
            }
            start.countDown();
            for (Future<User> registration : registrations) {
                registration.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<String> admins = names.stream().filter(name ->
                    User.findByUsername(name).orElseThrow().role.equals(Role.ADMIN.roleName())).toList();
            assertEquals(1, admins.size(), "admins among " + names + ": " + admins);
            long recorded = ((Number) em.createNativeQuery("select user_id from founding_admin where id = 1")
                    .getSingleResult()).longValue();
            assertEquals(User.findByUsername(admins.get(0)).orElseThrow().id, recorded);
            // Back to the test installation's founder; the extra admin becomes a student again.
            User.findByUsername(admins.get(0)).orElseThrow().role = Role.STUDENT.roleName();
            em.createNativeQuery("update founding_admin set user_id = :user where id = 1")
                    .setParameter("user", founder).executeUpdate();
        });
    }
}
