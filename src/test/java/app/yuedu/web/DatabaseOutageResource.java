package app.yuedu.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.net.ConnectException;
import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Test-only endpoints that fail the way a request does while PostgreSQL is down (the exception Hibernate throws
 * when the pool cannot open a connection), so the 503 answer can be checked without stopping a database.
 */
@PermitAll
@Path("/")
public class DatabaseOutageResource {

    static JDBCConnectionException refused() {
        return new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException(
                "Connection to 127.0.0.1:5432 refused.", "08001", new ConnectException("Connection refused")));
    }

    @GET
    @Path("/test-outage/page")
    public String page() {
        throw refused();
    }

    @POST
    @Path("/test-outage/form")
    public String form() {
        throw new IllegalStateException("Transaction rolled back", refused());
    }

    @GET
    @Path("/api/test-outage")
    public String api() {
        throw refused();
    }
}
