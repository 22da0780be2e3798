import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated students reviewing one deck through several app instances at once, as browsers without JavaScript
 * do: each student is one thread that reads the study page, answers the card shown, sometimes sends the same
 * answer form twice at the same time to two instances (a double submit), sometimes undoes the last answer (once
 * or twice at the same time), sometimes reveals the answer first or changes the deck's retention. Every request
 * goes to an instance picked at random: sessions and CSRF tokens live in cookies, so any instance serves any
 * request.
 *
 * <p>How an acknowledged grade is told from a dropped one: every answer is acknowledged with 303 whether it was
 * recorded or was a second copy of a showing already graded. The study page's undo form names the student's last
 * review, so after each answer the next page read (from either instance) must name a review the student has not
 * seen before: that review is the answer, recorded. The client keeps each student's reviews as a stack (an answer
 * pushes, an undo pops) and checks every page against it; at the end the stacks, written to {@code reviews.tsv},
 * must equal the review log exactly (checked in SQL by the calling script).
 *
 * <p>Usage: {@code java LoadClient.java --bases URL,URL --deck ID --out DIR [--students 50] [--seconds 60]
 * [--prefix load] [--seed 1]}. Writes {@code DIR/reviews.tsv} and {@code DIR/load-summary.txt}; exits 0 when the
 * client saw nothing wrong (no 5xx, no unexpected status, no answer lost, every page agreeing with the stack).
 */
public class LoadClient {

    static final String PASSWORD = "cluster load password";
    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern CARD = Pattern.compile("name=\"cardId\" value=\"(\\d+)\"");
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    static final Pattern UNDO = Pattern.compile("name=\"reviewId\" value=\"(\\d+)\"");
    static final double[] RETENTIONS = {0.8, 0.85, 0.9, 0.95};

    final List<URI> bases;
    final long deck;
    final int studentCount;
    final Duration duration;
    final Path out;
    final String prefix;
    final long seed;
    final double undoShare = 0.08;
    final double doubleShare = 0.12;
    final double revealShare = 0.2;
    final double settingsShare = 0.005;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    // Figures
    final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    final LongAdder requests = new LongAdder();
    final LongAdder serverErrors = new LongAdder();
    final LongAdder unexpected = new LongAdder();
    final LongAdder transportErrors = new LongAdder();
    final LongAdder gradePosts = new LongAdder();
    final LongAdder showingsGraded = new LongAdder();
    final LongAdder acknowledged = new LongAdder();
    final LongAdder doubleSubmits = new LongAdder();
    final LongAdder doubleSubmitsDifferentRatings = new LongAdder();
    final LongAdder undos = new LongAdder();
    final LongAdder doubleUndos = new LongAdder();
    final LongAdder lostGrades = new LongAdder();
    final LongAdder stateMismatches = new LongAdder();
    final LongAdder reveals = new LongAdder();
    final LongAdder settingsChanges = new LongAdder();
    final LongAdder donePages = new LongAdder();
    final LongAdder desynced = new LongAdder();
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger problemCount = new AtomicInteger();

