import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Students review through one app instance whose database connections run through {@code TcpProxy.java}; in the
 * middle of the load the proxy plays a database outage (every connection cut, new ones refused) and then the
 * database comes back. Every request and a readiness probe (every 250 ms) are recorded with their times, and
 * judged:
 *
 * <ul>
 *   <li>no response is a 5xx other than 503, and every 503 is the friendly error page (no stack trace);
 *   <li>during the outage (from {@code --grace} seconds after it began) pages and answers get 503, and no
 *       request takes longer than {@code --slow} seconds;
 *   <li>readiness goes DOWN (503) during the outage;
 *   <li>after the database returns, pages (200) and readiness (UP) come back by themselves within
 *       {@code --recovery-limit} seconds, and no request fails from two seconds after that to the end.
 * </ul>
 *
 * <p>Usage: {@code java OutageClient.java --base URL --deck ID --control PORT --out DIR [--students 8]
 * [--warm 8] [--outage 15] [--grace 3] [--slow 10] [--recovery-limit 30] [--after 5]}. Writes
 * {@code DIR/outage-summary.txt} and {@code DIR/requests.tsv}; exits 0 when every judgement holds.
 */
public class OutageClient {

    static final String PASSWORD = "cluster outage password";
    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    static final Pattern CARD = Pattern.compile("name=\"cardId\" value=\"(\\d+)\"");
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    static final List<String> STACK_TRACE_MARKS = List.of("Exception", "\tat ", "Caused by", "org.hibernate",
            "java.sql", "io.agroal", "at app.yuedu");

    final URI base;
    final long deck;
    final int controlPort;
    final Path out;
    final int studentCount;
    final double warm;
    final double outage;
    final double grace;
    final double slow;
    final double recoveryLimit;
    final double after;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    final long t0 = System.nanoTime();
    final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    volatile boolean stop;

    /** One request: when it started and ended (seconds since the start), what it was, what came back. */
    record Sample(double start, double end, String kind, int status, boolean friendly, String note) {}

    record Reply(int status, String body) {}

