package app.yuedu.accounts;

/**
 * What a request needs to know about the signed-in user, read once per request together with the session check
 * (see {@link SessionIdentityProvider}), so a page never queries the user again. A snapshot: to change the user,
 * load the {@link User} entity.
 */
public record UserProfile(long id, String username, String displayName, Role role, String timeZone,
                          User.Script script, boolean toneColours) {

    public static UserProfile of(User user) {
        return new UserProfile(user.id, user.username, user.displayName, user.roleEnum(), user.timeZone, user.script,
                user.toneColours);
    }

    public boolean prefersTraditional() {
        return script == User.Script.TRADITIONAL;
    }
}
