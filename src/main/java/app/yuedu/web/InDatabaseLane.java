package app.yuedu.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The requests of this resource run in the {@link DatabaseLane}: first come, first served, a few at once. For short
 * requests that each need a connection, such as the study session's; not for downloads that stream to the client.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InDatabaseLane {
}
