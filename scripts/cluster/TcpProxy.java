import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback that can play a database outage: between an app instance and PostgreSQL, it forwards
 * bytes both ways until told {@code down}, then closes every open connection and stops listening, so new
 * connections are refused, as when the database server is stopped; {@code up} listens again.
 *
 * <p>Usage: {@code java TcpProxy.java LISTEN_PORT TARGET_HOST TARGET_PORT CONTROL_PORT}. The control port (on
 * 127.0.0.1) takes one command per connection: {@code down}, {@code up} or {@code status}, and answers one line,
 * e.g. {@code printf 'down\n' | nc 127.0.0.1 CONTROL_PORT} or bash's {@code /dev/tcp}.
 */
public class TcpProxy {

    private final int listenPort;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;
    private long connections;

    TcpProxy(int listenPort, String targetHost, int targetPort) {
        this.listenPort = listenPort;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("Usage: java TcpProxy.java LISTEN_PORT TARGET_HOST TARGET_PORT CONTROL_PORT");
            System.exit(2);
        }
        TcpProxy proxy = new TcpProxy(Integer.parseInt(args[0]), args[1], Integer.parseInt(args[2]));
        proxy.up();
        proxy.control(Integer.parseInt(args[3]));
    }

    private static void log(String message) {
        System.out.println(Instant.now() + " " + message);
    }

    /** Serves control commands until the process is stopped. */
    private void control(int port) throws IOException {
        try (ServerSocket control = new ServerSocket()) {
            control.setReuseAddress(true);
            control.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            log("control on 127.0.0.1:" + port);
            while (true) {
                try (Socket client = control.accept();
                     BufferedReader in = new BufferedReader(
                             new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                     PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                    String command = String.valueOf(in.readLine()).strip();
                    switch (command) {
                        case "down" -> out.println(down());
                        case "up" -> out.println(up());
                        case "status" -> out.println(status());
                        default -> out.println("unknown command: " + command);
                    }
                } catch (IOException e) {
                    log("control connection failed: " + e);
                }
            }
        }
    }

    private synchronized String status() {
        return (listener == null ? "down" : "up") + ", " + open.size() / 2 + " open connections, " + connections
                + " accepted";
    }

    /** Listens again (a no-op when up). */
    synchronized String up() throws IOException {
        if (listener == null) {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort));
            listener = socket;
            Thread acceptor = new Thread(() -> accept(socket), "accept");
            acceptor.setDaemon(true);
            acceptor.start();
            log("up: listening on 127.0.0.1:" + listenPort + " for " + targetHost + ":" + targetPort);
        }
        return status();
    }

    /** Stops listening and cuts every open connection (a no-op when down). */
    synchronized String down() {
        if (listener != null) {
            closeQuietly(listener);
            listener = null;
            int cut = open.size() / 2;
            for (Socket socket : open) {
                closeQuietly(socket);
            }
            open.clear();
            log("down: refused new connections, cut " + cut + " open ones");
        }
        return status();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return;
            }
            Socket server;
            try {
                server = new Socket(targetHost, targetPort);
            } catch (IOException e) {
                log("cannot reach " + targetHost + ":" + targetPort + ": " + e);
                closeQuietly(client);
                continue;
            }
            synchronized (this) {
                if (listener != socket) {
                    closeQuietly(client);
                    closeQuietly(server);
                    return;
                }
                connections++;
                open.add(client);
                open.add(server);
            }
            pump(client, server);
            pump(server, client);
        }
    }

    /** Copies bytes one way; when either side ends, both are closed. */
    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // The other direction or an outage closed the pair.
            } finally {
                open.remove(from);
                open.remove(to);
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
