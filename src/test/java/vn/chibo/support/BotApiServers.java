package vn.chibo.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What the fake Telegram and Zalo servers share: a loopback HTTP server and {ok, result} answers. */
final class BotApiServers {

    static {
        // the JDK server otherwise leaves Nagle's algorithm on, and every answer waits for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BotApiServers() {
    }

    /** Several threads, or answers wait behind a long poll. */
    static HttpServer start(HttpHandler handler, int threads) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var named = new AtomicInteger();
            server.setExecutor(Executors.newFixedThreadPool(threads,
                    runnable -> new Thread(runnable, "fake-platform-" + named.incrementAndGet())));
            server.createContext("/", handler);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static ObjectNode ok(JsonNode result) {
        ObjectNode answer = NODES.objectNode();
        answer.put("ok", true);
        answer.set("result", result);
        return answer;
    }

    static ObjectNode error(int code, String description) {
        ObjectNode answer = NODES.objectNode();
        answer.put("ok", false);
        answer.put("error_code", code);
        answer.put("description", description);
        return answer;
    }

    static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
