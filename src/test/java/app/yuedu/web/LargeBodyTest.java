package app.yuedu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.yuedu.accounts.TestUsers.Session;
import app.yuedu.classes.ClassFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A 50 MB request body is refused with 413 and the "too large" page, on the upload form, the grade form and the
 * sign-in form, with or without a declared length, long before 50 MB have been read. Sent over a plain socket:
 * HTTP clients send the whole body before they read the answer, which a server that refuses early closes.
 */
@QuarkusTest
class LargeBodyTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    record Answer(int status, String head, String body, long bytesSent, long millis) {
    }

    @Test
    void declaredFiftyMegabytesAreRefusedBeforeTheyAreRead() {
        Session s = ClassFixtures.teacher("large-bodies");
        for (String path : new String[] {"/uploads", "/study/1/grade", "/j_security_check"}) {
            String type = path.equals("/uploads") ? "multipart/form-data; boundary=b"
                    : "application/x-www-form-urlencoded";
            Answer answer = send(path, type, s.cookies(), false);
            assertTooLarge(path, answer);
        }
    }

    /**
     * Browsers always declare the length of a form; only other clients send one in chunks. Past the server's limit
     * ({@code quarkus.http.limits.max-body-size}, 8 MB) the rest is not kept: an upload is cut off with a bare 413
     * and the connection closed; a form post is read to its end, discarded, and answered with the 413 page.
     */
    @Test
    void fiftyMegabytesWithoutALengthAreRefusedAtTheServersLimit() {
        Session s = ClassFixtures.teacher("large-chunked");
        Answer upload = send("/uploads", "multipart/form-data; boundary=b", s.cookies(), true);
        String what = describe("/uploads", upload);
        assertEquals(413, upload.status(), what);
        assertTrue(upload.head().toLowerCase(java.util.Locale.ROOT).contains("connection: close"), what);
        assertTrue(upload.bytesSent() < FIFTY_MB / 2, "the server stopped reading early: " + what);

        Answer grade = send("/study/1/grade", "application/x-www-form-urlencoded", s.cookies(), true);
        assertEquals(413, grade.status(), describe("/study/1/grade", grade));
        assertTrue(grade.body().contains("Too large") && grade.body().contains("larger than this site accepts"),
                grade.body());
        // Quarkus's sign-in handler gives up on the oversized form and the request falls through to "not found":
        // still a 4xx page, never a 5xx.
        Answer signIn = send("/j_security_check", "application/x-www-form-urlencoded", Map.of(), true);
        String signInWhat = describe("/j_security_check", signIn);
        assertTrue(signIn.status() >= 400 && signIn.status() < 500, signInWhat);
        assertTrue(!signIn.body().contains("Exception"), signInWhat);
    }

    private static void assertTooLarge(String path, Answer answer) {
        String what = describe(path, answer);
        assertEquals(413, answer.status(), what);
        assertTrue(answer.body().contains("Too large") && answer.body().contains("upload limit of 2 MB"),
                what + answer.body());
        assertTrue(answer.bytesSent() < FIFTY_MB / 2, "the server stopped reading early: " + what);
    }

    private static String describe(String path, Answer answer) {
        String what = path + ": " + answer.status() + " after " + answer.bytesSent() / 1024 + " KiB sent, "
                + answer.millis() + " ms";
        System.out.println("50 MB body to " + what);
        return what + "\n" + answer.head();
    }

    private static long contentLength(String head) {
        return head.lines().filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                .map(line -> Long.parseLong(line.substring(15).trim())).findFirst().orElse(-1L);
    }

    /** Sends a 50 MB body (declared or chunked) until the server answers, then reads the answer. */
    private static Answer send(String path, String contentType, Map<String, String> cookies, boolean chunked) {
        long started = System.nanoTime();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            String cookieHeader = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + FIFTY_MB + "\r\n")
                    + "Cookie: " + cookieHeader + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[64 * 1024];
            Arrays.fill(block, (byte) 'a');
            long sent = 0;
            try {
                while (sent < FIFTY_MB && in.available() == 0) {
                    if (chunked) {
                        out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(block);
                    if (chunked) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sent += block.length;
                }
                if (chunked && sent >= FIFTY_MB) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedByTheServer) {
                // The server answered and closed the connection while the body was still coming: as intended.
            }
            // Read the head, then as many body bytes as it announces: the connection may stay open.
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            String text = "";
            int split = -1;
            long bodyLength = -1;
            try {
                for (int b = in.read(); b >= 0; b = in.read()) {
                    response.write(b);
                    if (split < 0) {
                        text = response.toString(StandardCharsets.ISO_8859_1);
                        split = text.indexOf("\r\n\r\n");
                        if (split >= 0) {
                            bodyLength = contentLength(text.substring(0, split));
                        }
                    }
                    if (split >= 0 && bodyLength >= 0 && response.size() >= split + 4 + bodyLength) {
                        break;
                    }
                }
            } catch (IOException reset) {
                // The connection was closed after the answer; what was read is the answer.
            }
            text = response.toString(StandardCharsets.UTF_8);
            split = text.indexOf("\r\n\r\n");
            String responseHead = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            int status = responseHead.startsWith("HTTP/1.1 ") ? Integer.parseInt(responseHead.substring(9, 12)) : -1;
            return new Answer(status, responseHead, body, sent, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new AssertionError("POST " + path + " failed: " + e, e);
        }
    }
}