    OutageClient(Map<String, String> o) {
        base = URI.create(o.get("base"));
        deck = Long.parseLong(o.get("deck"));
        controlPort = Integer.parseInt(o.get("control"));
        out = Path.of(o.get("out"));
        studentCount = Integer.parseInt(o.getOrDefault("students", "8"));
        warm = Double.parseDouble(o.getOrDefault("warm", "8"));
        outage = Double.parseDouble(o.getOrDefault("outage", "15"));
        grace = Double.parseDouble(o.getOrDefault("grace", "3"));
        slow = Double.parseDouble(o.getOrDefault("slow", "10"));
        recoveryLimit = Double.parseDouble(o.getOrDefault("recovery-limit", "30"));
        after = Double.parseDouble(o.getOrDefault("after", "5"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        System.exit(new OutageClient(options).run());
    }

    double now() {
        return (System.nanoTime() - t0) / 1e9;
    }

    final class Student {
        final String name;
        final Map<String, String> cookies = new ConcurrentHashMap<>();
        String csrf;

        Student(int index) {
            name = "outage-" + index;
        }

        void setUp() throws Exception {
            Reply form = send(this, "setup", "GET", "/register", null);
            csrf = field(CSRF, form.body());
            send(this, "setup", "POST", "/register", formOf("csrf-token", csrf, "username", name, "displayName",
                    name, "password", PASSWORD, "confirm", PASSWORD, "timeZone", "Europe/Berlin"));
            send(this, "setup", "POST", "/j_security_check", formOf("j_username", name, "j_password", PASSWORD));
            Reply page = send(this, "setup", "GET", "/study/" + deck, null);
            if (page.status() != 200) {
                throw new IllegalStateException(name + " cannot study: " + page.status());
            }
            csrf = field(CSRF, page.body());
        }

        void study() {
            while (!stop) {
                try {
                    Reply page = send(this, "page", "GET", "/study/" + deck, null);
                    Matcher card = CARD.matcher(page.body());
                    Matcher version = VERSION.matcher(page.body());
                    if (page.status() == 200 && card.find() && version.find()) {
                        Matcher token = CSRF.matcher(page.body());
                        if (token.find()) {
                            csrf = token.group(1);
                        }
                        Reply grade = send(this, "grade", "POST", "/study/" + deck + "/grade", formOf("csrf-token",
                                csrf, "cardId", card.group(1), "version", version.group(1), "rating", "3"));
                        if (grade.status() != 303) {
                            Thread.sleep(200);
                        }
                    } else {
                        Thread.sleep(200);
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // recorded by send(); go on
                }
            }
        }
    }

    Reply send(Student student, String kind, String method, String path, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (student != null && !student.cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            student.cookies.forEach((n, v) -> header.append(header.length() == 0 ? "" : "; ").append(n).append('=')
                    .append(v));
            request.header("Cookie", header.toString());
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        }
        double start = now();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (student != null) {
                for (String setCookie : response.headers().allValues("set-cookie")) {
                    String pair = setCookie.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    if (equals > 0) {
                        String value = pair.substring(equals + 1).strip();
                        if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                            student.cookies.remove(pair.substring(0, equals).strip());
                        } else {
                            student.cookies.put(pair.substring(0, equals).strip(), value);
                        }
                    }
                }
            }
            String body = response.body();
            int status = response.statusCode();
            // A page's error must be the friendly page; readiness is JSON for machines and only has to say DOWN.
            boolean friendly = status < 500 || (kind.equals("health") ? body.contains("DOWN")
                    : body.contains("Temporarily unavailable")
                    && STACK_TRACE_MARKS.stream().noneMatch(body::contains));
            String note = status == 302 ? response.headers().firstValue("location").orElse("")
                    : status >= 500 && (!friendly || status != 503) ? abbreviate(body) : "";
            samples.add(new Sample(start, now(), kind, status, friendly, note));
            return new Reply(status, body);
        } catch (IOException | InterruptedException e) {
            samples.add(new Sample(start, now(), kind, -1, false, e.toString()));
            return new Reply(-1, "");
        }
    }

    String control(String command) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), controlPort);
             PrintWriter writer = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            writer.println(command);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }

    int run() throws Exception {
        Files.createDirectories(out);
        List<Student> students = new ArrayList<>();
        for (int i = 1; i <= studentCount; i++) {
            Student student = new Student(i);
            student.setUp();
            students.add(student);
        }
        samples.clear();
        double loadStart = now();
        List<Thread> threads = new ArrayList<>();
        for (Student student : students) {
            threads.add(new Thread(student::study, student.name));
        }
        threads.add(new Thread(() -> {
            while (!stop) {
                send(null, "health", "GET", "/q/health/ready", null);
                sleep(0.25);
            }
        }, "health"));
        threads.forEach(Thread::start);

        sleep(warm);
        double down = now();
        System.out.println("database down at " + fmt(down - loadStart) + " s: " + control("down"));
        sleep(outage);
        double up = now();
        System.out.println("database up at " + fmt(up - loadStart) + " s: " + control("up"));

        // Wait until a page and readiness both succeed again, then keep the load on a while.
        double recovered = Double.NaN;
        while (now() < up + recoveryLimit) {
            Double page = firstAfter(up, "page", 200);
            Double health = firstAfter(up, "health", 200);
            if (page != null && health != null) {
                recovered = Math.max(page, health);
                break;
            }
            sleep(0.2);
        }
        sleep(Double.isNaN(recovered) ? 0 : after);
        stop = true;
        for (Thread thread : threads) {
            thread.join();
        }
        return judge(loadStart, down, up, recovered);
    }

    Double firstAfter(double time, String kind, int status) {
        synchronized (samples) {
            return samples.stream().filter(s -> s.start() >= time && s.kind().equals(kind) && s.status() == status)
                    .map(Sample::end).min(Double::compare).orElse(null);
        }
    }

    int judge(double loadStart, double down, double up, double recovered) throws IOException {
        List<Sample> all;
        synchronized (samples) {
            all = new ArrayList<>(samples);
        }
        Map<String, Map<Integer, Integer>> byPhase = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        double slowest = 0;
        boolean healthDown = false;
        Double firstHealthDown = null;
        int outagePages = 0;
        int outagePages503 = 0;
        for (Sample s : all) {
            String phase = s.end() < down ? "before" : s.start() < up ? "outage" : Double.isNaN(recovered)
                    || s.start() < recovered ? "recovering" : "after";
            byPhase.computeIfAbsent(phase + " " + s.kind(), k -> new TreeMap<>()).merge(s.status(), 1, Integer::sum);
            if (s.status() == -1) {
                failures.add("no answer: " + s.kind() + " at " + fmt(s.start() - loadStart) + " s: " + s.note());
            } else if (s.status() >= 500 && s.status() != 503) {
                failures.add(s.status() + " for " + s.kind() + " at " + fmt(s.start() - loadStart) + " s: " + s.note());
            } else if (!s.friendly()) {
                failures.add("an unfriendly " + s.status() + " for " + s.kind() + " at " + fmt(s.start() - loadStart)
                        + " s: " + s.note());
            } else if (s.status() == 302) {
                failures.add("302 to " + s.note() + " for " + s.kind() + " at " + fmt(s.start() - loadStart) + " s");
            }
            boolean inOutage = s.start() >= down + grace && s.end() <= up;
            if (inOutage && !s.kind().equals("health")) {
                outagePages++;
                if (s.status() == 503) {
                    outagePages503++;
                }
                slowest = Math.max(slowest, s.end() - s.start());
            }
            if (s.kind().equals("health") && s.status() == 503 && s.start() >= down && s.end() <= up) {
                healthDown = true;
                firstHealthDown = firstHealthDown == null ? s.end() : Math.min(firstHealthDown, s.end());
            }
            if (!Double.isNaN(recovered) && s.start() >= recovered + 2 && s.status() != 200 && s.status() != 303) {
                failures.add("after recovery: " + s.status() + " for " + s.kind() + " at "
                        + fmt(s.start() - loadStart) + " s");
            }
        }
        if (outagePages == 0 || outagePages503 != outagePages) {
            failures.add("during the outage " + outagePages503 + " of " + outagePages + " page and answer requests got"
                    + " 503");
        }
        if (slowest > slow) {
            failures.add("a request during the outage took " + fmt(slowest) + " s (limit " + fmt(slow) + " s)");
        }
        if (!healthDown) {
            failures.add("readiness never went DOWN during the outage");
        }
        if (Double.isNaN(recovered)) {
            failures.add("pages and readiness did not come back within " + fmt(recoveryLimit) + " s of the database");
        }

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("students", studentCount);
        figures.put("outage_seconds", fmt(up - down));
        figures.put("requests", all.size());
        byPhase.forEach((phase, statuses) -> figures.put(phase.replace(' ', '_'), statuses));
        figures.put("outage_pages_503", outagePages503 + " of " + outagePages);
        figures.put("outage_slowest_request_s", fmt(slowest));
        figures.put("readiness_down_after_s", firstHealthDown == null ? "never" : fmt(firstHealthDown - down));
        figures.put("recovered_after_s", Double.isNaN(recovered) ? "no" : fmt(recovered - up));
        figures.put("failures", failures.size());
        try (PrintWriter summary = new PrintWriter(Files.newBufferedWriter(out.resolve("outage-summary.txt")))) {
            figures.forEach((name, value) -> summary.println(name + "=" + value));
        }
        try (PrintWriter tsv = new PrintWriter(Files.newBufferedWriter(out.resolve("requests.tsv")))) {
            tsv.println("start_s\tend_s\tkind\tstatus\tfriendly\tnote");
            for (Sample s : all) {
                tsv.println(fmt(s.start() - loadStart) + "\t" + fmt(s.end() - loadStart) + "\t" + s.kind() + "\t"
                        + s.status() + "\t" + s.friendly() + "\t" + s.note());
            }
        }
        if (!failures.isEmpty()) {
            System.out.println("Failures (" + failures.size() + ", first ones):");
            failures.stream().limit(15).forEach(line -> System.out.println("  " + line));
        }
        return failures.isEmpty() ? 0 : 1;
    }

    static void sleep(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String fmt(double value) {
        return String.format("%.1f", value);
    }

    static String field(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " on the page");
        }
        return matcher.group(1);
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

    static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