    LoadClient(Map<String, String> options) {
        bases = new ArrayList<>();
        for (String base : required(options, "bases").split(",")) {
            bases.add(URI.create(base.strip()));
        }
        deck = Long.parseLong(required(options, "deck"));
        out = Path.of(required(options, "out"));
        studentCount = Integer.parseInt(options.getOrDefault("students", "50"));
        duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "60")));
        prefix = options.getOrDefault("prefix", "load");
        seed = Long.parseLong(options.getOrDefault("seed", "1"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Options are --name value pairs, not " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        System.exit(new LoadClient(options).run());
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    // --- One student ---------------------------------------------------------------------------------------

    enum Pending { NONE, GRADE, UNDO }

    /** A review the student's answers left in the log, as far as the client knows. */
    record Expected(long reviewId, long cardId, String ratings) {}

    /** What the study page says: the card shown (none when done for today) and the last review (undo form). */
    record Page(Long cardId, Long version, Long undoId) {}

    final class Student {
        final String name;
        final Random random;
        final Map<String, String> cookies = new ConcurrentHashMap<>();
        volatile String csrf;
        final Deque<Expected> stack = new ArrayDeque<>();
        final Set<Long> seen = new HashSet<>();
        Pending pending = Pending.NONE;
        long pendingCard;
        String pendingRatings;

        Student(int index) {
            name = prefix + "-" + index;
            random = new Random(seed * 1_000_003L + index);
        }

        URI anyInstance() {
            return bases.get(random.nextInt(bases.size()));
        }

        void setUp() throws Exception {
            URI first = anyInstance();
            Reply form = send(this, "setup", first, "GET", "/register", null, 200);
            csrf = field(CSRF, form.body(), "CSRF token on /register");
            send(this, "setup", anyInstance(), "POST", "/register", formOf("csrf-token", csrf, "username", name,
                    "displayName", name, "password", PASSWORD, "confirm", PASSWORD, "timeZone", "Asia/Shanghai"), 303);
            send(this, "setup", anyInstance(), "POST", "/j_security_check",
                    formOf("j_username", name, "j_password", PASSWORD), 302);
            if (!cookies.containsKey("quarkus-credential")) {
                throw new IllegalStateException(name + " could not sign in");
            }
            // The first visit creates the student's settings and cards; then every new card may come today.
            Reply study = send(this, "setup", anyInstance(), "GET", "/study/" + deck, null, 200);
            csrf = field(CSRF, study.body(), "CSRF token on the study page");
            changeSettings(RETENTIONS[random.nextInt(RETENTIONS.length)]);
        }

        void changeSettings(double retention) throws Exception {
            send(this, "settings", anyInstance(), "POST", "/study/" + deck + "/settings", formOf("csrf-token", csrf,
                    "retention", String.valueOf(retention), "newPerDay", "9999", "reviewsPerDay", "99999",
                    "order", "ARTICLE", "recognition", "on", "recall", "on"), 303);
        }

        void study(long deadline) throws Exception {
            while (System.nanoTime() < deadline) {
                Page page = readPage();
                if (page == null) {
                    return;
                }
                double roll = random.nextDouble();
                if (!stack.isEmpty() && (roll < undoShare || page.cardId() == null)) {
                    if (!undo(random.nextDouble() < 0.25)) {
                        return;
                    }
                } else if (page.cardId() != null) {
                    if (random.nextDouble() < revealShare) {
                        reveals.increment();
                        send(this, "reveal", anyInstance(), "GET",
                                "/study/" + deck + "?card=" + page.cardId() + "&reveal=true", null, 200);
                    }
                    if (!grade(page, roll < undoShare + doubleShare)) {
                        return;
                    }
                } else {
                    donePages.increment();
                    Thread.sleep(200);
                }
                if (random.nextDouble() < settingsShare) {
                    settingsChanges.increment();
                    changeSettings(RETENTIONS[random.nextInt(RETENTIONS.length)]);
                }
            }
            if (pending != Pending.NONE) {
                readPage();
            }
        }

        /** Reads the study page and checks it against what the last action must have done. */
        Page readPage() throws Exception {
            Reply reply = send(this, "page", anyInstance(), "GET", "/study/" + deck, null, 200);
            if (reply.status() != 200) {
                return desync("the study page answered " + reply.status());
            }
            String body = reply.body();
            Matcher csrfField = CSRF.matcher(body);
            if (csrfField.find()) {
                csrf = csrfField.group(1);
            }
            Page page = new Page(optional(CARD, body), optional(VERSION, body), optional(UNDO, body));
            Long top = stack.isEmpty() ? null : stack.peek().reviewId();
            if (pending == Pending.GRADE) {
                if (page.undoId() != null && !seen.contains(page.undoId())) {
                    stack.push(new Expected(page.undoId(), pendingCard, pendingRatings));
                    seen.add(page.undoId());
                    acknowledged.increment();
                } else {
                    lostGrades.increment();
                    problem(name + ": the answer to card " + pendingCard + " was acknowledged but not recorded"
                            + " (last review still " + page.undoId() + ")");
                    pending = Pending.NONE;
                    return desync("lost answer");
                }
            } else if (!Objects.equals(page.undoId(), top)) {
                stateMismatches.increment();
                problem(name + ": after " + (pending == Pending.UNDO ? "an undo" : "reading") + " the last review is "
                        + page.undoId() + ", expected " + top);
                pending = Pending.NONE;
                return desync("page disagrees with the answers made");
            }
            pending = Pending.NONE;
            return page;
        }

        boolean grade(Page page, boolean twice) throws Exception {
            int rating = randomRating();
            String path = "/study/" + deck + "/grade";
            showingsGraded.increment();
            if (!twice) {
                gradePosts.increment();
                Reply reply = send(this, "grade", anyInstance(), "POST", path, gradeForm(page, rating), 303);
                if (reply.status() != 303) {
                    desync("a grade answered " + reply.status());
                    return false;
                }
                pending(page.cardId(), String.valueOf(rating));
                return true;
            }
            int other = random.nextBoolean() ? rating : randomRating();
            doubleSubmits.increment();
            if (other != rating) {
                doubleSubmitsDifferentRatings.increment();
            }
            gradePosts.add(2);
            int firstInstance = random.nextInt(bases.size());
            CompletableFuture<Reply> a = sendAsync(this, "grade", bases.get(firstInstance), "POST", path,
                    gradeForm(page, rating), 303);
            CompletableFuture<Reply> b = sendAsync(this, "grade", bases.get((firstInstance + 1) % bases.size()),
                    "POST", path, gradeForm(page, other), 303);
            if (a.get().status() != 303 || b.get().status() != 303) {
                desync("a double submit answered " + a.get().status() + " and " + b.get().status());
                return false;
            }
            pending(page.cardId(), rating == other ? String.valueOf(rating) : rating + "," + other);
            return true;
        }

        boolean undo(boolean twice) throws Exception {
            Map<String, String> form = formOf("csrf-token", csrf, "reviewId", String.valueOf(stack.peek().reviewId()));
            String path = "/study/" + deck + "/undo";
            undos.increment();
            if (!twice) {
                if (send(this, "undo", anyInstance(), "POST", path, form, 303).status() != 303) {
                    desync("an undo failed");
                    return false;
                }
            } else {
                doubleUndos.increment();
                int firstInstance = random.nextInt(bases.size());
                CompletableFuture<Reply> a = sendAsync(this, "undo", bases.get(firstInstance), "POST", path, form, 303);
                CompletableFuture<Reply> b = sendAsync(this, "undo", bases.get((firstInstance + 1) % bases.size()),
                        "POST", path, form, 303);
                if (a.get().status() != 303 || b.get().status() != 303) {
                    desync("a double undo failed");
                    return false;
                }
            }
            stack.pop();
            pending = Pending.UNDO;
            return true;
        }

        void pending(long card, String ratings) {
            pending = Pending.GRADE;
            pendingCard = card;
            pendingRatings = ratings;
        }

        Map<String, String> gradeForm(Page page, int rating) {
            return formOf("csrf-token", csrf, "cardId", String.valueOf(page.cardId()), "version",
                    String.valueOf(page.version()), "rating", String.valueOf(rating), "timeMs",
                    String.valueOf(500 + random.nextInt(5000)));
        }

        int randomRating() {
            double roll = random.nextDouble();
            return roll < 0.15 ? 1 : roll < 0.30 ? 2 : roll < 0.85 ? 3 : 4;
        }

        /** Stops this student: what the client knows of its reviews can no longer be trusted. */
        Page desync(String why) {
            desynced.increment();
            problem(name + " stopped: " + why);
            return null;
        }
    }

    // --- HTTP ---------------------------------------------------------------------------------------------

    record Reply(int status, String body) {}

    Reply send(Student student, String kind, URI base, String method, String path, Map<String, String> form,
               int expected) throws Exception {
        try {
            return sendAsync(student, kind, base, method, path, form, expected).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    CompletableFuture<Reply> sendAsync(Student student, String kind, URI base, String method, String path,
                                       Map<String, String> form, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        String cookieHeader = cookieHeader(student);
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", cookieHeader);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        } else {
            request.GET();
        }
        long started = System.nanoTime();
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            requests.increment();
            if (error != null) {
                transportErrors.increment();
                problem(student.name + ": " + method + " " + base + path + " failed: " + error);
                return new Reply(-1, "");
            }
            latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(System.nanoTime() - started);
            int status = response.statusCode();
            statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
            for (String setCookie : response.headers().allValues("set-cookie")) {
                remember(student, setCookie);
            }
            if (status >= 500) {
                serverErrors.increment();
                problem(student.name + ": " + method + " " + base + path + " answered " + status + ": "
                        + abbreviate(response.body()));
            } else if (status != expected) {
                unexpected.increment();
                problem(student.name + ": " + method + " " + base + path + " answered " + status + ", expected "
                        + expected + " " + response.headers().firstValue("location").orElse("") + " "
                        + abbreviate(response.body()));
            }
            return new Reply(status, response.body());
        });
    }

    static void remember(Student student, String setCookie) {
        String[] parts = setCookie.split(";");
        int equals = parts[0].indexOf('=');
        if (equals <= 0) {
            return;
        }
        String name = parts[0].substring(0, equals).strip();
        String value = parts[0].substring(equals + 1).strip();
        boolean expired = value.isEmpty();
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip().toLowerCase();
            if (attribute.equals("max-age=0") || attribute.startsWith("max-age=-")) {
                expired = true;
            }
        }
        if (expired) {
            student.cookies.remove(name);
        } else {
            student.cookies.put(name, value);
        }
    }

    static String cookieHeader(Student student) {
        StringBuilder header = new StringBuilder();
        student.cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ")
                .append(name).append('=').append(value));
        return header.toString();
    }

    static Map<String, String> formOf(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    static String encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    static String field(Pattern pattern, String body, String what) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what);
        }
        return matcher.group(1);
    }

    static Long optional(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? Long.valueOf(matcher.group(1)) : null;
    }

    static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    void problem(String line) {
        if (problemCount.incrementAndGet() <= 40) {
            problems.add(line);
        }
    }

    // --- The run ------------------------------------------------------------------------------------------

    int run() throws Exception {
        Files.createDirectories(out);
        List<Student> students = new ArrayList<>();
        for (int i = 1; i <= studentCount; i++) {
            students.add(new Student(i));
        }
        long setupStarted = System.nanoTime();
        ExecutorService setup = Executors.newFixedThreadPool(4);
        List<Future<?>> registrations = new ArrayList<>();
        for (Student student : students) {
            registrations.add(setup.submit(() -> {
                student.setUp();
                return null;
            }));
        }
        for (Future<?> registration : registrations) {
            registration.get();
        }
        setup.shutdown();
        double setupSeconds = (System.nanoTime() - setupStarted) / 1e9;
        System.out.printf("%d students registered, signed in and studying deck %d (%.1f s)%n", studentCount, deck,
                setupSeconds);

        latencies.clear();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (Student student : students) {
            Thread thread = new Thread(() -> {
                try {
                    student.study(deadline);
                } catch (Exception e) {
                    student.desync("error: " + e);
                }
            }, student.name);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        long expectedRows = 0;
        try (PrintWriter tsv = new PrintWriter(Files.newBufferedWriter(out.resolve("reviews.tsv")))) {
            for (Student student : students) {
                for (Iterator<Expected> it = student.stack.descendingIterator(); it.hasNext(); ) {
                    Expected review = it.next();
                    tsv.println(student.name + "\t" + review.reviewId() + "\t" + review.cardId() + "\t"
                            + review.ratings());
                    expectedRows++;
                }
            }
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("students", studentCount);
        figures.put("instances", bases.size());
        figures.put("setup_seconds", String.format("%.1f", setupSeconds));
        figures.put("load_seconds", String.format("%.1f", seconds));
        figures.put("requests", requests.sum());
        figures.put("requests_per_second", String.format("%.0f", requests.sum() / seconds));
        figures.put("statuses", new TreeMap<>(statuses).toString());
        figures.put("server_errors_5xx", serverErrors.sum());
        figures.put("unexpected_statuses", unexpected.sum());
        figures.put("transport_errors", transportErrors.sum());
        figures.put("showings_graded", showingsGraded.sum());
        figures.put("grade_posts", gradePosts.sum());
        figures.put("grades_acknowledged", acknowledged.sum());
        figures.put("double_submits", doubleSubmits.sum());
        figures.put("double_submits_different_ratings", doubleSubmitsDifferentRatings.sum());
        figures.put("undos", undos.sum());
        figures.put("double_undos", doubleUndos.sum());
        figures.put("reveals", reveals.sum());
        figures.put("settings_changes", settingsChanges.sum());
        figures.put("done_pages", donePages.sum());
        figures.put("expected_log_rows", expectedRows);
        figures.put("lost_grades", lostGrades.sum());
        figures.put("page_state_mismatches", stateMismatches.sum());
        figures.put("students_stopped", desynced.sum());
        for (String kind : List.of("page", "reveal", "grade", "undo")) {
            List<Long> times = new ArrayList<>(latencies.getOrDefault(kind, List.of()));
            Collections.sort(times);
            if (!times.isEmpty()) {
                figures.put(kind + "_ms_p50_p99_max", String.format("%.1f / %.1f / %.1f", percentile(times, 0.5),
                        percentile(times, 0.99), times.get(times.size() - 1) / 1e6));
            }
        }
        try (PrintWriter summary = new PrintWriter(Files.newBufferedWriter(out.resolve("load-summary.txt")))) {
            figures.forEach((name, value) -> summary.println(name + "=" + value));
        }
        System.out.printf("%d requests in %.1f s, %d answers acknowledged, %d 5xx; figures in %s%n", requests.sum(),
                seconds, acknowledged.sum(), serverErrors.sum(), out.resolve("load-summary.txt"));
        if (!problems.isEmpty()) {
            System.out.println("Problems (" + problemCount.get() + ", first ones):");
            problems.forEach(line -> System.out.println("  " + line));
        }
        boolean ok = serverErrors.sum() == 0 && unexpected.sum() == 0 && transportErrors.sum() == 0
                && lostGrades.sum() == 0 && stateMismatches.sum() == 0 && desynced.sum() == 0
                && acknowledged.sum() > 0;
        return ok ? 0 : 1;
    }

    static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(p * sorted.size()) - 1));
        return sorted.get(index) / 1e6;
    }
}
