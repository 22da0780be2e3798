package app.yuedu.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The app's PostgreSQL connections plan each prepared statement once (application.properties says why): left to
 * decide, PostgreSQL planned the study page's statement on every execution, 1.7 ms each time.
 */
@QuarkusTest
class PostgresPlanCacheTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyPooledConnectionUsesTheGenericPlan() throws SQLException {
        Assumptions.assumeTrue("postgresql".equals(
                        ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class)),
                "PostgreSQL only: H2 has no plan cache setting");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_setting('plan_cache_mode')")) {
            row.next();
            assertEquals("force_generic_plan", row.getString(1));
        }
    }
}
